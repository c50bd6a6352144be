"""看示范: a scenario's golden log played on the station screens, step by step, with the
scenario's hint as the caption; pause / step / speed. Generated from the scenario, so it
is never out of date with the screens. Nothing is journalled (mode ``demo``).

May import: PySide6, trainer.sim (log), trainer.gui.stations.host.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from trainer.gui.stations.host import StationHost
from trainer.sim.log import parse_log
from trainer.sim.scenario_files import LoadedScenario

SPEEDS = (0.5, 1.0, 2.0, 4.0)
STEP_MS = 1500  # one command every 1.5 s at speed 1


def golden_lines(loaded: LoadedScenario) -> list[tuple[int, str, dict[str, Any]]]:
    text = (loaded.folder / "expert.jsonl").read_text(encoding="utf-8-sig")
    return [
        (
            int(line.t) if isinstance(line.t, int | float) else 0,
            str(line.cmd),
            dict(line.args) if isinstance(line.args, dict) else {},
        )
        for line in parse_log(text)
    ]


class DemoControls(QWidget):
    """Play / pause, step, speed; plays ``lines`` through ``host.issue``."""

    ended = Signal()

    def __init__(
        self, host: StationHost, loaded: LoadedScenario, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("demo-controls")
        self.host = host
        self.lines = golden_lines(loaded)
        self.position = 0
        row = QHBoxLayout(self)
        self.play = QPushButton(self)
        self.play.setObjectName("demo-play")
        self.play.clicked.connect(self.toggle)
        self.step_button = QPushButton(self)
        self.step_button.setObjectName("demo-step")
        self.step_button.clicked.connect(self.step)
        self.speed = QComboBox(self)
        self.speed.setObjectName("demo-speed")
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(1)
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        self.progress = QLabel(self)
        for widget in (self.play, self.step_button, self.speed, self.progress):
            row.addWidget(widget)
        row.addStretch(1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.step)
        self._on_speed_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.play.setText(self.tr("Pause") if self.timer.isActive() else self.tr("Play"))
        self.play.setAccessibleName(self.tr("play or pause the demonstration"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setAccessibleName(self.tr("show the next step"))
        self.speed.setAccessibleName(self.tr("demonstration speed"))
        self.progress.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.position))
            .replace("%2", str(len(self.lines)))
        )
        self.progress.setAccessibleName(self.progress.text())

    def _on_speed_changed(self) -> None:
        self.timer.setInterval(int(STEP_MS / float(self.speed.currentData())))

    def toggle(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        elif not self.done():
            self.timer.start()
        self.retranslate()

    def done(self) -> bool:
        return self.position >= len(self.lines)

    def step(self) -> None:
        if self.done():
            return
        t, cmd, args = self.lines[self.position]
        self.position += 1
        self.host.issue(cmd, args, t)
        if self.done():
            self.timer.stop()
            self.ended.emit()
        self.retranslate()
