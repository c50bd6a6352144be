"""`his-trainer sim …`: replay a command log against a scenario and print the grade.

``his-trainer sim run SCENARIO --actions LOG.jsonl [--json] [--lang zh_CN|en] [--root DIR]``
and ``his-trainer sim list [--root DIR]`` (the scenarios with their clinical sign-off) and
``his-trainer sim prove [SCENARIO…]`` (the mutation proof of the declarations).
SCENARIO is a scenario id (a folder under ``<root>/scenarios``) or a path to a scenario
folder or its ``scenario.yaml``. The report follows the profile's language setting (or
``--lang``); refusals read as the HIS words them (:mod:`trainer.sim.refusals`). Exit codes:
0 passed, 1 failed or invalid content, 2 usage (unknown scenario, unreadable log). A closed
pipe (``| head``) ends the output quietly.

May import: trainer.sim, trainer.content, trainer.config, trainer.resources, trainer.words,
trainer.vocabulary, trainer.errors, argparse, the standard library.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from trainer import words
from trainer.errors import ContentError
from trainer.resources import content_root
from trainer.sim.grading import Result
from trainer.sim.reference import load_reference
from trainer.sim.refusals import refusal
from trainer.sim.replay import load, run
from trainer.sim.scenario_files import (
    find_scenario,
    load_scenario,
    reference_folder,
    scenario_folders,
)
from trainer.vocabulary import LANGUAGES

MAX_REFUSALS_SHOWN = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sim`` (with subcommands ``run`` and ``list``) to the main command line."""
    sim = subparsers.add_parser("sim", help="training HIS sandbox: replay and grade attempts")
    sim_sub = sim.add_subparsers(dest="sim_command", required=True)
    runner = sim_sub.add_parser("run", help="replay a command log against a scenario")
    runner.add_argument("scenario", help="scenario id, or path to a scenario folder")
    runner.add_argument("--actions", required=True, type=Path, help="command log (.jsonl)")
    runner.add_argument("--json", action="store_true", help="print the result as JSON")
    runner.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="report language (default: the profile's language setting)")
    runner.add_argument("--root", type=Path, default=None,
                        help="simulators folder (default: the shipped one)")
    runner.set_defaults(handler=handle_run)
    prover = sim_sub.add_parser("prove", help="mutation proof of scenarios' declarations")
    prover.add_argument("scenarios", nargs="*", help="scenario ids (default: all)")
    prover.add_argument("--root", type=Path, default=None)
    prover.set_defaults(handler=handle_prove)
    lister = sim_sub.add_parser("list", help="the scenarios, their roles and sign-off")
    lister.add_argument("--lang", choices=LANGUAGES, default=None)
    lister.add_argument("--root", type=Path, default=None)
    lister.set_defaults(handler=handle_list)


def language(args: argparse.Namespace) -> str:
    """``--lang``, else the profile's ``language`` setting, else the system's language."""
    if getattr(args, "lang", None):
        return str(args.lang)
    try:
        from trainer.config import Settings, open_profile

        setting = Settings(open_profile(getattr(args, "data_dir", None))).get("language")
    except Exception:  # no profile here: fall back to the system language
        setting = "system"
    return setting if setting in LANGUAGES else system_language()


def system_language() -> str:
    names = [os.environ.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG")]
    names.append(str(locale.getlocale()[0] or ""))
    chinese = any(n.lower().startswith(("zh", "chinese")) for n in names if n)
    return "zh_CN" if chinese else "en"


def handle_run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Replay, print, and return the exit code (0 pass, 1 fail/invalid, 2 usage)."""
    stream = out or sys.stdout
    try:
        return _run(args, stream)
    except BrokenPipeError:  # `sim run … | head`: the reader left; that is not an error
        _silence(stream)
        return 0


def _silence(stream: TextIO) -> None:
    if stream is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run(args: argparse.Namespace, out: TextIO) -> int:
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
    lang = language(args)
    attempt, result = run(loaded, log_text)
    refused = [{"seq": e.seq, "t": e.t, "cmd": e.cmd, "code": e.code, "facts": e.facts,
                "message": refusal(e.code, lang, e.facts)}
               for e in attempt.log if not e.accepted]
    if args.json:
        data = {**result.to_dict(), "refused_commands": refused}
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str), file=out)
    else:
        print(describe(result, lang), file=out)
        for row in refused[:MAX_REFUSALS_SHOWN]:
            print("  " + words.say("sim.cli.refused", lang, seq=row["seq"],
                                   cmd=row["cmd"] or "-", message=row["message"]), file=out)
    out.flush()
    return 0 if result.passed else 1


def _text(texts: dict[str, str], lang: str, fallback: str) -> str:
    return texts.get(lang) or texts.get("en") or fallback


def describe(result: Result, lang: str = "en") -> str:
    """The result in ``lang``, one line per check, leg and critical error."""
    eff = result.efficiency
    header = "sim.cli.header_pass" if result.passed else "sim.cli.header_fail"
    lines = [words.say(header, lang, scenario=result.scenario, score=f"{result.score:g}",
                       pass_mark=result.pass_mark)]
    for crit in result.critical_errors:
        if crit.committed:
            lines.append("  " + words.say("sim.cli.critical", lang, id=crit.id,
                                          text=_text(crit.text, lang, crit.id)))
    for n, leg in enumerate(result.legs, start=1):
        lines.append("  " + words.say("sim.cli.leg_pass" if leg.passed else "sim.cli.leg_fail",
                                      lang, n=n, role=leg.role, score=f"{leg.score:g}"))
    for check in result.checks:
        lines.append("  " + words.say("sim.cli.check_met" if check.passed
                                      else "sim.cli.check_unmet", lang, id=check.id,
                                      weight=check.weight,
                                      text=_text(check.text, lang, check.id)))
    line = words.say("sim.cli.efficiency", lang, seconds=f"{eff.time_ms / 1000:g}",
                     commands=eff.commands, refused=eff.refused, detours=eff.detours)
    if eff.expert_commands is not None and eff.expert_time_ms is not None:
        line += "; " + words.say("sim.cli.expert", lang, commands=eff.expert_commands,
                                 seconds=f"{eff.expert_time_ms / 1000:g}")
    lines.append("  " + line)
    return "\n".join(lines)


def handle_prove(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Derive variants of golden logs and grade them against the declarations (authors'
    tool; the same proof runs in the tests). Exit 1 when a variant disagrees."""
    from trainer.sim.mutation import prove

    stream = out or sys.stdout
    root: Path = args.root or content_root("simulators")
    wanted = set(args.scenarios)
    status = 0
    try:
        for folder in scenario_folders(root):
            if wanted and folder.name not in wanted:
                continue
            try:
                loaded = load(root, folder)
            except ContentError as exc:
                print("\n".join(str(p) for p in exc.problems), file=stream)
                status = 1
                continue
            proof = prove(loaded)
            print(f"{folder.name}: {json.dumps(proof.counts())}", file=stream)
            for o in proof.disagreements:
                print(f"  {o.variant.kind} {o.variant.label}: declared {o.variant.expected}, "
                      f"graded {o.verdict} (failed {list(o.failed_checks)}, "
                      f"critical {list(o.committed)})", file=stream)
            for check in proof.unproved_checks:
                print(f"  check {check} holds without any step", file=stream)
            status |= int(bool(proof.disagreements or proof.unproved_checks))
        stream.flush()
    except BrokenPipeError:
        _silence(stream)
    return status


def handle_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """One line per scenario: id, roles, modes, and who signed it off when."""
    stream = out or sys.stdout
    try:
        return _list(args, stream)
    except BrokenPipeError:
        _silence(stream)
        return 0


def _list(args: argparse.Namespace, out: TextIO) -> int:
    root: Path = args.root or content_root("simulators")
    lang = language(args)
    reference, problems = load_reference(reference_folder(root))
    if reference is None:
        for problem in problems:
            print(str(problem), file=out)
        return 1
    status = 0
    for folder in scenario_folders(root):
        loaded, found = load_scenario(folder, reference)
        if loaded is None:
            print(f"{folder.name}: {len(found)} problem(s) — run `his-trainer content check`",
                  file=out)
            status = 1
            continue
        sc = loaded.scenario
        print(f"{sc.id}  [{', '.join(r.value for r in sc.roles)}]  "
              f"{_text(dict(sc.title), lang, sc.id)}  — {review_line(sc.review, lang)}", file=out)
    return status


def review_line(review: Any, lang: str) -> str:
    """Who reviewed a scenario and when, and whether it was a clinical sign-off."""
    if review is None:
        return words.say("sim.cli.unreviewed", lang)
    key = "sim.cli.review_clinical" if review.clinical else "sim.cli.review"
    return words.say(key, lang, by=review.reviewed_by, at=review.reviewed_at.isoformat())
