"""The ``his-trainer bank`` command: ``bank import``, ``bank export`` and ``bank lint``.

``bank import FILE --out BANK.yaml`` writes nothing unless every question of FILE was
imported, or ``--skip-invalid`` is given (then it lists what it left out). ``bank export
BANK --out FILE.xlsx`` writes a workbook that ``bank import`` reads back to the same bank.
``bank lint [BANK…]`` reports each bank's quality figures and findings (``--json`` for
machines) and exits 1 when a threshold fails. Handlers return exit codes: 0 ok, 1
problems, 2 usage.

May import: trainer.errors, trainer.vocabulary, trainer.resources, trainer.content,
the standard library.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from trainer.content.bank_export import export_xlsx, write_bank_yaml
from trainer.content.bank_lint import lint_banks
from trainer.content.bank_lint_text import render
from trainer.content.banks import Bank, bank_files, load_bank
from trainer.content.importers import (
    ImportOptions,
    ImportResult,
    import_gift,
    import_moodle_xml,
    import_xlsx,
)
from trainer.errors import ContentError
from trainer.resources import app_root, content_root
from trainer.vocabulary import LANGUAGES, Module, Role

IMPORTERS: dict[str, Callable[[Path, ImportOptions], ImportResult]] = {
    "gift": import_gift, "moodle-xml": import_moodle_xml, "xlsx": import_xlsx}
_BY_SUFFIX = {".gift": "gift", ".txt": "gift", ".xml": "moodle-xml", ".xlsx": "xlsx"}


def _listed(values: list[str] | None) -> tuple[str, ...]:
    """``--module a --module b,c`` → (a, b, c)."""
    return tuple(p.strip() for v in values or () for p in v.split(",") if p.strip())


def _add_import(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = commands.add_parser("import", help="import GIFT, Moodle XML or Excel into a bank")
    cmd.add_argument("file", type=Path, help="the file to import")
    cmd.add_argument("--format", choices=sorted(IMPORTERS),
                     help="the file's format (default: from its extension)")
    cmd.add_argument("--out", type=Path, required=True, help="the bank YAML file to write")
    cmd.add_argument("--skip-invalid", action="store_true",
                     help="write the valid questions and list the ones left out")
    cmd.add_argument("--lang", choices=LANGUAGES, default=LANGUAGES[0],
                     help="language of the imported text (default: %(default)s)")
    cmd.add_argument("--module", action="append", metavar="MODULE",
                     help=f"HIS module(s) of the items: {', '.join(m.value for m in Module)}")
    cmd.add_argument("--role", action="append", metavar="ROLE",
                     help="role(s) of the items (default: the trainee roles of the modules)")
    cmd.add_argument("--pool", choices=("practice", "exam"), default="practice")
    cmd.add_argument("--bank-id", help="the bank id (default: from the file name)")
    cmd.add_argument("--difficulty", type=int, choices=range(1, 6), default=3,
                     help="difficulty where the file gives none (default: %(default)s)")
    cmd.add_argument("--knowledge-point", default="general",
                     help="knowledge point of questions outside any category")
    cmd.set_defaults(handler=run_import)


def _add_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = commands.add_parser("export", help="export a bank to Excel for editing")
    cmd.add_argument("bank", help="a bank id (under question_banks/) or a bank YAML file")
    cmd.add_argument("--format", choices=("xlsx",), default="xlsx")
    cmd.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    cmd.add_argument("--lang", choices=LANGUAGES,
                     help="export one language only (default: every language, tagged columns)")
    cmd.set_defaults(handler=run_export)


def _add_lint(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = commands.add_parser("lint", help="bank quality: figures, findings, thresholds")
    cmd.add_argument("banks", nargs="*", metavar="BANK",
                     help="bank ids (under question_banks/) or bank YAML files "
                          "(default: every shipped bank)")
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    cmd.add_argument("--lang", choices=LANGUAGES, default=LANGUAGES[0],
                     help="language of the report (default: %(default)s)")
    cmd.set_defaults(handler=run_lint)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``bank import`` and ``bank export``; each sets ``handler(args) -> int``."""
    bank = subparsers.add_parser("bank", help="import, export and lint question banks")
    commands = bank.add_subparsers(dest="bank_command", required=True, metavar="COMMAND")
    _add_import(commands)
    _add_export(commands)
    _add_lint(commands)


def _usage(message: str) -> int:
    print(f"his-trainer bank: {message}", file=sys.stderr)
    return 2


def _options(args: argparse.Namespace) -> ImportOptions | str:
    modules, roles = _listed(args.module), _listed(args.role)
    bad = [m for m in modules if m not in {x.value for x in Module}]
    bad += [r for r in roles if r not in {x.value for x in Role}]
    if bad:
        return f"unknown module or role: {', '.join(bad)}"
    return ImportOptions(lang=args.lang, modules=modules, roles=roles, pool=args.pool,
                         bank_id=args.bank_id, difficulty=args.difficulty,
                         knowledge_point=args.knowledge_point)


def run_import(args: argparse.Namespace) -> int:
    """``bank import``: 0 written, 1 problems (nothing written), 2 usage."""
    fmt = args.format or _BY_SUFFIX.get(args.file.suffix.lower())
    if fmt is None:
        return _usage(f"cannot tell the format of {args.file}; give --format")
    options = _options(args)
    if isinstance(options, str):
        return _usage(options)
    bank, problems, skipped = IMPORTERS[fmt](args.file, options)
    for problem in problems:
        print(problem, file=sys.stderr)
    for item in skipped:
        print(item, file=sys.stderr)
    if bank is None or ((problems or skipped) and not args.skip_invalid):
        if bank is not None:
            print(f"nothing written: {len(problems)} problem(s), {len(skipped)} skipped; fix "
                  "the file or use --skip-invalid", file=sys.stderr)
        return 1
    try:
        write_bank_yaml(bank, args.out)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    left_out = len(problems) + len(skipped)
    print(f"wrote {len(bank.items)} item(s) to {args.out}"
          + (f"; left out {left_out} (listed above)" if left_out else ""))
    return 0


def _find_bank(name: str) -> Bank:
    path = Path(name)
    if not path.is_file():
        path = content_root("question_banks") / f"{name}.yaml"
    return load_bank(path)


def run_export(args: argparse.Namespace) -> int:
    """``bank export``: 0 written, 1 problems."""
    try:
        bank = _find_bank(args.bank)
        export_xlsx(bank, args.out, lang=args.lang)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"wrote {len(bank.items)} item(s) to {args.out}")
    return 0


def _bank_path(name: str) -> Path:
    path = Path(name)
    return path if path.is_file() else content_root("question_banks") / f"{name}.yaml"


def run_lint(args: argparse.Namespace) -> int:
    """``bank lint``: 0 every threshold met, 1 a threshold failed or a bank does not load."""
    _, shipped = bank_files(content_root("question_banks"))
    paths = [_bank_path(name) for name in args.banks] or shipped
    missing = [p for p in paths if not p.is_file()]
    if missing:
        return _usage(f"no such bank: {', '.join(str(p) for p in missing)}")
    try:
        reports = lint_banks(paths, root=app_root(), compare_with=shipped)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    text = (json.dumps({"banks": [r.as_json() for r in reports],
                        "passed": not any(r.failed for r in reports)},
                       ensure_ascii=False, indent=2)
            if args.json else render(reports, args.lang))
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `bank lint | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if any(r.failed for r in reports) else 0
