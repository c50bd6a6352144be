"""A positive skin test at the nurse station, in practice mode: identity, wristband,
录入阳性, hold the order with a reason, notify the doctor — then the vital signs chart takes
a temperature; the log grades as the golden one under `his-trainer sim run`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.stations.nurse import NurseScreen
from trainer.gui.stations.pages import StationPage
from trainer.sim import library

from .conftest import OpenStation, sim_run, start, type_text, verdicts

SCENARIO = "nurse-positive-skin-test"
LEFT = Qt.MouseButton.LeftButton


def test_a_positive_skin_test_holds_the_order(qtbot: QtBot, open_station: OpenStation,
                                              tmp_path: Path) -> None:
    _win, page = open_station("N001", "station:nurse")
    assert isinstance(page, StationPage)
    screen = start(qtbot, page, SCENARIO, "practice", NurseScreen)
    host = page.host
    assert host is not None and host.recorded is not None
    ex = screen.execution
    screen.tabs.setCurrentWidget(ex)
    type_text(qtbot, ex.identity.edits["name"], "陈静")
    type_text(qtbot, ex.identity.edits["dob"], "1990-09-14")
    qtbot.keyClick(ex.identity.edits["dob"], Qt.Key.Key_F3)
    type_text(qtbot, ex.scan, "WB00690")
    qtbot.keyClick(ex.scan, Qt.Key.Key_Return)
    screen.tabs.setCurrentWidget(screen.skin)
    screen.skin.drug.setCurrentIndex(screen.skin.drug.findData("amoxicillin"))
    qtbot.mouseClick(screen.skin.positive, LEFT)  # 录入阳性
    assert screen.skin.grid.rowCount() == 1
    screen.tabs.setCurrentWidget(ex)
    type_text(qtbot, ex.hold_reason, "阿莫西林皮试阳性")
    qtbot.keyClick(ex.hold_reason, Qt.Key.Key_F6)  # 暂停执行
    screen.tabs.setCurrentWidget(screen.verification)
    type_text(qtbot, screen.notify_text, "阿莫西林皮试阳性，已暂停医嘱，请更改用药")
    qtbot.mouseClick(screen.notify, LEFT)  # 通知医生
    log = host.recorded.attempt.log
    assert [(e.cmd, e.accepted) for e in log] == [
        ("verify_identity", True), ("scan_wristband", True), ("record_skin_test", True),
        ("hold_order", True), ("notify", True)]
    attempt_log = tmp_path / "attempt.jsonl"
    attempt_log.write_text(host.recorded.export_jsonl(), encoding="utf-8")
    screen.tabs.setCurrentWidget(screen.vitals)
    type_text(qtbot, screen.vitals.edits["temperature"], "38.2")
    type_text(qtbot, screen.vitals.edits["pulse"], "96")
    qtbot.keyClick(screen.vitals.edits["pulse"], Qt.Key.Key_F2)  # 录入体征
    assert log[-1].cmd == "record_vitals" and log[-1].accepted
    assert screen.vitals.chart.rows and screen.vitals.chart.rows[-1]["temperature"] == 38.2
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / SCENARIO / "expert.jsonl"
    assert verdicts(sim_run(SCENARIO, attempt_log)) == verdicts(sim_run(SCENARIO, golden))
