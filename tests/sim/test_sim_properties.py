"""Property tests: no command sequence crashes the sandbox, every command is recorded once
in order (accepted, or refused with a code), the same commands replay to the same log and
grade; no malformed file crashes loading."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.sim.attempt import SimAttempt
from trainer.sim.catalogue import vocabulary
from trainer.sim.grading import grade
from trainer.sim.log import parse_log
from trainer.sim.reference import load_reference
from trainer.sim.scenario_files import load_scenario

ROOT = Path(__file__).resolve().parents[2] / "simulators"

COMMANDS = vocabulary()
IDS = ["p003", "p006", "p010", "v1", "v-1", "rx1", "rx-1", "ord1", "ord-1", "inv1", "inv-1",
       "ref1", "ref-1", "amoxicillin", "ceftriaxone", "ns_100", "po", "ivgtt", "qd", "st",
       "cash", "wechat", "WB00690", "s_zhou", "J03.9", "positive", "long_term", "sos"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6),
                    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(IDS),
                    st.text(max_size=8))
values = st.one_of(scalars, st.lists(st.sampled_from(IDS), max_size=4),
                   st.dictionaries(st.sampled_from(IDS), scalars, max_size=3))


@st.composite
def commands(draw: st.DrawFn) -> tuple[Any, Any, Any]:
    name = draw(st.one_of(st.sampled_from(sorted(COMMANDS)), st.text(max_size=6), st.none()))
    spec = COMMANDS.get(name) if isinstance(name, str) else None
    keys = [a.name for a in spec.args] if spec else []
    args = draw(st.one_of(
        st.dictionaries(st.sampled_from([*keys, "extra"]), values, max_size=6),
        values))
    t = draw(st.one_of(st.integers(0, 2_000_000), st.floats(allow_nan=True), st.text(max_size=3)))
    return t, name, args


def open_attempt(scenario_id: str, *, all_roles: bool) -> SimAttempt:
    reference, _ = load_reference(ROOT / "reference")
    assert reference is not None
    loaded, _ = load_scenario(ROOT / "scenarios" / scenario_id, reference)
    assert loaded is not None
    sc = loaded.scenario.model_copy(update={"legs": []}) if all_roles else loaded.scenario
    return SimAttempt(sc, reference)


FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(st.lists(commands(), max_size=25),
       st.sampled_from(["journey-outpatient-infusion", "cashier-daily-closing",
                        "pharmacist-expired-batch", "nurse-bedside-execution"]))
def test_random_commands_never_crash(cmds: list[tuple[Any, Any, Any]], scenario_id: str) -> None:
    attempt = open_attempt(scenario_id, all_roles=True)
    for t, name, args in cmds:
        entry = attempt.apply(t, name, args)
        assert entry.accepted or entry.code
        json.loads(entry.to_json())
    assert len(attempt.log) == len(cmds)
    result = grade(attempt)
    assert 0 <= result.score <= 100


@FAST
@given(st.lists(st.one_of(st.text(max_size=40),
                          st.builds(json.dumps, st.dictionaries(st.text(max_size=4), scalars))),
                max_size=10))
def test_random_log_lines_are_each_recorded_and_replay_the_same(lines: list[str]) -> None:
    parsed = list(parse_log("\n".join(lines)))
    attempt = open_attempt("doctor-penicillin-allergy", all_roles=False)
    for line in parsed:
        attempt.apply_line(line)
    assert_recorded_in_order(attempt, len(parsed))
    again = open_attempt("doctor-penicillin-allergy", all_roles=False)
    for line in parsed:
        again.apply_line(line)
    assert_same_outcome(attempt, again)


_TEXT = (ROOT / "scenarios" / "doctor-penicillin-allergy" / "scenario.yaml").read_text("utf-8")
_REF = (ROOT / "reference" / "codes.yaml").read_text("utf-8")


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "garbage", "dup", "indent"]))
        if action == "drop":
            del lines[i]
        elif action == "garbage":
            lines[i] = draw(st.text(alphabet=":-{}[]#&*!|>'\" abc0", max_size=15))
        elif action == "dup":
            lines.insert(i, lines[i])
        else:
            lines[i] = " " + lines[i]
        if not lines:
            lines = ["x"]
    return "\n".join(lines)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutated(_TEXT), mutated(_REF))
def test_malformed_files_give_located_errors(tmp_path: Path, scenario: str, codes: str) -> None:
    root = tmp_path / "sim"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(ROOT / "reference", root / "reference")
    folder = root / "scenarios" / "doctor-penicillin-allergy"
    folder.mkdir(parents=True)
    (folder / "expert.jsonl").write_text("", "utf-8")
    (folder / "scenario.yaml").write_text(scenario, "utf-8")
    reference, problems = load_reference(root / "reference")
    loaded, found = load_scenario(folder, reference) if reference else (None, [])
    assert loaded is not None or found
    for p in found:
        assert p.file.endswith("scenario.yaml") and (p.line is None or p.line >= 1)
    (root / "reference" / "codes.yaml").write_text(codes, "utf-8")
    reference, problems = load_reference(root / "reference")
    assert reference is not None or problems
    for p in problems:
        assert p.file.endswith(".yaml") and (p.line is None or p.line >= 1)


_JOURNEY = (ROOT / "scenarios" / "journey-outpatient-infusion" / "expert.jsonl").read_text("utf-8")
_EXPERT_LINES = [line for line in parse_log(_JOURNEY)]


@FAST
@given(st.lists(st.sampled_from(_EXPERT_LINES), max_size=40), st.booleans())
def test_shuffled_expert_commands_are_each_recorded_and_replay_the_same(
        lines: list[Any], all_roles: bool) -> None:
    """Valid commands in any order and number reach deep states (refunds after dispensing…)."""
    steps = [(n * 1000, line.cmd, line.args) for n, line in enumerate(lines)]
    steps += [(10**6, "request_refund", {"invoice": "inv-2", "reason": "x"}),
              (10**6, "confirm_return", {"rx": "rx-1", "drug": "ns_100", "quantity": 3}),
              (10**6, "pay_refund", {"refund": "ref-1", "method": "cash"}),
              (10**6, "daily_closing", {"counted": {"cash": 1}})]
    attempt = open_attempt("journey-outpatient-infusion", all_roles=all_roles)
    for t, cmd, args in steps:
        attempt.apply(t, cmd, args)
    assert_recorded_in_order(attempt, len(steps))
    again = open_attempt("journey-outpatient-infusion", all_roles=all_roles)
    for t, cmd, args in steps:
        again.apply(t, cmd, args)
    assert_same_outcome(attempt, again)


def assert_recorded_in_order(attempt: SimAttempt, applied: int) -> None:
    """One log entry per command, numbered in order, time never going back, and each
    either accepted or refused with a reason code."""
    assert [e.seq for e in attempt.log] == list(range(1, applied + 1))
    times = [e.t for e in attempt.log]
    assert times == sorted(times)
    assert all(e.accepted != bool(e.code) for e in attempt.log)
    assert 0 <= grade(attempt).score <= 100


def assert_same_outcome(first: SimAttempt, second: SimAttempt) -> None:
    """The sandbox is deterministic: the same commands give the same log and grade."""
    assert [e.to_json() for e in first.log] == [e.to_json() for e in second.log]
    assert grade(first) == grade(second)
