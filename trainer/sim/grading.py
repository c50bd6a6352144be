"""Grading by outcome: weighted checks, critical errors (否决项), efficiency.

Score = the weights of the checks that hold, as a percentage of all weights. An attempt
passes when the score reaches the scenario's pass mark and no critical error was
committed. Efficiency is reported, not scored: elapsed time, commands, refusals, and
*detours* — commands that are not part of the longest common subsequence (by command name)
with the expert's golden log.

May import: trainer.sim.attempt, trainer.sim.checks, trainer.sim.log, the standard library.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from trainer.sim.attempt import SimAttempt
from trainer.sim.checks import evaluate
from trainer.sim.log import LogEntry
from trainer.sim.scenarios import Scenario


@dataclass(frozen=True)
class CheckVerdict:
    id: str
    text: dict[str, str]
    weight: int
    passed: bool


@dataclass(frozen=True)
class CriticalVerdict:
    id: str
    text: dict[str, str]
    committed: bool


@dataclass(frozen=True)
class Efficiency:
    time_ms: int
    commands: int
    refused: int
    detours: int
    expert_time_ms: int | None
    expert_commands: int | None


@dataclass(frozen=True)
class LegVerdict:
    """A journey leg's own verdict: its role's checks and critical errors."""

    role: str
    score: float
    passed: bool
    committed: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    scenario: str
    score: float
    pass_mark: int
    passed: bool
    checks: tuple[CheckVerdict, ...]
    critical_errors: tuple[CriticalVerdict, ...]
    efficiency: Efficiency
    legs: tuple[LegVerdict, ...] = ()

    @property
    def committed(self) -> list[str]:
        return [c.id for c in self.critical_errors if c.committed]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["committed_critical_errors"] = self.committed
        return data


def grade(attempt: SimAttempt, expert: list[LogEntry] | None = None) -> Result:
    """Grade a finished (or abandoned) attempt."""
    sc = attempt.scenario
    facts = attempt.facts()
    checks = tuple(CheckVerdict(c.id, dict(c.text), c.weight, evaluate(c.check, facts))
                   for c in sc.checks)
    critical = tuple(CriticalVerdict(c.id, dict(c.text), evaluate(c.when, facts))
                     for c in sc.critical_errors)
    score = _score(checks)
    legs = tuple(_leg(leg.role, sc, checks, critical) for leg in sc.legs)
    passed = score >= sc.pass_mark and not any(c.committed for c in critical) \
        and all(leg.passed for leg in legs)
    return Result(sc.id, score, sc.pass_mark, passed, checks, critical,
                  efficiency(attempt.log, expert), legs)


def _score(checks: tuple[CheckVerdict, ...] | list[CheckVerdict]) -> float:
    total = sum(c.weight for c in checks)
    return round(100 * sum(c.weight for c in checks if c.passed) / total, 1) if total else 100.0


def _leg(role: str, sc: Scenario, checks: tuple[CheckVerdict, ...],
         critical: tuple[CriticalVerdict, ...]) -> LegVerdict:
    """Score and critical errors of the checks declared for ``role`` (``role:`` field)."""
    mine = [v for v, c in zip(checks, sc.checks, strict=True) if c.role == role]
    committed = tuple(v.id for v, c in zip(critical, sc.critical_errors, strict=True)
                      if c.role == role and v.committed)
    score = _score(mine)
    return LegVerdict(role, score, score >= sc.pass_mark and not committed, committed)


def efficiency(log: list[LogEntry], expert: list[LogEntry] | None) -> Efficiency:
    names = [e.cmd for e in log]
    path = [e.cmd for e in expert] if expert is not None else names
    return Efficiency(
        time_ms=log[-1].t if log else 0, commands=len(log),
        refused=sum(1 for e in log if not e.accepted),
        detours=len(names) - _common_length(names, path),
        expert_time_ms=(expert[-1].t if expert else 0) if expert is not None else None,
        expert_commands=len(expert) if expert is not None else None)


def _common_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Crochemore, Iliopoulos,
    Pinzon and Reid 2001): one integer holds a whole row of the classic table, so the cost
    is len(a) big-integer steps of len(b) bits — a 1,000-command log against an expert
    path costs well under a millisecond. ``V`` starts all ones; its zeros count the LCS."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for j, y in enumerate(b):
        masks[y] = masks.get(y, 0) | (1 << j)
    full = (1 << len(b)) - 1
    v = full
    for x in a:
        u = v & masks.get(x, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()
