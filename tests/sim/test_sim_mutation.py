"""The mutation proof over every shipped scenario (docs/simulator/scenarios.md, "Declarations").

Variants of each golden log — each step dropped, each reason replaced with nonsense, each pair
of neighbouring steps swapped, each order rule broken, each declared alternative order — are
graded and must give the verdict the scenario declares; every check must fail in some drop
variant. The totals are printed (``pytest -s``) for the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.sim.mutation import Proof, prove
from trainer.sim.scenario_files import scenario_folders

ROOT = Path(__file__).resolve().parents[2] / "simulators"
IDS = [f.name for f in scenario_folders(ROOT)]
PROOFS: dict[str, Proof] = {}


@pytest.mark.parametrize("scenario_id", IDS)
def test_every_variant_grades_as_declared(load, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    proof = prove(load(scenario_id))
    PROOFS[scenario_id] = proof
    wrong = [(o.variant.kind, o.variant.label, o.variant.expected, o.verdict, o.committed)
             for o in proof.disagreements]
    assert wrong == []
    assert proof.unproved_checks == []  # every check fails without some step
    counts = proof.counts()
    assert counts["alternatives_that_pass"] >= 3
    assert counts["expected_failures_that_fail"] >= 1
    assert proof.count("drop") == len(load(scenario_id).scenario.steps)


def test_totals(load) -> None:  # type: ignore[no-untyped-def]
    totals: dict[str, int] = {}
    for scenario_id in IDS:
        proof = PROOFS.get(scenario_id) or prove(load(scenario_id))
        for key, value in proof.counts().items():
            totals[key] = totals.get(key, 0) + value
    print(f"\nmutation proof over {len(IDS)} scenarios: {totals}")
    assert totals["disagreements"] == 0
    assert totals["expected_failures_that_fail"] == totals["expected_failures"] > 0
    assert totals["acceptable_that_pass"] == totals["acceptable"] > 0


def test_a_wrong_declaration_is_caught(load) -> None:  # type: ignore[no-untyped-def]
    """The proof is not vacuous: declare a critical step 'ok' and it disagrees."""
    loaded = load("doctor-penicillin-allergy")
    steps = [s.model_copy(update={"omit": "ok"}) if s.id == "identity" else s
             for s in loaded.scenario.steps]
    sc = loaded.scenario.model_copy(update={"steps": steps})
    proof = prove(type(loaded)(sc, loaded.folder, loaded.reference))
    assert [o.variant.label for o in proof.disagreements] == ["without identity"]
