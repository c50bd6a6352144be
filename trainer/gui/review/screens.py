"""Which station screen shows a HIS module's scenario — for the trainee's practical exam
and for the trainer's replay, so both see the same screen.

The replay shows a screen read-only: its buttons and inputs disabled (lists, tables and
tabs stay readable and browsable), and attached to a host that was never started, so
nothing on it can issue a command even by a shortcut key (:meth:`StationHost.issue` does
nothing without an attempt).

May import: PySide6, trainer.gui.stations, trainer.sim.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations import screens as stations
from trainer.gui.stations.host import StationHost, StationScreen
from trainer.gui.stations.widgets import Grid
from trainer.sim.attempt import SimAttempt
from trainer.sim.recording import RecordedAttempt
from trainer.sim.scenario_files import LoadedScenario
from trainer.vocabulary import TRAINEE_MODULES

#: HIS module → the trainee role that works at its station (the registry of screens is
#: by role: :mod:`trainer.gui.stations.screens`).
MODULE_ROLES = {module.value: role.value for role, modules in TRAINEE_MODULES.items()
                for module in modules}


def has_screen(module: str) -> bool:
    return module in MODULE_ROLES


def screen_for(module: str, lang: str) -> StationScreen:
    """A new station screen for ``module`` (ValueError for a module without one)."""
    if module not in MODULE_ROLES:
        raise ValueError(f"no station screen for {module!r}")
    return stations.screen_for(MODULE_ROLES[module], module, lang)


class ReadOnlyStation(QWidget):
    """A station screen that only shows the states it is given (the replay)."""

    def __init__(self, module: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replay-station")
        self.inert = StationHost(lang, self)  # never started: issues nothing
        self.inert.hide()
        self.station = screen_for(module, lang)
        self.station.host = self.inert
        self.station.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.station)

    def show_step(self, recorded: RecordedAttempt, focus: tuple[str | None, str | None],
                  args: dict[str, Any]) -> None:
        """Show ``recorded``'s sandbox with the patient (and visit) of ``focus`` selected,
        as the trainee had them when issuing the step, and the line the step was about
        (its order, prescription, visit) selected in every list that holds it."""
        patient, visit = focus
        if patient is not None and hasattr(self.station, "patient_id"):
            self.station.patient_id = patient
        if visit is not None and hasattr(self.station, "visit_id"):
            self.station.visit_id = visit
        self.station.show_state(recorded)
        read_only(self.station)
        about = [str(v) for k, v in args.items() if k in ("order", "rx", "visit", "refund")]
        for grid in self.station.findChildren(Grid):
            for key in about:
                if key in grid.keys:
                    grid.select_key(key)

    def retranslate(self) -> None:
        self.station.retranslate()


def read_only(screen: QWidget) -> None:
    """Buttons and inputs disabled, texts read-only; lists, tables and tabs stay readable
    (full colour) and browsable. A screen may re-enable a button as it renders: call after
    every render."""
    for child in screen.findChildren(QWidget):
        if isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
            child.setReadOnly(True)
        elif isinstance(child, (QAbstractButton, QComboBox, QAbstractSpinBox)) and \
                not isinstance(child.parentWidget(), QTabBar):
            child.setEnabled(False)


def recorded_view(loaded: LoadedScenario, sim: SimAttempt) -> RecordedAttempt:
    """A journal-less :class:`RecordedAttempt` around a rebuilt sandbox (for showing)."""
    recorded = RecordedAttempt(loaded, None, None, "exam")
    recorded.attempt = sim
    return recorded
