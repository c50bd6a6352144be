"""The station forms of issue 12's gaps, driven by keyboard and mouse on the real screens:
嘱托 on the ward doctor's order entry, 嘱托执行 and 交班记录 on the nurse station, 检验/检查
申请 on the outpatient doctor's tabs (charged by the cashier's sandbox)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.gui.stations.doctor import DoctorScreen
from trainer.gui.stations.host import StationHost, StationScreen
from trainer.gui.stations.nurse import NurseScreen
from trainer.gui.stations.ward import WardDoctorScreen
from trainer.sim import library
from trainer.sim.entrusted import EntrustedOrder, entrusted
from trainer.sim.handover import handover_notes
from trainer.sim.inpatient_state import ip
from trainer.sim.outpatient_requests import requests_of
from trainer.sim.recording import RecordedAttempt

from .conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def _station(qtbot: QtBot, screen: StationScreen, scenario: str) -> tuple[StationHost,
                                                                            RecordedAttempt]:
    host = StationHost("en")
    qtbot.addWidget(host)
    host.resize(1300, 850)
    rec = RecordedAttempt(library.scenario(scenario), None, None)
    host.start(rec, screen)
    host.show()
    host.activateWindow()  # the F-keys work in the active window, as on the ward's PC
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=5000)
    return host, rec


def _cmds(rec: RecordedAttempt) -> list[tuple[str, bool]]:
    return [(e.cmd, e.accepted) for e in rec.attempt.log]


def test_the_ward_doctor_writes_and_stops_an_entrusted_order(qtbot: QtBot) -> None:
    screen = WardDoctorScreen("en")
    host, rec = _station(qtbot, screen, "doctor-ward-orders")
    patient = screen.patient()
    type_text(qtbot, screen.entrust_text, "嘱托：明日晨空腹抽血")
    qtbot.mouseClick(screen.entrust_temp, LEFT)  # 新开临时嘱托
    order = entrusted(rec.attempt.sandbox)["zt-1"]
    assert (order.patient, order.kind, order.text) == (patient, "temporary", "嘱托：明日晨空腹抽血")
    assert screen.entrust_text.text() == ""  # ready for the next one
    row = screen.orders.keys.index("zt-1")
    assert screen.orders.item(row, 2).text() == "嘱托：明日晨空腹抽血"
    type_text(qtbot, screen.entrust_text, "卧床休息")
    qtbot.mouseClick(screen.entrust_long, LEFT)  # 新开长期嘱托
    row = screen.orders.keys.index("zt-2")
    assert screen.orders.item(row, 2).text() == "Entrusted: 卧床休息"
    screen.orders.select_key("zt-2")
    qtbot.mouseClick(screen.stop, LEFT)  # 停止医嘱
    assert entrusted(rec.attempt.sandbox)["zt-2"].status == "stopped"
    assert _cmds(rec) == [("new_entrusted_order", True)] * 2 + [("stop_order", True)]
    host.stop()


def test_the_nurse_verifies_and_carries_out_an_entrusted_order(qtbot: QtBot) -> None:
    screen = NurseScreen("en")
    host, rec = _station(qtbot, screen, "nurse-bedside-execution")
    sb = rec.attempt.sandbox  # the doctor's 嘱托, as a scenario seeds it
    entrusted(sb)["zt-1"] = EntrustedOrder("zt-1", "p007", "明日晨空腹抽血", "temporary")
    host.issue("verify_order", {"order": "ord1"})  # the bedside scenario's own first step
    screen.show_state(rec)
    assert "zt-1" in screen.orders.keys  # 医嘱审核 lists the 嘱托 with the drug orders
    screen.orders.select_key("zt-1")
    qtbot.mouseClick(screen.verify, LEFT)  # 审核当前
    assert entrusted(rec.attempt.sandbox)["zt-1"].status == "verified"
    screen.tabs.setCurrentWidget(screen.entrusted)
    screen.entrusted.grid.select_key("zt-1")
    type_text(qtbot, screen.entrusted.note, "已告知患者晚餐后禁食")
    screen.entrusted.note.setFocus()
    qtbot.keyClick(screen.entrusted.note, Qt.Key.Key_F7)  # 执行嘱托
    done = entrusted(rec.attempt.sandbox)["zt-1"].executions
    assert [(d["note"], d["status"]) for d in done] == [("已告知患者晚餐后禁食", "verified")]
    assert screen.entrusted.grid.item(0, 6).text() == "1"
    qtbot.mouseClick(screen.entrusted.carry_out, LEFT)  # a temporary 嘱托 only once
    assert "already been executed" in host.message.text()
    host.stop()


def test_the_nurse_writes_the_handover_note(qtbot: QtBot) -> None:
    screen = NurseScreen("en")
    host, rec = _station(qtbot, screen, "inpatient-nurse-specimen-transfusion")
    ip(rec.attempt.sandbox).admissions["zy2"].condition = "critical"
    screen.show_state(rec)
    tab = screen.handover
    screen.tabs.setCurrentWidget(tab)
    assert "2" in tab.census.text() and "1" in tab.census.text()
    tab.grid.select_key("p007")  # 病危: the bedside box comes ticked
    assert tab.bedside.isChecked()
    tab.shift.setCurrentIndex(tab.shift.findData("night"))
    for name, words in (("situation", "病危，特级护理"), ("background", "凝血功能待查"),
                        ("assessment", "生命体征尚平稳"), ("recommendation", "每小时巡视")):
        type_text(qtbot, tab.edits[name], words)
    tab.edits["recommendation"].setFocus()
    qtbot.keyClick(tab.edits["recommendation"], Qt.Key.Key_F8)  # 保存交班记录
    notes = handover_notes(rec.attempt.sandbox)
    assert len(notes) == 1, host.message.text()
    note: dict[str, Any] = notes[0]
    assert (note["patient"], note["shift"], note["bedside"], note["condition"]) == (
        "p007", "night", True, "critical")
    assert note["census"] == {"present": 2, "critical": 1, "serious": 0}
    assert tab.edits["situation"].text() == ""
    assert tab.grid.item(tab.grid.keys.index("p007"), 3).text() == "✓"
    tab.grid.select_key("p006")
    type_text(qtbot, tab.edits["situation"], "今日输血")
    qtbot.mouseClick(tab.save, LEFT)  # no assessment: refused in the HIS's words
    assert len(handover_notes(rec.attempt.sandbox)) == 1
    assert _cmds(rec)[-1] == ("write_handover_note", False)
    assert ("hand_over", True) not in _cmds(rec)  # the note is not the end of the leg
    host.stop()


def test_the_doctor_requests_a_lab_test_and_an_exam_that_the_cashier_charges(
        qtbot: QtBot) -> None:
    screen = DoctorScreen("en")
    host, rec = _station(qtbot, screen, "doctor-penicillin-allergy")
    host.issue("start_visit", {"visit": "v1"})
    lab = screen.lab
    screen.tabs.setCurrentWidget(lab)
    lab.item.setCurrentIndex(lab.item.findData("crp"))
    assert lab.choice.count() == 2 and lab.choice.currentData() == "venous_blood"
    type_text(qtbot, lab.note, "咽痛发热3天")
    lab.note.setFocus()
    qtbot.keyClick(lab.note, Qt.Key.Key_F8)  # 提交申请
    exam = screen.imaging
    screen.tabs.setCurrentWidget(exam)
    exam.item.setCurrentIndex(exam.item.findData("dr_chest"))
    exam.choice.setCurrentIndex(exam.choice.findData("chest_pa_lateral"))
    qtbot.mouseClick(exam.submit, LEFT)
    made = requests_of(rec.attempt.sandbox)
    assert [(r.item, r.specimen, r.site, r.note) for r in made.values()] == [
        ("crp", "venous_blood", None, "咽痛发热3天"), ("dr_chest", None, "chest_pa_lateral", "")]
    assert lab.grid.rowCount() == 1 and exam.grid.rowCount() == 1
    assert "25.00" in lab.total.text() and "80.00" in exam.total.text()
    assert [(r.amount, r.paid) for r in made.values()] == [(2500, False), (8000, False)]
    assert lab.grid.item(0, 5).text() == "to pay"  # the cashier's charge picks them up
    host.stop()
