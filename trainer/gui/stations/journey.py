"""The patient journey page (``journey``): one patient through several stations in turn,
each leg working on the state the previous leg handed over (ARCHITECTURE §6).

In training the person logged in plays every leg; in a team exercise each leg is given to
a member of staff of its role, who logs in on this shared PC for their leg. The page shows
the leg strip and the leg's brief over the current role's station screen
(:func:`trainer.gui.stations.screens.screen_for`) on the one shared attempt. At
``hand_over`` it swaps to the next leg's screen, or, when the next leg is someone else's,
asks for a switch of user; it refuses to open a leg under a login that may not play it
(:func:`trainer.sim.journeys.leg_refusal`). Every command is journalled as ``sim.command``
by whoever is logged in; the plan is ``sim.journey``, so after a lock, a switch of user or
a crash the journey resumes from the journal at the leg it had reached. The results show
each leg's verdict and who played it. ``open_scenario("ID@N")`` starts a training journey
and plays N steps of the golden log (``his-trainer screenshot --page journey``).

May import: PySide6, trainer.gui (context, pages, operations), trainer.journal,
trainer.sim, trainer.gui.stations.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress
from trainer.gui.pages import Page
from trainer.gui.roles import role_name
from trainer.gui.stations.demo import golden_lines
from trainer.gui.stations.host import StationHost
from trainer.gui.stations.journey_legs import HandOverPanel, JourneyResult, LegStrip, leg_role
from trainer.gui.stations.journey_setup import JourneySetup
from trainer.gui.stations.screens import StationUnavailable, screen_for
from trainer.journal import JournalWriter
from trainer.sim import library
from trainer.sim.grading import Result
from trainer.sim.journeys import JourneyPlan, OpenJourney, leg_players, leg_refusal, open_journeys
from trainer.sim.log import LogEntry
from trainer.sim.recording import RecordedAttempt, resume
from trainer.sim.scenario_files import LoadedScenario
from trainer.vocabulary import Role


class JourneyPage(Page):
    #: The simulators folder (None: the shipped one; tests give their own).
    root: Path | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lang = ctx.language
        self.loaded: LoadedScenario | None = None
        self.plan: JourneyPlan | None = None
        self.recorded: RecordedAttempt | None = None
        self.actors: dict[int, str | None] = {}
        self.host: StationHost | None = None
        self._build()
        ctx.session_ending.connect(self._on_session_ending)
        ctx.session_changed.connect(self._on_session_changed)
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.leave = QPushButton(self)
        self.leave.setObjectName("journey-leave")
        self.leave.clicked.connect(self.back_to_list)
        self.hand_over = QPushButton(self)
        self.hand_over.setObjectName("journey-hand-over")
        self.hand_over.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.hand_over.clicked.connect(self._on_hand_over_clicked)
        bar.addWidget(self.hand_over)
        bar.addStretch(1)
        bar.addWidget(self.leave)
        layout.addLayout(bar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.setup = JourneySetup(self.lang, self)
        self.setup.play_all.connect(self._on_setup_play_all)
        self.setup.play_team.connect(self._on_setup_play_team)
        self.setup.resume.connect(self.resume_journey)
        self.stage = QWidget(self)
        stage = QVBoxLayout(self.stage)
        stage.setContentsMargins(0, 0, 0, 0)
        self.strip = LegStrip(self.lang, self.stage)
        stage.addWidget(self.strip)
        self.handover = HandOverPanel(self.stage)
        self.handover.switch_user.connect(self._on_handover_switch_user)
        self.handover.back.connect(self.back_to_list)
        stage.addWidget(self.handover, 1)
        self.station = QVBoxLayout()
        stage.addLayout(self.station, 1)
        self.result = JourneyResult(self.lang, self)
        self.result.try_again.connect(self._on_result_try_again)
        for widget in (self.setup, self.stage, self.result):
            self.stack.addWidget(widget)

    def retranslate(self) -> None:
        self.leave.setText(self.tr("Back to the journeys (continue later)"))
        self.leave.setAccessibleName(self.leave.text())
        self.leave.setVisible(self.stack.currentWidget() is not self.setup)
        self.hand_over.setText(self.tr("Hand over to the next station (Ctrl+Shift+H)"))
        self.hand_over.setAccessibleName(
            self.tr("Hand over: end this leg; the next station takes the patient over"))
        last = self.loaded is None or self.recorded is None \
            or self.recorded.attempt.leg >= len(self.loaded.scenario.legs) - 1
        self.hand_over.setVisible(self.host is not None and not last
                                  and self.stack.currentWidget() is self.stage)
        self.setup.retranslate()
        self.handover.retranslate()
        self.result.retranslate()
        if self.host is not None:
            self.host.retranslate()
        if self.loaded is not None and self.recorded is not None:
            self._show_strip()

    def refresh(self) -> None:
        me = self._me()
        services = self.ctx.services if self.ctx.ready else None
        root = self.root

        def load(_p: Progress) -> tuple[list[library.ScenarioSummary], list[OpenJourney]]:
            found = [s for s in library.summaries(None, root) if s.legs]
            waiting = open_journeys(services.journal, me[0]) if services and me[0] else []
            return found, waiting

        Operation(self.ctx, load, parent=self).on_success(
            lambda found: self.setup.show_journeys(*found, me)
        ).start()

    # starting and resuming
    def open_scenario(self, spec: str, mode: str = "guided") -> None:
        """A training journey at ``ID``; ``ID@N`` plays the golden log's first N steps."""
        scenario_id, _, steps = spec.partition("@")
        self._begin(scenario_id, mode, None, int(steps or 0))

    def _on_setup_play_all(self, scenario_id: str, mode: str) -> None:
        self._begin(scenario_id, mode, None)

    def _on_setup_play_team(self, scenario_id: str, mode: str, players: tuple[str, ...]) -> None:
        self._begin(scenario_id, mode, players)

    def _begin(self, scenario_id: str, mode: str, players: tuple[str, ...] | None,
               steps: int = 0) -> None:
        root = self.root

        def load(_p: Progress) -> LoadedScenario:
            return library.scenario(scenario_id, root)

        Operation(self.ctx, load, parent=self).on_success(
            lambda loaded: self._start(loaded, mode, players, steps)).start()

    def _start(self, loaded: LoadedScenario, mode: str, players: tuple[str, ...] | None,
               steps: int) -> None:
        sc = loaded.scenario
        if mode not in sc.modes:
            mode = sc.modes[0]
        me = self._me()[0]
        team = players is not None
        plan = JourneyPlan(str(uuid.uuid4()), sc.id, sc.version, mode, team,
                           players if players is not None else (me,) * len(sc.legs))
        writer = self._writer()
        recorded = RecordedAttempt(loaded, writer, me or None, mode, plan.attempt_id)
        if writer is not None:
            recorded.pending.append(writer.submit(plan.event(me or None)))
        self._enter(loaded, plan, recorded, {})
        for t, cmd, args in golden_lines(loaded)[:steps]:
            if self.host is not None:
                self.host.issue(cmd, args, t)
            else:  # a station missing from this build: its steps still happen, journalled
                recorded.writer = recorded.writer or self._writer()
                self._on_host_applied(recorded.apply(cmd, args, t))

    def resume_journey(self, journey: OpenJourney) -> None:
        root = self.root

        def load(_p: Progress) -> LoadedScenario:
            return library.scenario(journey.plan.scenario_id, root)

        def start(loaded: LoadedScenario) -> None:
            recorded = resume(loaded, journey.attempt, None, self._me()[0] or None)
            actors = {i + 1: actor for i, actor in enumerate(journey.actors)}
            self._enter(loaded, journey.plan, recorded, actors)

        Operation(self.ctx, load, parent=self).on_success(start).start()

    def _enter(self, loaded: LoadedScenario, plan: JourneyPlan, recorded: RecordedAttempt,
               actors: dict[int, str | None]) -> None:
        self._drop_host()
        self.loaded, self.plan, self.recorded, self.actors = loaded, plan, recorded, actors
        self.stack.setCurrentWidget(self.stage)
        self._enter_leg()
        self.retranslate()

    # the legs
    def _enter_leg(self, *, handed_over: bool = False) -> None:
        """Open the current leg's station for the person logged in, or say who must log in
        (after ``handed_over``, simply whose leg is next; else why it is not opened)."""
        assert self.loaded is not None and self.plan is not None and self.recorded is not None
        leg = self.recorded.attempt.leg
        role = leg_role(self.loaded, leg)
        staff, roles = self._me()
        self._show_strip()
        refusal = leg_refusal(self.plan, role, leg, staff, roles)
        if refusal is not None:
            if handed_over:
                self._park(self._next_words(leg, role), refused=False)
            else:
                self._park(self._refusal_words(refusal, leg, role), refused=True)
            return
        try:
            screen = screen_for(role, self.loaded.scenario.module, self.lang)
        except StationUnavailable:
            self._park(self.tr("The %1 station is not part of this version of HIS Trainer, "
                               "so this leg cannot be played here.")
                       .replace("%1", role_name(Role(role))), refused=True, switch=False)
            return
        self._drop_host()
        if self.recorded.writer is None:
            self.recorded.writer = self._writer()
        self.recorded.staff_id = staff or None
        self.handover.hide()
        self.host = StationHost(self.lang, self.stage)
        self.host.start(self.recorded, screen)
        last = leg == len(self.loaded.scenario.legs) - 1
        self.host.finish_button.setVisible(last)  # a leg ends by handing over
        self.host.applied.connect(self._on_host_applied)
        self.host.finished.connect(self._on_host_finished)
        self.station.addWidget(self.host)
        self.host.show()

    def _on_host_applied(self, entry: LogEntry) -> None:
        self.actors[entry.seq] = self._me()[0] or None
        if entry.cmd == "hand_over" and entry.accepted:
            self._enter_leg(handed_over=True)
            self.retranslate()

    def _on_hand_over_clicked(self) -> None:
        if self.host is not None:
            self.host.issue("hand_over", {})

    def _on_host_finished(self, result: Result) -> None:
        assert self.loaded is not None
        self.result.show_result(self.loaded, result, self._players())
        self._drop_host()
        self.stack.setCurrentWidget(self.result)
        self.retranslate()

    def _park(self, words: str, *, refused: bool, switch: bool = True) -> None:
        """No station now: save what is queued and say who must log in."""
        self._drop_host()
        if self.recorded is not None and self.recorded.writer is not None:
            self.recorded.flush()
            self.recorded.writer.close()
            self.recorded.writer = None
        self.handover.say(words, refused=refused, switch=switch)
        self.handover.show()

    def _where(self, leg: int, role: str) -> str:
        assert self.loaded is not None
        return (self.tr("leg %1 of %2 (%3)").replace("%1", str(leg + 1))
                .replace("%2", str(len(self.loaded.scenario.legs)))
                .replace("%3", role_name(Role(role))))

    def _next_words(self, leg: int, role: str) -> str:
        assert self.plan is not None
        return (self.tr("Handed over. Next: %1, played by %2. Switch user so that %2 can "
                        "log in and continue the journey on this page.")
                .replace("%1", self._where(leg, role)).replace("%2", self.plan.player(leg)))

    def _refusal_words(self, code: str, leg: int, role: str) -> str:
        assert self.plan is not None
        player = self.plan.player(leg)
        staff, _roles = self._me()
        where = self._where(leg, role)
        if code == "journey.wrong_role":
            return (self.tr("You may not play %1 under your login (%2): it is a %3's leg. "
                            "Switch user so that %4 can log in and continue it here.")
                    .replace("%1", where).replace("%2", staff)
                    .replace("%3", role_name(Role(role))).replace("%4", player))
        return (self.tr("%1 is not yours: it is played by %2. Switch user so that %2 can "
                        "log in and continue the journey on this page.")
                .replace("%1", where).replace("%2", player))

    def _show_strip(self) -> None:
        assert self.loaded is not None and self.recorded is not None
        self.strip.show_legs(self.loaded, self.recorded.attempt.leg, self._players())

    def _players(self) -> list[tuple[str, ...]]:
        assert self.loaded is not None and self.plan is not None and self.recorded is not None
        return leg_players(self.recorded.attempt.log, self.actors, self.plan,
                           len(self.loaded.scenario.legs))

    # leaving
    def back_to_list(self) -> None:
        self._park("", refused=False)
        self.loaded = self.plan = self.recorded = None
        self.stack.setCurrentWidget(self.setup)
        self.retranslate()
        self.refresh()

    def _on_handover_switch_user(self) -> None:
        self.ctx.switch_user()

    def _on_session_ending(self) -> None:
        if self.recorded is not None:
            self._park(self.handover.words.text(), refused=False)

    def _on_session_changed(self) -> None:
        if self.ctx.session is not None and self.recorded is not None \
                and self.recorded.result is None and self.host is None:
            self._enter_leg()  # the same person back: their leg, if it is theirs

    def _on_result_try_again(self) -> None:
        chosen = self.result.details.loaded
        self.back_to_list()
        if chosen is not None:
            self.setup.select(chosen.scenario.id)

    # internals
    def _drop_host(self) -> None:
        if self.host is not None:
            self.host.stop()
            self.host.hide()  # deleted later: several legs may pass before that (ID@N)
            self.station.removeWidget(self.host)
            self.host.deleteLater()
            self.host = None

    def _me(self) -> tuple[str, frozenset[str]]:
        session = self.ctx.session
        if session is None:
            return "", frozenset()
        return session.staff_id, frozenset(r.value for r in session.roles)

    def _writer(self) -> JournalWriter | None:
        return JournalWriter(self.ctx.services.journal) if self.ctx.ready else None
