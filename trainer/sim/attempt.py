"""An attempt at a scenario: the sandbox, the legs of the journey, the clock, the log.

:meth:`SimAttempt.apply` takes one command as it arrived (elapsed ms, name, arguments) and
records it — accepted or refused with a reason code. It never raises: malformed input,
unknown commands, commands for another station, time travel and commands after the time
limit all become refused entries. State depends only on the scenario and the commands.

May import: trainer.sim (commands, catalogue, seed, log, checks, state), trainer.content,
the standard library.
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import Any

import trainer.sim.catalogue  # noqa: F401 — fills the command registry
from trainer.sim.checks import Facts, evaluate
from trainer.sim.commands import REGISTRY, Context, Outcome, apply
from trainer.sim.log import LogEntry, LogLine
from trainer.sim.reference import Reference
from trainer.sim.scenarios import Scenario
from trainer.sim.seed import build_sandbox
from trainer.sim.state import Sandbox

SUPERVISOR_ACTS = ("supervisor_login",)
MAX_T = 10**10  # ms; a larger elapsed time is nonsense, not an attempt


def _elapsed(t: object) -> object:
    """Whole milliseconds: an int, or a finite float rounded down; anything else as given."""
    if isinstance(t, float) and math.isfinite(t) and 0 <= t <= MAX_T:
        return int(t)
    if isinstance(t, int) and not isinstance(t, bool) and 0 <= t <= MAX_T:
        return t
    return None if t is None else str(t)[:40]


class SimAttempt:
    """One attempt; feed it commands in order, then grade it."""

    def __init__(self, scenario: Scenario, reference: Reference) -> None:
        self.scenario = scenario
        self.sandbox: Sandbox = build_sandbox(scenario, reference)
        self.log: list[LogEntry] = []
        self.leg = 0
        self.finished = False

    @cached_property
    def legs(self) -> list[tuple[str, ...]]:
        """Roles allowed in each leg: one leg per ``legs`` entry, else one with all roles."""
        if self.scenario.legs:
            return [(leg.role,) for leg in self.scenario.legs]
        return [tuple(r.value for r in self.scenario.roles)]

    @property
    def role(self) -> str:
        return "+".join(self.legs[self.leg])

    def apply_line(self, line: LogLine) -> LogEntry:
        if line.malformed is not None:
            return self._record(line, Outcome(False, "malformed_line", {"reason": line.malformed}))
        return self.apply(line.t, line.cmd, line.args)

    def apply(self, t: object, cmd: object, args: object) -> LogEntry:
        """Apply one command at elapsed time ``t`` (ms); return what was recorded."""
        t = _elapsed(t)
        line = LogLine(t, cmd, args)
        last = self.log[-1].t if self.log else 0
        if not isinstance(t, int):
            return self._record(line, Outcome(False, "bad_time", {"t": str(t)[:40]}))
        if t < last:
            return self._record(line, Outcome(False, "time_went_backwards", {"last": last}))
        if t > self.scenario.time_limit_s * 1000:
            return self._record(line, Outcome(False, "time_limit_exceeded",
                                              {"limit_s": self.scenario.time_limit_s}))
        if self.finished:
            return self._record(line, Outcome(False, "attempt_finished"))
        self.sandbox.clock_ms = t
        supervisor = self.sandbox.supervisor_on
        ctx = Context(t, self.role)
        outcome = apply(self.sandbox, cmd, args, ctx, self.legs[self.leg])
        if supervisor is not None or (cmd in SUPERVISOR_ACTS and outcome.accepted):
            # the supervisor is logged in on the PC: whatever is done now is their act
            return self._record(line, outcome, supervisor or self.sandbox.supervisor_on)
        if outcome.accepted and cmd == "hand_over":
            if self.leg + 1 >= len(self.legs):
                outcome = Outcome(False, "no_next_leg")
            else:
                entry = self._record(line, outcome)
                self.leg += 1
                return entry
        return self._record(line, outcome)

    def _record(self, line: LogLine, outcome: Outcome, actor: str | None = None) -> LogEntry:
        t = line.t if isinstance(line.t, int) and not isinstance(line.t, bool) \
            and 0 <= line.t <= MAX_T else None
        last = self.log[-1].t if self.log else 0
        args: dict[str, Any] = line.args if isinstance(line.args, dict) else {}
        cmd = "" if line.cmd is None else str(line.cmd)[:80]
        role = "supervisor" if actor is not None else self._role_of(line.cmd)
        entry = LogEntry(len(self.log) + 1, max(t or 0, last), cmd,
                         dict(args), outcome.accepted, outcome.code, role, self.leg,
                         outcome.patient, dict(outcome.facts), dict(outcome.result), actor)
        self.log.append(entry)
        return entry

    def _role_of(self, cmd: object) -> str:
        """The station a command acted as: its own when active, else the active roles."""
        spec = REGISTRY.get(cmd) if isinstance(cmd, str) else None
        if spec is not None and spec.station in self.legs[self.leg]:
            return spec.station
        return self.role

    def facts(self) -> Facts:
        return Facts(self.sandbox, self.log)

    def next_hint(self) -> dict[str, str] | None:
        """Guided mode: the first hint whose ``done_when`` does not hold yet."""
        facts = self.facts()
        for hint in self.scenario.hints:
            if not evaluate(hint.done_when, facts):
                return dict(hint.text)
        return None
