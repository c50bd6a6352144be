"""Replay a 1,000-command attempt headless (budget 100 ms, ARCHITECTURE §10); the mutation
proof over every shipped scenario (budget 30 s, issue "clinical fidelity").

The attempt is the cross-role journey's golden log followed by ordinary nurse-station work
(identity checks, scans, eight-match confirmations, vital signs, notes to the doctor) up to
1,000 commands, replayed and graded exactly as ``his-trainer sim run`` does (including the
replay of the expert path for the efficiency figures). A doctor's attempt that piles 1,000
commands onto one patient's orders is reported beside it, as information.
"""

from __future__ import annotations

import json

from benchmarks.harness import Figure, best_of
from trainer.resources import content_root
from trainer.sim.mutation import prove
from trainer.sim.replay import load
from trainer.sim.replay import run as replay_and_grade
from trainer.sim.scenario_files import LoadedScenario, scenario_folders

COMMANDS = 1000
EIGHT = ["bed", "name", "drug", "concentration", "dose", "route", "time", "expiry"]


def _line(t: int, cmd: str, args: dict[str, object]) -> str:
    return json.dumps({"t": t, "cmd": cmd, "args": args}, ensure_ascii=False)


def journey_log(loaded: LoadedScenario) -> str:
    lines = (loaded.folder / "expert.jsonl").read_text("utf-8").splitlines()
    work = [("verify_identity", {"patient": "p006", "name": "陈静", "wristband": "WB00690"}),
            ("scan_wristband", {"code": "WB00690"}), ("scan_drug", {"order": "ord-1"}),
            ("confirm_checks", {"order": "ord-1", "checks": EIGHT}),
            ("record_vitals", {"patient": "p006", "temperature": 37.6, "method": "axillary",
                               "pulse": 88, "respiration": 18}),
            ("notify", {"to": "doctor", "patient": "p006", "about": "输液顺利"})]
    t = 500_000
    while len(lines) < COMMANDS:
        cmd, args = work[len(lines) % len(work)]
        t += 700
        lines.append(_line(t, cmd, args))
    return "\n".join(lines)


def doctor_log() -> str:
    drugs = [("amlodipine", 5, "mg"), ("atorvastatin", 20, "mg"), ("omeprazole", 20, "mg"),
             ("loratadine", 10, "mg"), ("metformin", 0.5, "g")]
    lines = [_line(1, "verify_identity", {"patient": "p009", "name": "黄晓明",
                                          "wristband": "WB00972"})]
    n = 0
    while len(lines) < COMMANDS:
        n += 1
        drug, dose, unit = drugs[n % len(drugs)]
        lines.append(_line(1 + n * 100, "new_order", {
            "patient": "p009", "drug": drug, "dose": dose, "unit": unit, "route": "po",
            "freq": "qd", "kind": "long_term", "reason": "benchmark"}))
        lines.append(_line(2 + n * 100, "stop_order", {"order": f"ord-{n}"}))
    return "\n".join(lines[:COMMANDS])


def run() -> list[Figure]:
    root = content_root("simulators")
    journey = load(root, root / "scenarios" / "journey-outpatient-infusion")
    wards = load(root, root / "scenarios" / "doctor-ward-orders")
    first, second = journey_log(journey), doctor_log()
    attempt, _ = replay_and_grade(journey, first)
    accepted = sum(1 for e in attempt.log if e.accepted)
    ms = best_of(lambda: replay_and_grade(journey, first), repeat=7)
    ward_ms = best_of(lambda: replay_and_grade(wards, second), repeat=3)
    scenarios = [load(root, folder) for folder in scenario_folders(root)]
    variants = sum(len(prove(s).outcomes) for s in scenarios)
    proof_ms = best_of(lambda: [prove(s) for s in scenarios], repeat=1)
    return [
        Figure("mutation proof, all scenarios", proof_ms, "ms", budget=30_000,
               note=f"{len(scenarios)} scenarios, {variants} variants replayed and graded"),
        Figure("replay 1,000 commands", ms, "ms", budget=100,
               note=f"journey + nurse work, {accepted} accepted, graded"),
        Figure("replay 1,000 ward-order commands", ward_ms, "ms",
               note="500 orders written and stopped on one patient"),
    ]
