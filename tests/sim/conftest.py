"""Shared fixtures for the simulator tests: the shipped reference data and scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.sim.reference import Reference, load_reference
from trainer.sim.scenario_files import LoadedScenario, load_scenario

ROOT = Path(__file__).resolve().parents[2] / "simulators"


@pytest.fixture(scope="session")
def reference() -> Reference:
    ref, problems = load_reference(ROOT / "reference")
    assert ref is not None, problems
    return ref


@pytest.fixture(scope="session")
def load(reference: Reference):  # type: ignore[no-untyped-def]
    cache: dict[str, LoadedScenario] = {}

    def get(scenario_id: str) -> LoadedScenario:
        if scenario_id not in cache:
            loaded, problems = load_scenario(ROOT / "scenarios" / scenario_id, reference)
            assert loaded is not None, [str(p) for p in problems]
            cache[scenario_id] = loaded
        return cache[scenario_id]

    return get
