"""Every shipped scenario: its golden log scores full marks, each critical-error log fails."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from trainer.sim.replay import run
from trainer.sim.scenario_files import check_simulators, scenario_folders
from trainer.vocabulary import Module

ROOT = Path(__file__).resolve().parents[2] / "simulators"
IDS = [f.name for f in scenario_folders(ROOT)]


def test_shipped_content_is_valid() -> None:
    assert [str(p) for p in check_simulators(ROOT)] == []


@pytest.mark.parametrize("scenario_id", IDS)
def test_expert_log_scores_full_marks(load, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    loaded = load(scenario_id)
    attempt, result = run(loaded, (loaded.folder / "expert.jsonl").read_text("utf-8"))
    refused = [(e.seq, e.cmd, e.code, e.facts) for e in attempt.log if not e.accepted]
    assert refused == []
    failing = [c.id for c in result.checks if not c.passed]
    assert failing == [] and result.committed == []
    assert result.score == 100 and result.passed
    assert result.efficiency.detours == 0
    if "guided" in loaded.scenario.modes:
        assert attempt.next_hint() is None  # the expert has done every hinted step


@pytest.mark.parametrize("scenario_id", IDS)
def test_every_critical_error_has_a_log_that_commits_it(load, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    loaded = load(scenario_id)
    logs = {p.stem: p for p in (loaded.folder / "critical").glob("*.jsonl")}
    wanted = {c.id for c in loaded.scenario.critical_errors}
    assert set(logs) == wanted
    for error_id, path in logs.items():
        _session, result = run(loaded, path.read_text("utf-8"))
        assert error_id in result.committed, (path.name, result.committed)
        assert not result.passed


@pytest.mark.parametrize("scenario_id", IDS)
def test_every_text_is_bilingual(load, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    sc = load(scenario_id).scenario
    texts = [sc.title, sc.brief, *(h.text for h in sc.hints), *(c.text for c in sc.checks),
             *(c.text for c in sc.critical_errors), *(leg.brief for leg in sc.legs)]
    assert all(set(t) == {"zh_CN", "en"} for t in texts)


def test_coverage_per_role(load) -> None:  # type: ignore[no-untyped-def]
    roles: Counter[str] = Counter()
    journeys = 0
    for scenario_id in IDS:
        sc = load(scenario_id).scenario
        if sc.legs:
            journeys += 1
        else:
            roles.update(r.value for r in sc.roles)
    assert all(roles[r] >= 5 for r in ("doctor", "nurse", "pharmacist", "cashier")), roles
    assert journeys >= 1
    assert {load(i).scenario.module for i in IDS} >= set(Module)
