"""Where an attempt runs and is reviewed: the runner, then the review, in one stack.

The host pauses the exam clock when the screen locks or the user is switched (the app
context's ``lock_changed`` and ``session_ending``) and resumes it on unlock: every pause is
journalled, so the trainer sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from trainer.exams.attempts import attempt
from trainer.exams.runner import RunningAttempt
from trainer.exams.service import ExamService, Submission
from trainer.gui.context import AppContext
from trainer.gui.exams.review import ReviewWidget
from trainer.gui.exams.runner import ExamRunner


class AttemptHost(QStackedWidget):
    finished = Signal(object)  # Submission

    def __init__(self, ctx: AppContext, service: ExamService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.runner: ExamRunner | None = None
        self.review: ReviewWidget | None = None
        ctx.lock_changed.connect(self._on_ctx_lock_changed)
        ctx.session_ending.connect(self._on_ctx_session_ending)

    def run(self, running: RunningAttempt) -> ExamRunner:
        self._clear()
        self.runner = ExamRunner(self.service, running, self.ctx.language)
        self.runner.submitted.connect(self._on_runner_submitted)
        self.addWidget(self.runner)
        self.setCurrentWidget(self.runner)
        self.runner.setFocus()
        return self.runner

    def show_review(self, submission: Submission) -> ReviewWidget | None:
        trainee = self.ctx.session.staff_id if self.ctx.session else ""
        found = attempt(self.service.journal, trainee, submission.attempt_id)
        if found is None:
            return None
        self._clear()
        self.review = ReviewWidget(self.service, found, submission.result, self.ctx.language)
        self.addWidget(self.review)
        self.setCurrentWidget(self.review)
        return self.review

    def _clear(self) -> None:
        for widget in (self.runner, self.review):
            if widget is not None:
                self.removeWidget(widget)
                widget.deleteLater()
        self.runner = self.review = None

    def _on_runner_submitted(self, submission: Submission) -> None:
        self.show_review(submission)
        self.finished.emit(submission)

    def _on_ctx_lock_changed(self, locked: bool) -> None:
        if self.runner is None or self.runner.running.submitted:
            return
        if locked:
            self.runner.pause("lock")
        else:
            self.runner.resume()

    def _on_ctx_session_ending(self) -> None:
        if self.runner is not None and not self.runner.running.submitted:
            self.runner.pause("switch_user")
            self._clear()
