"""This app's station map: ``simulators/reference/stations.yaml``.

For each HIS station (门诊医生站, 住院医生站, 护士站, 药房, 挂号收费) its screens, the
buttons on them (labels in zh_CN and en) and their function keys. The station screens
are built from it, and the bank lint checks that questions name only these keys and
labels. :func:`load_stations` validates the file and its rules (a key means one thing on
a screen; global keys are not reused by a screen).

May import: trainer.errors, trainer.vocabulary, trainer.content.common,
trainer.content.yamlsource, pydantic, the standard library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, field_validator

from trainer.content.common import Identifier, LocalText, Strict
from trainer.content.yamlsource import load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.vocabulary import Module

FUNCTION_KEY = re.compile(r"^F(?:[1-9]|1[0-2])$")


class KeyBinding(Strict):
    """A key that means the same on every station."""

    key: str
    label: LocalText

    @field_validator("key")
    @classmethod
    def _function_key(cls, value: str) -> str:
        if not FUNCTION_KEY.match(value):
            raise ValueError("a key is F1 … F12")
        return value


class Button(Strict):
    """A button on a screen; ``key`` its shortcut, ``command`` the sandbox command."""

    label: LocalText
    key: str | None = None
    command: Identifier | None = None

    @field_validator("key")
    @classmethod
    def _function_key(cls, value: str | None) -> str | None:
        if value is not None and not FUNCTION_KEY.match(value):
            raise ValueError("a key is F1 … F12")
        return value


class Screen(Strict):
    id: Identifier
    name: LocalText
    tabs: tuple[LocalText, ...] = ()  # status or page tabs shown on the screen
    buttons: tuple[Button, ...] = ()


class Station(Strict):
    id: Module
    name: LocalText
    screens: tuple[Screen, ...] = Field(min_length=1)


class StationMap(Strict):
    version: int = Field(ge=1)
    global_keys: tuple[KeyBinding, ...] = ()
    banner: tuple[LocalText, ...] = ()
    stations: tuple[Station, ...] = Field(min_length=1)


@dataclass(frozen=True)
class KeyUse:
    """Where a function key is bound: ``station`` is ``None`` for a global key."""

    station: str | None
    screen: str | None
    labels: dict[str, str]  # language → label


def stations_path(simulators: Path) -> Path:
    return simulators / "reference" / "stations.yaml"


def _rule_problems(stations: StationMap, file: str, line_of: dict[str, int]) -> list[Problem]:
    problems = []
    global_keys = {k.key for k in stations.global_keys}
    for station in stations.stations:
        for screen in station.screens:
            keys: set[str] = set()
            where = f"stations.{station.id}.{screen.id}"
            for button in screen.buttons:
                if button.key is None:
                    continue
                if button.key in global_keys:
                    problems.append(Problem(file, line_of.get(where), where,
                                            f"{button.key} is a global key", "stations.key"))
                if button.key in keys:
                    problems.append(Problem(file, line_of.get(where), where,
                                            f"{button.key} is bound twice", "stations.key"))
                keys.add(button.key)
    return problems


def load_stations(path: Path) -> StationMap:
    """Load and check ``stations.yaml``; raise :class:`ContentError` with every problem."""
    located = load_yaml_file(path, path.as_posix())
    stations, problems = validate(StationMap, located)
    if stations is None:
        raise ContentError(problems)
    line_of = {}
    for i, station in enumerate(stations.stations):
        for j, screen in enumerate(station.screens):
            line = located.line_of(("stations", i, "screens", j))
            if line is not None:
                line_of[f"stations.{station.id}.{screen.id}"] = line
    problems = _rule_problems(stations, located.file, line_of)
    if problems:
        raise ContentError(problems)
    return stations


def key_uses(stations: StationMap) -> dict[str, list[KeyUse]]:
    """Every function key → where it is bound and what its labels are."""
    uses: dict[str, list[KeyUse]] = {}
    for binding in stations.global_keys:
        uses.setdefault(binding.key, []).append(
            KeyUse(None, None, dict(binding.label)))
    for station in stations.stations:
        for screen in station.screens:
            for button in screen.buttons:
                if button.key is not None:
                    uses.setdefault(button.key, []).append(
                        KeyUse(station.id.value, screen.id, dict(button.label)))
    return uses


def all_labels(stations: StationMap) -> dict[str, set[str]]:
    """Language → every button label, global key label and screen name in it."""
    labels: dict[str, set[str]] = {}

    def add(text: dict[str, str]) -> None:
        for lang, value in text.items():
            labels.setdefault(lang, set()).add(value)

    for binding in stations.global_keys:
        add(binding.label)
    for station in stations.stations:
        add(station.name)
        for screen in station.screens:
            add(screen.name)
            for tab in screen.tabs:
                add(tab)
            for button in screen.buttons:
                add(button.label)
    return labels
