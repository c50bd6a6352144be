"""The trainers' review page (``review-queue``): the queue, an attempt's replay, and its
rubric with sign-off, one after the other in one page. Screenshot states ``replay`` and
``rubric`` open the first demo attempt there.

Service calls are short reads and single appends; writes go through ``ctx.perform`` so the
pages that read practical events hear of them.

May import: PySide6, trainer.gui, trainer.practical, trainer.auth.staff, trainer.words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from trainer import words
from trainer.auth.staff import load_members
from trainer.content.common import pick
from trainer.errors import TrainerError
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page
from trainer.gui.review.queue_view import QueueView
from trainer.gui.review.replay_view import ReplayView
from trainer.gui.review.rubric_view import RubricView
from trainer.gui.review.wiring import practical_service
from trainer.practical import events as ev
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.marking import agreement
from trainer.practical.replay import commands_of, timeline
from trainer.practical.service import PracticalService


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
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    @property
    def service(self) -> PracticalService:
        return practical_service(self.ctx.services)

    def retranslate(self) -> None:
        self.queue.retranslate(sorted({d for ds in self.departments.values() for d in ds}))
        self.replay.retranslate()
        self.rubric.retranslate()

    def _on_changed(self, changes: object) -> None:
        touches = getattr(changes, "touches", None)
        if touches is not None and touches(*self.READS) and self.ctx.session is not None:
            self.refresh()

    def _load_names(self, attempts: list[PracticalAttempt]) -> None:
        ids = sorted({a.trainee for a in attempts} - set(self.names))
        if ids:
            with self.ctx.services.engine.connect() as conn:
                for member in load_members(conn, ids):
                    self.names[member.staff_id] = member.name
                    self.departments[member.staff_id] = member.departments
            self.queue.retranslate(sorted({d for ds in self.departments.values()
                                           for d in ds}))

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        everyone = self.service.all()
        self._load_names(everyone)
        markers = sorted({m.marker for a in everyone for m in a.marks} - set(self.names))
        if markers:
            with self.ctx.services.engine.connect() as conn:
                self.names |= {m.staff_id: m.name for m in load_members(conn, markers)}
        self.queue.show_agreement(agreement(everyone), self.names)
        f = self.queue.filters()
        found = self.service.queue(session, module=f["module"], status=f["status"],
                                   since=f["since"], department=f["department"],
                                   departments=self.departments)
        titles = {a.scenario_id: pick(self.service.scenarios(a.scenario_id).scenario.title,
                                      self.ctx.language) for a in found}
        self.queue.show_attempts(found, self.names, titles)

    def _heading(self, found: PracticalAttempt) -> str:
        loaded = self.service.scenarios(found.scenario_id)
        who = f"{self.names.get(found.trainee, found.trainee)} ({found.trainee})"
        return self.tr("{0} — {1} — {2}").format(
            who, pick(loaded.scenario.title, self.ctx.language),
            words.say(f"practical.status.{found.status}", self.ctx.language))

    def open_attempt(self, attempt_id: str) -> None:
        try:
            found = self.service.get(attempt_id)
            loaded = self.service.loaded(found)
        except TrainerError as exc:
            self.queue.empty.setText(words.say(exc.code, self.ctx.language, **exc.facts))
            self.queue.empty.show()
            return
        self.current = found
        commands = commands_of(self.service.journal, attempt_id)
        self.replay.load(self._heading(found), loaded, commands, timeline(loaded, commands))
        self.stack.setCurrentWidget(self.replay)

    def open_rubric(self) -> None:
        session = self.ctx.session
        if self.current is None or session is None:
            return
        found = self.service.get(self.current.attempt_id)
        shown, hidden = self.service.visible_marks(session, found)
        self.current = found
        exam = self.service.exam(found.module)
        scenario = self.service.scenarios(found.scenario_id).scenario
        self.rubric.load(self._heading(found), shown, exam, scenario,
                         self._status_text(shown, hidden, session.staff_id))
        adjudicating = found.status == "adjudication"
        self.rubric.buttons["submit"].setText(
            self.tr("Adjudicate") if adjudicating else self.tr("Submit my mark"))
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

    def _act(self, call: object) -> bool:
        try:
            self.ctx.perform(call)  # type: ignore[arg-type]
        except TrainerError as exc:
            self.rubric.message.setText(words.say(exc.code, self.ctx.language, **exc.facts))
            return False
        return True

    def submit_mark(self) -> None:
        session = self.ctx.session
        if self.current is None or session is None:
            return
        score, upheld = self.rubric.override()
        reason = self.rubric.reason.toPlainText()
        comments = self.rubric.comments.toPlainText()
        attempt_id = self.current.attempt_id
        if self.current.status == "adjudication":
            call = lambda: self.service.adjudicate(  # noqa: E731
                session, attempt_id, self.rubric.ticked(), reason=reason,
                comments=comments, score=score, upheld=upheld)
        else:
            call = lambda: self.service.mark(  # noqa: E731
                session, attempt_id, self.rubric.ticked(), comments=comments,
                score=score, upheld=upheld, reason=reason)
        if self._act(call):
            self.open_rubric()
            self.rubric.message.setText(self.tr("Your mark is saved."))

    def sign_off(self) -> None:
        session = self.ctx.session
        if self.current is None or session is None:
            return
        attempt_id = self.current.attempt_id
        if self._act(lambda: self.service.sign_off(session, attempt_id)):
            self.refresh()
            self.stack.setCurrentWidget(self.queue)

    def prepare_screenshot(self, state: str | None) -> None:
        """Demo attempts; ``replay``/``rubric``: open the first at its first problem."""
        from trainer.gui.review.demo import make_demo_attempts

        attempts = make_demo_attempts(self.service)
        self.refresh()
        if state in ("replay", "rubric"):
            self.open_attempt(attempts[0].attempt_id)
            self.replay.next_failed()
        if state == "rubric":
            self.open_rubric()
