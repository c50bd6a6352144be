"""The cashier station's partial refund, doctor schedule and insurance e-voucher, by keyboard
and mouse: the packs the pharmacy took back are refunded (guided and exam), the export grades
under `his-trainer sim run` exactly as the golden log; refunding more than came back is shown
in red and fails; registration offers the 出诊表 doctors of the department and level; the
医保电子凭证 QR code finds the patient, and someone else's shows red."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.stations.cashier import CashierScreen
from trainer.gui.stations.pages import StationPage
from trainer.sim import library

from .conftest import OpenStation, scan, sim_run, start, type_text, verdicts

LEFT = Qt.MouseButton.LeftButton
SCENARIO = "cashier-partial-refund"


def _start(qtbot: QtBot, page: StationPage, scenario: str, mode: str) -> CashierScreen:
    return start(qtbot, page, scenario, mode, CashierScreen)


def _scan(qtbot: QtBot, screen: CashierScreen, code: str) -> None:
    scan(qtbot, screen.scan, code)


def _identify_ma_lihua(qtbot: QtBot, screen: CashierScreen) -> None:
    type_text(qtbot, screen.identity.edits["name"], "马丽华")
    type_text(qtbot, screen.identity.edits["card_no"], "A916081")
    qtbot.keyClick(screen.identity.edits["card_no"], Qt.Key.Key_F3)


@pytest.mark.parametrize("mode", ["guided", "exam"])
def test_a_partial_refund_of_the_box_the_pharmacy_took_back(
        qtbot: QtBot, open_station: OpenStation, tmp_path: Path, mode: str) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, SCENARIO, mode)
    host, refund = page.host, screen.refund
    assert host is not None
    guided = mode == "guided"
    assert screen.tabs.currentWidget() is refund
    _scan(qtbot, screen, "A916081")
    _identify_ma_lihua(qtbot, screen)
    assert refund.invoices.current_key() == "inv1"
    lines = refund.lines
    grid = lines.grid
    assert [grid.item(r, 4).text() for r in range(grid.rowCount())] == ["1", "0"]  # refundable
    # nothing entered: the whole invoice is too much — said as what to do, not as an error
    assert "⚠" in lines.summary.text() and "✘" not in lines.summary.text()
    assert host.guided_control() is (refund.request if guided else None)
    spin = lines.spins["ambroxol"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # 2 boxes: the pharmacy took back one
    assert "✘" in lines.summary.text()
    qtbot.keyClick(spin, Qt.Key.Key_Down)  # 1 box
    assert lines.quantities() == {"ambroxol": 1}
    assert "✘" not in lines.summary.text()
    assert "¥3.20" in lines.summary.text() and "¥4.80" in lines.summary.text()
    type_text(qtbot, refund.request_reason, "1盒氨溴索包装破损，药房已确认退回1盒")
    qtbot.keyClick(refund.request_reason, Qt.Key.Key_F6)  # 申请退费
    assert host.recorded is not None
    assert host.recorded.attempt.log[-1].accepted
    assert refund.refunds.current_key() == "ref-1"
    assert "✔" in refund.state_lines[0].text() and "×1" in refund.state_lines[0].text()
    assert host.guided_control() is (refund.sign_in if guided else None)
    type_text(qtbot, refund.supervisor_id, "s_zhou")
    qtbot.mouseClick(refund.sign_in, LEFT)
    qtbot.mouseClick(refund.approve, LEFT)
    qtbot.mouseClick(refund.sign_out, LEFT)
    assert refund.method.currentData() == "alipay"  # the original channel is proposed
    assert "¥4.80" in refund.state_lines[2].text()  # only her part goes back to Alipay
    refund.method.setFocus()
    qtbot.keyClick(refund.method, Qt.Key.Key_F8)  # 确认退费
    recorded = host.recorded
    assert [e.cmd for e in recorded.attempt.log] == [
        "verify_identity", "request_refund", "supervisor_login", "approve_refund",
        "supervisor_logout", "pay_refund"]
    assert all(e.accepted for e in recorded.attempt.log)
    assert recorded.attempt.log[1].args["quantities"] == {"ambroxol": 1}
    assert "inv-1" in refund.invoices.keys  # the invoice reissued for what she keeps
    assert refund.facts["ref-1"]["new_invoice"] == "inv-1"
    log = tmp_path / "attempt.jsonl"
    log.write_text(recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / SCENARIO / "expert.jsonl"
    assert verdicts(sim_run(SCENARIO, log)) == verdicts(sim_run(SCENARIO, golden))


def test_refunding_both_boxes_shows_red_and_fails(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, SCENARIO, "practice")
    refund, host = screen.refund, page.host
    assert host is not None
    _scan(qtbot, screen, "A916081")
    _identify_ma_lihua(qtbot, screen)
    refund.lines.spins["ambroxol"].setValue(2)
    assert "✘" in refund.lines.summary.text()
    assert "b71c1c" in refund.lines.summary.styleSheet()
    type_text(qtbot, refund.request_reason, "two boxes")
    qtbot.keyClick(refund.request_reason, Qt.Key.Key_F6)
    warning = refund.state_lines[0]
    assert "✘" in warning.text() and "b71c1c" in warning.styleSheet()
    type_text(qtbot, refund.supervisor_id, "s_zhou")
    qtbot.mouseClick(refund.sign_in, LEFT)
    qtbot.mouseClick(refund.approve, LEFT)
    qtbot.mouseClick(refund.sign_out, LEFT)
    refund.method.setFocus()
    qtbot.keyClick(refund.method, Qt.Key.Key_F8)  # pays anyway
    qtbot.mouseClick(host.finish_button, LEFT)
    result = page.result.result
    assert result is not None and not result.passed
    assert "refund_more_than_returned" in result.committed


def test_registration_offers_the_scheduled_doctors_and_the_voucher_finds_the_patient(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("C001", "station:cashier")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "cashier-register-lookalike", "practice")
    reg, host = screen.registration, page.host
    assert host is not None and host.recorded is not None
    sb = host.recorded.attempt.sandbox
    voucher = sb.patients["p001"].ref.insurance_voucher
    assert voucher is not None
    _scan(qtbot, screen, voucher)  # 张伟 shows his 医保电子凭证
    assert screen.patient() == "p001"
    assert "张伟" in screen.scan_status.text() or "Zhang Wei" in screen.scan_status.text()
    reg.dept.setCurrentIndex(reg.dept.findData("cardiology"))
    reg.clinic.setCurrentIndex(reg.clinic.findData("associate"))
    assert [reg.doctor.itemData(i) for i in range(reg.doctor.count())] == [None, "d_zhao"]
    assert set(reg.schedule.keys) == {"d_zhao", "d_sun", "d_qian"}  # the department's 出诊表
    reg.schedule.selectRow(reg.schedule.keys.index("d_qian"))  # full: not taken
    assert reg.clinic.currentData() == "associate"
    reg.schedule.selectRow(reg.schedule.keys.index("d_sun"))  # 主任号, 1 left
    assert (reg.clinic.currentData(), reg.doctor.currentData()) == ("specialist", "d_sun")
    _identify = screen.identity
    type_text(qtbot, _identify.edits["name"], "张伟")
    type_text(qtbot, _identify.edits["dob"], "1985-03-02")
    qtbot.keyClick(_identify.edits["dob"], Qt.Key.Key_F3)
    type_text(qtbot, reg.card.edit, voucher)
    assert "NOT this patient" not in reg.card.holder.text()
    reg.method.set_method("wechat")
    qtbot.keyClick(reg.card.edit, Qt.Key.Key_F8)  # 保存挂号
    last = host.recorded.attempt.log[-1]
    assert last.cmd == "register" and last.accepted, last.code
    assert last.args["doctor"] == "d_sun" and last.args["card"] == voucher
    assert reg.visits.item(reg.visits.rowCount() - 1, 4).text() in ("孙海燕", "Sun Haiyan")
    assert "(full)" in reg.schedule.item(reg.schedule.keys.index("d_sun"), 3).text()
    screen.select_patient("p002")  # 张玮 offers 张伟's e-voucher
    reg.card.edit.clear()
    type_text(qtbot, reg.card.edit, voucher)
    assert "NOT this patient" in reg.card.holder.text()
    page.host.stop()
