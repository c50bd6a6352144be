"""The ward doctor's order entry (住院医生站) end to end in exam mode by keyboard and mouse:
identity with name and wristband, a temporary st order, a long-term order, a stop; the
exported log grades as the golden log under `his-trainer sim run`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.gui.stations.pages import StationPage
from trainer.gui.stations.ward import WardDoctorScreen
from trainer.sim import library

from .conftest import OpenStation, sim_run, start, type_text, verdicts

SCENARIO = "doctor-ward-orders"
LEFT = Qt.MouseButton.LeftButton


def _order(qtbot: QtBot, screen: WardDoctorScreen, pinyin: str, dose: str, freq: str,
           key: Qt.Key) -> None:
    screen.drug.clear()
    type_text(qtbot, screen.drug, pinyin)
    qtbot.keyClick(screen.drug, Qt.Key.Key_Return)
    type_text(qtbot, screen.dose, dose)
    screen.freq.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new keyboard search
    qtbot.keyClicks(screen.freq, freq)
    assert screen.freq.currentData() == freq
    qtbot.keyClick(screen.freq, key)


def test_a_ward_doctor_writes_and_stops_orders(qtbot: QtBot, open_station: OpenStation,
                                               tmp_path: Path) -> None:
    _win, page = open_station("D001", "station:doctor")
    assert isinstance(page, StationPage)
    screen = start(qtbot, page, SCENARIO, "exam", WardDoctorScreen)
    assert page.host is not None and page.host.recorded is not None
    screen.beds.setFocus()
    qtbot.keyClick(screen.beds, Qt.Key.Key_End)  # bed 16 is the last card
    assert screen.patient() == "p009"
    type_text(qtbot, screen.identity.edits["name"], "黄晓明")
    type_text(qtbot, screen.identity.edits["wristband"], "WB00972")
    qtbot.keyClick(screen.identity.edits["wristband"], Qt.Key.Key_F3)  # 核对身份
    drugs = library.reference().drugs
    _order(qtbot, screen, drugs["dexamethasone"].pinyin, "5", "st", Qt.Key.Key_F3)  # 临时
    _order(qtbot, screen, drugs["loratadine"].pinyin, "10", "qd", Qt.Key.Key_F2)  # 长期
    screen.orders.setFocus()
    screen.orders.select_key("ord1")
    qtbot.keyClick(screen.orders, Qt.Key.Key_F7)  # 停止医嘱
    cmds = [(e.cmd, e.accepted) for e in page.host.recorded.attempt.log]
    assert ("stop_order", True) in cmds and cmds.count(("new_order", True)) == 2
    attempt_log = tmp_path / "attempt.jsonl"
    attempt_log.write_text(page.host.recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(page.host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / SCENARIO / "expert.jsonl"
    assert verdicts(sim_run(SCENARIO, attempt_log)) == verdicts(sim_run(SCENARIO, golden))
