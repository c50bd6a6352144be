"""The trainers' review page (``review-queue``): the queue, an attempt's replay, and its
rubric with sign-off, one after the other in one page. Screenshot states ``replay`` and
``rubric`` open the first demo attempt there.

Every read of the journal (the queue, an attempt's replay, its rubric) and every write
(mark, adjudicate, sign off and the certificate after it) runs off the GUI thread as an
:class:`~trainer.gui.operations.Operation`, which then tells the pages what changed.

May import: PySide6, trainer.gui, trainer.practical, trainer.certify, trainer.auth.staff,
trainer.words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from trainer import words
from trainer.auth.staff import load_members
from trainer.certify.service import certification_for
from trainer.content.common import pick
from trainer.errors import TrainerError
from trainer.gui import operations
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress
from trainer.gui.pages.base import Page
from trainer.gui.review.certifying import CertificateNews, after_sign_off, offers_auto_issue
from trainer.gui.review.flags_view import FlagsView
from trainer.gui.review.queue_view import QueueView
from trainer.gui.review.replay_view import ReplayView
from trainer.gui.review.rubric_view import RubricView
from trainer.gui.review.wiring import practical_service
from trainer.practical import events as ev
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.definitions import PracticalExam
from trainer.practical.marking import Agreement, agreement
from trainer.practical.replay import Command, Timeline, commands_of, timeline
from trainer.practical.service import PracticalService
from trainer.sim.scenario_files import LoadedScenario
from trainer.sim.scenarios import Scenario


@dataclass(frozen=True)
class QueueData:
    attempts: list[PracticalAttempt]
    names: dict[str, str]
    departments: dict[str, tuple[str, ...]]
    titles: dict[str, str]
    agreement: list[Agreement]


@dataclass(frozen=True)
class Opened:
    found: PracticalAttempt
    loaded: LoadedScenario
    commands: list[Command]
    line: Timeline
    title: str


@dataclass(frozen=True)
class Rubric:
    found: PracticalAttempt
    shown: PracticalAttempt
    hidden: bool
    exam: PracticalExam
    scenario: Scenario
    title: str
    auto_issue: bool


def settle() -> None:
    """Wait until the page's reads (and the reads they start) have ended (screenshots)."""
    while operations.running():
        operations.wait_for_all()


class ReviewPage(Page):
    READS = ev.TYPES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = ctx.language
        self.current: PracticalAttempt | None = None
        self.names: dict[str, str] = {}
        self.departments: dict[str, tuple[str, ...]] = {}
        self.stack = QStackedWidget()
        self.queue, self.replay, self.rubric = QueueView(lang), ReplayView(lang), RubricView(lang)
        for view in (self.queue, self.replay, self.rubric):
            self.stack.addWidget(view)
        QVBoxLayout(self).addWidget(self.stack)
        self.queue.opened.connect(self.open_attempt)
        self.queue.filters_changed.connect(self.refresh)
        self.replay.back.connect(lambda: self.stack.setCurrentWidget(self.queue))
        self.replay.mark.connect(self.open_rubric)
        self.rubric.back.connect(lambda: self.stack.setCurrentWidget(self.replay))
        self.rubric.submit.connect(self.submit_mark)
        self.rubric.sign.connect(self.sign_off)
        self.flags: FlagsView | None = None  # the service's grading flags: networked only
        if ctx.services.networked():
            self.flags = FlagsView(ctx)
            self.stack.addWidget(self.flags)
            self.queue.flags_button.show()
            self.queue.flags_wanted.connect(lambda: self.stack.setCurrentWidget(self.flags))
            self.flags.back.connect(lambda: self.stack.setCurrentWidget(self.queue))
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    @property
    def service(self) -> PracticalService:
        return practical_service(self.ctx.services)

    def retranslate(self) -> None:
        self.queue.retranslate(sorted({d for ds in self.departments.values() for d in ds}))
        self.replay.retranslate()
        self.rubric.retranslate()
        if self.flags is not None:
            self.flags.retranslate()

    def _on_changed(self, changes: object) -> None:
        touches = getattr(changes, "touches", None)
        if touches is not None and touches(*self.READS) and self.ctx.session is not None:
            self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            return
        service, engine, lang = self.service, self.ctx.services.engine, self.ctx.language
        known, filters = dict(self.names), self.queue.filters()
        departments = dict(self.departments)

        def load(_p: Progress) -> QueueData:
            everyone = service.all()
            wanted = ({a.trainee for a in everyone} - set(departments)) | (
                {m.marker for a in everyone for m in a.marks} - set(known))
            if wanted:
                with engine.connect() as conn:
                    for member in load_members(conn, sorted(wanted)):
                        known[member.staff_id] = member.name
                        departments[member.staff_id] = member.departments
            found = service.queue(session, module=filters["module"],
                                  status=filters["status"], since=filters["since"],
                                  department=filters["department"], departments=departments)
            titles = {a.scenario_id: pick(service.scenarios(a.scenario_id).scenario.title,
                                          lang) for a in found}
            return QueueData(found, known, departments, titles, agreement(everyone))

        Operation(self.ctx, load, parent=self).on_success(self._show_queue).start()

    def _show_queue(self, data: QueueData) -> None:
        grew = set(data.departments) != set(self.departments)
        self.names, self.departments = data.names, data.departments
        if grew:
            self.queue.retranslate(sorted({d for ds in self.departments.values()
                                           for d in ds}))
        self.queue.show_agreement(data.agreement, self.names)
        self.queue.show_attempts(data.attempts, self.names, data.titles)

    def _heading(self, found: PracticalAttempt, title: str) -> str:
        who = f"{self.names.get(found.trainee, found.trainee)} ({found.trainee})"
        return self.tr("{0} — {1} — {2}").format(
            who, title, words.say(f"practical.status.{found.status}", self.ctx.language))

    def open_attempt(self, attempt_id: str) -> None:
        service, lang = self.service, self.ctx.language

        def load(_p: Progress) -> Opened:
            found = service.get(attempt_id)
            loaded = service.loaded(found)
            commands = commands_of(service.journal, attempt_id)
            return Opened(found, loaded, commands, timeline(loaded, commands),
                          pick(loaded.scenario.title, lang))

        def show(got: Opened) -> None:
            self.current = got.found
            self.replay.load(self._heading(got.found, got.title), got.loaded, got.commands,
                             got.line, got.found.pauses)
            self.stack.setCurrentWidget(self.replay)

        Operation(self.ctx, load, parent=self).on_success(show) \
            .on_failure(self._refused_in_queue).start()

    def _refused_in_queue(self, exc: TrainerError) -> None:
        self.queue.empty.setText(words.say(exc.code, self.ctx.language, **exc.facts))
        self.queue.empty.show()

    def open_rubric(self, then: str = "") -> None:
        """The rubric of the current attempt as this trainer may see it (``then``: a
        message to show once it is there)."""
        session = self.ctx.session
        if self.current is None or session is None:
            return
        service, attempt_id, lang = self.service, self.current.attempt_id, self.ctx.language
        certs, networked = certification_for(self.ctx.services), self.ctx.services.networked()

        def load(_p: Progress) -> Rubric:
            found = service.get(attempt_id)
            shown, hidden = service.visible_marks(session, found)
            scenario = service.scenarios(found.scenario_id).scenario
            return Rubric(found, shown, hidden, service.exam(found.module), scenario,
                          pick(scenario.title, lang),
                          offers_auto_issue(certs, found.module, networked))

        Operation(self.ctx, load, parent=self).on_success(
            lambda got: self._show_rubric(got, then)).start()

    def _show_rubric(self, got: Rubric, then: str) -> None:
        session = self.ctx.session
        assert session is not None
        self.current = got.found
        self.rubric.load(self._heading(got.found, got.title), got.shown, got.exam,
                         got.scenario, self._status_text(got.shown, got.hidden,
                                                         session.staff_id), got.auto_issue)
        adjudicating = got.found.status == "adjudication"
        self.rubric.buttons["submit"].setText(
            self.tr("Adjudicate") if adjudicating else self.tr("Submit my mark"))
        self.rubric.message.setText(then)
        self.stack.setCurrentWidget(self.rubric)

    def _status_text(self, found: PracticalAttempt, hidden: bool, me: str) -> str:
        if hidden:
            return self.tr("Another trainer has marked this attempt. You mark it on your own: "
                           "their mark is hidden until you submit yours.")
        lines = [self.tr("Mark by {0}: {1} ({2})").format(
            m.marker, f"{m.score:g}", self.tr("pass") if m.passed else self.tr("fail"))
            + (self.tr(" — changed: {0}").format(m.reason) if m.overridden else "")
            for m in found.marks]
        if found.flagged and found.review is not None:
            why = "; ".join(words.say(f"practical.reason.{r}", self.ctx.language)
                            for r in found.review.get("reasons", ()))
            lines.append(self.tr("Flagged by the service: {0}").format(why))
            lines.append(words.say("practical.flagged", self.ctx.language))
        elif found.status == "adjudication":
            lines.append(self.tr("The two marks disagree: a third trainer decides."))
        elif me in found.markers:
            lines.append(self.tr("You have marked it. Sign off, or wait for a second mark."))
        else:
            lines.append(self.tr("Not marked yet. Look at the replay, tick the rubric, "
                                 "then submit your mark and sign off."))
        return "\n".join(lines)

    def _act(self, call: Callable[[Progress], object], then: Callable[[object], None]
             ) -> None:
        """A write (mark, adjudicate, sign off) off the GUI thread; a refusal in words."""
        Operation(self.ctx, call, parent=self).on_success(then).on_failure(
            lambda exc: self.rubric.message.setText(
                words.say(exc.code, self.ctx.language, **exc.facts))).start()

    def submit_mark(self) -> None:
        session = self.ctx.session
        if self.current is None or session is None:
            return
        score, upheld = self.rubric.override()
        reason = self.rubric.reason.toPlainText()
        comments = self.rubric.comments.toPlainText()
        ticked, service = self.rubric.ticked(), self.service
        attempt_id = self.current.attempt_id
        if self.current.status == "adjudication":
            def call(_p: Progress) -> object:
                return service.adjudicate(session, attempt_id, ticked, reason=reason,
                                          comments=comments, score=score, upheld=upheld)
        else:
            def call(_p: Progress) -> object:
                return service.mark(session, attempt_id, ticked, comments=comments,
                                    score=score, upheld=upheld, reason=reason)
        self._act(call, lambda _r: self.open_rubric(self.tr("Your mark is saved.")))

    def sign_off(self) -> None:
        """Sign off; then the certificate as the module's rules say (this PC's part)."""
        session = self.ctx.session
        if self.current is None or session is None:
            return
        service, attempt_id = self.service, self.current.attempt_id
        passphrase = self.rubric.passphrase.text()
        self.rubric.passphrase.clear()
        certs, networked = certification_for(self.ctx.services), self.ctx.services.networked()
        holder = self.names.get(self.current.trainee, self.current.trainee)

        def call(_p: Progress) -> CertificateNews:
            signed = service.sign_off(session, attempt_id)
            return after_sign_off(certs, signed, passphrase, holder, date.today(),
                                  networked=networked)

        def signed(news: object) -> None:
            assert isinstance(news, CertificateNews)
            said = news.say(self.ctx.language)
            self.queue.notice.setText(said)
            self.queue.notice.setVisible(bool(said))
            self.stack.setCurrentWidget(self.queue)

        self._act(call, signed)

    def prepare_screenshot(self, state: str | None) -> None:
        """Demo attempts; ``replay``/``rubric``: open the first at its first problem."""
        from trainer.gui.review.demo import make_demo_attempts

        attempts = make_demo_attempts(self.service)
        self.refresh()
        settle()
        if state in ("replay", "rubric"):
            self.open_attempt(attempts[0].attempt_id)
            settle()
            self.replay.next_failed()
        if state == "rubric":
            self.open_rubric()
            settle()
