"""The parts of the journey page around the station: the leg strip (leg n of N, station,
who plays it), the hand-over panel that asks the next person to log in, and the results
with each leg's verdict and who played it.

May import: PySide6, trainer.sim (grading, journeys, scenario_files), trainer.gui (roles),
trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.roles import role_name
from trainer.gui.stations.result import ResultView
from trainer.gui.stations.stationmap import text
from trainer.sim.grading import Result
from trainer.sim.scenario_files import LoadedScenario
from trainer.vocabulary import Role

STYLES = {
    "done": "background:#e8f5e9;color:#1b5e20;border:1px solid #a5d6a7;padding:4px;",
    "current": "background:#e3f2fd;color:#0d47a1;border:2px solid #1565c0;padding:4px;"
               "font-weight:bold;",
    "next": "background:#fafafa;color:#607d8b;border:1px solid #cfd8dc;padding:4px;",
}


def leg_role(loaded: LoadedScenario, leg: int) -> str:
    return loaded.scenario.legs[leg].role


class LegStrip(QWidget):
    """One box per leg, the current one framed; below it, the current leg's brief."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-strip")
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        layout.addLayout(self.row)
        self.brief = QLabel(self)
        self.brief.setObjectName("journey-leg-brief")
        self.brief.setWordWrap(True)
        self.brief.setStyleSheet("background:#fffde7;border:1px solid #fbc02d;padding:4px;")
        layout.addWidget(self.brief)
        self.boxes: list[QLabel] = []

    def show_legs(self, loaded: LoadedScenario, current: int,
                  players: list[tuple[str, ...]]) -> None:
        legs = loaded.scenario.legs
        while len(self.boxes) > len(legs):
            self.boxes.pop().deleteLater()
        while len(self.boxes) < len(legs):
            box = QLabel(self)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach each leg
            self.row.addWidget(box, 1)
            self.boxes.append(box)
        for i, (leg, box) in enumerate(zip(legs, self.boxes, strict=True)):
            state = "done" if i < current else "current" if i == current else "next"
            who = ", ".join(players[i]) if i < len(players) else ""
            mark = {"done": "✓ ", "current": "▶ ", "next": ""}[state]
            box.setText(f"{mark}{i + 1}. {role_name(Role(leg.role))}\n{who}")
            box.setStyleSheet(STYLES[state])
            box.setProperty("leg_state", state)
            box.setAccessibleName(
                self.tr("leg %1 of %2: %3, played by %4, %5")
                .replace("%1", str(i + 1)).replace("%2", str(len(legs)))
                .replace("%3", role_name(Role(leg.role))).replace("%4", who or "—")
                .replace("%5", {"done": self.tr("handed over"), "current": self.tr("now"),
                                "next": self.tr("to come")}[state]))
        leg = legs[min(current, len(legs) - 1)]
        self.brief.setText(self.tr("Leg %1 of %2 — %3: %4")
                           .replace("%1", str(current + 1)).replace("%2", str(len(legs)))
                           .replace("%3", role_name(Role(leg.role)))
                           .replace("%4", text(leg.brief, self.lang)))
        self.brief.setAccessibleName(self.tr("this leg's brief"))


class HandOverPanel(QWidget):
    """Between legs of a team exercise, or when the wrong person is logged in: who must log
    in next, and the switch-user button."""

    switch_user = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-handover")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.words = QLabel(self)
        self.words.setObjectName("journey-handover-words")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setStyleSheet("font-size:15px;padding:12px;")
        layout.addWidget(self.words)
        row = QHBoxLayout()
        row.addStretch(1)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("journey-switch-user")
        self.switch_button.clicked.connect(self.switch_user)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("journey-back")
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.switch_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.switch_button.setText(self.tr("&Switch user"))
        self.switch_button.setAccessibleName(
            self.tr("Switch user: log out so the next person can log in"))
        self.back_button.setText(self.tr("Back to the journeys"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.words.setAccessibleName(self.tr("who plays the next leg"))

    def say(self, words: str, *, refused: bool, switch: bool = True) -> None:
        self.words.setText(words)
        self.switch_button.setVisible(switch)
        self.words.setProperty("refused", refused)
        color = "#b71c1c" if refused else "#0d47a1"
        self.words.setStyleSheet(f"font-size:15px;padding:12px;color:{color};")


class JourneyResult(QWidget):
    """The journey's result: each leg's verdict and who played it, then every check."""

    try_again = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-result")
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.legs = QTableWidget(0, 5, self)
        self.legs.setObjectName("journey-leg-verdicts")
        self.legs.verticalHeader().setVisible(False)
        self.legs.horizontalHeader().setStretchLastSection(True)
        self.legs.setTabKeyNavigation(False)
        self.details = ResultView(lang, self)
        self.details.next.hide()  # the next journey is chosen on the list
        self.details.try_again.connect(self.try_again)
        details = self.details.layout()
        assert isinstance(details, QVBoxLayout)
        details.insertWidget(1, self.legs)  # under the score, above every check
        layout.addWidget(self.details, 1)
        self._shown: tuple[LoadedScenario, Result, list[tuple[str, ...]]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.legs.setAccessibleName(self.tr("each leg's verdict and who played it"))
        self.legs.setHorizontalHeaderLabels([self.tr("Leg"), self.tr("Station"),
                                             self.tr("Played by"), self.tr("Score"),
                                             self.tr("Verdict")])
        self.details.retranslate()
        if self._shown is not None:
            self.show_result(*self._shown)

    def show_result(self, loaded: LoadedScenario, result: Result,
                    players: list[tuple[str, ...]]) -> None:
        self._shown = (loaded, result, players)
        self.details.show_result(loaded, result)
        self.legs.setRowCount(len(result.legs))
        for row, verdict in enumerate(result.legs):
            committed = ", ".join(verdict.committed)
            words = self.tr("passed") if verdict.passed else self.tr("failed")
            if committed:
                words += " — " + self.tr("critical error: %1").replace("%1", committed)
            cells = (str(row + 1), role_name(Role(verdict.role)),
                     ", ".join(players[row]) if row < len(players) else "",
                     f"{verdict.score:g}", words)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 4:
                    item.setForeground(Qt.GlobalColor.darkGreen if verdict.passed
                                       else Qt.GlobalColor.red)
                self.legs.setItem(row, column, item)
        self.legs.resizeColumnsToContents()
        self.legs.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        height = self.legs.horizontalHeader().height() + 4
        height += sum(self.legs.rowHeight(r) for r in range(self.legs.rowCount()))
        self.legs.setFixedHeight(height)
