"""The review page driven like a trainer: the queue (oldest first, filters), the replay
(step forward/back, jump to the failed step, the state after each step), the rubric with
override refused without a reason, and the sign-off journalled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import LogIn
from trainer.errors import TrainerError
from trainer.gui.review.demo import make_demo_attempts
from trainer.gui.review.page import ReviewPage, settle
from trainer.gui.shell.main_window import MainWindow
from trainer.journal import NewEvent
from trainer.practical.replay import commands_of, state_after
from trainer.practical.views import step_state

LEFT = Qt.MouseButton.LeftButton


def open_page(window: MainWindow, log_in: LogIn) -> ReviewPage:
    log_in(window, "T001", "demo-trainer")
    page = window.show_page("review-queue")
    assert isinstance(page, ReviewPage)
    return page


def test_queue_oldest_first_and_filtered(qtbot: QtBot, window: MainWindow, log_in: LogIn
                                         ) -> None:
    page = open_page(window, log_in)
    attempts = make_demo_attempts(page.service)
    page.refresh()
    settle()
    table = page.queue.table
    assert table.rowCount() == 3
    assert [table.item(r, 1).text().split("(")[-1] for r in range(3)] == [
        "N001)", "H001)", "N002)"]
    agreement = page.queue.agreement  # the disputed demo attempt: T002 100, T003 70
    assert agreement.rowCount() == 2
    assert [agreement.item(r, 3).text() for r in range(2)] == ["30", "30"]
    assert agreement.item(0, 2).text() == "0 (0%)"
    page.queue.status.setCurrentIndex(page.queue.status.findData("adjudication"))
    settle()
    assert table.rowCount() == 1 and "N002" in table.item(0, 1).text()
    page.queue.status.setCurrentIndex(0)
    settle()
    page.queue.module.setCurrentIndex(page.queue.module.findData("pharmacy"))
    settle()
    assert table.rowCount() == 0 and page.queue.empty.isVisibleTo(page)
    page.queue.module.setCurrentIndex(0)
    settle()
    table.selectRow(1)
    qtbot.mouseClick(page.queue.open_button, LEFT)
    settle()
    assert page.stack.currentWidget() is page.replay
    assert page.current is not None and page.current.attempt_id == attempts[1].attempt_id


def test_replay_steps_and_jumps_to_the_failed_step(qtbot: QtBot, window: MainWindow,
                                                   log_in: LogIn) -> None:
    page = open_page(window, log_in)
    wandering = make_demo_attempts(page.service)[0]
    page.refresh()
    settle()
    page.queue.table.selectRow(0)
    qtbot.mouseClick(page.queue.open_button, LEFT)
    settle()
    replay = page.replay
    assert replay.step == 0 and not replay.buttons["previous"].isEnabled()
    qtbot.mouseClick(replay.buttons["next"], LEFT)
    assert replay.step == 1 and replay.refusal.text()  # the refused first command
    assert replay.timeline.currentRow() == 1
    qtbot.mouseClick(replay.buttons["previous"], LEFT)
    assert replay.step == 0 and replay.refusal.text() == ""
    qtbot.mouseClick(replay.buttons["failed"], LEFT)
    assert replay.step == 4 and "KCl" in replay.findings.text()
    # what is shown is the state of the original attempt after step 4
    loaded = page.service.loaded(wandering)
    shown = step_state(state_after(loaded, commands_of(page.service.journal,
                                                       wandering.attempt_id), 4), "en")
    assert [replay.orders.item(r, 2).text() for r in range(replay.orders.rowCount())] == [
        o.status for o in shown.orders] == ["Verified", "Verified"]
    replay.timeline.setCurrentRow(2)
    assert replay.step == 2
    assert [replay.orders.item(r, 2).text() for r in range(2)] == ["New", "New"]
    qtbot.mouseClick(replay.buttons["failed"], LEFT)
    assert replay.step == 4
    qtbot.mouseClick(replay.buttons["failed"], LEFT)
    assert replay.step == 5 and "KCl order held" in replay.findings.text()


def test_rubric_override_needs_a_reason_then_sign_off(qtbot: QtBot, window: MainWindow,
                                                      log_in: LogIn) -> None:
    page = open_page(window, log_in)
    make_demo_attempts(page.service)
    page.refresh()
    settle()
    page.queue.table.selectRow(0)
    qtbot.mouseClick(page.queue.open_button, LEFT)
    settle()
    qtbot.mouseClick(page.replay.buttons["mark"], LEFT)
    settle()
    rubric = page.rubric
    assert page.stack.currentWidget() is rubric
    assert "FAIL" in rubric.score_label.text()  # 70 automatic, a critical error
    rubric.ticks["spoken_identity"].setChecked(True)
    assert rubric.score_label.text().startswith("Score: 64")  # 0.8 × 70 + 0.2 × 40
    rubric.upheld["kcl_push_accepted"].setChecked(False)  # clearing it is an override
    qtbot.mouseClick(rubric.buttons["submit"], LEFT)
    settle()
    assert rubric.message.text() == "Write why you change the automatic verdict."
    assert not list(page.service.journal.events(type="practical.marked", subject_id="N001"))
    rubric.upheld["kcl_push_accepted"].setChecked(True)
    rubric.comments.setPlainText("氯化钾静推医嘱不得审核通过")
    qtbot.mouseClick(rubric.buttons["submit"], LEFT)
    settle()
    assert rubric.message.text() == "Your mark is saved."
    qtbot.mouseClick(rubric.buttons["sign"], LEFT)
    settle()
    assert page.stack.currentWidget() is page.queue
    [signed] = page.service.journal.events(type="practical.signed_off")
    assert signed.actor_id == "T001" and signed.subject_id == "N001"
    assert not signed.data()["passed"] and signed.data()["score"] == 64.0
    assert page.queue.table.rowCount() == 2


def test_the_trainee_sees_the_signed_off_result_with_comments(
        qtbot: QtBot, window: MainWindow, log_in: LogIn) -> None:
    from trainer.gui.review.feedback_page import FeedbackPage
    from trainer.gui.review.wiring import practical_service

    log_in(window, "N001", "demo-nurse")
    page = window.show_page("my-practicals")
    assert isinstance(page, FeedbackPage)
    service = practical_service(page.ctx.services)
    wandering = make_demo_attempts(service)[0]
    page.refresh()
    settle()
    assert "No signed-off practical exam yet" in page.text.toPlainText()
    assert "Handed in, waiting for a trainer" in page.text.toPlainText()
    assert "Score" not in page.text.toPlainText()  # nothing of the provisional result
    trainer = page.ctx.services.login.demo_session("T001")
    service.mark(trainer, wandering.attempt_id, [], comments="氯化钾<严禁>静推")
    page.ctx.perform(lambda: service.sign_off(trainer, wandering.attempt_id))
    settle()
    shown = page.text.toPlainText()  # refreshed by the change broadcast
    assert "Score 56 (pass mark 80) — Not passed" in shown
    assert "Critical error: KCl IV push verified or given" in shown
    assert "Not done: KCl order held with a reason" in shown
    assert "氯化钾<严禁>静推" in shown and "Retraining has been assigned" in shown
    assert "Handed in, waiting for a trainer" not in shown


def test_an_attempt_the_service_flagged_says_why_and_cannot_be_signed(
        qtbot: QtBot, window: MainWindow, log_in: LogIn, tmp_path: Path) -> None:
    page = open_page(window, log_in)
    found = make_demo_attempts(page.service)[0]
    page.service.journal.append(NewEvent("practical.rerun", {  # as synced from the service
        "attempt_id": found.attempt_id, "outcome": "flagged",
        "reasons": ["log_chain", "result_differs"]}, subject_id=found.trainee))
    page.refresh()
    settle()
    page.queue.status.setCurrentIndex(page.queue.status.findData("flagged"))
    settle()
    assert page.queue.table.rowCount() == 1
    page.queue.table.selectRow(0)
    qtbot.mouseClick(page.queue.open_button, LEFT)
    settle()
    qtbot.mouseClick(page.replay.buttons["mark"], LEFT)
    settle()
    status = page.rubric.status.text()
    assert "the log was changed after it was recorded" in status
    assert "differs from the provisional result" in status
    page.grab().save(str(tmp_path / "flagged.png"))
    with pytest.raises(TrainerError) as refused:
        page.service.sign_off(page.ctx.session, found.attempt_id)
    assert refused.value.code == "practical.flagged"
