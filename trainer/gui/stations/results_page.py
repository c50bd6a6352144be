"""练习成绩 (``sim-result``): the result of the trainee's latest finished attempt, re-graded
from its journalled commands (the journal is the record; the sandbox replays it).
``open_scenario(ID)`` shows a scenario's first critical log graded instead — what a
failed attempt looks like (screenshots).

May import: PySide6, trainer.gui (pages, operations), trainer.journal, trainer.sim,
trainer.gui.stations.result.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress
from trainer.gui.pages import Page
from trainer.gui.stations.result import ResultView
from trainer.journal import Journal
from trainer.sim import library
from trainer.sim.grading import Result
from trainer.sim.recording import SIM_COMMAND, SIM_FINISHED, export_jsonl
from trainer.sim.replay import run
from trainer.sim.scenario_files import LoadedScenario

Graded = tuple[LoadedScenario, Result] | None


def latest_result(journal: Journal, staff_id: str) -> Graded:
    """The person's latest finished attempt, replayed from its commands and graded."""
    finished = [
        e
        for e in journal.events(type=SIM_FINISHED.name, actor_id=staff_id)
        if e.data().get("mode") != "demo"
    ]
    if not finished:
        return None
    data = finished[-1].data()
    rows = sorted(
        (
            e.data()
            for e in journal.events(type=SIM_COMMAND.name, subject_id=str(data["attempt_id"]))
        ),
        key=lambda d: d["seq"],
    )
    loaded = library.scenario(str(data["scenario_id"]))
    from trainer.sim.attempt import SimAttempt

    attempt = SimAttempt(loaded.scenario, loaded.reference)
    for row in rows:
        attempt.apply(row["t"], row["cmd"], row["args"])
    return loaded, run(loaded, export_jsonl(attempt.log))[1]


def critical_example(scenario_id: str) -> Graded:
    loaded = library.scenario(scenario_id)
    logs = sorted((loaded.folder / "critical").glob("*.jsonl"))
    if not logs:
        return None
    return loaded, run(loaded, logs[0].read_text(encoding="utf-8-sig"))[1]


class ResultsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty = QLabel(self)
        self.view = ResultView(ctx.language, self)
        self.view.try_again.connect(self._on_back)
        self.view.next_scenario.connect(self._on_back)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No finished practice yet: open your station and practise."))
        self.empty.setAccessibleName(self.empty.text())

    def refresh(self) -> None:
        if not self.ctx.ready or self.ctx.session is None:
            return
        journal, staff = self.ctx.services.journal, self.ctx.session.staff_id
        Operation(self.ctx, lambda _p: latest_result(journal, staff), parent=self).on_success(
            self._show
        ).start()

    def open_scenario(self, spec: str) -> None:
        scenario_id = spec.partition("@")[0]

        def load(_p: Progress) -> Graded:
            return critical_example(scenario_id)

        Operation(self.ctx, load, parent=self).on_success(self._show).start()

    def _show(self, graded: Graded) -> None:
        self.empty.setVisible(graded is None)
        self.view.setVisible(graded is not None)
        if graded is not None:
            self.view.show_result(*graded)

    def _on_back(self) -> None:
        window = self.window()
        show = getattr(window, "show_page", None)
        if show is not None and self.ctx.session is not None:
            from trainer.vocabulary import Role

            show("station:nurse" if Role.NURSE in self.ctx.session.roles else "station:doctor")
