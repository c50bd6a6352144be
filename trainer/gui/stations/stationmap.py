"""The station map (``simulators/reference/stations.yaml``) as the screens use it: button
labels in the trainee's language, their F-keys, and the buttons themselves.

A button is bound to its screen's panel: its F-key works while the focus is inside that
panel (``Qt.WidgetWithChildrenShortcut``), so the same key can mean 叫号 on the patient
list and 添加药品 on the prescription, as in the HIS. The key is shown in the tooltip.

May import: PySide6, trainer.content.stations, trainer.resources.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from trainer.content.stations import Button, Screen, StationMap, load_stations, stations_path
from trainer.resources import content_root


@functools.cache
def station_map() -> StationMap:
    return load_stations(stations_path(content_root("simulators")))


def screen(station: str, screen_id: str) -> Screen:
    for found in station_map().stations:
        if found.id == station:
            for candidate in found.screens:
                if candidate.id == screen_id:
                    return candidate
    raise KeyError(f"{station}.{screen_id} is not in the station map")


def station_name(station: str, lang: str) -> str:
    for found in station_map().stations:
        if found.id == station:
            return text(found.name, lang)
    return station


def text(local: Mapping[str, str], lang: str) -> str:
    values = dict(local)
    return str(values.get(lang) or values.get("en") or next(iter(values.values()), ""))


def find_button(station: str, screen_id: str, label_en: str) -> Button:
    for button in screen(station, screen_id).buttons:
        if dict(button.label).get("en") == label_en:
            return button
    raise KeyError(f"no button {label_en!r} on {station}.{screen_id}")


class MapButton(QPushButton):
    """A push button whose label and F-key come from the station map."""

    def __init__(
        self, station: str, screen_id: str, label_en: str, panel: QWidget, slot: Callable[[], None]
    ) -> None:
        super().__init__(panel)
        self.spec = find_button(station, screen_id, label_en)
        self.command = self.spec.command
        self.clicked.connect(slot)
        self.key_shortcut: QShortcut | None = None
        if self.spec.key:
            self.key_shortcut = QShortcut(QKeySequence(self.spec.key), panel)
            self.key_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.key_shortcut.activated.connect(self._on_key)
        self.setObjectName(f"btn-{screen_id}-{label_en.lower().replace(' ', '-')}")

    def _on_key(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.click()

    def retranslate(self, lang: str) -> None:
        label = text(self.spec.label, lang)
        key = self.spec.key
        self.setText(f"{label}({key})" if key else label)
        self.setToolTip(f"{label} — {key}" if key else label)
        self.setAccessibleName(label)
