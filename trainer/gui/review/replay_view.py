"""The replay of one practical attempt: a timeline of commands with times and pauses,
step forward and back, jump to the next step where a check was lost or a critical error
happened, and the sandbox as the trainee's station held it after that step — a read-only
view of the patient banner, orders and prescriptions (the stations' own widgets can take
its place later: :meth:`ReplayView.show_state` is the seam).

May import: PySide6, trainer.gui, trainer.practical, trainer.sim, trainer.words.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.content.common import pick
from trainer.gui.review.queue_view import minutes
from trainer.practical.command_words import command_name
from trainer.practical.replay import Command, Timeline, state_after
from trainer.practical.views import LineRow, PatientRow, StepState, step_state
from trainer.sim.scenario_files import LoadedScenario

FLAG = QColor("#fde2e1")


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class ReplayView(QWidget):
    back = Signal()
    mark = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.loaded: LoadedScenario | None = None
        self.commands: list[Command] = []
        self.line: Timeline | None = None
        self.step = 0
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.buttons = {name: QPushButton() for name in
                        ("back", "previous", "next", "failed", "mark")}
        self.buttons["back"].clicked.connect(self.back.emit)
        self.buttons["previous"].clicked.connect(lambda: self.go(self.step - 1))
        self.buttons["next"].clicked.connect(lambda: self.go(self.step + 1))
        self.buttons["failed"].clicked.connect(self.next_failed)
        self.buttons["mark"].clicked.connect(self.mark.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.go(self.step - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.go(self.step + 1))
        self.timeline = QListWidget()
        self.timeline.currentRowChanged.connect(self._picked)
        self.command = QLabel()
        self.command.setWordWrap(True)
        self.command.setObjectName("step-command")
        self.refusal = QLabel()
        self.refusal.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.refusal.setWordWrap(True)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setStyleSheet("color: #b3261e;")
        self.banner = QLabel()
        self.banner.setStyleSheet("background: #e8f0f8; padding: 6px; font-size: 14px;")
        self.banner.setWordWrap(True)
        self.orders = _table(4)
        self.prescriptions = _table(4)
        self.orders_box, self.rx_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.orders_box).addWidget(self.orders)
        QVBoxLayout(self.rx_box).addWidget(self.prescriptions)
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for name in ("back", "previous", "next", "failed"):
            bar.addWidget(self.buttons[name])
        bar.addStretch(1)
        bar.addWidget(self.buttons["mark"])
        right = QWidget()
        column = QVBoxLayout(right)
        for widget in (self.command, self.refusal, self.findings, self.banner):
            column.addWidget(widget)
        column.addWidget(self.orders_box, 2)
        column.addWidget(self.rx_box, 1)
        split = QSplitter()
        split.addWidget(self.timeline)
        split.addWidget(right)
        split.setSizes([330, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        texts = {"back": self.tr("◀ Back to the queue"), "previous": self.tr("← Previous step"),
                 "next": self.tr("Next step →"),
                 "failed": self.tr("Jump to the next problem"),
                 "mark": self.tr("Mark this attempt ▶")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.orders_box.setTitle(self.tr("Orders (医嘱)"))
        self.rx_box.setTitle(self.tr("Prescriptions (处方)"))
        header = [self.tr("Line no."), self.tr("Drug and use"), self.tr("Status"),
                  self.tr("Reason")]
        self.orders.setHorizontalHeaderLabels(header)
        self.prescriptions.setHorizontalHeaderLabels(header)
        if self.loaded is not None:
            self._fill_timeline()
            self.go(self.step)

    def load(self, heading: str, loaded: LoadedScenario, commands: list[Command],
             line: Timeline) -> None:
        self.loaded, self.commands, self.line = loaded, commands, line
        self.heading.setText(heading)
        self._fill_timeline()
        self.go(0)

    def _fill_timeline(self) -> None:
        assert self.line is not None
        self.timeline.blockSignals(True)
        self.timeline.clear()
        self.timeline.addItem(self.tr("0  Start: the patient as given"))
        failed = set(self.line.failed_steps())
        for s in self.line.steps:
            mark = "✓" if s.accepted else "✗"
            text = f"{s.index}  {minutes(s.t)}  {command_name(s.cmd, self.lang)}  {mark}"
            if s.pause_before_ms:
                text = self.tr("⏸ paused {0}").format(minutes(s.pause_before_ms)) + "\n" + text
            item = QListWidgetItem(text)
            if s.index in failed or not s.accepted:
                item.setBackground(QBrush(FLAG))
            self.timeline.addItem(item)
        self.timeline.blockSignals(False)

    def _picked(self, row: int) -> None:
        if row >= 0 and row != self.step:
            self.go(row)

    def go(self, step: int) -> None:
        """Show the state after ``step`` commands (0: the seed state)."""
        if self.loaded is None:
            return
        self.step = max(0, min(step, len(self.commands)))
        self.timeline.blockSignals(True)
        self.timeline.setCurrentRow(self.step)
        self.timeline.blockSignals(False)
        sim = state_after(self.loaded, self.commands, self.step)
        self.show_state(step_state(sim, self.lang))
        self.buttons["previous"].setEnabled(self.step > 0)
        self.buttons["next"].setEnabled(self.step < len(self.commands))

    def next_failed(self) -> None:
        assert self.line is not None
        later = [k for k in self.line.failed_steps() if k > self.step]
        self.go((later or self.line.failed_steps() or [self.step])[0])

    def show_state(self, state: StepState) -> None:
        assert self.loaded is not None and self.line is not None
        sc = self.loaded.scenario
        if self.step == 0:
            self.command.setText(self.tr("Before the first command. Task: {0}")
                                 .format(pick(sc.brief, self.lang)))
            self.findings.setText("")
        else:
            s = self.line.steps[self.step - 1]
            args = json.dumps(s.args, ensure_ascii=False)
            self.command.setText(self.tr("Step {0} at {1}: {2} {3}")
                                 .format(s.index, minutes(s.t),
                                         command_name(s.cmd, self.lang), args))
            texts = {c.id: pick(c.text, self.lang) for c in sc.checks}
            texts |= {c.id: pick(c.text, self.lang) for c in sc.critical_errors}
            found = [self.tr("Critical error: {0}").format(texts[c]) for c in s.critical]
            found += [self.tr("Check lost: {0}").format(texts[c]) for c in s.checks_lost]
            if self.step == len(self.commands):
                found += [self.tr("Never done: {0}").format(texts[c])
                          for c in self.line.never_met]
            self.findings.setText("\n".join(found))
        self.refusal.setText(self.tr("Refused by the HIS: {0}").format(state.refusal)
                             if state.refusal else "")
        self.banner.setText("  |  ".join(self._patient(p) for p in state.patients))
        self._rows(self.orders, state.orders)
        self._rows(self.prescriptions, state.prescriptions)

    def _patient(self, p: PatientRow) -> str:
        sex = self.tr("M") if p.sex == "M" else self.tr("F")
        allergy = (self.tr("Allergies not recorded") if p.allergies == "?" else
                   self.tr("No known allergies") if not p.allergies else
                   self.tr("⚠ Allergic: {0}").format(p.allergies))
        return f"{p.name}  {sex}  {p.dob}  {p.place}  {allergy}"

    @staticmethod
    def _rows(table: QTableWidget, rows: tuple[LineRow, ...]) -> None:
        table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            for col, text in enumerate((row.id, row.what, row.status, row.note)):
                table.setItem(n, col, QTableWidgetItem(text))
