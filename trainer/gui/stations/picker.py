"""The scenario picker of a station page: the scenarios of the trainee's role, the modes
(引导练习 guided, 自主练习 practice, 考试 exam, 看示范 demonstration) and the attempts left
unfinished (after a crash or a lock) to resume.

May import: PySide6, trainer.sim (library, recording), trainer.gui.stations.stationmap.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import text
from trainer.sim.library import ScenarioSummary
from trainer.sim.recording import OpenAttempt

MODES = ("guided", "practice", "exam", "demo")


class ScenarioPicker(QWidget):
    chosen = Signal(str, str)  # scenario id, mode
    resume = Signal(object)  # OpenAttempt

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenario-picker")
        self.lang = lang
        self.summaries: list[ScenarioSummary] = []
        self.open: list[OpenAttempt] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:14pt;font-weight:bold;")
        self.list = QListWidget(self)
        self.list.setObjectName("scenario-list")
        self.list.itemActivated.connect(lambda _item: self._choose("guided"))
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode in MODES:
            button = QPushButton(self)
            button.setObjectName(f"mode-{mode}")
            button.clicked.connect(lambda _c=False, m=mode: self._choose(m))
            self.mode_buttons[mode] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.resume_heading = QLabel(self)
        self.resume_list = QListWidget(self)
        self.resume_list.setObjectName("resume-list")
        self.resume_list.setMaximumHeight(110)
        self.resume_list.itemActivated.connect(self._on_resume)
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("resume-attempt")
        self.resume_button.clicked.connect(self._on_resume)
        for widget in (self.resume_heading, self.resume_list, self.resume_button):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Practise on the HIS: choose a scenario"))
        self.list.setAccessibleName(self.tr("scenarios of your role"))
        names = {
            "guided": self.tr("Guided practice"),
            "practice": self.tr("Practice"),
            "exam": self.tr("Exam (timed)"),
            "demo": self.tr("Watch demonstration"),
        }
        for mode, button in self.mode_buttons.items():
            button.setText(names[mode])
            button.setAccessibleName(names[mode])
        self.resume_heading.setText(self.tr("Unfinished attempts (resume where you stopped)"))
        self.resume_list.setAccessibleName(self.tr("unfinished attempts"))
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected attempt"))
        self.show_scenarios(self.summaries, self.open)

    def show_scenarios(self, summaries: list[ScenarioSummary], open_: list[OpenAttempt]) -> None:
        self.summaries, self.open = summaries, open_
        current = self.list.currentRow()
        self.list.clear()
        for summary in summaries:
            item = QListWidgetItem(f"{text(summary.title, self.lang)}  ({summary.id})")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, current) if summaries else -1)
        titles = {s.id: text(s.title, self.lang) for s in summaries}
        self.resume_list.clear()
        for attempt in open_:
            item = QListWidgetItem(
                self.tr("%1 — %2 commands, %3 s")
                .replace("%1", titles.get(attempt.scenario_id, attempt.scenario_id))
                .replace("%2", str(len(attempt.commands)))
                .replace("%3", str(attempt.last_t // 1000))
            )
            item.setData(Qt.ItemDataRole.UserRole, attempt.attempt_id)
            self.resume_list.addItem(item)
        visible = bool(open_)
        for widget in (self.resume_heading, self.resume_list, self.resume_button):
            widget.setVisible(visible)
        if visible:
            self.resume_list.setCurrentRow(0)

    def select(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.list.setCurrentRow(row)

    def next_after(self, scenario_id: str) -> str | None:
        ids = [s.id for s in self.summaries]
        if scenario_id in ids and ids.index(scenario_id) + 1 < len(ids):
            return ids[ids.index(scenario_id) + 1]
        return ids[0] if ids else None

    def _choose(self, mode: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)), mode)

    def _on_resume(self) -> None:
        row = self.resume_list.currentRow()
        if 0 <= row < len(self.open):
            self.resume.emit(self.open[row])
