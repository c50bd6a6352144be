"""Which station screen a role works at: the station pages and the journey page ask here.

Screens are imported when first asked for (each pulls in its own widgets), by the path
below, so a station that is not part of this build is a clear :class:`StationUnavailable`
rather than an import error at start-up.

May import: PySide6 (through the screens), trainer.gui.stations (host and the screens),
importlib.
"""

from __future__ import annotations

import importlib

from trainer.gui.stations.host import StationScreen

#: role → "module:class" of its station screen; inpatient modules have their own.
SCREENS = {
    "doctor": "trainer.gui.stations.doctor:DoctorScreen",
    "nurse": "trainer.gui.stations.nurse:NurseScreen",
    "pharmacist": "trainer.gui.stations.pharmacy:PharmacyScreen",
    "cashier": "trainer.gui.stations.cashier:CashierScreen",
}
INPATIENT_SCREENS = {
    "doctor": "trainer.gui.stations.ward:WardDoctorScreen",
}


class StationUnavailable(LookupError):
    """No station screen for this role in this build."""

    def __init__(self, role: str) -> None:
        super().__init__(role)
        self.role = role


def screen_path(role: str, module: str) -> str:
    """Where the screen for ``role`` in scenario module ``module`` lives."""
    if module.startswith("inpatient") and role in INPATIENT_SCREENS:
        return INPATIENT_SCREENS[role]
    if role not in SCREENS:
        raise StationUnavailable(role)
    return SCREENS[role]


def screen_for(role: str, module: str, lang: str) -> StationScreen:
    """A new station screen for ``role`` (doctor, nurse, pharmacist, cashier)."""
    module_name, _, class_name = screen_path(role, module).partition(":")
    try:
        found = importlib.import_module(module_name)
    except ModuleNotFoundError as missing:
        if missing.name != module_name:
            raise  # the screen exists but something it needs does not
        raise StationUnavailable(role) from missing
    screen_class = getattr(found, class_name, None)
    if screen_class is None:
        raise StationUnavailable(role)
    screen = screen_class(lang)
    assert isinstance(screen, StationScreen)
    return screen
