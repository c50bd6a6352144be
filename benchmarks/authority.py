"""The service's re-run of a practical attempt (issue 17) against the workstation's own
replay and grading of the same log (budget 1.5×): the re-run also checks every command's
integrity chain link, the numbering, the order and each command's recorded acceptance.

The attempt is the 1,000-command journey log of ``benchmarks/sim.py`` as ``sim.command``
events with their chain, as a station journals them.
"""

from __future__ import annotations

import json

from benchmarks.harness import Figure, best_of
from benchmarks.sim import journey_log
from trainer.journal.events import Event
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.service import scenario_hash
from trainer.resources import content_root
from trainer.server.practicals import rerun
from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import grade
from trainer.sim.log import parse_log
from trainer.sim.recording import chain_link, log_chain
from trainer.sim.replay import expert_path, load
from trainer.sim.scenario_files import LoadedScenario

ATTEMPT = "bench-attempt"


def _events(loaded: LoadedScenario, log: str) -> tuple[list[Event], dict[str, object]]:
    sim = SimAttempt(loaded.scenario, loaded.reference)
    for line in parse_log(log):
        sim.apply(int(str(line.t)), str(line.cmd), dict(line.args))  # type: ignore[call-overload]
    events, link = [], ATTEMPT
    for n, e in enumerate(sim.log, start=1):
        args = json.loads(json.dumps(e.args, default=str))
        link = chain_link(link, e.seq, e.t, e.cmd, args, e.accepted, e.code)
        payload = {"attempt_id": ATTEMPT, "scenario_id": loaded.scenario.id,
                   "scenario_version": loaded.scenario.version, "mode": "exam", "seq": e.seq,
                   "t": e.t, "cmd": e.cmd, "args": args, "ok": e.accepted, "code": e.code,
                   "chain": link}
        events.append(Event(f"e{n}", n, "pc", n, "sim.command", 1, "N100", ATTEMPT,
                            json.dumps(payload, ensure_ascii=False), "2026-12-03T08:00:00Z"))
    result = grade(sim, expert_path(loaded))
    finish = {"score": result.score, "passed": result.passed,
              "checks": {c.id: c.passed for c in result.checks},
              "critical_errors": result.committed, "commands": len(sim.log),
              "log_digest": log_chain(ATTEMPT, sim.log)}
    return events, finish


def _local(loaded: LoadedScenario, events: list[Event]) -> None:
    """What the workstation does at finish: replay the journalled commands and grade."""
    sim = SimAttempt(loaded.scenario, loaded.reference)
    for e in events:
        d = e.data()
        sim.apply(int(d["t"]), str(d["cmd"]), dict(d["args"]))
    grade(sim, expert_path(loaded))


def run() -> list[Figure]:
    root = content_root("simulators")
    loaded = load(root, root / "scenarios" / "journey-outpatient-infusion")
    events, finish = _events(loaded, journey_log(loaded))
    found = PracticalAttempt(ATTEMPT, "N100", "nurse_station", "x", 1, loaded.scenario.id,
                             loaded.scenario.version, scenario_hash(loaded), 80.0, 1200,
                             None, "pc", "2026-12-03T08:00:00Z")
    verdict = rerun(found, loaded, events, finish)
    assert verdict["outcome"] == "verified", verdict["reasons"]
    ours = best_of(lambda: rerun(found, loaded, events, finish), repeat=5)
    local = best_of(lambda: _local(loaded, events), repeat=5)
    return [
        Figure("service re-run, 1,000 commands", ours, "ms", budget=1.5 * local,
               note=f"checks and re-grades; the PC's own replay+grade {local:.0f} ms"),
    ]
