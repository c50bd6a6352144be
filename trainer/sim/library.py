"""The shipped scenarios for the stations: load one by id, list those of a role.

The reference data is loaded once per process and shared by every scenario (it is
immutable); a scenario is loaded and validated when first asked for, then kept.

May import: trainer.resources, trainer.errors, trainer.sim (reference, scenario_files,
scenarios), the standard library.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from trainer.errors import ContentError, Problem
from trainer.resources import content_root
from trainer.sim.reference import Reference, load_reference
from trainer.sim.scenario_files import (
    LoadedScenario,
    find_scenario,
    load_scenario,
    reference_folder,
    scenario_folders,
)

_LOCK = threading.Lock()
_REFERENCES: dict[Path, Reference] = {}
_SCENARIOS: dict[tuple[Path, str], LoadedScenario] = {}


@dataclass(frozen=True)
class ScenarioSummary:
    """What the practice list shows of a scenario."""

    id: str
    title: dict[str, str]
    roles: tuple[str, ...]
    modes: tuple[str, ...]
    time_limit_s: int
    legs: tuple[str, ...] = ()  # a patient journey: the role of each leg


def simulators_root() -> Path:
    return content_root("simulators")


def reference(root: Path | None = None) -> Reference:
    root = root or simulators_root()
    with _LOCK:
        if root not in _REFERENCES:
            ref, problems = load_reference(reference_folder(root))
            if ref is None:
                raise ContentError(problems)
            _REFERENCES[root] = ref
        return _REFERENCES[root]


def scenario(scenario_id: str, root: Path | None = None) -> LoadedScenario:
    """The scenario ``scenario_id``, validated; raise :class:`ContentError` when it is
    missing or invalid (with every located problem)."""
    root = root or simulators_root()
    key = (root, scenario_id)
    with _LOCK:
        if key in _SCENARIOS:
            return _SCENARIOS[key]
    folder = find_scenario(root, scenario_id)
    if folder is None:
        raise ContentError([Problem(str(root / "scenarios"), None, scenario_id,
                                    "no such scenario", "content.missing")])
    loaded, problems = load_scenario(folder, reference(root))
    if loaded is None:
        raise ContentError(problems)
    with _LOCK:
        _SCENARIOS[key] = loaded
    return loaded


def summaries(role: str | None = None, root: Path | None = None) -> list[ScenarioSummary]:
    """Every valid scenario (of ``role``: doctor, nurse, pharmacist, cashier), by id."""
    out = []
    for folder in scenario_folders(root or simulators_root()):
        try:
            sc = scenario(folder.name, root).scenario
        except ContentError:
            continue  # `content check` names the problems; a trainee only sees valid ones
        roles = tuple(r.value for r in sc.roles)
        if role is None or role in roles:
            out.append(ScenarioSummary(sc.id, dict(sc.title), roles,
                                       tuple(sc.modes), sc.time_limit_s,
                                       tuple(leg.role for leg in sc.legs)))
    return out
