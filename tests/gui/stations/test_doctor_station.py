"""The outpatient doctor station end to end, by mouse and keyboard, in guided and exam
mode: the exported log grades under `his-trainer sim run` exactly as the golden log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.stations.doctor import DoctorScreen
from trainer.gui.stations.pages import StationPage
from trainer.services import Services
from trainer.sim import library

from .conftest import OpenStation, sim_run, start, type_text, verdicts

SCENARIO = "doctor-penicillin-allergy"
LEFT = Qt.MouseButton.LeftButton


def _start(qtbot: QtBot, page: StationPage, mode: str) -> DoctorScreen:
    return start(qtbot, page, SCENARIO, mode, DoctorScreen)


def _guided(page: StationPage, expected: object, mode: str) -> None:
    assert page.host is not None
    if mode == "guided":
        assert page.host.guided_control() is expected
        assert page.host.hint.isVisible()
    else:
        assert page.host.guided_control() is None
        assert not page.host.hint.isVisible()


def _consult(qtbot: QtBot, page: StationPage, screen: DoctorScreen, mode: str) -> None:
    _guided(page, screen.begin, mode)  # the hint: call and start the visit
    qtbot.mouseClick(screen.call, LEFT)  # 叫号 by mouse
    screen.visits.setFocus()
    qtbot.keyClick(screen.visits, Qt.Key.Key_F8)  # 开始诊疗 by key
    assert [e.cmd for e in page.host.recorded.attempt.log] == [  # type: ignore[union-attr]
        "call_patient", "start_visit"]
    _guided(page, screen.identity.verify, mode)
    type_text(qtbot, screen.identity.edits["name"], "李秀英")
    type_text(qtbot, screen.identity.edits["dob"], "1952-07-19")
    qtbot.keyClick(screen.identity.edits["dob"], Qt.Key.Key_F3)  # 核对身份
    _guided(page, screen.allergy.record, mode)
    qtbot.mouseClick(screen.allergy.ask, LEFT)
    assert "Penicillins" in page.host.message.text()  # type: ignore[union-attr]
    screen.allergy.boxes["penicillin"].setFocus()
    qtbot.keyClick(screen.allergy.boxes["penicillin"], Qt.Key.Key_Space)
    qtbot.mouseClick(screen.allergy.record, LEFT)
    assert screen.banner.allergy.property("allergy") == "recorded"
    screen.tabs.setCurrentWidget(screen.record)
    for field, value in (("chief_complaint", "咽痛、发热2天"), ("present_illness", "受凉后咽痛"),
                         ("allergy_history", "青霉素过敏"), ("diagnosis", "急性扁桃体炎"),
                         ("plan", "阿奇霉素口服3天")):
        type_text(qtbot, screen.record.edits[field], value)
    qtbot.keyClick(screen.record.edits["plan"], Qt.Key.Key_F8)  # 保存病历
    screen.tabs.setCurrentWidget(screen.diagnosis)
    qtbot.keyClicks(screen.diagnosis.search, "J03.9")
    qtbot.mouseClick(screen.diagnosis.primary, LEFT)
    qtbot.keyClick(screen.diagnosis.primary, Qt.Key.Key_F2)  # 添加诊断
    assert screen.diagnosis.grid.rowCount() == 1
    _prescribe(qtbot, page, screen, mode)
    qtbot.keyClick(screen.rx.grid, Qt.Key.Key_F10)  # 结束就诊


def _prescribe(qtbot: QtBot, page: StationPage, screen: DoctorScreen, mode: str) -> None:
    screen.tabs.setCurrentWidget(screen.rx)
    _guided(page, screen.rx.sign if mode == "guided" else None, mode)  # hint: prescribe, sign
    screen.rx.drug.setFocus()
    qtbot.keyClick(screen.rx.drug, Qt.Key.Key_F3)  # 新处方
    qtbot.keyClicks(screen.rx.drug, "AQMS")  # pinyin initials of 阿奇霉素
    qtbot.keyClick(screen.rx.drug, Qt.Key.Key_Return)
    assert screen.rx.drug.drug == "azithromycin"
    qtbot.keyClicks(screen.rx.dose, "0.5")
    qtbot.keyClicks(screen.rx.freq, "qd")
    qtbot.keyClick(screen.rx.dose, Qt.Key.Key_F2)  # 添加药品
    assert screen.rx.grid.rowCount() == 1
    qtbot.keyClick(screen.rx.grid, Qt.Key.Key_F8)  # 提交处方


@pytest.mark.parametrize("mode", ["guided", "exam"])
def test_a_doctor_completes_the_consultation(qtbot: QtBot, open_station: OpenStation,
                                             demo_services: Services, tmp_path: Path,
                                             mode: str) -> None:
    _win, page = open_station("D001", "station:doctor")
    assert isinstance(page, StationPage)
    screen = _start(qtbot, page, mode)
    _consult(qtbot, page, screen, mode)
    assert page.host is not None and page.host.recorded is not None
    recorded = page.host.recorded
    refused = [e for e in recorded.attempt.log if not e.accepted]
    assert refused == []
    log = tmp_path / "attempt.jsonl"
    log.write_text(recorded.export_jsonl(), encoding="utf-8")
    qtbot.mouseClick(page.host.finish_button, LEFT)
    assert page.stack.currentWidget() is page.result
    assert page.result.result is not None and page.result.result.passed
    golden = library.simulators_root() / "scenarios" / SCENARIO / "expert.jsonl"
    assert verdicts(sim_run(SCENARIO, log)) == verdicts(sim_run(SCENARIO, golden))
    commands = list(demo_services.journal.events(type="sim.command", actor_id="D001"))
    assert len(commands) == len(recorded.attempt.log)
    [finished] = list(demo_services.journal.events(type="sim.finished", actor_id="D001"))
    assert finished.data()["mode"] == mode and finished.data()["passed"] is True
