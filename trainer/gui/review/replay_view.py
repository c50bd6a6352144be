"""The replay of one practical attempt: a timeline of commands (each in words, with its
time) and pauses, step forward and back, jump to the next step where a check was lost or
a critical error happened — and, beside it, the trainee's own station screen re-rendered
read-only with the sandbox as it stood after that step, showing the patient the step was
about, so the trainer sees exactly what the trainee saw. A module without a station
screen in this version shows the patient banner, orders and prescriptions as tables.

May import: PySide6, trainer.gui, trainer.practical, trainer.sim, trainer.words.
"""

from __future__ import annotations

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
from trainer.gui.review.screens import ReadOnlyStation, has_screen, recorded_view
from trainer.practical.replay import Command, Timeline, state_after
from trainer.practical.step_words import steps_in_words
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
        self.said: list[str] = []  # each step in words
        self.station: ReadOnlyStation | None = None
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
        self.timeline.setWordWrap(True)
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
        self.tables = QWidget()  # the fallback without a station screen
        tables = QVBoxLayout(self.tables)
        tables.setContentsMargins(0, 0, 0, 0)
        tables.addWidget(self.banner)
        tables.addWidget(self.orders_box, 2)
        tables.addWidget(self.rx_box, 1)
        self.paused = QLabel()  # the trainee's pauses (lock, switch user)
        self.paused.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color:#37474f;")
        self.screen_caption = QLabel()
        self.screen_caption.setStyleSheet("color:#37474f;")
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for name in ("back", "previous", "next", "failed"):
            bar.addWidget(self.buttons[name])
        bar.addStretch(1)
        bar.addWidget(self.buttons["mark"])
        right = QWidget()
        column = QVBoxLayout(right)
        for widget in (self.command, self.refusal, self.findings, self.screen_caption):
            column.addWidget(widget)
        column.addWidget(self.tables, 1)
        self.screen_column = column
        left = QWidget()
        steps = QVBoxLayout(left)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.addWidget(self.paused)
        steps.addWidget(self.timeline, 1)
        steps.addWidget(self.legend)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 1000])
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
        self.legend.setText(self.tr(
            "✓ the HIS accepted the command · ✗ the HIS refused it · red: a problem at this "
            "step (a check lost, a critical error, a refusal) · ⏸ a pause before the step"))
        self.screen_caption.setText(self.tr(
            "The trainee's screen after this step (read-only: nothing here changes the "
            "attempt)"))
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
             line: Timeline, pauses: tuple[tuple[int, str], ...] = ()) -> None:
        self.loaded, self.commands, self.line = loaded, commands, line
        whys = {"lock": self.tr("screen locked"),
                "session_end": self.tr("user switched or logged out")}
        self.paused.setText(self.tr("Paused during the exam: {0}").format(", ".join(
            f"{minutes(at)} {whys.get(why, why)}" for at, why in pauses)) if pauses else "")
        self.paused.setVisible(bool(pauses))
        self.said = steps_in_words(loaded, commands, self.lang)
        self.heading.setText(heading)
        module = loaded.scenario.module
        if self.station is not None:
            self.station.setParent(None)
            self.station.deleteLater()
            self.station = None
        if has_screen(module):
            self.station = ReadOnlyStation(module, self.lang)
            self.screen_column.addWidget(self.station, 1)
        self.tables.setVisible(self.station is None)
        self.screen_caption.setVisible(self.station is not None)
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
            text = f"{s.index}  {minutes(s.t)}  {mark}  {self.said[s.index - 1]}"
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
        if self.station is not None:
            args = self.line.steps[self.step - 1].args if self.step and self.line else {}
            self.station.show_step(recorded_view(self.loaded, sim), self._focus(), args)
        self.show_state(step_state(sim, self.lang))
        self.buttons["previous"].setEnabled(self.step > 0)
        self.buttons["next"].setEnabled(self.step < len(self.commands))

    def _focus(self) -> tuple[str | None, str | None]:
        """The patient and visit the trainee was working on at this step: those of the
        latest step up to here that named them."""
        assert self.line is not None
        patient = visit = None
        for s in self.line.steps[:self.step]:
            patient = s.patient or s.args.get("patient") or patient
            visit = s.args.get("visit") or visit
        return patient, visit

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
            self.command.setText(self.tr("Step {0} at {1}: {2}")
                                 .format(s.index, minutes(s.t), self.said[s.index - 1]))
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
