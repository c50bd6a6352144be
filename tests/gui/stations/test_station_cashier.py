"""The cashier station end to end, by keyboard and mouse: a refund with the supervisor's
approval in person and the original channel, in guided and exam mode, grades under
`his-trainer sim run` exactly as the golden log; a refund paid although the pharmacy has
not taken the drug back fails; a refused payment and another person's insurance card are
shown as the HIS shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.stations.cashier import CashierScreen
from trainer.gui.stations.pages import StationPage
from trainer.services import Services
from trainer.sim import library

from .conftest import OpenStation, sim_run, type_text, verdicts

LEFT = Qt.MouseButton.LeftButton


def _start(qtbot: QtBot, page: StationPage, scenario: str, mode: str) -> CashierScreen:
    page.picker.select(scenario)
    qtbot.mouseClick(page.picker.mode_buttons[mode], LEFT)
    operations.wait_for_all()
    assert page.host is not None
    screen = page.host.station_screen
    assert isinstance(screen, CashierScreen)
    return screen


def _read_card(qtbot: QtBot, screen: CashierScreen, card: str) -> None:
    type_text(qtbot, screen.scan, card)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # the card reader's Enter


def _identify(qtbot: QtBot, screen: CashierScreen, **stated: str) -> None:
    for field, value in stated.items():
        type_text(qtbot, screen.identity.edits[field], value)
    qtbot.keyClick(screen.identity.edits[field], Qt.Key.Key_F3)  # 核对身份


@pytest.mark.parametrize("mode", ["guided", "exam"])
def test_a_cashier_refunds_with_approval_to_the_original_channel(
        qtbot: QtBot, open_station: OpenStation, demo_services: Services, tmp_path: Path,
        mode: str) -> None:
    scenario = "cashier-refund-approval"
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, scenario, mode)
    host, refund = page.host, screen.refund
    assert host is not None
    guided = mode == "guided"
    assert screen.tabs.currentWidget() is refund  # the refund window is open
    assert host.guided_control() is (screen.identity.verify if guided else None)
    _read_card(qtbot, screen, "A911133")
    assert "Zhou Li" in screen.banner.identity.text()
    _identify(qtbot, screen, name="周丽", card_no="A911133")
    assert refund.refunds.current_key() == "ref1"
    assert "✔" in refund.state_lines[0].text()  # the pharmacy has taken the drug back
    assert "✘" in refund.state_lines[1].text()  # not approved yet
    assert host.guided_control() is (refund.sign_in if guided else None)
    type_text(qtbot, refund.supervisor_id, "s_zhou")  # the supervisor types her own id
    qtbot.mouseClick(refund.sign_in, LEFT)
    assert host.guided_control() is (refund.approve if guided else None)
    qtbot.mouseClick(refund.approve, LEFT)
    assert "s_zhou" in refund.state_lines[1].text()
    assert host.guided_control() is (refund.sign_out if guided else None)
    qtbot.mouseClick(refund.sign_out, LEFT)
    assert host.guided_control() is (refund.pay if guided else None)
    assert refund.method.currentData() == "wechat"  # the original channel is proposed
    refund.method.setFocus()
    qtbot.keyClick(refund.method, Qt.Key.Key_F8)  # 确认退费
    assert host.recorded is not None
    recorded = host.recorded
    assert [e.cmd for e in recorded.attempt.log] == [
        "verify_identity", "supervisor_login", "approve_refund", "supervisor_logout",
        "pay_refund"]
    assert all(e.accepted for e in recorded.attempt.log)
    assert recorded.attempt.log[-1].args == {"refund": "ref1", "method": "wechat"}
    log = tmp_path / "attempt.jsonl"
    log.write_text(recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / scenario / "expert.jsonl"
    assert verdicts(sim_run(scenario, log)) == verdicts(sim_run(scenario, golden))
    assert recorded.attempt.log[2].actor == "s_zhou"  # the approval is the supervisor's act
    assert len(list(demo_services.journal.events(type="sim.command", actor_id="C001"))) == 5


def test_a_refund_before_the_pharmacy_took_the_drug_back_fails(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "cashier-refund-not-returned", "practice")
    refund = screen.refund
    _read_card(qtbot, screen, "A912370")
    _identify(qtbot, screen, name="吴强", dob="1963-10-10")
    warning = refund.state_lines[0]
    assert "✘" in warning.text() and "NOT confirmed" in warning.text()
    assert "b71c1c" in warning.styleSheet()  # in red, beside 确认退费
    refund.method.setFocus()
    qtbot.keyClick(refund.method, Qt.Key.Key_F8)  # pays anyway
    assert page.host is not None and page.host.recorded is not None
    assert page.host.recorded.attempt.log[-1].cmd == "pay_refund"
    qtbot.mouseClick(page.host.finish_button, LEFT)
    result = page.result.result
    assert result is not None and not result.passed
    assert "refund_without_return" in result.committed


def test_a_short_payment_is_refused_and_a_relatives_card_shows_red(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "cashier-charge-insurance", "practice")
    charging = screen.charging
    assert screen.tabs.currentWidget() is charging
    _read_card(qtbot, screen, "马丽华")
    _identify(qtbot, screen, name="马丽华", id_number="350102197503154926")
    type_text(qtbot, charging.card.edit, "A912370")  # her brother's card
    assert "NOT this patient" in charging.card.holder.text()
    charging.card.edit.clear()
    qtbot.keyClick(charging.card.edit, Qt.Key.Key_F7)  # 预结算 on her own insurance
    assert [charging.split.values[p].text() for p in ("total", "pooled", "personal", "due")] \
        == ["¥28.00", "¥12.20", "¥5.00", "¥10.80"]
    type_text(qtbot, charging.received, "5")
    qtbot.keyClick(charging.received, Qt.Key.Key_F8)  # 确认收费 with too little cash
    assert page.host is not None and page.host.recorded is not None
    assert page.host.recorded.attempt.log[-1].code == "insufficient_payment"
    assert "less than" in page.host.message.text()
    charging.received.clear()
    type_text(qtbot, charging.received, "20")
    assert charging.change.text().endswith("¥9.20")
    qtbot.keyClick(charging.received, Qt.Key.Key_F8)
    assert page.host.recorded.attempt.log[-1].accepted
    assert "¥9.20" in page.host.message.text()
    page.host.stop()
