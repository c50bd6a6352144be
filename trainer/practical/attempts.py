"""Practical attempts as the journal records them: a projection, read on demand.

:func:`attempts` folds the ``practical.*`` events into one frozen record per attempt —
who sat it, which scenario version it pinned, the automatic (provisional) result, every
mark, any adjudication and the sign-off — and names its status:

``running`` → ``provisional`` (finished, not marked) → ``marked`` (one mark) →
``agreed`` (two marks within tolerance and on the same side of the pass mark) or
``adjudication`` (they differ) → ``adjudicated`` → ``signed_off``; ``flagged`` when the
service's re-run of the command log disagrees with it (issue 17: never certified).

Marks from two workstations that were offline may both say ``first``: the second marker
(in canonical order) is the second mark, whatever their PC believed. The service's
verdicts (:mod:`trainer.practical.verdicts`) are folded in when they have synced.

May import: trainer.journal, trainer.practical.events, the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import trainer.practical.events as ev
import trainer.practical.verdicts as vd
from trainer.journal import Journal


@dataclass(frozen=True)
class AutoResult:
    score: float
    passed: bool
    checks: dict[str, bool]
    critical_errors: tuple[str, ...]
    time_ms: int
    commands: int
    refused: int
    detours: int

    @property
    def failed_checks(self) -> tuple[str, ...]:
        return tuple(c for c, held in self.checks.items() if not held)


@dataclass(frozen=True)
class Mark:
    marker: str
    stage: str
    rubric: tuple[str, ...]
    score: float
    passed: bool
    critical_errors: tuple[str, ...]
    comments: str
    overridden: bool
    reason: str
    time: str


@dataclass(frozen=True)
class Decision:
    """What counts: the agreed, adjudicated or single mark (before sign-off)."""

    score: float
    passed: bool
    critical_errors: tuple[str, ...]


@dataclass(frozen=True)
class PracticalAttempt:
    attempt_id: str
    trainee: str
    module: str
    exam_id: str
    exam_version: int
    scenario_id: str
    scenario_version: int
    scenario_hash: str
    pass_mark: float
    time_limit_s: int
    proctor: str | None
    device_id: str
    started_at: str
    tolerance: float = 5.0
    result: AutoResult | None = None
    finished_at: str | None = None
    marks: tuple[Mark, ...] = ()
    adjudication: dict[str, Any] | None = None
    signed_off: dict[str, Any] | None = None
    signed_by: str | None = None
    pauses: tuple[tuple[int, str], ...] = ()  # (elapsed ms, lock | session_end)

    @property
    def paused_at_ms(self) -> int:
        """The elapsed time at the latest pause (0 if never paused)."""
        return max((at for at, _why in self.pauses), default=0)
    review: dict[str, Any] | None = None  # the service's re-run (practical.rerun)
    referred: dict[str, Any] | None = None  # the service sent it to adjudication
    sign_off_verdict: dict[str, Any] | None = None  # the service's check of the sign-off

    @property
    def flagged(self) -> bool:
        return self.review is not None and self.review.get("outcome") == vd.FLAGGED

    @property
    def markers(self) -> tuple[str, ...]:
        return tuple(m.marker for m in self.marks)

    def mark_of(self, stage: str) -> Mark | None:
        return next((m for m in self.marks if m.stage == stage), None)

    @property
    def disagreement(self) -> bool:
        first, second = self.mark_of("first"), self.mark_of("second")
        if first is None or second is None:
            return False
        return (self.referred is not None or abs(first.score - second.score) > self.tolerance
                or first.passed != second.passed)

    @property
    def status(self) -> str:
        if self.signed_off is not None:
            return "signed_off"
        if self.result is None:
            return "running"
        if self.flagged:
            return "flagged"
        if self.adjudication is not None:
            return "adjudicated"
        if self.mark_of("second") is not None:
            return "adjudication" if self.disagreement else "agreed"
        return "marked" if self.marks else "provisional"

    @property
    def decision(self) -> Decision | None:
        """The mark a sign-off would record, or None while there is none to sign."""
        status = self.status
        if self.adjudication is not None:
            adj = self.mark_of("adjudication")
            return Decision(float(self.adjudication["score"]),
                            bool(self.adjudication["passed"]),
                            adj.critical_errors if adj else ())
        first, second = self.mark_of("first"), self.mark_of("second")
        if status == "marked" and first is not None:
            return Decision(first.score, first.passed, first.critical_errors)
        if status == "agreed" and first is not None and second is not None:
            score = round((first.score + second.score) / 2, 1)
            upheld = tuple(c for c in first.critical_errors if c in second.critical_errors)
            return Decision(score, score >= self.pass_mark and not upheld, upheld)
        return None


def _started(event: Any, data: dict[str, Any], tolerance: float) -> PracticalAttempt:
    return PracticalAttempt(
        data["attempt_id"], event.subject_id or "", data["module"], data["exam_id"],
        int(data["exam_version"]), data["scenario_id"], int(data["scenario_version"]),
        data["scenario_hash"], float(data["pass_mark"]), int(data["time_limit_s"]),
        data.get("proctor"), event.device_id, event.time, tolerance)


def _apply(found: PracticalAttempt, event: Any, data: dict[str, Any]) -> PracticalAttempt:
    if event.type == ev.FINISHED.name and found.result is None:
        result = AutoResult(float(data["score"]), bool(data["passed"]), dict(data["checks"]),
                            tuple(data.get("critical_errors", ())), int(data["time_ms"]),
                            int(data["commands"]), int(data["refused"]),
                            int(data["detours"]))
        return replace(found, result=result, finished_at=event.time)
    if event.type == ev.MARKED.name:
        stage = _stage_of(found, event.actor_id or "", str(data["stage"]))
        if stage is None:
            return found
        mark = Mark(event.actor_id or "", stage, tuple(data["rubric"]),
                    float(data["score"]), bool(data["passed"]),
                    tuple(data.get("critical_errors", ())), data.get("comments", ""),
                    bool(data.get("overridden")), data.get("reason", ""), event.time)
        return replace(found, marks=(*found.marks, mark))
    if event.type == ev.ADJUDICATED.name and found.adjudication is None:
        return replace(found, adjudication={**data, "by": event.actor_id})
    if event.type == ev.PAUSED.name and found.result is None:
        return replace(found, pauses=(*found.pauses, (int(data["at_ms"]), str(data["reason"]))))
    if event.type == ev.SIGNED_OFF.name and found.signed_off is None:
        return replace(found, signed_off=data, signed_by=event.actor_id)
    if event.type == vd.RERUN.name and not found.flagged:  # a flag stays
        return replace(found, review=data)
    if event.type == vd.REFERRED.name and found.referred is None:
        return replace(found, referred=data)
    if event.type == vd.SIGN_OFF_CHECKED.name and found.sign_off_verdict is None:
        return replace(found, sign_off_verdict=data)
    return found


def _stage_of(found: PracticalAttempt, marker: str, stage: str) -> str | None:
    """The stage a mark takes in canonical order (``None``: not counted — the marker has
    marked already, or two marks are in)."""
    if stage == "adjudication":
        return stage if found.mark_of(stage) is None else None
    if marker in {m.marker for m in found.marks if m.stage != "adjudication"}:
        return None
    for slot in ("first", "second"):
        if found.mark_of(slot) is None:
            return slot
    return None


#: Every event type the attempts fold reads.
FOLDED = (*ev.TYPES, *vd.TYPES)


def fold_attempts(events: Iterable[Any], tolerances: dict[str, float] | None = None
                  ) -> dict[str, PracticalAttempt]:
    """Attempts by id from events in canonical order (others are skipped)."""
    found: dict[str, PracticalAttempt] = {}
    for event in events:
        if event.type not in FOLDED:
            continue
        data = event.data()
        attempt_id = str(data.get("attempt_id"))
        if event.type == ev.STARTED.name:
            tolerance = (tolerances or {}).get(data["module"], 5.0)
            found.setdefault(attempt_id, _started(event, data, tolerance))
        elif attempt_id in found:
            found[attempt_id] = _apply(found[attempt_id], event, data)
    return found


def attempts(journal: Journal, trainee: str | None = None,
             tolerances: dict[str, float] | None = None) -> list[PracticalAttempt]:
    """Every practical attempt (of ``trainee`` if given), oldest first.
    ``tolerances``: module → points two markers may differ (from the definitions)."""
    return list(fold_attempts(journal.events(types=FOLDED, subject_id=trainee),
                              tolerances).values())


def attempt(journal: Journal, attempt_id: str,
            tolerances: dict[str, float] | None = None) -> PracticalAttempt | None:
    return next((a for a in attempts(journal, None, tolerances)
                 if a.attempt_id == attempt_id), None)
