"""Attempts as projections of their events, folded on read.

An attempt's events all have ``subject_id`` = the trainee (indexed), so reading one person's
attempts is one indexed journal query. :func:`fold` turns an attempt's events, in canonical
order, into an :class:`Attempt`: the paper, the last saved answer per item, flags, the
elapsed exam time (the largest ``elapsed_ms`` journalled — never wall-clock arithmetic), the
pauses, and whether and how it was submitted and graded.

May import: trainer.journal, trainer.exams.events, trainer.exams.assembly,
trainer.exams.answerfree, the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from trainer.exams.assembly import Paper, paper_from_ids
from trainer.exams.events import ATTEMPT_TYPES
from trainer.journal import Journal
from trainer.journal.events import Event


@dataclass(frozen=True)
class Pause:
    at_elapsed_ms: int
    reason: str
    time: str  # device or server time of the pause (advisory)
    away_s: float | None = None  # filled in by the resume that ended it


@dataclass(frozen=True)
class Attempt:
    attempt_id: str
    trainee: str
    module: str
    mode: str
    certifying: bool
    paper: Paper
    time_limit_s: int
    resume_limit_s: int
    pass_mark: float
    partial_credit: bool
    content_hash: str
    started_at: str
    device_id: str
    answers: dict[str, Any] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()
    elapsed_ms: int = 0
    status: str = "running"  # running, paused, submitted
    pauses: tuple[Pause, ...] = ()
    submitted_reason: str | None = None
    last_time: str = ""  # time of the attempt's last event
    marks: dict[str, float] = field(default_factory=dict)  # trainers' marks of short answers
    graded: dict[str, Any] | None = None  # the exam.graded payload, where one was written
    unlock_id: str | None = None

    @property
    def remaining_ms(self) -> int | None:
        if not self.time_limit_s:
            return None
        return max(0, self.time_limit_s * 1000 - self.elapsed_ms)

    @property
    def open(self) -> bool:
        return self.status != "submitted"


def _started(event: Event, data: dict[str, Any]) -> Attempt:
    paper = paper_from_ids(data["blueprint"], data["module"], data["blueprint_version"],
                           data["seed"], data["entries"])
    return Attempt(
        attempt_id=data["attempt_id"], trainee=event.subject_id or "", module=data["module"],
        mode=data["mode"], certifying=data["certifying"], paper=paper,
        time_limit_s=data["time_limit_s"], resume_limit_s=data["resume_limit_s"],
        pass_mark=data["pass_mark"], partial_credit=data["partial_credit"],
        content_hash=data["content_hash"], started_at=event.time, device_id=event.device_id,
        last_time=event.time, unlock_id=data.get("unlock_id"))


def _apply(state: dict[str, Any], event: Event, data: dict[str, Any]) -> None:
    """Fold one event into the mutable ``state`` (Attempt fields by name)."""
    state["last_time"] = event.time
    elapsed = data.get("elapsed_ms")
    if isinstance(elapsed, int):
        state["elapsed_ms"] = max(state["elapsed_ms"], elapsed)
    kind = event.type
    if kind == "exam.answer_saved":
        state["answers"][data["item_id"]] = data["response"]
    elif kind == "exam.flag_set":
        (state["flags"].add if data["flagged"] else state["flags"].discard)(data["item_id"])
    elif kind == "exam.paused" and state["status"] == "running":
        state["status"] = "paused"
        state["pauses"].append(Pause(data["elapsed_ms"], data["reason"], event.time))
    elif kind == "exam.resumed" and state["status"] == "paused":
        state["status"] = "running"
        last = state["pauses"][-1]
        state["pauses"][-1] = Pause(last.at_elapsed_ms, last.reason, last.time, data["away_s"])
    elif kind == "exam.submitted" and state["status"] != "submitted":
        state["status"] = "submitted"
        state["submitted_reason"] = data["reason"]
    elif kind == "exam.item_marked":
        state["marks"][data["item_id"]] = float(data["score"])
    elif kind == "exam.graded":
        state["graded"] = data


def fold(events: Iterable[Event]) -> dict[str, Attempt]:
    """Attempts by id from their events (events of unknown attempts are ignored)."""
    started: dict[str, Attempt] = {}
    states: dict[str, dict[str, Any]] = {}
    for event in events:
        data = event.data()
        attempt_id = data.get("attempt_id")
        if not isinstance(attempt_id, str):
            continue
        if event.type == "exam.started":
            if attempt_id not in started:
                started[attempt_id] = _started(event, data)
                states[attempt_id] = {"answers": {}, "flags": set(), "elapsed_ms": 0,
                                      "status": "running", "pauses": [],
                                      "submitted_reason": None, "last_time": event.time,
                                      "marks": {}, "graded": None}
            continue
        if attempt_id in states:
            _apply(states[attempt_id], event, data)
    out = {}
    for attempt_id, base in started.items():
        s = states[attempt_id]
        out[attempt_id] = Attempt(
            **{**base.__dict__, "answers": dict(s["answers"]), "flags": frozenset(s["flags"]),
               "elapsed_ms": s["elapsed_ms"], "status": s["status"],
               "pauses": tuple(s["pauses"]), "submitted_reason": s["submitted_reason"],
               "last_time": s["last_time"], "marks": dict(s["marks"]), "graded": s["graded"]})
    return out


def attempts_of(journal: Journal, trainee: str) -> list[Attempt]:
    """Every attempt of ``trainee``, oldest first (one indexed query on subject and type)."""
    found = fold(journal.events(subject_id=trainee, types=ATTEMPT_TYPES))
    return sorted(found.values(), key=lambda a: a.started_at)


def attempt(journal: Journal, trainee: str, attempt_id: str) -> Attempt | None:
    return next((a for a in attempts_of(journal, trainee) if a.attempt_id == attempt_id), None)


def open_attempt(journal: Journal, trainee: str, device_id: str | None = None
                 ) -> Attempt | None:
    """The trainee's unfinished attempt (on ``device_id`` if given), newest first."""
    for found in reversed(attempts_of(journal, trainee)):
        if found.open and (device_id is None or found.device_id == device_id):
            return found
    return None


def content_hash(items: Iterable[Any]) -> str:
    """What an attempt pins: the hash of its paper's items in their answer-free form, the
    same on a PC that holds them without answers and on the service that grades
    (:mod:`trainer.exams.answerfree`)."""
    from trainer.exams.answerfree import content_hash as public_hash

    return public_hash(items)
