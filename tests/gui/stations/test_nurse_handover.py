"""The nurse-entrusted-handover scenario end to end on the nurse station, by mouse and
keyboard, guided and exam: identity, 医嘱审核 of the 嘱托, 嘱托执行, and the 交班记录 for both
patients with the critical one handed over at the bedside. The exported log grades under
`his-trainer sim run` exactly as the golden log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.stations.nurse import NurseScreen
from trainer.gui.stations.pages import StationPage
from trainer.sim import library

from .conftest import OpenStation, sim_run, start, type_text, verdicts

SCENARIO = "nurse-entrusted-handover"
LEFT = Qt.MouseButton.LeftButton


def _note(qtbot: QtBot, screen: NurseScreen, patient: str, words: dict[str, str]) -> None:
    tab = screen.handover
    screen.tabs.setCurrentWidget(tab)
    tab.grid.setFocus()
    tab.grid.select_key(patient)
    for name, text in words.items():
        type_text(qtbot, tab.edits[name], text)
    qtbot.keyClick(tab.edits["recommendation"], Qt.Key.Key_F8)  # 保存交班记录


@pytest.mark.parametrize("mode", ["guided", "exam"])
def test_a_nurse_carries_out_the_entrusted_order_and_hands_over(
        qtbot: QtBot, open_station: OpenStation, tmp_path: Path, mode: str) -> None:
    _win, page = open_station("N001", "station:nurse")
    assert isinstance(page, StationPage)
    screen = start(qtbot, page, SCENARIO, mode, NurseScreen)
    host = page.host
    assert host is not None and host.recorded is not None
    guided = mode == "guided"

    def expect(control: object) -> None:
        assert host.guided_control() is (control if guided else None)

    screen.beds.setFocus()
    qtbot.keyClick(screen.beds, Qt.Key.Key_Home)  # bed 12
    assert screen.patient() == "p006"
    expect(screen.execution.identity.verify)
    screen.tabs.setCurrentWidget(screen.execution)  # the identity check is at the bedside
    type_text(qtbot, screen.execution.identity.edits["name"], "陈静")
    type_text(qtbot, screen.execution.identity.edits["dob"], "1990-09-14")
    qtbot.keyClick(screen.execution.identity.edits["dob"], Qt.Key.Key_F3)  # 核对身份
    expect(screen.verify)
    screen.tabs.setCurrentWidget(screen.verification)
    screen.orders.setFocus()
    screen.orders.select_key("zt1")
    qtbot.keyClick(screen.orders, Qt.Key.Key_F8)  # 审核当前
    expect(screen.entrusted.carry_out)
    screen.tabs.setCurrentWidget(screen.entrusted)
    screen.entrusted.grid.setFocus()
    screen.entrusted.grid.select_key("zt1")
    qtbot.keyClick(screen.entrusted.grid, Qt.Key.Key_F7)  # 执行嘱托
    expect(screen.handover.save)
    _note(qtbot, screen, "p006", {"situation": "明晨空腹抽血，已告知禁食",
                                  "assessment": "病情平稳", "recommendation": "零点后禁食"})
    assert not screen.handover.bedside.isChecked()
    screen.handover.grid.setFocus()
    screen.handover.grid.select_key("p007")
    assert screen.handover.bedside.isChecked()  # 病危: bedside handover comes ticked
    _note(qtbot, screen, "p007", {"situation": "病危，特级护理", "background": "消化道出血",
                                  "assessment": "血压偏低", "recommendation": "每小时巡视"})
    rec = host.recorded
    assert [(e.cmd, e.accepted) for e in rec.attempt.log] == [
        ("verify_identity", True), ("verify_order", True), ("execute_entrusted_order", True),
        ("write_handover_note", True), ("write_handover_note", True)]
    log = tmp_path / "attempt.jsonl"
    log.write_text(rec.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / SCENARIO / "expert.jsonl"
    assert verdicts(sim_run(SCENARIO, log)) == verdicts(sim_run(SCENARIO, golden))
