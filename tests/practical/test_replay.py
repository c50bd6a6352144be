"""The replay is exactly the original attempt: the state after every step, the timeline
with pauses and refusals, and the steps where a check was lost or a critical error
happened. Also: the definitions are checked with located errors by `content check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.practical.conftest import log_lines, sit
from trainer.content.check import check_content
from trainer.errors import TrainerError
from trainer.practical.definitions import load_practicals
from trainer.practical.replay import commands_of, state_after, timeline
from trainer.practical.service import PracticalService
from trainer.sim import library

WANDERING = [
    (2000, "verify_order", {"order": "ord9"}),  # refused: no such order
    (3000, "verify_identity", {"patient": "p007", "name": "杨磊", "dob": "1958-04-30"}),
    (5000, "verify_order", {"order": "ord1"}),
    (65000, "verify_order", {"order": "ord2"}),  # after a minute away: the KCl push
    (70000, "notify", {"to": "doctor", "patient": "p007", "about": "氯化钾"}),
]


def test_replay_shows_exactly_the_original_states(practical: PracticalService) -> None:
    snapshots: list[object] = []
    found = sit(practical, WANDERING, snapshots=snapshots)
    loaded = practical.loaded(found)
    commands = commands_of(practical.journal, found.attempt_id)
    assert [c[1] for c in commands] == [c[1] for c in WANDERING]
    assert len(snapshots) == len(WANDERING)
    for k, original in enumerate(snapshots, start=1):
        assert state_after(loaded, commands, k).sandbox == original, k
    assert state_after(loaded, commands, 2).sandbox != snapshots[3]  # the test can fail


def test_timeline_marks_refusals_pauses_and_critical_steps(practical: PracticalService
                                                           ) -> None:
    found = sit(practical, WANDERING)
    line = timeline(practical.loaded(found), commands_of(practical.journal, found.attempt_id))
    assert [s.accepted for s in line.steps] == [False, True, True, True, True]
    assert line.steps[0].code and line.steps[0].flagged
    assert line.pauses == [(4, 60000)]
    assert line.steps[3].critical == ("kcl_push_accepted",)
    assert "kcl_held" in line.never_met
    assert line.failed_steps() == [4, 5]


def test_a_changed_scenario_is_not_replayed(practical: PracticalService) -> None:
    found = sit(practical, log_lines())
    changed = found.__class__(**{**found.__dict__, "scenario_hash": "0" * 64})
    with pytest.raises(TrainerError) as refused:
        practical.loaded(changed)
    assert refused.value.code == "practical.scenario_changed"


def test_shipped_definitions_cover_every_module() -> None:
    exams, problems = load_practicals(library.simulators_root())
    assert problems == []
    assert sorted(exams) == ["cashier", "inpatient_doctor", "nurse_station",
                             "outpatient_doctor", "pharmacy"]
    assert all(e.rubric for e in exams.values())


def test_content_check_locates_bad_definitions(tmp_path: Path) -> None:
    import shutil

    import trainer.practical.definitions  # noqa: F401 (registers the checker)
    root = tmp_path / "simulators"
    shutil.copytree(library.simulators_root() / "reference", root / "reference")
    shutil.copytree(library.simulators_root() / "scenarios" / "nurse-verify-kcl",
                    root / "scenarios" / "nurse-verify-kcl")
    (root / "practicals").mkdir()
    (root / "practicals" / "nurse.yaml").write_text(
        "id: p-nurse\nversion: 1\nmodule: nurse_station\n"
        "title: {zh_CN: 护士站考核}\n"
        "scenarios: [nurse-verify-kcl, no-such-scenario]\n"
        "pass_mark: 180\n", encoding="utf-8")
    problems = [p for p in check_content([root]) if "practicals" in p.file]
    found = {(p.line, p.field) for p in problems}
    assert (6, "pass_mark") in found
    (root / "practicals" / "nurse.yaml").write_text(
        "id: p-nurse\nversion: 1\nmodule: nurse_station\n"
        "title: {zh_CN: 护士站考核}\n"
        "scenarios: [nurse-verify-kcl, no-such-scenario]\nrubric_weight: 0\n",
        encoding="utf-8")
    problems = [p for p in check_content([root]) if "practicals" in p.file]
    messages = {(p.line, p.field, p.message) for p in problems}
    assert (5, "scenarios[1]", "no scenario 'no-such-scenario' in scenarios/") in messages
    assert (4, "title", "missing the en text") in messages
