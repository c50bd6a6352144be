"""The trainee's exam page: practise any time, sit an unlocked exam, resume, see 补训.

For each of the person's HIS modules it says exactly what stands between them and the
certifying exam (not unlocked, attempts used up today, cool-down, courses still to read)
and offers practice. A certifying exam starts only under a proctor's unlock for this person
at this PC — a trainer's unlock, or the sitting's one-time code typed here — after the
trainee confirms who they are (签到).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.errors import TrainerError
from trainer.exams import policy, sittings
from trainer.exams.runner import RunningAttempt
from trainer.exams.service import Submission
from trainer.gui.context import AppContext
from trainer.gui.exams.host import AttemptHost
from trainer.gui.exams.sitting_code import SittingCodeRow
from trainer.gui.exams.summary import status_text
from trainer.gui.exams.wiring import exam_service
from trainer.gui.pages.base import Page
from trainer.gui.roles import module_name
from trainer.vocabulary import Module, modules_for_roles

PRACTICE_ITEMS = 20


class ExamPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = exam_service(ctx.services)
        self.stack = QStackedWidget()
        self.lobby = QWidget()
        self.host = AttemptHost(ctx, self.service)
        self.host.finished.connect(self._on_host_finished)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.resume_unfinished)
        self.identity = QCheckBox()
        self.code_row = SittingCodeRow()
        self.code_row.entered.connect(self.use_code)
        self.code, self.code_button = self.code_row.code, self.code_row.button
        self.back = QPushButton()
        self.back.clicked.connect(self.show_lobby)
        self.rows = QGridLayout()
        self.row_widgets: list[QWidget] = []
        self.start_buttons: dict[str, QPushButton] = {}
        self.practice_buttons: dict[str, QPushButton] = {}
        self.status_labels: dict[str, QLabel] = {}
        lobby = QVBoxLayout(self.lobby)
        for widget in (self.title, self.message, self.resume_button, self.identity):
            lobby.addWidget(widget)
        lobby.addWidget(self.code_row)
        lobby.addLayout(self.rows)
        lobby.addStretch(1)
        self.stack.addWidget(self.lobby)
        self.stack.addWidget(self.host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.back)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Theory exams"))
        self.resume_button.setText(self.tr("Resume the interrupted exam"))
        self.code_row.retranslate()
        self.back.setText(self.tr("Back to the exam list"))
        session = self.ctx.session
        if session is not None:
            self.identity.setText(self.tr("I confirm I am {name} ({staff}) and sit this exam "
                                          "myself").replace("{name}", session.member.name)
                                  .replace("{staff}", session.staff_id))

    # --- the lobby -------------------------------------------------------------------------
    def modules(self) -> list[Module]:
        session = self.ctx.session
        return list(modules_for_roles(session.roles)) if session else []

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        for widget in self.row_widgets:
            self.rows.removeWidget(widget)
            widget.deleteLater()
        self.row_widgets.clear()
        self.start_buttons.clear()
        self.practice_buttons.clear()
        for row, module in enumerate(self.modules()):
            self._add_row(row, module)
        unfinished = self.service.unfinished(session)
        self.resume_button.setVisible(unfinished is not None)
        self.back.setVisible(self.stack.currentWidget() is not self.lobby)

    def _add_row(self, row: int, module: Module) -> None:
        session = self.ctx.session
        assert session is not None
        status = policy.retake_status(self.service, session.staff_id, module.value)
        unlock = sittings.pending_unlock(self.service.journal, session.staff_id, module.value)
        name = QLabel(module_name(module))
        name.setObjectName("sectionTitle")
        state = QLabel(status_text(status, unlock is not None))
        state.setWordWrap(True)
        practice = QPushButton(self.tr("Practise"))
        practice.setAccessibleName(self.tr("Practise {module}").replace(
            "{module}", module_name(module)))
        practice.clicked.connect(lambda _c=False, m=module.value: self.start_practice(m))
        start = QPushButton(self.tr("Start the exam"))
        start.setAccessibleName(self.tr("Start the {module} exam").replace(
            "{module}", module_name(module)))
        start.setEnabled(unlock is not None and status.may_start
                         and module.value in self.service.content.blueprints)
        start.clicked.connect(lambda _c=False, m=module.value: self.start_exam(m))
        for column, widget in enumerate((name, state, practice, start)):
            self.rows.addWidget(widget, row, column)
            self.row_widgets.append(widget)
        self.start_buttons[module.value] = start
        self.practice_buttons[module.value] = practice
        self.status_labels[module.value] = state

    # --- starting ---------------------------------------------------------------------------
    def _run(self, running: RunningAttempt) -> None:
        self.stack.setCurrentWidget(self.host)
        self.host.run(running)
        self.back.setVisible(False)

    def start_practice(self, module: str) -> None:
        session = self.ctx.session
        if session is None:
            return
        try:
            self._run(self.service.start_practice(session, module, PRACTICE_ITEMS))
        except TrainerError as exc:
            self.message.setText(words.say(exc.code, self.ctx.language, **exc.facts))

    def start_exam(self, module: str) -> None:
        session = self.ctx.session
        if session is None:
            return
        try:
            running = self.service.start_certifying(
                session, module, identity_confirmed=self.identity.isChecked())
        except TrainerError as exc:
            self.message.setText(words.say(exc.code, self.ctx.language, **exc.facts))
            return
        self.identity.setChecked(False)  # each attempt is confirmed afresh
        self._run(running)

    def use_code(self) -> None:
        session = self.ctx.session
        if session is None or not self.code.text().strip():
            return
        try:
            unlock = sittings.unlock_by_code(self.service.journal, session, self.code.text())
        except TrainerError as exc:
            self.message.setText(words.say(exc.code, self.ctx.language, **exc.facts))
            return
        self.code.clear()
        self.message.setText(self.tr("Unlocked: {module}.").replace(
            "{module}", module_name(Module(unlock.module))))
        self.refresh()

    def resume_unfinished(self) -> None:
        session = self.ctx.session
        found = self.service.unfinished(session) if session else None
        if session is None or found is None:
            return
        outcome = self.service.resume(session, found)
        if isinstance(outcome, Submission):
            self.stack.setCurrentWidget(self.host)
            self.host.show_review(outcome)
            self.back.setVisible(True)
            self.message.setText(self.tr("The exam could not be resumed in time and was "
                                         "submitted as it stood."))
        else:
            self._run(outcome)

    def show_lobby(self) -> None:
        self.stack.setCurrentWidget(self.lobby)
        self.refresh()

    def _on_host_finished(self, _submission: Submission) -> None:
        self.back.setVisible(True)

    def prepare_screenshot(self, state: str | None) -> None:
        """Demo profile only: the runner on a case cluster (or a matching set), or a review."""
        from trainer.gui.exams.screenshots import exam_attempt

        self.ctx.services.settings.set("exam_review_shows_answers", True)
        running = exam_attempt(self.ctx, self.service)
        runner = self.host.run(running)
        self.stack.setCurrentWidget(self.host)
        wanted = "matching" if state == "matching" else "case"
        for number, entry in enumerate(running.attempt.paper.entries):
            if self.service.content.items[entry.item_id].type == wanted:
                runner.go_to(number)
                break
        if state == "review":
            runner.finish()
