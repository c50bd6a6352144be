"""The exam pages driven by the keyboard only (pytest-qt), over a real profile database:
take, pause by lock, resume after a crash, time-out, submit, review, 错题本 practice,
retraining and the retake."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.exams import factory
from trainer.exams import sittings
from trainer.exams.attempts import attempt
from trainer.exams.service import ExamService
from trainer.gui.app import make_app
from trainer.gui.context import AppContext
from trainer.gui.exams.exam_page import ExamPage
from trainer.gui.exams.notebook_page import WrongAnswersPage
from trainer.gui.exams.runner import ExamRunner
from trainer.gui.exams.summary import ExamTodo
from trainer.gui.exams.wiring import install
from trainer.services import Services
from trainer.vocabulary import Role

TRAINER = factory.session("T001", Role.TRAINER)


@pytest.fixture
def ctx(qtbot: QtBot, demo_services: Services) -> Iterator[AppContext]:
    make_app()
    context = AppContext(demo_services.profile, demo_services.settings, demo_services)
    context.language = "en"
    context.start_session(demo_services.login.demo_session("N001"))
    yield context


@pytest.fixture
def exams(ctx: AppContext) -> ExamService:
    service = ExamService(ctx.services.journal, factory.small_content())
    install(ctx.services, service)
    return service


def types(service: ExamService) -> list[str]:
    return [e.type for e in service.journal.events(subject_id="N001")
            if e.type.startswith("exam.")]


def press(qtbot: QtBot, widget: object, *keys: object,
          mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for key in keys:
        qtbot.keyClick(widget, key, mods)  # type: ignore[arg-type]


def start_exam(qtbot: QtBot, page: ExamPage) -> ExamRunner:
    """Confirm identity and start, with the keyboard (Space on the focused controls)."""
    page.show()
    page.identity.setFocus()
    press(qtbot, page.identity, Qt.Key.Key_Space)
    assert page.identity.isChecked()
    start = page.start_buttons["nurse_station"]
    assert start.isEnabled()
    start.setFocus()
    press(qtbot, start, Qt.Key.Key_Space)
    runner = page.host.runner
    assert runner is not None
    return runner


def answer_all(qtbot: QtBot, runner: ExamRunner, right: bool) -> None:
    for _ in runner.entries:
        item = runner.view.item if runner.view else None
        assert item is not None
        if item.type == "numerical":
            field = runner.view.text_input if runner.view else None
            assert field is not None
            qtbot.keyClicks(field, str(item.answer) if right else "999")
            before = runner.index
            press(qtbot, field, Qt.Key.Key_Return)  # saves; the runner then moves on
            if runner.index == before:
                press(qtbot, runner, Qt.Key.Key_Right)
            continue
        keys = _keys(runner, right)
        for part, key in enumerate(keys):
            if part:
                press(qtbot, runner, Qt.Key.Key_Down)
            press(qtbot, runner, key)
        press(qtbot, runner, Qt.Key.Key_Right)


def _keys(runner: ExamRunner, right: bool) -> list[str]:
    """The display letters that answer the current item (right, or deliberately wrong)."""
    view = runner.view
    assert view is not None
    item, entry = view.item, view.entry
    if item.type == "true_false":
        return ["T" if item.answer is right else "F"]
    wanted = [q.answer for q in item.questions] if item.questions else list(str(item.answer))
    letters = []
    for part, key in enumerate(wanted):
        order = entry.orders[part] if item.type == "case" else entry.orders[0]
        position = order.index(key) if right else (order.index(key) + 1) % len(order)
        letters.append("ABCDEF"[position])
    return letters


def test_take_submit_and_review(qtbot: QtBot, ctx: AppContext, exams: ExamService) -> None:
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    page = ExamPage(ctx)
    qtbot.addWidget(page)
    runner = start_exam(qtbot, page)
    first = runner.current_item_id()
    press(qtbot, runner, "1")  # A, or True for a true/false item
    assert first in runner.running.answers
    assert runner.saved.text().startswith("Saved")  # only after the journal append
    assert attempt(exams.journal, "N001", runner.running.attempt_id).answers[first] \
        == runner.running.answers[first]
    press(qtbot, runner, Qt.Key.Key_F, mods=Qt.KeyboardModifier.ControlModifier)
    assert first in runner.running.flags
    press(qtbot, runner, Qt.Key.Key_Return, mods=Qt.KeyboardModifier.ControlModifier)
    assert runner.confirm.isVisible() and "Unanswered: 2, 3" in runner.confirm.text()
    press(qtbot, runner, Qt.Key.Key_Escape)
    assert not runner.confirm.isVisible()
    runner.go_to(0)
    answer_all(qtbot, runner, right=True)
    press(qtbot, runner, Qt.Key.Key_Return, mods=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, runner, Qt.Key.Key_Return)
    review = page.host.review
    assert review is not None and page.host.currentWidget() is review
    assert "passed" in review.headline.text() and "Score" in review.headline.text()
    assert review.table.rowCount() == len(runner.entries)
    assert types(exams)[-2:] == ["exam.submitted", "exam.graded"]


def test_lock_pauses_and_unlock_resumes(qtbot: QtBot, ctx: AppContext,
                                        exams: ExamService) -> None:
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    page = ExamPage(ctx)
    qtbot.addWidget(page)
    runner = start_exam(qtbot, page)
    ctx.lock("manual")
    assert runner.running.paused and runner.paused_note.isVisibleTo(page)
    press(qtbot, runner, "A")  # ignored while paused
    assert runner.running.answers == {}
    ctx.unlock("demo-nurse")
    assert not runner.running.paused
    events = list(exams.journal.events(subject_id="N001", types=["exam.paused",
                                                                 "exam.resumed"]))
    assert [e.type for e in events] == ["exam.paused", "exam.resumed"]
    assert events[0].data()["reason"] == "lock"


def test_crash_then_resume_shows_saved_answers_and_remaining_time(
        qtbot: QtBot, ctx: AppContext, exams: ExamService) -> None:
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    page = ExamPage(ctx)
    qtbot.addWidget(page)
    runner = start_exam(qtbot, page)
    press(qtbot, runner, "2")
    saved = dict(runner.running.answers)
    runner.timer.stop()  # the PC "crashes": no pause is journalled
    again = ExamPage(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.resume_button.isVisibleTo(again)
    again.resume_button.setFocus()
    press(qtbot, again.resume_button, Qt.Key.Key_Space)
    resumed = again.host.runner
    assert resumed is not None and resumed.running.answers == saved
    found = attempt(exams.journal, "N001", resumed.running.attempt_id)
    assert found is not None and [p.reason for p in found.pauses] == ["interrupted"]
    assert resumed.running.remaining_ms() <= 30 * 60_000 - found.pauses[0].at_elapsed_ms
    assert "Time left 0:2" in resumed.countdown.text()


def test_time_out_submits(qtbot: QtBot, ctx: AppContext, exams: ExamService) -> None:
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    page = ExamPage(ctx)
    qtbot.addWidget(page)
    runner = start_exam(qtbot, page)
    press(qtbot, runner, "1")
    runner.running._clock = lambda: runner.running._since + 31 * 60  # 31 minutes on screen
    qtbot.waitUntil(lambda: page.host.review is not None, timeout=3000)
    found = attempt(exams.journal, "N001", runner.running.attempt_id)
    assert found is not None and found.submitted_reason == "time_out"
    assert found.elapsed_ms == 30 * 60_000


def test_notebook_practice_until_right_twice(qtbot: QtBot, ctx: AppContext,
                                             exams: ExamService) -> None:
    page = ExamPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.practice_buttons["nurse_station"].setFocus()
    press(qtbot, page.practice_buttons["nurse_station"], Qt.Key.Key_Space)
    runner = page.host.runner
    assert runner is not None and runner.practice
    answer_all(qtbot, runner, right=False)
    runner.go_to(0)
    assert runner.feedback.text().startswith("Not right.")  # practice: feedback at once
    press(qtbot, runner, Qt.Key.Key_Return, mods=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, runner, Qt.Key.Key_Return)
    notebook = WrongAnswersPage(ctx)
    qtbot.addWidget(notebook)
    notebook.show()
    missed = len(notebook.entries)
    assert missed == len(runner.entries) and notebook.practise.isEnabled()
    for round_ in range(2):
        press(qtbot, notebook, Qt.Key.Key_Return)
        again = notebook.host.runner
        assert again is not None
        answer_all(qtbot, again, right=True)
        press(qtbot, again, Qt.Key.Key_Return, mods=Qt.KeyboardModifier.ControlModifier)
        press(qtbot, again, Qt.Key.Key_Return)
        notebook.show_list()
        assert len(notebook.entries) == (missed if round_ == 0 else 0)
    assert "Nothing to practise again" in notebook.summary.text()


def test_failed_exam_assigns_retraining_then_the_retake_unlocks(
        qtbot: QtBot, ctx: AppContext, exams: ExamService) -> None:
    exams.content.blueprints["nurse_station"] = factory.blueprint(
        [{"count": 1, "types": ["case"]}, {"count": 4, "types": ["single"]}],
        cooldown_hours=0)
    unread = {"nurse-orders": 2}
    exams.retraining_courses = lambda module, points: ["nurse-orders"]
    exams.unread_sections = lambda trainee, course: unread[course]
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    page = ExamPage(ctx)
    qtbot.addWidget(page)
    runner = start_exam(qtbot, page)
    answer_all(qtbot, runner, right=False)
    press(qtbot, runner, Qt.Key.Key_Return, mods=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, runner, Qt.Key.Key_Return)
    assert "not passed" in page.host.review.headline.text()  # type: ignore[union-attr]
    assert "exam.retraining_assigned" in types(exams)
    page.back.setFocus()
    press(qtbot, page.back, Qt.Key.Key_Space)
    sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
    page.refresh()
    start = page.start_buttons["nurse_station"]
    status = page.status_labels["nurse_station"].text()
    assert not start.isEnabled() and "2 section(s) left to read in nurse-orders" in status
    todo = ExamTodo(ctx)  # the same words on Home
    todo.refresh()
    assert todo.text() == "Nurse station: Retraining: 2 section(s) left to read in " \
        "nurse-orders."
    unread["nurse-orders"] = 0  # the trainee reads the assigned sections
    page.refresh()
    runner = start_exam(qtbot, page)  # the retake
    answer_all(qtbot, runner, right=True)
    press(qtbot, runner, Qt.Key.Key_Return, mods=Qt.KeyboardModifier.ControlModifier)
    press(qtbot, runner, Qt.Key.Key_Return)
    assert "passed" in page.host.review.headline.text()  # type: ignore[union-attr]
    graded = [e.data()["passed"] for e in exams.journal.events(type="exam.graded")]
    assert graded == [False, True]
