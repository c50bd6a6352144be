"""The shared PC locks in the middle of a station attempt: the attempt clock stops, the
pause and the resume are journalled; a switch of user journals the pause before the attempt
is put away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.stations.pages import StationPage
from trainer.services import Services

from .conftest import OpenStation

SCENARIO = "nurse-bedside-execution"


def _exam(qtbot: QtBot, open_station: OpenStation) -> tuple[MainWindow, StationPage]:
    win, page = open_station("N001", "station:nurse")
    assert isinstance(page, StationPage)
    page.picker.select(SCENARIO)
    qtbot.mouseClick(page.picker.mode_buttons["exam"], Qt.MouseButton.LeftButton)
    operations.wait_for_all()
    assert page.host is not None and page.host.recorded is not None
    return win, page  # the window is kept alive by the caller


def test_a_lock_stops_the_attempt_clock_until_unlocked(qtbot: QtBot, open_station: OpenStation,
                                                       demo_services: Services) -> None:
    _win, page = _exam(qtbot, open_station)
    assert page.host is not None and page.host.recorded is not None
    rec = page.host.recorded
    page.host.issue("verify_order", {"order": "ord1"})
    page.ctx.lock("manual")
    assert rec.paused == "lock"
    frozen = rec.elapsed_ms()
    qtbot.wait(300)  # time passes behind the lock screen
    assert rec.elapsed_ms() == frozen
    shown = page.host.clock.text()
    qtbot.wait(1100)  # a second later, the shown clock has not moved either
    assert page.host.clock.text() == shown and rec.elapsed_ms() == frozen
    page.ctx.unlock("demo-nurse")
    assert rec.paused is None
    qtbot.wait(50)
    assert rec.elapsed_ms() >= frozen
    rec.flush()
    journal = demo_services.journal
    paused = [e.data() for e in journal.events(type="sim.paused", subject_id=rec.attempt_id)]
    resumed = [e.data() for e in journal.events(type="sim.resumed", subject_id=rec.attempt_id)]
    assert [(p["reason"], p["t"]) for p in paused] == [("lock", frozen)]
    assert resumed[0]["t"] == frozen and resumed[0]["paused_ms"] >= 1400
    page.back_to_list()  # the attempt stays open to resume; the writer is closed


def test_a_switch_of_user_journals_the_pause_before_the_attempt_is_put_away(
        qtbot: QtBot, open_station: OpenStation, demo_services: Services) -> None:
    _win, page = _exam(qtbot, open_station)
    assert page.host is not None and page.host.recorded is not None
    rec = page.host.recorded
    page.ctx.switch_user()
    assert rec.paused == "switch_user" and rec.writer is None  # committed and closed
    paused = [e.data()["reason"] for e in demo_services.journal.events(
        type="sim.paused", subject_id=rec.attempt_id)]
    assert paused == ["switch_user"]
