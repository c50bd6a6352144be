"""The pharmacy station end to end, by mouse and keyboard: dispensing past an expired batch
(guided and exam), prescription review (exam) and inpatient unit doses (guided); each
exported log grades under `his-trainer sim run` exactly as the golden log. An unsafe
attempt — no identity check, the first batch on the shelf — fails with the critical errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.stations.pages import StationPage
from trainer.gui.stations.pharmacy import PharmacyScreen
from trainer.gui.stations.pharmacy_stock import TenMatches
from trainer.gui.stations.stationmap import MapButton
from trainer.services import Services
from trainer.sim import library

from .conftest import OpenStation, sim_run, start, type_text, verdicts

LEFT = Qt.MouseButton.LeftButton


def _start(qtbot: QtBot, page: StationPage, scenario: str, mode: str) -> PharmacyScreen:
    return start(qtbot, page, scenario, mode, PharmacyScreen)


def _guided(page: StationPage, expected: object, mode: str) -> None:
    assert page.host is not None
    assert page.host.guided_control() is (expected if mode == "guided" else None)


def _tick_all(qtbot: QtBot, matches: TenMatches) -> None:
    for i, box in enumerate(matches.boxes.values()):
        if i % 2:
            qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # the tick box
        else:
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
    assert len(matches.ticked()) == 10


def _grades_as_golden(page: StationPage, scenario: str, tmp_path: Path, qtbot: QtBot) -> None:
    assert page.host is not None and page.host.recorded is not None
    recorded = page.host.recorded
    assert all(e.accepted or e.code == "reason_required" for e in recorded.attempt.log)
    log = tmp_path / "attempt.jsonl"
    log.write_text(recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(page.host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / scenario / "expert.jsonl"
    assert verdicts(sim_run(scenario, log)) == verdicts(sim_run(scenario, golden))


@pytest.mark.parametrize("mode", ["guided", "exam"])
def test_a_pharmacist_dispenses_past_the_expired_batch(
    qtbot: QtBot, open_station: OpenStation, demo_services: Services, tmp_path: Path, mode: str
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    scenario = "pharmacist-expired-batch"
    screen = _start(qtbot, page, scenario, mode)
    assert screen.queue.current_key() == "rx1"
    _guided(page, screen.identity.verify, mode)
    type_text(qtbot, screen.identity.edits["name"], "周丽")
    type_text(qtbot, screen.identity.edits["card_no"], "A911133")
    qtbot.keyClick(screen.identity.edits["card_no"], Qt.Key.Key_F2)  # 核对身份
    disp = screen.dispensing
    _guided(page, disp.batches.quarantine, mode)
    screen.tabs.setCurrentWidget(disp)
    grid = disp.batches.grid
    assert grid.keys == ["loratadine/LOR2305X", "loratadine/LOR2406A"]  # expiry order
    assert grid.item(0, 4).text() == "EXPIRED"
    grid.setFocus()
    qtbot.mouseClick(grid.viewport(), LEFT, pos=grid.visualItemRect(grid.item(0, 0)).center())
    qtbot.keyClick(grid, Qt.Key.Key_F6)  # 隔离批号
    assert grid.item(0, 4).text() == "Off the shelf"
    _guided(page, disp.dispense, mode)
    type_text(qtbot, disp.scan, "LOR2406A")  # the valid box's batch barcode
    qtbot.keyClick(disp.scan, Qt.Key.Key_Return)
    assert "LOR2406A" in disp.scan_result.text()
    _tick_all(qtbot, disp.matches)
    disp.items.setFocus()
    qtbot.keyClick(disp.items, Qt.Key.Key_F7)  # 发药
    talk = screen.counselling
    _guided(page, talk.counsel, mode)
    screen.tabs.setCurrentWidget(talk)
    assert "10mg" in talk.note.toPlainText()  # prefilled from the prescription
    talk.points["dose"].setChecked(True)
    talk.note.setFocus()
    qtbot.keyClick(talk.note, Qt.Key.Key_F8)  # 用药交代
    assert page.host is not None and page.host.recorded is not None
    log = page.host.recorded.attempt.log
    assert [e.cmd for e in log] == ["verify_identity", "quarantine_batch", "dispense", "counsel"]
    assert log[2].args["batches"] == {"loratadine": "LOR2406A"}
    _grades_as_golden(page, scenario, tmp_path, qtbot)
    assert len(list(demo_services.journal.events(type="sim.command", actor_id="P001"))) == 4


def test_dispensing_the_expired_box_without_identity_is_a_critical_error(
    qtbot: QtBot, open_station: OpenStation
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "pharmacist-expired-batch", "practice")
    disp = screen.dispensing
    screen.tabs.setCurrentWidget(disp)
    type_text(qtbot, disp.scan, "LOR2305X")  # the expired box from the front of the shelf
    qtbot.keyClick(disp.scan, Qt.Key.Key_Return)
    assert "EXPIRED" in disp.scan_result.text() and "b71c1c" in disp.scan_result.styleSheet()
    _tick_all(qtbot, disp.matches)
    qtbot.mouseClick(disp.dispense, LEFT)  # dispensed despite the warning
    assert page.host is not None and page.host.recorded is not None
    [entry] = page.host.recorded.attempt.log
    assert entry.accepted and entry.result["batches"] == {"loratadine": "LOR2305X"}
    qtbot.mouseClick(page.host.finish_button, LEFT)
    result = page.result.result
    assert result is not None and not result.passed
    assert {"expired_dispensed", "no_identity_check"} <= set(result.committed)


def test_a_pharmacist_returns_the_unsafe_prescription_in_an_exam(
    qtbot: QtBot, open_station: OpenStation, tmp_path: Path
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    scenario = "pharmacist-allergy-return"
    screen = _start(qtbot, page, scenario, "exam")
    assert screen.banner.allergy.property("allergy") == "recorded"
    type_text(qtbot, screen.identity.edits["name"], "徐娟")
    type_text(qtbot, screen.identity.edits["dob"], "1982-08-21")
    qtbot.keyClick(screen.identity.edits["dob"], Qt.Key.Key_Return)
    review = screen.review
    assert screen.tabs.currentWidget() is review
    screen.queue.setFocus()
    qtbot.keyClick(screen.queue, Qt.Key.Key_Home)
    assert screen.queue.current_key() == "rx1"
    qtbot.keyClick(screen.queue, Qt.Key.Key_F3)  # not on the review panel: nothing happens
    review.items.setFocus()
    qtbot.keyClick(review.items, Qt.Key.Key_F3)  # 打开处方
    assert "Review system: the patient is allergic" in review.alerts.text()
    assert "reason" not in review.alerts.text().lower()  # not the doctor's "give the reason"
    qtbot.mouseClick(review.send_back, LEFT)  # no reason yet: the HIS refuses, in words
    assert page.host is not None and page.host.recorded is not None
    assert page.host.recorded.attempt.log[-1].code == "reason_required"
    assert "Reason required" in page.host.message.text()
    review.reason.setCurrentIndex(0)  # 过敏 — the common reason, then the detail
    review.reason.lineEdit().end(False)  # type: ignore[union-attr]
    type_text(qtbot, review.reason, "；患者青霉素过敏")
    qtbot.keyClick(review.reason, Qt.Key.Key_F6)  # 退回处方
    screen.queue.setFocus()
    qtbot.keyClick(screen.queue, Qt.Key.Key_Down)
    assert screen.queue.current_key() == "rx2"
    review.items.setFocus()
    qtbot.keyClick(review.items, Qt.Key.Key_F3)
    assert "no alert" in review.alerts.text()
    qtbot.keyClick(review.items, Qt.Key.Key_F8)  # 审核通过
    sb = page.host.recorded.attempt.sandbox
    assert sb.prescriptions["rx1"].status == "returned"
    assert "penicillin" in sb.prescriptions["rx1"].return_reason.lower() or "青霉素" in (
        sb.prescriptions["rx1"].return_reason
    )
    assert sb.prescriptions["rx2"].status == "approved"
    _grades_as_golden(page, scenario, tmp_path, qtbot)


def test_inpatient_unit_doses_after_review_in_guided_mode(
    qtbot: QtBot, open_station: OpenStation, tmp_path: Path
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    scenario = "inpatient-pharmacy-unit-dose"
    screen = _start(qtbot, page, scenario, "guided")
    ward = screen.ward_review
    assert screen.tabs.currentWidget() is ward and not screen.identity.isVisible()
    _guided(page, ward.grid, "guided")
    ward.grid.select_key("ord2")
    assert "interaction" in ward.alerts.text().lower()
    type_text(qtbot, ward.reason, "甲硝唑与华法林相互作用，出血风险")
    qtbot.keyClick(ward.reason, Qt.Key.Key_F6)  # 医嘱退回
    ward.grid.select_key("ord3")
    ward.grid.setFocus()
    qtbot.keyClick(ward.grid, Qt.Key.Key_F8)  # 医嘱审核通过
    dose = screen.unit_dose
    _guided(page, dose.confirm, "guided")
    assert screen.tabs.currentWidget() is dose
    dose.grid.select_key("ord3")
    batches = dose.batches.grid
    batches.select_key("omeprazole/OME2304X")
    batches.setFocus()
    qtbot.keyClick(batches, Qt.Key.Key_F6)  # 隔离批号
    _tick_all(qtbot, dose.matches)
    dose.grid.setFocus()
    qtbot.keyClick(dose.grid, Qt.Key.Key_F7)  # 摆药确认
    assert page.host is not None and page.host.recorded is not None
    assert [e.cmd for e in page.host.recorded.attempt.log] == [
        "review_ward_order", "review_ward_order", "quarantine_batch", "unit_dose"]
    _grades_as_golden(page, scenario, tmp_path, qtbot)


@pytest.mark.parametrize("scenario", ["pharmacist-drug-return", "inpatient-pharmacy-unit-dose"])
def test_every_pharmacy_control_is_named_and_f_keys_are_in_tooltips(
    open_station: OpenStation, scenario: str
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    page.open_scenario(scenario, "practice")
    operations.wait_for_all()
    assert page.host is not None
    screen = page.host.station_screen
    assert isinstance(screen, PharmacyScreen)
    controls = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QTableWidget, QTabWidget)
    for i in range(screen.tabs.count()):
        if not screen.tabs.isTabVisible(i):
            continue
        screen.tabs.setCurrentIndex(i)
        unnamed = [w.objectName() or type(w).__name__ for w in page.host.findChildren(QWidget)
                   if isinstance(w, controls) and w.isVisibleTo(page.host)
                   and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
        assert unnamed == [], screen.tabs.tabText(i)
    keyed = [b for b in screen.findChildren(MapButton) if b.spec.key]
    assert keyed and all(b.spec.key in b.toolTip() and b.spec.key in b.text() for b in keyed)
    page.host.stop()


@pytest.mark.parametrize(
    "scenario", ["pharmacist-expired-batch", "inpatient-pharmacy-allergy-review"]
)
def test_a_pharmacy_demonstration_plays_to_full_marks(
    qtbot: QtBot, open_station: OpenStation, demo_services: Services, scenario: str
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    page.picker.select(scenario)
    qtbot.mouseClick(page.picker.mode_buttons["demo"], LEFT)
    operations.wait_for_all()
    demo, host = page.demo, page.host
    assert demo is not None and host is not None and host.recorded is not None
    demo.speed.setCurrentIndex(demo.speed.count() - 1)
    with qtbot.waitSignal(demo.ended, timeout=30_000):
        qtbot.mouseClick(demo.play, LEFT)
    assert all(e.accepted for e in host.recorded.attempt.log)
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.score == 100
    assert list(demo_services.journal.events(type="sim.command")) == []


def test_a_quality_return_is_confirmed_within_what_was_dispensed(
    qtbot: QtBot, open_station: OpenStation, tmp_path: Path
) -> None:
    _win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    scenario = "pharmacist-drug-return"
    screen = _start(qtbot, page, scenario, "practice")
    type_text(qtbot, screen.find_rx, "A903711")  # 刷卡: Wang Fang's card
    qtbot.keyClick(screen.find_rx, Qt.Key.Key_Return)
    assert screen.queue.current_key() == "rx1" and screen.patient() == "p004"
    type_text(qtbot, screen.identity.edits["name"], "王芳")
    type_text(qtbot, screen.identity.edits["card_no"], "A903711")
    qtbot.keyClick(screen.identity.edits["name"], Qt.Key.Key_F2)
    returns = screen.returns
    screen.tabs.setCurrentWidget(returns)
    assert returns.grid.keys == ["rx1/smectite", "rx1/omeprazole"]
    returns.grid.select_key("rx1/smectite")
    assert returns.quantity.maximum() == 2  # never more than was dispensed
    returns.quantity.setFocus()
    qtbot.keyClick(returns.quantity, Qt.Key.Key_Up)
    qtbot.keyClick(returns.quantity, Qt.Key.Key_Up)
    assert returns.quantity.value() == 2
    qtbot.keyClick(returns.quantity, Qt.Key.Key_Down)
    qtbot.keyClick(returns.quantity, Qt.Key.Key_F8)  # 退药确认: 1 box
    assert returns.grid.item(0, 5).text() == "1"  # one box still returnable
    screen.tabs.setCurrentWidget(screen.counselling)
    qtbot.mouseClick(screen.counselling.counsel, LEFT)  # why the omeprazole stays with her
    screen.tabs.setCurrentWidget(returns)
    assert returns.to.currentData() == "finance"
    type_text(qtbot, returns.about, "王芳rx1蒙脱石散1盒质量问题退药已确认，请办理退费")
    qtbot.mouseClick(returns.tell, LEFT)
    assert page.host is not None and page.host.recorded is not None
    log = page.host.recorded.attempt.log
    assert [e.cmd for e in log] == ["verify_identity", "confirm_return", "counsel", "notify"]
    assert log[1].args == {"rx": "rx1", "drug": "smectite", "quantity": 1}
    _grades_as_golden(page, scenario, tmp_path, qtbot)
