"""Journalling a trainee's attempt at a station: every command, the finish, resume, export.

A station drives a :class:`RecordedAttempt`: each command is applied to the in-memory
sandbox at once (:meth:`SimAttempt.apply`) and handed to the journal's group-commit writer
as a ``sim.command`` event (accepted or refused, with its reason code), so the screen never
waits for the disk (ARCHITECTURE §3). Finishing grades the attempt and journals
``sim.finished``. After a crash or a lock, :func:`open_attempts` finds the person's attempts
that never finished and :func:`resume` rebuilds one by replaying its commands — the sandbox
is a pure function of scenario and log, so it is in the same state. :func:`export_jsonl`
writes the attempt's log as the JSON Lines ``his-trainer sim run`` replays.

When the shared PC locks or the user is switched mid-attempt, :meth:`RecordedAttempt.pause`
stops the attempt clock and journals ``sim.paused``; :meth:`RecordedAttempt.unpause`
journals ``sim.resumed`` with the time away. Command times are attempt time, so the paused
time is in no efficiency figure, exam time limit or replay timeline; :func:`pauses_of` lists
the pauses for the trainer (ARCHITECTURE §4: every pause is shown).

Payloads carry the trainee's staff id as ``actor_id`` and the attempt id as ``subject_id``;
never names.

May import: trainer.journal, trainer.sim (attempt, grading, log, scenario_files, replay),
the standard library.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from trainer.journal import Journal, JournalWriter, NewEvent
from trainer.journal.events import Event, EventType, Payload, register
from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import Result, grade
from trainer.sim.log import LogEntry
from trainer.sim.replay import expert_path
from trainer.sim.scenario_files import LoadedScenario

MODES = ("guided", "practice", "exam", "demo")


class SimCommand(Payload):
    """One command of an attempt as the sandbox recorded it."""

    attempt_id: str
    scenario_id: str
    scenario_version: int
    mode: str
    seq: int
    t: int  # elapsed ms since the attempt started
    cmd: str
    args: dict[str, Any]
    ok: bool
    code: str | None = None
    #: sha256 over the previous command's chain (the attempt id for the first) and this
    #: command (:func:`chain_link`): an edit, a deletion or a reordering breaks it.
    chain: str = ""


class SimFinished(Payload):
    """An attempt closed and graded (automatic result; a trainer may still sign it off)."""

    attempt_id: str
    scenario_id: str
    scenario_version: int
    mode: str
    score: float
    pass_mark: float
    passed: bool
    critical_errors: tuple[str, ...] = ()
    commands: int
    time_ms: int


class SimPaused(Payload):
    """The attempt clock stopped: the screen was locked or the user switched."""

    attempt_id: str
    scenario_id: str
    mode: str
    t: int  # attempt time at the pause (ms)
    reason: str  # lock | switch_user


class SimResumed(Payload):
    """The attempt clock runs again; ``paused_ms`` is the time away, not attempt time."""

    attempt_id: str
    scenario_id: str
    mode: str
    t: int
    reason: str
    paused_ms: int


# The subject is an attempt id, not a member of staff: the service scopes these by actor.
SIM_COMMAND = register(EventType("sim.command", 1, SimCommand, any_subject=True))
SIM_FINISHED = register(EventType("sim.finished", 1, SimFinished, any_subject=True))
SIM_PAUSED = register(EventType("sim.paused", 1, SimPaused, any_subject=True))
SIM_RESUMED = register(EventType("sim.resumed", 1, SimResumed, any_subject=True))
PAUSE_REASONS = ("lock", "switch_user")


def chain_link(before: str, seq: int, t: int, cmd: str, args: dict[str, Any], ok: bool,
               code: str | None) -> str:
    """The integrity chain of an attempt's log: each command's link covers the one before
    it, so the last link (``practical.finished``'s ``log_digest``) covers the whole log."""
    body = json.dumps([before, seq, t, cmd, args, ok, code], ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def log_chain(attempt_id: str, log: list[LogEntry]) -> str:
    """The last link of ``log``'s chain (the attempt id when it is empty)."""
    link = attempt_id
    for e in log:
        link = chain_link(link, e.seq, e.t, e.cmd, _plain(e.args), e.accepted, e.code)
    return link


def _now_ms() -> float:
    return time.monotonic() * 1000


@dataclass
class RecordedAttempt:
    """An attempt whose commands go to the journal as they are applied."""

    loaded: LoadedScenario
    writer: JournalWriter | None
    staff_id: str | None
    mode: str = "practice"
    attempt_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    clock: Callable[[], float] = _now_ms
    attempt: SimAttempt = field(init=False)
    pending: list[Future[Event]] = field(default_factory=list, init=False)
    result: Result | None = field(default=None, init=False)
    _base_ms: int = field(default=0, init=False)
    _started: float = field(default=0.0, init=False)
    #: Why the clock is stopped (``lock`` / ``switch_user``), or None while it runs.
    paused: str | None = field(default=None, init=False)
    _paused_at: float = field(default=0.0, init=False)
    _chain: str = field(default="", init=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r}")
        self.attempt = SimAttempt(self.loaded.scenario, self.loaded.reference)
        self._started = self.clock()
        self._chain = self.attempt_id

    @property
    def scenario_id(self) -> str:
        return self.loaded.scenario.id

    def elapsed_ms(self) -> int:
        """Elapsed attempt time: what was journalled before a resume, plus this session's
        running time (a pause does not count)."""
        if self.paused is not None:
            return self._base_ms
        return self._base_ms + max(0, int(self.clock() - self._started))

    def pause(self, reason: str) -> None:
        """Stop the attempt clock (the screen locked, the user switched); journal it."""
        if reason not in PAUSE_REASONS:
            raise ValueError(f"unknown pause reason {reason!r}")
        if self.paused is not None or self.result is not None:
            return
        self._base_ms = self.elapsed_ms()
        self.paused, self._paused_at = reason, self.clock()
        self._journal_clock(SIM_PAUSED, {"t": self._base_ms, "reason": reason})

    def unpause(self) -> None:
        """Run the clock again from where it stopped; journal the time away."""
        if self.paused is None:
            return
        away = max(0, int(self.clock() - self._paused_at))
        reason, self.paused = self.paused, None
        self._started = self.clock()
        self._journal_clock(SIM_RESUMED, {"t": self._base_ms, "reason": reason,
                                          "paused_ms": away})

    def _journal_clock(self, kind: EventType, facts: dict[str, Any]) -> None:
        if self.writer is None:
            return
        payload = {"attempt_id": self.attempt_id, "scenario_id": self.scenario_id,
                   "mode": self.mode, **facts}
        self.pending.append(self.writer.submit(NewEvent(
            kind.name, payload, actor_id=self.staff_id, subject_id=self.attempt_id)))

    def apply(self, cmd: str, args: dict[str, Any], t: int | None = None) -> LogEntry:
        """Apply one command now (or at ``t``) and queue its journal event."""
        when = self.elapsed_ms() if t is None else t
        last = self.attempt.log[-1].t if self.attempt.log else 0
        entry = self.attempt.apply(max(when, last), cmd, args)
        self._journal(entry)
        return entry

    def _journal(self, entry: LogEntry) -> None:
        args = _plain(entry.args)
        self._chain = chain_link(self._chain, entry.seq, entry.t, entry.cmd, args,
                                 entry.accepted, entry.code)
        if self.writer is None:
            return
        payload = {"attempt_id": self.attempt_id, "scenario_id": self.scenario_id,
                   "scenario_version": self.loaded.scenario.version, "mode": self.mode,
                   "seq": entry.seq, "t": entry.t, "cmd": entry.cmd,
                   "args": args, "ok": entry.accepted, "code": entry.code,
                   "chain": self._chain}
        self.pending.append(self.writer.submit(NewEvent(
            SIM_COMMAND.name, payload, actor_id=self.staff_id, subject_id=self.attempt_id)))

    def saved(self) -> bool:
        """True when every command so far is committed to the journal."""
        self.pending = [f for f in self.pending if not f.done()]
        return not self.pending

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued event is committed (raises what the writer raised)."""
        for future in list(self.pending):
            future.result(timeout)
        self.pending.clear()

    def finish(self) -> Result:
        """Grade the attempt and journal ``sim.finished``; later commands are refused."""
        if self.result is not None:
            return self.result
        result = grade(self.attempt, expert_path(self.loaded))
        self.attempt.finished = True
        self.result = result
        if self.writer is not None:
            payload = {"attempt_id": self.attempt_id, "scenario_id": self.scenario_id,
                       "scenario_version": self.loaded.scenario.version, "mode": self.mode,
                       "score": result.score, "pass_mark": float(result.pass_mark),
                       "passed": result.passed,
                       "critical_errors": [c.id for c in result.critical_errors
                                           if c.committed],
                       "commands": len(self.attempt.log),
                       "time_ms": self.attempt.log[-1].t if self.attempt.log else 0}
            self.pending.append(self.writer.submit(NewEvent(
                SIM_FINISHED.name, payload, actor_id=self.staff_id,
                subject_id=self.attempt_id)))
        return result

    def export_jsonl(self) -> str:
        return export_jsonl(self.attempt.log)


@dataclass(frozen=True)
class Pause:
    t: int  # attempt time when the clock stopped
    reason: str
    paused_ms: int | None  # None: never resumed (the attempt was left locked)


def pauses_of(journal: Journal, attempt_id: str) -> list[Pause]:
    """The attempt's pauses in order, each with the time away once it resumed."""
    found: list[Pause] = []
    for event in journal.events(types=(SIM_PAUSED.name, SIM_RESUMED.name),
                                subject_id=attempt_id):  # canonical order
        data = event.data()
        if event.type == SIM_PAUSED.name:
            found.append(Pause(int(data["t"]), str(data["reason"]), None))
        elif found and found[-1].paused_ms is None:
            found[-1] = Pause(found[-1].t, found[-1].reason, int(data["paused_ms"]))
    return found


def _plain(args: dict[str, Any]) -> dict[str, Any]:
    """Arguments as JSON values (a Decimal a handler may have seen becomes a number)."""
    return dict(json.loads(json.dumps(args, default=_number)))


def _number(value: object) -> object:
    text = str(value)
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() and "." not in text else number


def export_jsonl(log: list[LogEntry]) -> str:
    """The attempt as the command log ``his-trainer sim run`` replays (refusals included:
    they are re-refused the same way and count for grading and efficiency)."""
    lines = [json.dumps({"t": e.t, "cmd": e.cmd, "args": _plain(e.args)}, ensure_ascii=False)
             for e in log]
    return "\n".join(lines) + ("\n" if lines else "")


@dataclass(frozen=True)
class OpenAttempt:
    """An attempt that was never finished (the station crashed, or the screen was locked)."""

    attempt_id: str
    scenario_id: str
    scenario_version: int
    mode: str
    commands: tuple[tuple[int, str, dict[str, Any]], ...]

    @property
    def last_t(self) -> int:
        return self.commands[-1][0] if self.commands else 0


def open_attempts(journal: Journal, staff_id: str) -> list[OpenAttempt]:
    """The person's unfinished attempts, oldest first, each with its commands in order."""
    found: dict[str, dict[str, Any]] = {}
    finished: set[str] = set()
    for event in journal.events(types=(SIM_COMMAND.name, SIM_FINISHED.name),
                                actor_id=staff_id):
        data = event.data()
        attempt_id = str(data["attempt_id"])
        if event.type == SIM_FINISHED.name:
            finished.add(attempt_id)
            continue
        entry = found.setdefault(attempt_id, {"scenario": data["scenario_id"],
                                              "version": data["scenario_version"],
                                              "mode": data["mode"], "rows": {}})
        entry["rows"][int(data["seq"])] = (int(data["t"]), str(data["cmd"]), data["args"])
    return [OpenAttempt(aid, e["scenario"], e["version"], e["mode"],
                        tuple(e["rows"][seq] for seq in sorted(e["rows"])))
            for aid, e in found.items() if aid not in finished]


def resume(loaded: LoadedScenario, open_attempt: OpenAttempt, writer: JournalWriter | None,
           staff_id: str | None, clock: Callable[[], float] = _now_ms) -> RecordedAttempt:
    """Rebuild an unfinished attempt from its journalled commands (not journalled again);
    its clock continues from the last command's time."""
    recorded = RecordedAttempt(loaded, None, staff_id, open_attempt.mode,
                               open_attempt.attempt_id, clock)
    for t, cmd, args in open_attempt.commands:
        recorded.attempt.apply(t, cmd, args)
    recorded._chain = log_chain(recorded.attempt_id, recorded.attempt.log)
    recorded.writer = writer
    recorded._base_ms = open_attempt.last_t
    recorded._started = clock()
    return recorded
