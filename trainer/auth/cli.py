"""``his-trainer staff …``: import HR's staff list from the command line.

The acting administrator logs in with ``--admin STAFF``; the password is asked for on
the terminal, or read from standard input with ``--password-stdin`` (for scripts). A
``--dry-run`` without ``--admin`` only validates the file.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from trainer import words
from trainer.auth import words as _auth_words  # noqa: F401  (defines the words said here)
from trainer.auth.session import Session
from trainer.auth.staff_file import read_staff_file
from trainer.auth.staff_import import ImportPlan, apply_import, plan_import
from trainer.errors import LoginFailed, TrainerError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff = subparsers.add_parser("staff", help="the staff roster")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    imp = staff_sub.add_parser("import", help="import staff from CSV or XLSX (HR export)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="validate and preview only")
    imp.add_argument("--admin", metavar="STAFF", help="administrator staff number")
    imp.add_argument("--password-stdin", action="store_true")
    imp.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    imp.set_defaults(handler=_import)


def _admin_session(args: argparse.Namespace) -> Session:
    from trainer.services import open_services

    services = open_services(getattr(args, "data_dir", None))
    password = (sys.stdin.readline().rstrip("\n") if args.password_stdin
                else getpass.getpass(f"password for {args.admin}: "))
    session = services.login.login(args.admin, password)
    args.services = services
    return session


def _import(args: argparse.Namespace) -> int:
    if args.dry_run and not args.admin:
        found = read_staff_file(args.file)
        for problem in found.problems:
            print(problem)
        print(f"{len(found.rows)} valid row(s), {len(found.problems)} problem(s)"
              f" [{found.encoding}]")
        return 1 if found.problems else 0
    if not args.admin:
        print("--admin STAFF is required to import", file=sys.stderr)
        return 2
    try:
        session = _admin_session(args)
        plan = plan_import(args.services.engine, session, args.file)
        _print_plan(plan)
        if not plan.ok:
            return 1
        if args.dry_run:
            return 0
        applied = apply_import(args.services.engine, args.services.journal, session, plan)
    except LoginFailed as exc:
        print(f"login failed: {words.say(exc.code, **exc.facts)}", file=sys.stderr)
        return 1
    except TrainerError as exc:
        print(f"error: {words.say(exc.code, **exc.facts)}", file=sys.stderr)
        return 1
    print(f"imported: {applied} staff created or changed")
    return 0


def _print_plan(plan: ImportPlan) -> None:
    for problem in plan.file.problems:
        print(problem)
    if not plan.ok:
        print(f"{len(plan.file.problems)} problem(s); nothing imported")
        return
    for change in plan.changes:
        if change.action != "unchanged":
            extra = f" ({', '.join(change.changes)})" if change.changes else ""
            note = " [disabled: stays disabled]" if change.disabled else ""
            print(f"row {change.row.row}: {change.action} {change.row.staff_id}{extra}{note}")
    print(f"{plan.count('create')} new, {plan.count('update')} changed, "
          f"{plan.count('unchanged')} unchanged [{plan.file.encoding}]")
