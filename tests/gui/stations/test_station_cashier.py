"""The cashier station end to end, by keyboard and mouse: a refund with the supervisor's
approval in person and the original channel, in guided and exam mode, grades under
`his-trainer sim run` exactly as the golden log; a refund paid although the pharmacy has
not taken the drug back fails; a refused payment and another person's insurance card are
shown as the HIS shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.stations.cashier import CashierScreen
from trainer.gui.stations.pages import StationPage
from trainer.gui.stations.stationmap import MapButton
from trainer.services import Services
from trainer.sim import library

from .conftest import OpenStation, scan, sim_run, start, type_text, verdicts

LEFT = Qt.MouseButton.LeftButton


def _start(qtbot: QtBot, page: StationPage, scenario: str, mode: str) -> CashierScreen:
    return start(qtbot, page, scenario, mode, CashierScreen)


def _read_card(qtbot: QtBot, screen: CashierScreen, card: str) -> None:
    scan(qtbot, screen.scan, card)


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


def test_every_cashier_control_is_named_and_f_keys_are_in_tooltips(
        open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    page.open_scenario("inpatient-cashier-discharge", "practice")
    operations.wait_for_all()
    host = page.host
    assert host is not None and isinstance(host.station_screen, CashierScreen)
    controls = (QAbstractButton, QLineEdit, QComboBox, QTableWidget, QTabWidget)
    tabs = host.station_screen.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        unnamed = [w.objectName() or type(w).__name__ for w in host.findChildren(QWidget)
                   if isinstance(w, controls) and w.isVisibleTo(host)
                   and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
        assert unnamed == [], tabs.tabText(index)
    keyed = [b for b in host.findChildren(MapButton) if b.spec.key]
    assert len(keyed) >= 12
    assert all(b.spec.key in b.toolTip() and b.spec.key in b.text() for b in keyed)
    host.stop()


def _golden(scenario: str) -> Path:
    return library.simulators_root() / "scenarios" / scenario / "expert.jsonl"


def _graded_as_golden(page: StationPage, scenario: str, tmp_path: Path, qtbot: QtBot) -> None:
    assert page.host is not None and page.host.recorded is not None
    recorded = page.host.recorded
    assert all(e.accepted for e in recorded.attempt.log), [e.code for e in recorded.attempt.log]
    log = tmp_path / "attempt.jsonl"
    log.write_text(recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(page.host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    assert verdicts(sim_run(scenario, log)) == verdicts(sim_run(scenario, _golden(scenario)))


def test_the_right_zhang_wei_is_registered_in_exam_mode(
        qtbot: QtBot, open_station: OpenStation, tmp_path: Path) -> None:
    scenario = "cashier-register-lookalike"
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, scenario, "exam")
    reg = screen.registration
    assert screen.tabs.currentWidget() is reg
    for name, clinic, dept, method, paid, stated in (
            ("张玮", "general", "internal_medicine", "cash", "50",
             {"id_number": "110102198603020490"}),
            ("张国华", "associate", "cardiology", "wechat", "", {"dob": "1958-06-01"})):
        _read_card(qtbot, screen, name)  # typed at the lookup: the exact name only
        _identify(qtbot, screen, name=name, **stated)
        reg.clinic.setCurrentIndex(reg.clinic.findData(clinic))
        reg.dept.setCurrentIndex(reg.dept.findData(dept))
        reg.method.setCurrentIndex(reg.method.findData(method))
        reg.received.clear()
        if paid:
            type_text(qtbot, reg.received, paid)
            assert reg.change.text() == "¥35.00"
        reg.received.setFocus()
        qtbot.keyClick(reg.received, Qt.Key.Key_F8)  # 保存挂号
    assert page.host is not None and page.host.recorded is not None
    logged = [(e.cmd, e.args.get("patient")) for e in page.host.recorded.attempt.log]
    assert logged == [("verify_identity", "p002"), ("register", "p002"),
                      ("verify_identity", "f001"), ("register", "f001")]
    _graded_as_golden(page, scenario, tmp_path, qtbot)


def test_discharge_settlement_guided_deposit_back_its_way_and_drugs_on_the_ward_flagged(
        qtbot: QtBot, open_station: OpenStation, tmp_path: Path) -> None:
    scenario = "inpatient-cashier-discharge"
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, scenario, "guided")
    host, settle = page.host, screen.settlement
    assert host is not None
    assert screen.tabs.currentWidget() is settle
    assert host.guided_control() is screen.identity.verify
    _read_card(qtbot, screen, "A909896")
    _identify(qtbot, screen, name="黄晓明", dob="1972-06-16")
    assert host.guided_control() is settle.discharge
    assert settle.admissions.current_key() == "zy1"
    assert settle.method.currentData() == "wechat"  # the deposit's channel, not his wish
    settle.method.setFocus()
    qtbot.keyClick(settle.method, Qt.Key.Key_F8)  # 出院结算
    _read_card(qtbot, screen, "A907422")
    _identify(qtbot, screen, name="杨磊", dob="1958-04-30")
    assert settle.admissions.current_key() == "zy2"
    assert "✘" in settle.rule_lines[1].text()  # unit doses still on the ward
    assert host.guided_control() is screen.notify
    screen.notify_to.setCurrentIndex(screen.notify_to.findData("nurse"))
    type_text(qtbot, screen.notify_text, "杨磊床旁还有2粒奥美拉唑未退药，请先办理病区退药再结算")
    qtbot.keyClick(screen.notify_text, Qt.Key.Key_Return)
    assert [e.cmd for e in host.recorded.attempt.log] == [  # type: ignore[union-attr]
        "verify_identity", "discharge_settle", "verify_identity", "notify"]
    _graded_as_golden(page, scenario, tmp_path, qtbot)


def test_cancelling_a_registration_pays_back_the_way_it_was_paid(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "cashier-register-lookalike", "practice")
    reg = screen.registration
    qtbot.waitUntil(screen.scan.hasFocus)  # the card reader types into the lookup at once
    _read_card(qtbot, screen, "110102198603020490")  # his ID card
    _identify(qtbot, screen, name="张玮", dob="1986-03-02")
    reg.method.setCurrentIndex(reg.method.findData("wechat"))
    reg.method.setFocus()
    qtbot.keyClick(reg.method, Qt.Key.Key_F8)  # 保存挂号
    assert reg.visits.current_key() == "v-1"
    type_text(qtbot, reg.cancel_reason, "患者临时有事")
    qtbot.keyClick(reg.cancel_reason, Qt.Key.Key_F6)  # 退号
    assert page.host is not None and page.host.recorded is not None
    sb = page.host.recorded.attempt.sandbox
    assert sb.visits["v-1"].status == "cancelled"
    assert sb.payments[-1]["method"] == "wechat" and sb.payments[-1]["amount"] < 0
    assert "Cancelled" in reg.visits.item(0, 7).text()  # type: ignore[union-attr]
    page.host.stop()


def test_admission_on_her_own_insurance_and_deposits_on_the_right_admissions(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "inpatient-cashier-admission", "guided")
    host, desk = page.host, screen.admission
    assert host is not None and screen.tabs.currentWidget() is desk
    assert host.guided_control() is desk.admit
    _read_card(qtbot, screen, "A903711")
    _identify(qtbot, screen, name="王芳", dob="1978-11-05")
    type_text(qtbot, desk.card.edit, "A901237")  # the husband's card
    assert "NOT this patient" in desk.card.holder.text()
    desk.card.edit.clear()
    assert desk.notices.current_key() == "an1"
    qtbot.keyClick(desk.card.edit, Qt.Key.Key_F8)  # 入院登记
    assert host.guided_control() is desk.deposit
    for card, name, dob, admission, amount, method in (
            (None, None, None, "zy-1", "2000", "wechat"),
            ("A904948", "刘洋", "1969-01-23", "zy1", "500", "cash")):
        if card and name and dob:
            _read_card(qtbot, screen, card)
            _identify(qtbot, screen, name=name, dob=dob)
        assert desk.admissions.current_key() == admission
        desk.amount.clear()
        type_text(qtbot, desk.amount, amount)
        desk.method.setCurrentIndex(desk.method.findData(method))
        qtbot.keyClick(desk.amount, Qt.Key.Key_F7)  # 交预交金
    assert host.recorded is not None
    assert [(e.cmd, e.accepted) for e in host.recorded.attempt.log] == [
        ("verify_identity", True), ("admit_register", True), ("deposit", True),
        ("verify_identity", True), ("deposit", True)]
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
