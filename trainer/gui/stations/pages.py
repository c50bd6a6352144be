"""The station pages of the navigation: 门诊医生站 (``station:doctor``), 护士站
(``station:nurse``), 药房 (``station:pharmacy``), 挂号收费站 (``station:cashier``)
and the practice results (``sim-result``). Each role's screen comes from
:func:`trainer.gui.stations.screens.screen_for`.

A station page is the trainee's practice entry: the scenarios of their role, the modes,
their unfinished attempts to resume; then the station itself and, when it is finished,
the results screen. Scenarios load in the background (:mod:`trainer.gui.operations`), and
commands are journalled by the group-commit writer, so the GUI thread never waits.
``open_scenario("ID")`` opens one directly (``his-trainer screenshot --scenario ID``;
``ID@N`` first plays N steps of the golden log, to show a station mid-attempt).

May import: PySide6, trainer.gui (pages, operations), trainer.journal, trainer.sim,
trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress
from trainer.gui.pages import Page
from trainer.gui.stations.demo import DemoControls, golden_lines
from trainer.gui.stations.host import StationHost, StationScreen
from trainer.gui.stations.picker import ScenarioPicker
from trainer.gui.stations.result import ResultView
from trainer.gui.stations.screens import screen_for
from trainer.journal import JournalWriter
from trainer.sim import library
from trainer.sim.grading import Result
from trainer.sim.recording import OpenAttempt, RecordedAttempt, open_attempts, resume
from trainer.sim.scenario_files import LoadedScenario


class StationPage(Page):
    ROLE = "doctor"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lang = ctx.language
        self.host: StationHost | None = None
        self.demo: DemoControls | None = None
        self.current: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.leave = QPushButton(self)
        self.leave.setObjectName("station-leave")
        self.leave.clicked.connect(self.back_to_list)
        bar.addStretch(1)
        bar.addWidget(self.leave)
        layout.addLayout(bar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.picker = ScenarioPicker(self.lang, self)
        self.picker.chosen.connect(self.open_scenario)
        self.picker.resume.connect(self.resume_attempt)
        self.result = ResultView(self.lang, self)
        self.result.try_again.connect(self._on_try_again)
        self.result.next_scenario.connect(self._on_next)
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.result)
        ctx.session_ending.connect(self._on_session_ending)
        ctx.lock_changed.connect(self._on_lock_changed)
        self.retranslate()
        self.refresh()

    def make_screen(self, loaded: LoadedScenario) -> StationScreen:
        return screen_for(self.ROLE, loaded.scenario.module, self.lang)

    def retranslate(self) -> None:
        self.leave.setText(self.tr("Back to the scenario list (resume later)"))
        self.leave.setAccessibleName(self.leave.text())
        self.leave.setVisible(self.stack.currentWidget() is not self.picker)

    def refresh(self) -> None:
        staff = self.ctx.session.staff_id if self.ctx.session else None
        services = self.ctx.services if self.ctx.ready else None
        role = self.ROLE

        def load(_p: Progress) -> tuple[list[library.ScenarioSummary], list[OpenAttempt]]:
            found = [s for s in library.summaries(role) if not s.legs]  # journeys: own page
            ids = {s.id for s in found}
            # a proctored practical exam resumes on its own page, never as practice
            exams = {e.data().get("attempt_id") for e in services.journal.events(
                type="practical.started", subject_id=staff)} if services and staff else set()
            unfinished = (
                [
                    a
                    for a in open_attempts(services.journal, staff)
                    if a.scenario_id in ids and a.mode != "demo"
                    and a.attempt_id not in exams
                ]
                if services is not None and staff
                else []
            )
            return found, unfinished

        Operation(self.ctx, load, parent=self).on_success(
            lambda found: self.picker.show_scenarios(*found)
        ).start()

    # opening
    def open_scenario(self, spec: str, mode: str = "guided") -> None:
        scenario_id, _, steps = spec.partition("@")

        def load(_p: Progress) -> LoadedScenario:
            return library.scenario(scenario_id)

        Operation(self.ctx, load, parent=self).on_success(
            lambda loaded: self._start(loaded, mode, None, int(steps or 0))
        ).start()

    def resume_attempt(self, found: OpenAttempt) -> None:
        def load(_p: Progress) -> LoadedScenario:
            return library.scenario(found.scenario_id)

        def start(loaded: LoadedScenario) -> None:
            recorded = resume(loaded, found, self._writer(), self._staff())
            self._start(loaded, found.mode, recorded)

        Operation(self.ctx, load, parent=self).on_success(start).start()

    def _staff(self) -> str | None:
        return self.ctx.session.staff_id if self.ctx.session else None

    def _writer(self) -> JournalWriter | None:
        return JournalWriter(self.ctx.services.journal) if self.ctx.ready else None

    def _start(
        self, loaded: LoadedScenario, mode: str, recorded: RecordedAttempt | None, steps: int = 0
    ) -> None:
        self._drop_host()
        if mode not in (*loaded.scenario.modes, "demo"):  # e.g. no hints, so no guided mode
            mode = loaded.scenario.modes[0]
        if recorded is None:
            writer = self._writer() if mode != "demo" else None
            recorded = RecordedAttempt(loaded, writer, self._staff(), mode)
        self.current = (loaded.scenario.id, mode)
        self.host = StationHost(self.lang, self)
        self.host.start(recorded, self.make_screen(loaded))
        self.host.finished.connect(self._on_finished)
        if mode == "demo":
            self.demo = DemoControls(self.host, loaded, self.host)
            self.demo.ended.connect(self._on_demo_ended)
            self.host.body.insertWidget(0, self.demo)
        for t, cmd, args in golden_lines(loaded)[:steps]:
            self.host.issue(cmd, args, t)
        self.stack.addWidget(self.host)
        self.stack.setCurrentWidget(self.host)
        self.retranslate()

    def _drop_host(self) -> None:
        if self.host is not None:
            self.host.stop()
            self.stack.removeWidget(self.host)
            self.host.deleteLater()
            self.host, self.demo = None, None

    # leaving
    def back_to_list(self) -> None:
        self._drop_host()
        self.stack.setCurrentWidget(self.picker)
        self.retranslate()
        self.refresh()

    def _on_session_ending(self) -> None:
        if self.host is not None:
            self.host.pause("switch_user")  # journalled before the writer closes
            self.host.stop()

    def _on_lock_changed(self, locked: bool) -> None:
        if self.host is not None:
            if locked:
                self.host.pause("lock")
            else:
                self.host.unpause()

    def _on_finished(self, result: Result) -> None:
        assert self.host is not None and self.host.recorded is not None
        self.result.show_result(self.host.recorded.loaded, result)
        self.stack.setCurrentWidget(self.result)
        self.retranslate()

    def _on_demo_ended(self) -> None:
        if self.host is not None:
            self.host.finish_button.setVisible(True)

    def _on_try_again(self) -> None:
        if self.current is not None:
            self.open_scenario(*self.current)

    def _on_next(self) -> None:
        if self.current is not None:
            following = self.picker.next_after(self.current[0])
            if following is not None:
                self.open_scenario(following, self.current[1])


class DoctorStationPage(StationPage):
    ROLE = "doctor"


class NurseStationPage(StationPage):
    ROLE = "nurse"


class PharmacyStationPage(StationPage):
    ROLE = "pharmacist"


class CashierStationPage(StationPage):
    ROLE = "cashier"
