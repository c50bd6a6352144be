"""The cashier's 日结 tab: the system's takings per payment method (备用金 included), the
amounts the cashier counts, the difference and a note, 日结确认 (F8), and the closing report.

May import: PySide6, trainer.sim (cashier, recording), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.cashier_tabs import ST, Issue, fen_of, method_name, number, yuan
from trainer.gui.stations.stationmap import MapButton
from trainer.gui.stations.widgets import Grid
from trainer.sim.cashier import METHODS, expected_takings
from trainer.sim.recording import RecordedAttempt


class ClosingTab(QWidget):
    """日结: count per method against the system, note the difference, the report."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue
        self.expected: dict[str, int] = {}
        layout = QVBoxLayout(self)
        self.count_box = QGroupBox(self)
        grid = QGridLayout(self.count_box)
        self.heads = [QLabel(self.count_box) for _ in range(4)]
        for c, head in enumerate(self.heads):
            head.setStyleSheet("font-weight:bold;")
            grid.addWidget(head, 0, c)
        self.names = {m: QLabel(self.count_box) for m in METHODS}
        self.system = {m: QLabel(self.count_box) for m in METHODS}
        self.counted = {m: QLineEdit(self.count_box) for m in METHODS}
        self.diff = {m: QLabel(self.count_box) for m in METHODS}
        for r, m in enumerate(METHODS, start=1):
            self.counted[m].setObjectName(f"counted-{m}")
            self.counted[m].textChanged.connect(self._on_counted)
            for c, widget in enumerate((self.names[m], self.system[m], self.counted[m],
                                        self.diff[m])):
                grid.addWidget(widget, r, c)
        layout.addWidget(self.count_box)
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("closing-note")
        self.confirm = MapButton(ST, "daily_closing", "Confirm closing", self, self._on_confirm)
        row.addWidget(self.note, 1)
        row.addWidget(self.confirm)
        layout.addLayout(row)
        self.report_title = QLabel(self)
        self.report_title.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.report_title)
        self.report = Grid("closing-report", self)
        layout.addWidget(self.report, 1)

    def retranslate(self, lang: str) -> None:
        self.count_box.setTitle(self.tr("Takings by payment method (cash float included)"))
        for head, words in zip(self.heads, (self.tr("Method"), self.tr("System amount"),
                                            self.tr("Counted (yuan)"), self.tr("Difference")),
                               strict=True):
            head.setText(words)
        for m in METHODS:
            self.names[m].setText(method_name(m))
            self.counted[m].setAccessibleName(self.tr("counted: %1").replace("%1", method_name(m)))
            self.system[m].setAccessibleName(self.tr("system: %1").replace("%1", method_name(m)))
            self.diff[m].setAccessibleName(self.tr("difference: %1").replace("%1", method_name(m)))
        self.note.setPlaceholderText(
            self.tr("Note on any difference (what happened, who was told)"))
        self.note.setAccessibleName(self.tr("closing note"))
        self.report_title.setText(self.tr("Closing report (日结报表)"))
        self.report.setAccessibleName(self.tr("closing report"))
        self.confirm.retranslate(lang)

    def _on_counted(self) -> None:
        for m in METHODS:
            got = fen_of(self.counted[m].text()) if self.counted[m].text().strip() else 0
            if got is None:
                self.diff[m].setText("?")
                continue
            diff = got - self.expected.get(m, 0)
            self.diff[m].setText(yuan(diff))
            self.diff[m].setStyleSheet("color:#b71c1c;font-weight:bold;" if diff else "")

    def _on_confirm(self) -> None:
        counted: dict[str, Any] = {}
        for m in METHODS:
            value = self.counted[m].text().strip()
            if value and fen_of(value) is not None:
                counted[m] = float(number(value))
        args: dict[str, Any] = {"counted": counted}
        if self.note.text().strip():
            args["note"] = self.note.text()
        self.issue("daily_closing", args)

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        sb = rec.attempt.sandbox
        self.expected = expected_takings(sb)
        for m in METHODS:
            self.system[m].setText(yuan(self.expected[m]))
        self._on_counted()
        rows = []
        for n, c in enumerate(sb.closings):
            for m in METHODS:
                diff = c.counted.get(m, 0) - c.expected[m]
                rows.append((f"{n}-{m}", [
                    f"{c.at_ms // 60000:02d}:{c.at_ms // 1000 % 60:02d}", method_name(m),
                    yuan(c.expected[m]), yuan(c.counted.get(m, 0)), yuan(diff), c.note]))
        self.report.fill([self.tr("Time"), self.tr("Method"), self.tr("System amount"),
                          self.tr("Counted"), self.tr("Difference"), self.tr("Note")], rows)
