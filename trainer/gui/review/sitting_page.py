"""The trainee's practical exam (``practical-exam``, 实操考试, next to 考试 in the
navigation): where a nurse or doctor goes when the proctor says "your practical exam is
unlocked on this PC".

Each of the person's HIS modules has a row saying what stands between them and the exam
(not unlocked here, no station screen for that module yet) and a start button. As for the
theory exam, the trainee ticks "I confirm I am …" (签到) — or types the sitting's one-time
code — and starts: :meth:`PracticalService.start` draws the scenario, which opens on the
module's station screen in exam mode (no hints, the exam's time limit, handed in
automatically when it runs out). Every command is journalled by
:class:`~trainer.sim.recording.RecordedAttempt` under the practical attempt's id. Handing
in calls :meth:`PracticalService.finish`; the trainee is told it is submitted and
provisional until a trainer signs it off — never the automatic verdict.

Locking the screen or switching user pauses the exam: what was done is committed and
``practical.paused`` journals the elapsed time (the trainer's replay lists each pause). It
resumes in the same state, its clock carrying on from the pause, on unlock, or from the
Resume button after the next login — also after a crash, since the sandbox is rebuilt
from the journalled commands (a crash journals no pause: the clock carries on from the
last command).

May import: PySide6, trainer.gui, trainer.practical, trainer.exams.sittings,
trainer.sim (recording), trainer.journal, trainer.words, trainer.vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
from trainer.exams import sittings
from trainer.gui.context import AppContext
from trainer.gui.exams.sitting_code import SittingCodeRow
from trainer.gui.operations import Operation, Progress
from trainer.gui.pages.base import Page
from trainer.gui.review.screens import has_screen, screen_for
from trainer.gui.review.wiring import practical_service
from trainer.gui.roles import module_name
from trainer.gui.stations.host import StationHost
from trainer.journal import JournalWriter
from trainer.practical import events as ev
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.replay import commands_of
from trainer.practical.service import PracticalService
from trainer.sim.recording import SIM_FINISHED, OpenAttempt, RecordedAttempt, resume
from trainer.sim.scenario_files import LoadedScenario
from trainer.vocabulary import Module, modules_for_roles


@dataclass(frozen=True)
class Row:
    module: str
    has_exam: bool
    unlocked: bool
    has_screen: bool


@dataclass(frozen=True)
class Lobby:
    rows: tuple[Row, ...]
    running: PracticalAttempt | None  # an exam started here and never handed in


class PracticalExamPage(Page):
    READS = (*ev.TYPES, "exam.unlocked")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lang = ctx.language
        self.host: StationHost | None = None
        self.current: PracticalAttempt | None = None
        self.paused: str | None = None  # the attempt a lock paused
        self.lobby = Lobby((), None)
        self.stack = QStackedWidget(self)
        self.lobby_view, self.done_view = QWidget(), QWidget()
        self.title, self.intro, self.message = QLabel(), QLabel(), QLabel()
        self.title.setObjectName("pageTitle")
        for label in (self.intro, self.message):
            label.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e;")
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.resume_running)
        self.identity = QCheckBox()
        self.code_row = SittingCodeRow()
        self.code_row.entered.connect(self.use_code)
        self.code, self.code_button = self.code_row.code, self.code_row.button
        self.rows = QGridLayout()
        self.row_widgets: list[QWidget] = []
        self.start_buttons: dict[str, QPushButton] = {}
        self.done_text = QLabel()
        self.done_text.setObjectName("practical-submitted")
        self.done_text.setWordWrap(True)
        self.done_text.setStyleSheet("font-size:15px;padding:12px;")
        self.done_back = QPushButton()
        self.done_back.clicked.connect(self.show_lobby)
        self._lay_out()
        ctx.changed.connect(self._on_changed)
        ctx.lock_changed.connect(self._on_lock_changed)
        ctx.session_ending.connect(self._on_session_ending)
        self.retranslate()
        self.refresh()

    def _lay_out(self) -> None:
        lobby = QVBoxLayout(self.lobby_view)
        for widget in (self.title, self.intro, self.message, self.resume_button,
                       self.identity):
            lobby.addWidget(widget)
        lobby.addWidget(self.code_row)
        lobby.addLayout(self.rows)
        lobby.addStretch(1)
        done = QVBoxLayout(self.done_view)
        done.addWidget(self.done_text)
        done.addWidget(self.done_back)
        done.addStretch(1)
        self.stack.addWidget(self.lobby_view)
        self.stack.addWidget(self.done_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def service(self) -> PracticalService:
        return practical_service(self.ctx.services)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Practical exams (实操考试)"))
        self.intro.setText(self.tr(
            "Your proctor unlocks your practical exam on this PC. Tick the box to confirm who "
            "you are, then start it: a task opens on the station screen, without hints and "
            "against the clock. Hand it in when you are done; a trainer reviews it."))
        self.resume_button.setText(self.tr("Resume my practical exam"))
        self.code_row.retranslate()
        self.done_back.setText(self.tr("Back to my practical exams"))
        session = self.ctx.session
        if session is not None:
            self.identity.setText(self.tr("I confirm I am {name} ({staff}) and sit this "
                                          "practical exam myself")
                                  .replace("{name}", session.member.name)
                                  .replace("{staff}", session.staff_id))
        self.identity.setAccessibleName(self.tr("Confirm who you are"))
        self._fill_rows()

    def _on_changed(self, changes: object) -> None:
        touches = getattr(changes, "touches", None)
        if touches is not None and touches(*self.READS) and self.host is None:
            self.refresh()

    # --- the lobby ---------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            return
        service, staff = self.service, session.staff_id
        modules = [m.value for m in modules_for_roles(session.roles)]
        device = service.journal.device_id

        def load(_p: Progress) -> Lobby:
            rows = tuple(Row(m, m in service.exams,
                             service.pending_unlock(staff, m) is not None, has_screen(m))
                         for m in modules)
            running = [a for a in service.all(staff)
                       if a.status == "running" and a.device_id == device]
            return Lobby(rows, running[-1] if running else None)

        Operation(self.ctx, load, parent=self).on_success(self._show_lobby).start()

    def _show_lobby(self, lobby: Lobby) -> None:
        self.lobby = lobby
        self.resume_button.setVisible(lobby.running is not None and self.host is None)
        self._fill_rows()

    def _fill_rows(self) -> None:
        for widget in self.row_widgets:
            self.rows.removeWidget(widget)
            widget.hide()  # gone from the screen now, deleted when the loop comes round
            widget.deleteLater()
        self.row_widgets.clear()
        self.start_buttons.clear()
        for n, row in enumerate(self.lobby.rows):
            name = QLabel(module_name(Module(row.module)))
            name.setObjectName("sectionTitle")
            state = QLabel(self._state_text(row))
            state.setWordWrap(True)
            start = QPushButton(self.tr("Start the practical exam"))
            start.setAccessibleName(self.tr("Start the {module} practical exam")
                                    .replace("{module}", name.text()))
            start.setEnabled(row.unlocked and row.has_exam and row.has_screen
                             and self.lobby.running is None)
            start.clicked.connect(lambda _c=False, m=row.module: self.start_exam(m))
            for column, widget in enumerate((name, state, start)):
                self.rows.addWidget(widget, n, column)
                self.row_widgets.append(widget)
            self.start_buttons[row.module] = start

    def _state_text(self, row: Row) -> str:
        if not row.has_exam:
            return self.tr("This module has no practical exam.")
        if not row.has_screen:
            return self.tr("This version has no station screen for this module yet: the "
                           "practical exam cannot be taken here.")
        if self.lobby.running is not None:
            return self.tr("Finish the practical exam you started first.")
        if row.unlocked:
            return self.tr("Unlocked for you on this PC: confirm who you are and start.")
        return self.tr("Not unlocked. Your proctor unlocks it on this PC, or gives you the "
                       "sitting code.")

    def use_code(self) -> None:
        session = self.ctx.session
        if session is None or not self.code.text().strip():
            return
        try:
            unlock = self.ctx.perform(lambda: sittings.unlock_by_code(
                self.service.journal, session, self.code.text()))
        except TrainerError as exc:
            self._say(exc)
            return
        self.code.clear()
        self.message.setText(self.tr("Unlocked: {module}.").replace(
            "{module}", module_name(Module(unlock.module))))

    def _say(self, exc: TrainerError) -> None:
        self.message.setText(words.say(exc.code, self.ctx.language, **exc.facts))

    def show_lobby(self) -> None:
        self.stack.setCurrentWidget(self.lobby_view)
        self.refresh()

    # --- starting, resuming ----------------------------------------------------------------
    def start_exam(self, module: str) -> None:
        session = self.ctx.session
        if session is None:
            return
        confirmed, service = self.identity.isChecked(), self.service
        self.message.clear()

        def start(_p: Progress) -> tuple[PracticalAttempt, LoadedScenario]:
            return service.start(session, module, identity_confirmed=confirmed)

        def started(pair: tuple[PracticalAttempt, LoadedScenario]) -> None:
            self.identity.setChecked(False)  # each attempt is confirmed afresh
            found, loaded = pair
            self._open(found, RecordedAttempt(loaded, self._writer(), session.staff_id,
                                              "exam", found.attempt_id))

        Operation(self.ctx, start, parent=self).on_success(started) \
            .on_failure(self._say).start()

    def resume_running(self) -> None:
        if self.lobby.running is not None:
            self.resume(self.lobby.running.attempt_id)

    def resume(self, attempt_id: str) -> None:
        """Rebuild the attempt from its journalled commands and carry on (or, if it was
        already handed in at the station when the PC stopped, finish it)."""
        session, service = self.ctx.session, self.service
        if session is None:
            return

        def load(_p: Progress) -> tuple[PracticalAttempt, LoadedScenario, Any, bool]:
            found = service.get(attempt_id)
            done = any(True for _e in service.journal.events(
                type=SIM_FINISHED.name, subject_id=attempt_id))
            return found, service.loaded(found), commands_of(service.journal,
                                                             attempt_id), done

        def go_on(got: tuple[PracticalAttempt, LoadedScenario, Any, bool]) -> None:
            found, loaded, commands, done = got
            if done:
                self._hand_in(found.attempt_id)
                return
            still_open = OpenAttempt(found.attempt_id, found.scenario_id,
                                     found.scenario_version, "exam", tuple(commands))
            recorded = resume(loaded, still_open, self._writer(), session.staff_id)
            # the clock carries on from the pause, not from the last command before it
            recorded._base_ms = max(recorded._base_ms, found.paused_at_ms)
            self._open(found, recorded)

        Operation(self.ctx, load, parent=self).on_success(go_on).on_failure(self._say).start()

    def _writer(self) -> JournalWriter:
        return JournalWriter(self.ctx.services.journal)

    def _open(self, found: PracticalAttempt, recorded: RecordedAttempt) -> None:
        self._drop_host()
        self.current, self.paused = found, None
        self.host = StationHost(self.lang, self)
        self.host.time_limit_s = found.time_limit_s
        self.host.start(recorded, screen_for(found.module, self.lang))
        self.host.finished.connect(lambda _r: self._hand_in(found.attempt_id))
        self.stack.addWidget(self.host)
        self.stack.setCurrentWidget(self.host)

    def _drop_host(self) -> None:
        if self.host is not None:
            self.host.stop()
            self.stack.removeWidget(self.host)
            self.host.deleteLater()
            self.host = None

    # --- handing in, pausing -------------------------------------------------------------
    def _hand_in(self, attempt_id: str) -> None:
        """The station has committed every command: the provisional result is recorded."""
        session, service = self.ctx.session, self.service
        if session is None:
            return
        Operation(self.ctx, lambda _p: service.finish(session, attempt_id), parent=self) \
            .on_success(self._show_submitted).on_failure(self._say).start()

    def _show_submitted(self, found: PracticalAttempt) -> None:
        self._drop_host()
        self.current = None
        # the module, not the task's title: a title may name the trap the next person meets
        self.done_text.setText(self.tr(
            "Your {module} practical exam is handed in.\n\nIts result is provisional until "
            "a trainer has reviewed your work and signed it off. You will then find the "
            "result, the trainer's comments and anything to practise again under “My "
            "practical exams”.").replace("{module}", module_name(Module(found.module))))
        self.stack.setCurrentWidget(self.done_view)

    def pause(self, reason: str = "lock") -> None:
        """Lock, switch user, log out: commit what was done, journal the pause with the
        elapsed time (the clock carries on from there), and close the station."""
        session = self.ctx.session
        if self.host is None or self.current is None or self.host.recorded is None:
            return
        attempt_id, at_ms = self.current.attempt_id, self.host.recorded.elapsed_ms()
        self.paused = attempt_id
        self._drop_host()  # commits every command first
        self.current = None
        self.stack.setCurrentWidget(self.lobby_view)
        if session is not None:
            service = self.service
            self.ctx.perform(lambda: service.pause(session, attempt_id, at_ms, reason))

    def _on_session_ending(self) -> None:
        self.pause("session_end")
        self.paused = None  # the next person is someone else: the Resume button after login

    def _on_lock_changed(self, locked: bool) -> None:
        if locked:
            self.pause()
        elif self.paused is not None:
            self.resume(self.paused)

    def prepare_screenshot(self, state: str | None) -> None:
        """Demo profile only: the proctor (T001) has unlocked this person's first module
        with a station screen here; ``running``: the exam started on its station."""
        from trainer.gui.review.page import settle

        session = self.ctx.session
        if session is None:
            return
        module = next((m.value for m in modules_for_roles(session.roles)
                       if has_screen(m.value)), None)
        if module is None:
            return
        proctor = self.ctx.services.login.demo_session("T001")
        self.ctx.perform(lambda: sittings.unlock_here(self.service.journal, proctor,
                                                      session.staff_id, module))
        settle()
        if state == "running":
            self.identity.setChecked(True)
            self.start_exam(module)
            settle()
