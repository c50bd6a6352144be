"""`his-trainer sim …`: replay a command log against a scenario and print the grade.

``his-trainer sim run SCENARIO --actions LOG.jsonl [--json] [--root DIR]``. SCENARIO is a
scenario id (a folder under ``<root>/scenarios``) or a path to a scenario folder or its
``scenario.yaml``. Exit codes: 0 passed, 1 failed or invalid content, 2 usage (unknown
scenario, unreadable log). The words printed here are the only English in trainer.sim.

May import: trainer.sim, trainer.content, trainer.resources, trainer.errors, argparse,
the standard library.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from trainer.errors import ContentError
from trainer.resources import content_root
from trainer.sim.grading import Result
from trainer.sim.replay import load, run
from trainer.sim.scenario_files import find_scenario

MAX_REFUSALS_SHOWN = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sim`` (with subcommand ``run``) to the main command line."""
    sim = subparsers.add_parser("sim", help="training HIS sandbox: replay and grade attempts")
    sim_sub = sim.add_subparsers(dest="sim_command", required=True)
    runner = sim_sub.add_parser("run", help="replay a command log against a scenario")
    runner.add_argument("scenario", help="scenario id, or path to a scenario folder")
    runner.add_argument("--actions", required=True, type=Path, help="command log (.jsonl)")
    runner.add_argument("--json", action="store_true", help="print the result as JSON")
    runner.add_argument("--root", type=Path, default=None,
                        help="simulators folder (default: the shipped one)")
    runner.set_defaults(handler=handle_run)


def handle_run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Replay, print, and return the exit code (0 pass, 1 fail/invalid, 2 usage)."""
    out = out or sys.stdout
    root: Path = args.root or content_root("simulators")
    folder = find_scenario(root, str(args.scenario))
    if folder is None:
        print(f"error: no scenario {args.scenario!r} (looked under {root / 'scenarios'})",
              file=out)
        return 2
    if args.root is None and (folder.parent.parent / "reference").is_dir():
        root = folder.parent.parent
    try:
        log_text = Path(args.actions).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.actions}: {exc}", file=out)
        return 2
    try:
        loaded = load(root, folder)
    except ContentError as exc:
        for problem in exc.problems:
            print(str(problem), file=out)
        return 1
    attempt, result = run(loaded, log_text)
    refused = [{"seq": e.seq, "t": e.t, "cmd": e.cmd, "code": e.code, "facts": e.facts}
               for e in attempt.log if not e.accepted]
    if args.json:
        data = {**result.to_dict(), "refused_commands": refused}
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str), file=out)
    else:
        print(describe(result), file=out)
        for row in refused[:MAX_REFUSALS_SHOWN]:
            print(f"  refused #{row['seq']} {row['cmd'] or '-'}: {row['code']}", file=out)
    return 0 if result.passed else 1


def describe(result: Result) -> str:
    """The result in plain English, one line per check."""
    eff = result.efficiency
    lines = [f"scenario {result.scenario}: score {result.score:g}/100 "
             f"(pass mark {result.pass_mark}) — {'PASS' if result.passed else 'FAIL'}"]
    for crit in result.critical_errors:
        if crit.committed:
            lines.append(f"  CRITICAL ERROR {crit.id}: {crit.text.get('en', crit.id)}")
    for check in result.checks:
        mark = "ok  " if check.passed else "FAIL"
        lines.append(f"  [{mark}] {check.id} ({check.weight}): {check.text.get('en', check.id)}")
    expert = "" if eff.expert_commands is None or eff.expert_time_ms is None else \
        f"; expert: {eff.expert_commands} commands, {eff.expert_time_ms / 1000:g} s"
    lines.append(f"  efficiency: {eff.time_ms / 1000:g} s, {eff.commands} commands, "
                 f"{eff.refused} refused, {eff.detours} detours{expert}")
    return "\n".join(lines)
