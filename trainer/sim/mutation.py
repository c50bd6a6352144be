"""Mutation proof of a scenario: derive variants of its golden log and grade each one.

A scenario declares, for every step (line) of its golden log, what omitting it does
(``critical``, ``fail``, ``ok``), which pairs of steps must stay in order, and at least three
acceptable alternative orders (docs/simulator/scenarios.md). :func:`prove` derives:

* **drop** — each step left out → its declared ``omit`` verdict;
* **reason** — each reason-like argument (``reason``, ``note``, ``about``) replaced by
  nonsense (blank, full-width space, newline, one letter, punctuation) → refused, so the same
  verdict as omitting the step;
* **swap** — each pair of neighbouring steps swapped. When the HIS itself refuses the
  swapped order (a command needs the one before it) the pair is *dependent* and not judged;
  otherwise the pair is independent and the result must be ``ok``, unless an order rule
  names the pair (then the rule's verdict);
* **misplace** — for each order rule, ``first`` moved to just after ``then`` → the rule's
  verdict;
* **alternative** — each declared alternative order → ``ok``.

and checks that every check of the scenario fails in at least one drop variant (a check that
holds without any step proves nothing). Timestamps keep their places: the n-th command of a
variant happens at the n-th time of the golden log.

May import: trainer.sim (attempt, grading, log, scenario_files), the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import Result, grade
from trainer.sim.log import LogLine, parse_log
from trainer.sim.scenario_files import LoadedScenario

Verdict = Literal["critical", "fail", "ok"]
REASON_ARGS = ("reason", "note", "about")
NONSENSE = (" ", "\u3000", "\n", "x", "。")


@dataclass(frozen=True)
class Variant:
    kind: str  # drop | reason | swap | misplace | alternative
    label: str
    lines: tuple[LogLine, ...]
    expected: Verdict | None  # None: a dependent swap, not judged


@dataclass(frozen=True)
class Outcome:
    variant: Variant
    verdict: Verdict
    failed_checks: tuple[str, ...]
    committed: tuple[str, ...]

    @property
    def agrees(self) -> bool:
        return self.variant.expected is None or self.variant.expected == self.verdict


@dataclass
class Proof:
    """Every variant's outcome and the checks no drop variant could fail."""

    scenario: str
    outcomes: list[Outcome] = field(default_factory=list)
    unproved_checks: list[str] = field(default_factory=list)

    @property
    def disagreements(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.agrees]

    def count(self, kind: str, *, judged: bool = True) -> int:
        return sum(1 for o in self.outcomes if o.variant.kind == kind
                   and (o.variant.expected is not None) == judged)

    def counts(self) -> dict[str, int]:
        """Figures for the report: variants, expected failures that fail, passes that pass."""
        judged = [o for o in self.outcomes if o.variant.expected is not None]
        return {
            "variants": len(self.outcomes),
            "judged": len(judged),
            "dependent_swaps": len(self.outcomes) - len(judged),
            "expected_failures": sum(1 for o in judged if o.variant.expected != "ok"),
            "expected_failures_that_fail": sum(1 for o in judged if o.variant.expected != "ok"
                                               and o.agrees),
            "acceptable": sum(1 for o in judged if o.variant.expected == "ok"),
            "acceptable_that_pass": sum(1 for o in judged if o.variant.expected == "ok"
                                        and o.agrees),
            "alternatives_that_pass": sum(1 for o in judged if o.variant.kind == "alternative"
                                          and o.agrees),
            "disagreements": len(self.disagreements),
            "unproved_checks": len(self.unproved_checks),
        }


def verdict_of(result: Result) -> Verdict:
    if result.committed:
        return "critical"
    return "ok" if result.passed else "fail"


def golden_lines(loaded: LoadedScenario) -> list[LogLine]:
    return parse_log((loaded.folder / "expert.jsonl").read_text(encoding="utf-8-sig"))


def replay_lines(loaded: LoadedScenario, lines: tuple[LogLine, ...] | list[LogLine]
                 ) -> SimAttempt:
    attempt = SimAttempt(loaded.scenario, loaded.reference)
    for line in lines:
        attempt.apply_line(line)
    return attempt


def _retimed(golden: list[LogLine], order: list[LogLine]) -> tuple[LogLine, ...]:
    """``order`` with the golden log's times in their places."""
    return tuple(LogLine(g.t, line.cmd, line.args, line.malformed)
                 for g, line in zip(golden, order, strict=True))


def _dropped(golden: list[LogLine], i: int) -> tuple[LogLine, ...]:
    return tuple(golden[:i] + golden[i + 1:])


def variants(loaded: LoadedScenario, golden: list[LogLine]) -> list[Variant]:
    """Every variant the proof grades (swaps not yet told dependent or independent)."""
    sc = loaded.scenario
    ids = [s.id for s in sc.steps]
    out: list[Variant] = []
    for i, step in enumerate(sc.steps):
        out.append(Variant("drop", f"without {step.id}", _dropped(golden, i), step.omit))
        args: Any = golden[i].args
        for key in REASON_ARGS if isinstance(args, dict) else ():
            if key in args:
                for junk in NONSENSE:
                    changed = LogLine(golden[i].t, golden[i].cmd, {**args, key: junk})
                    lines = (*golden[:i], changed, *golden[i + 1:])
                    out.append(Variant("reason", f"{step.id}.{key}={junk!r}", tuple(lines),
                                       step.omit))
    rules = {(r.first, r.then): r.wrong for r in sc.order}
    for i in range(len(golden) - 1):
        order = [*golden[:i], golden[i + 1], golden[i], *golden[i + 2:]]
        wrong = rules.get((ids[i], ids[i + 1]))
        out.append(Variant("swap", f"{ids[i + 1]} before {ids[i]}", _retimed(golden, order),
                           wrong))
    for rule in sc.order:
        a, b = ids.index(rule.first), ids.index(rule.then)
        moved = [line for k, line in enumerate(golden) if k != a]
        moved.insert(moved.index(golden[b]) + 1, golden[a])
        out.append(Variant("misplace", f"{rule.then} before {rule.first}",
                           _retimed(golden, moved), rule.wrong))
    for n, alternative in enumerate(sc.alternatives, start=1):
        order = [golden[ids.index(step)] for step in alternative]
        out.append(Variant("alternative", f"alternative {n}", _retimed(golden, order), "ok"))
    return out


def prove(loaded: LoadedScenario) -> Proof:
    """Grade every variant of the golden log against the scenario's declarations."""
    golden = golden_lines(loaded)
    base_refused = sum(1 for e in replay_lines(loaded, golden).log if not e.accepted)
    proof = Proof(loaded.scenario.id)
    failed_somewhere: set[str] = set()
    for variant in variants(loaded, golden):
        attempt = replay_lines(loaded, variant.lines)
        result = grade(attempt)
        judged = variant
        if variant.kind == "swap" and variant.expected is None:
            refused = sum(1 for e in attempt.log if not e.accepted)
            judged = Variant(variant.kind, variant.label, variant.lines,
                             None if refused > base_refused else "ok")
        failed = tuple(c.id for c in result.checks if not c.passed)
        if variant.kind == "drop":
            failed_somewhere.update(failed)
        proof.outcomes.append(Outcome(judged, verdict_of(result), failed,
                                      tuple(result.committed)))
    proof.unproved_checks = [c.id for c in loaded.scenario.checks
                             if c.id not in failed_somewhere]
    return proof
