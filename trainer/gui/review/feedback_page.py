"""My practical exams (trainees): each signed-off practical exam with its score, pass or
fail, the trainers' comments and every check that failed; an exam handed in and not yet
signed off is listed as waiting for a trainer, without any result.

May import: PySide6, trainer.gui, trainer.practical, trainer.sim.library, trainer.words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from trainer.content.common import pick
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress
from trainer.gui.pages.base import Page
from trainer.gui.review.wiring import practical_service
from trainer.gui.roles import module_name
from trainer.practical import events as ev
from trainer.practical.service import Feedback
from trainer.sim.scenarios import Scenario
from trainer.vocabulary import Module


class FeedbackPage(Page):
    READS = ev.TYPES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.text = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.shown: list[Feedback] = []
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def _on_changed(self, changes: object) -> None:
        touches = getattr(changes, "touches", None)
        if touches is not None and touches(*self.READS):
            self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My practical exams (results signed off by a trainer)"))
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            return
        service, lang = practical_service(self.ctx.services), self.ctx.language

        def load(_p: Progress) -> tuple[list[tuple[Feedback, Scenario]], list[str]]:
            signed = [(item, service.scenarios(item.scenario_id).scenario)
                      for item in service.feedback(session)]
            waiting = [a.module for a in service.all(session.staff_id)
                       if a.result is not None and a.signed_off is None]
            return signed, waiting

        Operation(self.ctx, load, parent=self).on_success(
            lambda got: self._show(*got, lang)).start()

    def _show(self, got: list[tuple[Feedback, Scenario]], waiting: list[str],
              lang: str) -> None:
        self.shown = [item for item, _s in got]
        parts = ["<p>" + self.tr("Handed in, waiting for a trainer: your {0} practical "
                                 "exam. The result is provisional until a trainer signs it "
                                 "off.").format(escape(module_name(Module(module))))
                 + "</p>" for module in waiting]
        if not got:
            parts.append("<p>" + self.tr("No signed-off practical exam yet. A result shows "
                                         "here once a trainer has signed it off.") + "</p>")
            self.text.setHtml("".join(parts))
            return
        for item, scenario in reversed(got):
            texts = {c.id: pick(c.text, lang) for c in scenario.checks}
            texts |= {c.id: pick(c.text, lang) for c in scenario.critical_errors}
            verdict = self.tr("Passed") if item.passed else self.tr("Not passed")
            lines = [f"<h3>{escape(pick(scenario.title, lang))}</h3>",
                     "<p><b>" + self.tr("Score {0} (pass mark {1}) — {2}").format(
                         f"{item.score:g}", f"{item.pass_mark:g}", verdict) + "</b></p>"]
            lines += ["<p>" + self.tr("Critical error: {0}").format(
                escape(texts.get(c, c))) + "</p>" for c in item.critical_errors]
            lines += ["<p>" + self.tr("Not done: {0}").format(escape(texts.get(c, c))) + "</p>"
                      for c in item.failed_checks]
            lines += ["<p>" + self.tr("Trainer's comments: {0}").format(escape(c)) + "</p>"
                      for c in item.comments]
            if not item.passed:
                lines.append("<p>" + self.tr("Retraining has been assigned: see your "
                                             "home page.") + "</p>")
            parts.append("".join(lines))
        self.text.setHtml("<hr/>".join(parts))
