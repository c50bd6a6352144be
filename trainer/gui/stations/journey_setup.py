"""Setting up a patient journey: which journey, which mode, and who plays each leg.

"Play all legs" is training: the person logged in plays every station in turn. A team
exercise gives each leg to a member of staff of that leg's role, by staff number (filled
in with the person logged in where the role is theirs); each logs in on this PC for their
leg. Unfinished journeys the person plays a leg of are listed to continue.

May import: PySide6, trainer.sim (library, journeys), trainer.gui (roles),
trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.roles import role_name
from trainer.gui.stations.stationmap import text
from trainer.sim.journeys import OpenJourney
from trainer.sim.library import ScenarioSummary
from trainer.vocabulary import Role

LEG, ROLE, PLAYER = range(3)
MODES = ("guided", "practice", "exam")


class JourneySetup(QWidget):
    play_all = Signal(str, str)  # scenario id, mode
    play_team = Signal(str, str, tuple)  # scenario id, mode, staff number per leg
    resume = Signal(object)  # OpenJourney

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-setup")
        self.lang = lang
        self.me: tuple[str, frozenset[str]] = ("", frozenset())
        self.summaries: list[ScenarioSummary] = []
        self.waiting: list[OpenJourney] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.heading)
        self.scenarios = QListWidget(self)
        self.scenarios.setObjectName("journey-scenarios")
        self.scenarios.currentRowChanged.connect(self._on_scenarios_current_row_changed)
        layout.addWidget(self.scenarios, 1)
        self.legs_label = QLabel(self)
        layout.addWidget(self.legs_label)
        self.legs = QTableWidget(0, 3, self)
        self.legs.setObjectName("journey-legs")
        self.legs.verticalHeader().setVisible(False)
        self.legs.horizontalHeader().setStretchLastSection(True)
        self.legs.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        layout.addWidget(self.legs, 3)
        row = QHBoxLayout()
        self.mode_label = QLabel(self)
        self.mode = QComboBox(self)
        self.mode.setObjectName("journey-mode")
        self.mode_label.setBuddy(self.mode)
        self.solo_button = QPushButton(self)
        self.solo_button.setObjectName("journey-play-all")
        self.solo_button.clicked.connect(self._on_solo_button_clicked)
        self.team_button = QPushButton(self)
        self.team_button.setObjectName("journey-team")
        self.team_button.clicked.connect(self._on_team_button_clicked)
        row.addWidget(self.mode_label)
        row.addWidget(self.mode)
        row.addStretch(1)
        row.addWidget(self.solo_button)
        row.addWidget(self.team_button)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setObjectName("journey-setup-problem")
        self.problem.setStyleSheet("color:#b71c1c;font-weight:bold;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.waiting_label = QLabel(self)
        layout.addWidget(self.waiting_label)
        self.waiting_list = QListWidget(self)
        self.waiting_list.setObjectName("journey-waiting")
        self.waiting_list.itemActivated.connect(self._on_continue_button_clicked)
        layout.addWidget(self.waiting_list, 1)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("journey-continue")
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Patient journeys: one patient, every station in turn"))
        self.scenarios.setAccessibleName(self.tr("journey scenarios"))
        self.legs_label.setText(self.tr("Legs (a team exercise: type the staff number "
                                        "of the person who plays each leg)"))
        self.legs.setAccessibleName(self.tr("legs of the journey and who plays them"))
        self.legs.setHorizontalHeaderLabels(
            [self.tr("Leg"), self.tr("Station"), self.tr("Played by (staff number)")])
        self.mode_label.setText(self.tr("&Mode"))
        self.mode.setAccessibleName(self.tr("practice mode"))
        current = self.mode.currentIndex()
        self.mode.clear()
        names = {"guided": self.tr("Guided practice"), "practice": self.tr("Practice"),
                 "exam": self.tr("Exam")}
        for mode in MODES:
            self.mode.addItem(names[mode], mode)
        self.mode.setCurrentIndex(max(0, current))
        self.solo_button.setText(self.tr("&Play all legs (training)"))
        self.solo_button.setAccessibleName(self.tr("Play every leg of the journey yourself"))
        self.team_button.setText(self.tr("Start &team exercise"))
        self.team_button.setAccessibleName(
            self.tr("Start a team exercise: each leg played by the person typed in"))
        self.waiting_label.setText(self.tr("Unfinished journeys you play a leg of"))
        self.waiting_list.setAccessibleName(self.tr("unfinished journeys"))
        self.continue_button.setText(self.tr("&Continue the journey"))
        self.continue_button.setAccessibleName(self.tr("Continue the selected journey"))
        self.show_journeys(self.summaries, self.waiting, self.me)

    # filling
    def show_journeys(self, summaries: list[ScenarioSummary], waiting: list[OpenJourney],
                      me: tuple[str, frozenset[str]]) -> None:
        chosen = self.chosen()
        self.summaries, self.waiting, self.me = summaries, waiting, me
        self.scenarios.blockSignals(True)
        self.scenarios.clear()
        for summary in summaries:
            item = QListWidgetItem(f"{text(summary.title, self.lang)}  "
                                   + self.tr("(%1 legs)").replace("%1", str(len(summary.legs))))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.scenarios.addItem(item)
        self.scenarios.blockSignals(False)
        self.select(chosen.id if chosen else (summaries[0].id if summaries else ""))
        self.waiting_list.clear()
        found = {s.id: s for s in summaries}
        for journey in waiting:
            plan, shown = journey.plan, found.get(journey.plan.scenario_id)
            if shown is None or journey.leg >= len(shown.legs):
                continue  # a journey whose scenario is gone or changed shape
            kind = self.tr("team exercise") if plan.team else self.tr("training")
            words = (self.tr("%1 (%2) — leg %3 of %4, %5, played by %6")
                     .replace("%1", text(shown.title, self.lang)).replace("%2", kind)
                     .replace("%3", str(journey.leg + 1))
                     .replace("%4", str(len(shown.legs)))
                     .replace("%5", role_name(Role(shown.legs[journey.leg])))
                     .replace("%6", journey.player))
            if journey.player == me[0]:
                words = "▶ " + words + self.tr(" — your turn")
            self.waiting_list.addItem(words)
        self.waiting = [j for j in waiting if j.plan.scenario_id in found
                        and j.leg < len(found[j.plan.scenario_id].legs)]
        if self.waiting:
            self.waiting_list.setCurrentRow(len(self.waiting) - 1)
        self.continue_button.setEnabled(bool(self.waiting))

    def select(self, scenario_id: str) -> None:
        rows = [r for r in range(self.scenarios.count())
                if self.scenarios.item(r).data(Qt.ItemDataRole.UserRole) == scenario_id]
        if rows or self.scenarios.count():
            self.scenarios.setCurrentRow(rows[0] if rows else 0)
        self._on_scenarios_current_row_changed(self.scenarios.currentRow())

    def chosen(self) -> ScenarioSummary | None:
        row = self.scenarios.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def players(self) -> list[str]:
        out = []
        for row in range(self.legs.rowCount()):
            item = self.legs.item(row, PLAYER)
            out.append(item.text().strip() if item is not None else "")
        return out

    # slots
    def _on_scenarios_current_row_changed(self, _row: int) -> None:
        summary = self.chosen()
        self.problem.clear()
        legs = summary.legs if summary else ()
        self.legs.setRowCount(len(legs))
        staff, roles = self.me
        for row, role in enumerate(legs):
            for column, value in ((LEG, str(row + 1)), (ROLE, role_name(Role(role)))):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.legs.setItem(row, column, item)
            self.legs.setItem(row, PLAYER, QTableWidgetItem(staff if role in roles else ""))
        self.legs.resizeColumnsToContents()
        self.solo_button.setEnabled(summary is not None)
        self.team_button.setEnabled(summary is not None)

    def _on_solo_button_clicked(self) -> None:
        summary = self.chosen()
        if summary is not None:
            self.play_all.emit(summary.id, str(self.mode.currentData()))

    def _on_team_button_clicked(self) -> None:
        summary = self.chosen()
        if summary is None:
            return
        players = self.players()
        missing = [str(i + 1) for i, p in enumerate(players) if not p]
        if missing:
            self.problem.setText(self.tr("Type the staff number of the person who plays "
                                         "leg %1.").replace("%1", ", ".join(missing)))
            return
        self.problem.clear()
        self.play_team.emit(summary.id, str(self.mode.currentData()), tuple(players))

    def _on_continue_button_clicked(self) -> None:
        row = self.waiting_list.currentRow()
        if 0 <= row < len(self.waiting):
            self.resume.emit(self.waiting[row])
