"""The replay of a practical attempt: its command log from the journal, the sandbox state
after any step, and a timeline with times, pauses, refusals, and the steps where a check
was lost or a critical error happened.

State is a pure function of the pinned scenario and the command log (ARCHITECTURE §6), so
:func:`state_after` rebuilds exactly what the trainee's station showed after step ``k``.

May import: trainer.errors, trainer.journal, trainer.sim (attempt, checks, scenario_files),
trainer.practical.attempts, the standard library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from trainer.errors import TrainerError
from trainer.journal import Journal
from trainer.practical.attempts import PracticalAttempt
from trainer.sim.attempt import SimAttempt
from trainer.sim.checks import evaluate
from trainer.sim.scenario_files import LoadedScenario

Command = tuple[int, str, dict[str, Any]]
PAUSE_MS = 30_000  # a gap this long between two commands is shown as a pause


def commands_of(journal: Journal, attempt_id: str) -> list[Command]:
    """The attempt's commands in order (``sim.command`` events, by ``seq``)."""
    rows: dict[int, Command] = {}
    for event in journal.events(type="sim.command", subject_id=attempt_id):
        data = event.data()
        rows.setdefault(int(data["seq"]), (int(data["t"]), str(data["cmd"]),
                                           dict(data["args"])))
    return [rows[seq] for seq in sorted(rows)]


def loaded_for(loaded: LoadedScenario, found: PracticalAttempt,
               hash_of: Callable[[LoadedScenario], str]) -> LoadedScenario:
    """``loaded`` if it is the version the attempt pinned, else a clear refusal."""
    if loaded.scenario.version != found.scenario_version or \
            hash_of(loaded) != found.scenario_hash:
        raise TrainerError(code="practical.scenario_changed", pinned=found.scenario_version,
                           current=loaded.scenario.version)
    return loaded


def state_after(loaded: LoadedScenario, commands: list[Command], k: int) -> SimAttempt:
    """The attempt after its first ``k`` commands (0: the seed state)."""
    sim = SimAttempt(loaded.scenario, loaded.reference)
    for t, cmd, args in commands[:k]:
        sim.apply(t, cmd, args)
    return sim


@dataclass(frozen=True)
class Step:
    index: int  # 1-based
    t: int  # elapsed ms
    cmd: str
    args: dict[str, Any]
    accepted: bool
    code: str | None
    patient: str | None
    pause_before_ms: int  # > 0 when the gap before this command was a pause
    checks_lost: tuple[str, ...]  # checks that held before this step and not after
    critical: tuple[str, ...]  # critical errors that happened at this step

    @property
    def flagged(self) -> bool:
        return bool(self.checks_lost or self.critical or not self.accepted)


@dataclass(frozen=True)
class Timeline:
    steps: tuple[Step, ...]
    never_met: tuple[str, ...]  # checks that never held (shown at the last step)

    def failed_steps(self) -> list[int]:
        """Indexes of the steps where a check was lost or a critical error happened (and
        the last step when a check never held)."""
        out = [s.index for s in self.steps if s.checks_lost or s.critical]
        if self.never_met and self.steps and self.steps[-1].index not in out:
            out.append(self.steps[-1].index)
        return out

    @property
    def pauses(self) -> list[tuple[int, int]]:
        return [(s.index, s.pause_before_ms) for s in self.steps if s.pause_before_ms]


def timeline(loaded: LoadedScenario, commands: list[Command],
             pause_ms: int = PAUSE_MS) -> Timeline:
    """Apply the commands one by one and note what each step changed."""
    sc = loaded.scenario
    sim = SimAttempt(sc, loaded.reference)

    def holding() -> tuple[dict[str, bool], dict[str, bool]]:
        facts = sim.facts()
        return ({c.id: evaluate(c.check, facts) for c in sc.checks},
                {c.id: evaluate(c.when, facts) for c in sc.critical_errors})

    checks, critical = holding()
    ever = {k for k, v in checks.items() if v}
    steps = []
    for t, cmd, args in commands:
        last = sim.log[-1].t if sim.log else 0
        entry = sim.apply(t, cmd, args)
        now_checks, now_critical = holding()
        ever |= {k for k, v in now_checks.items() if v}
        gap = entry.t - last
        steps.append(Step(
            entry.seq, entry.t, entry.cmd, dict(entry.args), entry.accepted, entry.code,
            entry.patient, gap if gap >= pause_ms else 0,
            tuple(k for k, v in now_checks.items() if checks[k] and not v),
            tuple(k for k, v in now_critical.items() if v and not critical[k])))
        checks, critical = now_checks, now_critical
    return Timeline(tuple(steps), tuple(k for k in checks if k not in ever))
