"""Diagnosis search by pinyin initials (拼音首字母), as the drug search does: "GXY" finds
原发性高血压 in the list, and typed into the 诊断 tab it adds I10."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.stations.doctor import DoctorScreen
from trainer.gui.stations.host import StationHost
from trainer.gui.stations.widgets import match_diagnoses
from trainer.sim import library
from trainer.sim.recording import RecordedAttempt

from .conftest import type_text


def test_every_diagnosis_has_one_initial_per_character() -> None:
    for dx in library.reference().diagnoses.values():
        assert len(dx.pinyin) == len(dx.name["zh_CN"]), dx.code
        assert dx.pinyin[0] in (dx.name["zh_CN"][0], *"ABCDEFGHJKLMNOPQRSTWXYZ"), dx.code


def test_pinyin_initials_find_the_diagnosis() -> None:
    dxs = list(library.reference().diagnoses.values())
    assert match_diagnoses(dxs, "GXY")[0].code == "I10"
    assert match_diagnoses(dxs, "gxy")[0].name["zh_CN"] == "原发性高血压"
    assert match_diagnoses(dxs, "JXBTTY")[0].code == "J03.9"
    assert match_diagnoses(dxs, "J03")[0].code == "J03.9"
    assert match_diagnoses(dxs, "扁桃体")[0].code == "J03.9"
    assert match_diagnoses(dxs, "QQQQ") == []


def test_the_diagnosis_tab_adds_what_the_initials_find(qtbot: QtBot) -> None:
    host = StationHost("zh_CN")
    qtbot.addWidget(host)
    rec = RecordedAttempt(library.scenario("doctor-penicillin-allergy"), None, None)
    screen = DoctorScreen("zh_CN")
    host.start(rec, screen)
    visit = screen.current_visit()
    assert visit is not None
    host.issue("start_visit", {"visit": visit})
    screen.tabs.setCurrentWidget(screen.diagnosis)
    type_text(qtbot, screen.diagnosis.search, "GXY")
    qtbot.mouseClick(screen.diagnosis.add, Qt.MouseButton.LeftButton)  # 添加诊断
    assert [d.code for d in rec.attempt.sandbox.diagnoses] == ["I10"], host.message.text()
    assert screen.diagnosis.grid.item(0, 1).text() == "原发性高血压"
    host.stop()
