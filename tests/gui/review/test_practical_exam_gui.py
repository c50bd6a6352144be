"""The trainee's practical exam, driven like a nurse: refused without the proctor's unlock
and without confirming who she is; started under the unlock, the drawn task on the nurse
station in exam mode, done by mouse and keyboard, handed in — "provisional until a trainer
signs off", never the verdict — and waiting in the trainers' queue. A lock pauses it and
it carries on in the same state; after a crash it resumes from the journal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.stations.conftest import OpenStation, open_station  # noqa: F401 (fixture)
from tests.gui.stations.test_nurse_station import _give
from trainer.exams import sittings
from trainer.gui import operations
from trainer.gui.review.page import ReviewPage, settle
from trainer.gui.review.sitting_page import PracticalExamPage
from trainer.gui.review.wiring import practical_service
from trainer.gui.stations.nurse import NurseScreen
from trainer.gui.stations.pages import StationPage
from trainer.services import Services

SCENARIO = "nurse-bedside-execution"  # the nurse station's bedside task, by keyboard
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(open_station: OpenStation, demo_services: Services,  # noqa: F811
         monkeypatch: pytest.MonkeyPatch) -> Iterator[PracticalExamPage]:
    service = practical_service(demo_services)
    exam = service.exams["nurse_station"]
    monkeypatch.setitem(service.exams, "nurse_station",
                        exam.model_copy(update={"scenarios": [SCENARIO]}))
    win, shown = open_station("N001", "practical-exam")
    assert isinstance(shown, PracticalExamPage)
    yield shown
    win.close()


def unlock(page: PracticalExamPage) -> None:
    proctor = page.ctx.services.login.demo_session("T001")
    page.ctx.perform(lambda: sittings.unlock_here(page.service.journal, proctor, "N001",
                                                  "nurse_station"))
    operations.wait_for_all()


def start(qtbot: QtBot, page: PracticalExamPage) -> NurseScreen:
    page.identity.setFocus()
    qtbot.keyClick(page.identity, Qt.Key.Key_Space)
    assert page.identity.isChecked()
    qtbot.mouseClick(page.start_buttons["nurse_station"], LEFT)
    operations.wait_for_all()
    assert page.host is not None and page.stack.currentWidget() is page.host
    screen = page.host.station_screen
    assert isinstance(screen, NurseScreen)
    return screen


def test_start_refused_without_unlock_or_identity(qtbot: QtBot,
                                                  page: PracticalExamPage) -> None:
    assert not page.start_buttons["nurse_station"].isEnabled()
    assert "Not unlocked" in page.rows.itemAtPosition(0, 1).widget().text()  # type: ignore
    page.identity.setChecked(True)
    page.start_exam("nurse_station")  # even if called: the service refuses
    operations.wait_for_all()
    assert "not unlocked for you at this PC" in page.message.text()
    assert page.host is None
    unlock(page)
    assert page.start_buttons["nurse_station"].isEnabled()
    page.identity.setChecked(False)
    qtbot.mouseClick(page.start_buttons["nurse_station"], LEFT)
    operations.wait_for_all()
    assert page.message.text() == "Confirm who you are before the exam starts."
    assert page.host is None
    assert not list(page.service.journal.events(type="practical.started"))


def test_a_nurse_sits_her_practical_exam(qtbot: QtBot, page: PracticalExamPage) -> None:
    unlock(page)
    screen = start(qtbot, page)
    host = page.host
    assert host is not None and host.recorded is not None
    assert host.recorded.mode == "exam" and not host.hint.isVisible()
    [started] = page.service.all("N001")
    assert host.recorded.attempt_id == started.attempt_id
    assert host.clock.text().startswith("Time left")
    _give(qtbot, page, screen, "exam")  # type: ignore[arg-type]
    assert len(host.recorded.attempt.log) == 6
    qtbot.mouseClick(host.finish_button, LEFT)
    operations.wait_for_all()
    assert page.stack.currentWidget() is page.done_view
    said = page.done_text.text()
    assert "handed in" in said and "provisional until a trainer" in said
    assert "pass" not in said.lower().replace("passed", "x")  # no verdict shown
    found = page.service.get(started.attempt_id)
    assert found.status == "provisional" and found.result is not None
    assert found.result.commands == 6 and found.result.passed
    trainer = page.ctx.services.login.demo_session("T001")
    assert [a.attempt_id for a in page.service.queue(trainer)] == [started.attempt_id]
    # the unlock is used up: no second attempt on it
    qtbot.mouseClick(page.done_back, LEFT)
    operations.wait_for_all()
    assert not page.start_buttons["nurse_station"].isEnabled()


def test_a_lock_pauses_the_exam_and_it_carries_on(qtbot: QtBot,
                                                  page: PracticalExamPage) -> None:
    unlock(page)
    screen = start(qtbot, page)
    screen.orders.setFocus()
    qtbot.keyClick(screen.orders, Qt.Key.Key_Home)
    qtbot.keyClick(screen.orders, Qt.Key.Key_F8)  # 审核当前
    assert page.host is not None and page.host.recorded is not None
    before = [(e.cmd, e.accepted) for e in page.host.recorded.attempt.log]
    attempt_id = page.host.recorded.attempt_id
    page.ctx.lock("manual")
    assert page.host is None  # paused: the station is closed under the lock screen
    [paused] = page.service.journal.events(type="practical.paused")
    at_ms = paused.data()["at_ms"]
    assert paused.data()["reason"] == "lock" and paused.actor_id == "N001"
    assert at_ms >= list(page.service.journal.events(type="sim.command"))[-1].data()["t"]
    assert len(list(page.service.journal.events(type="sim.command",
                                                subject_id=attempt_id))) == 1
    page.ctx.unlock("demo-nurse")
    operations.wait_for_all()
    assert page.host is not None and page.host.recorded is not None
    assert page.host.recorded.attempt_id == attempt_id
    assert [(e.cmd, e.accepted) for e in page.host.recorded.attempt.log] == before
    screen = page.host.station_screen  # type: ignore[assignment]
    assert isinstance(screen, NurseScreen)
    assert page.host.recorded.attempt.sandbox.orders["ord1"].status == "verified"
    assert page.host.recorded.elapsed_ms() >= at_ms  # the clock goes on from the pause
    assert page.service.get(attempt_id).pauses == ((at_ms, "lock"),)
    # the trainer's replay shows the pause
    review = ReviewPage(page.ctx)
    qtbot.addWidget(review)
    review.open_attempt(attempt_id)
    settle()
    assert "screen locked" in review.replay.paused.text()
    page.host.stop()


def test_after_a_crash_the_exam_resumes_from_the_journal(qtbot: QtBot,
                                                         page: PracticalExamPage) -> None:
    unlock(page)
    screen = start(qtbot, page)
    screen.orders.setFocus()
    qtbot.keyClick(screen.orders, Qt.Key.Key_Home)
    qtbot.keyClick(screen.orders, Qt.Key.Key_F8)
    assert page.host is not None
    page.host.stop()  # what the writer had is committed; then the PC goes down
    again = PracticalExamPage(page.ctx)
    qtbot.addWidget(again)
    operations.wait_for_all()
    assert not again.resume_button.isHidden()
    assert not again.start_buttons["nurse_station"].isEnabled()
    qtbot.mouseClick(again.resume_button, LEFT)
    operations.wait_for_all()
    assert again.host is not None and again.host.recorded is not None
    assert [e.cmd for e in again.host.recorded.attempt.log] == ["verify_order"]
    again.host.stop()
    page.host.deleteLater()
    # the station page does not offer the exam attempt for resuming as practice
    station = page.window().show_page("station:nurse")  # type: ignore[attr-defined]
    operations.wait_for_all()
    assert isinstance(station, StationPage)
    assert again.host.recorded.attempt_id not in [a.attempt_id for a in station.picker.open]


def test_time_up_hands_the_exam_in(qtbot: QtBot, page: PracticalExamPage) -> None:
    unlock(page)
    start(qtbot, page)
    assert page.host is not None and page.host.recorded is not None
    [found] = page.service.all("N001")
    assert page.host.time_limit_s == found.time_limit_s  # the exam's limit, not the task's
    page.host.recorded._base_ms = found.time_limit_s * 1000  # the clock has run out
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.done_view, timeout=10_000)
    operations.wait_for_all()
    assert page.service.get(found.attempt_id).status == "provisional"
    assert "provisional until a trainer" in page.done_text.text()


def screen_state(screen: QWidget) -> list[str]:
    """What a station screen shows: every label, every cell of every list and table, the
    tab titles (not the typed-in fields, which are the trainee's drafts)."""
    out = [f"label:{w.text()}" for w in screen.findChildren(QLabel) if w.text()]
    for view in screen.findChildren(QAbstractItemView):
        model = view.model()
        out += [f"{view.objectName()}[{r},{c}]:{model.index(r, c).data()}"
                for r in range(model.rowCount()) for c in range(model.columnCount())]
    for tabs in screen.findChildren(QTabWidget):
        out += [f"tab:{tabs.tabText(i)}" for i in range(tabs.count())]
    return sorted(out)  # as a set of what is on screen: widgets are found in any order


def test_the_replay_shows_the_trainees_screen_at_every_step(
        qtbot: QtBot, page: PracticalExamPage) -> None:
    unlock(page)
    screen = start(qtbot, page)
    assert page.host is not None
    seen = [screen_state(screen)]  # what the trainee saw at the start and after each step
    page.host.applied.connect(lambda _e: seen.append(screen_state(screen)))
    _give(qtbot, page, screen, "exam")  # type: ignore[arg-type]
    qtbot.mouseClick(page.host.finish_button, LEFT)
    operations.wait_for_all()
    [found] = page.service.all("N001")
    review = ReviewPage(page.ctx)
    qtbot.addWidget(review)
    review.open_attempt(found.attempt_id)
    settle()
    replay = review.replay
    assert replay.station is not None and len(seen) == 7
    for k in range(7):
        replay.go(k)
        assert screen_state(replay.station.station) == seen[k], f"step {k}"
    # read-only: the buttons are off and a shortcut key issues nothing
    shown = replay.station.station
    assert isinstance(shown, NurseScreen) and not shown.verify.isEnabled()
    shown.orders.setFocus()
    qtbot.keyClick(shown.orders, Qt.Key.Key_F8)
    assert len(list(page.service.journal.events(type="sim.command",
                                                subject_id=found.attempt_id))) == 6
    # and the steps are told in words, wards and drugs by name
    assert "Verify an order — order: " in replay.said[0]
    assert "ord1" not in replay.said[0] and "{" not in "".join(replay.said)
