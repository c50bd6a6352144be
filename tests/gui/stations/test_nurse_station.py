"""The nurse station end to end, by mouse and keyboard, in guided and exam mode: verify
the order, state identity, scan wristband and drug label, 三查八对, execute; the exported
log grades under `his-trainer sim run` exactly as the golden log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.stations.nurse import NurseScreen
from trainer.gui.stations.pages import StationPage
from trainer.services import Services
from trainer.sim import library

from .conftest import OpenStation, sim_run, start, type_text, verdicts

SCENARIO = "nurse-bedside-execution"
LEFT = Qt.MouseButton.LeftButton


def _start(qtbot: QtBot, page: StationPage, mode: str) -> NurseScreen:
    return start(qtbot, page, SCENARIO, mode, NurseScreen)


def _give(qtbot: QtBot, page: StationPage, screen: NurseScreen, mode: str) -> None:
    assert page.host is not None
    guided = mode == "guided"
    assert page.host.guided_control() is (screen.verify if guided else None)
    assert screen.banner.allergy.property("allergy") == "none"
    screen.orders.setFocus()
    qtbot.keyClick(screen.orders, Qt.Key.Key_Home)
    assert screen.orders.current_key() == "ord1"
    qtbot.keyClick(screen.orders, Qt.Key.Key_F8)  # 审核当前
    ex = screen.execution
    assert page.host.guided_control() is (ex.scan if guided else None)
    if guided:  # the guidance brought the execution tab to the front
        assert screen.tabs.currentWidget() is ex
    screen.tabs.setCurrentWidget(ex)
    type_text(qtbot, ex.identity.edits["name"], "杨磊")
    type_text(qtbot, ex.identity.edits["dob"], "1958-04-30")
    qtbot.keyClick(ex.identity.edits["dob"], Qt.Key.Key_F3)  # 核对身份
    type_text(qtbot, ex.scan, "WB00758")
    qtbot.keyClick(ex.scan, Qt.Key.Key_Return)  # the scanner's Enter
    assert "Yang Lei" in ex.context.text()
    assert ex.grid.current_key() == "ord1"
    type_text(qtbot, ex.scan, "ord1")  # the infusion label
    qtbot.keyClick(ex.scan, Qt.Key.Key_Return)
    assert page.host.guided_control() is (ex.confirm if guided else None)
    for name, box in ex.boxes.items():
        if name in ("bed", "name", "drug", "dose"):
            qtbot.mouseClick(box, LEFT)
        else:
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.mouseClick(ex.confirm, LEFT)
    ex.grid.setFocus()
    qtbot.keyClick(ex.grid, Qt.Key.Key_F7)  # 执行


@pytest.mark.parametrize("mode", ["guided", "exam"])
def test_a_nurse_gives_the_order_at_the_bedside(qtbot: QtBot, open_station: OpenStation,
                                                demo_services: Services, tmp_path: Path,
                                                mode: str) -> None:
    _win, page = open_station("N001", "station:nurse")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, mode)
    _give(qtbot, page, screen, mode)
    assert page.host is not None and page.host.recorded is not None
    recorded = page.host.recorded
    assert [e.cmd for e in recorded.attempt.log] == [
        "verify_order", "verify_identity", "scan_wristband", "scan_drug", "confirm_checks",
        "execute_order"]
    assert all(e.accepted for e in recorded.attempt.log)
    log = tmp_path / "attempt.jsonl"
    log.write_text(recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(page.host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / SCENARIO / "expert.jsonl"
    assert verdicts(sim_run(SCENARIO, log)) == verdicts(sim_run(SCENARIO, golden))
    assert len(list(demo_services.journal.events(type="sim.command", actor_id="N001"))) == 6


def test_a_refused_scan_is_shown_in_the_his_words(qtbot: QtBot,
                                                  open_station: OpenStation) -> None:
    _win, page = open_station("N001", "station:nurse")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, "practice")
    screen.tabs.setCurrentWidget(screen.execution)
    type_text(qtbot, screen.execution.scan, "ord1")  # the drug before the wristband
    qtbot.keyClick(screen.execution.scan, Qt.Key.Key_Return)
    assert page.host is not None
    [entry] = page.host.recorded.attempt.log  # type: ignore[union-attr]
    assert entry.code == "scan_wristband_first"
    assert "wristband" in page.host.message.text().lower()
    page.host.stop()
