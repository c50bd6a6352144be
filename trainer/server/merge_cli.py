"""`his-trainer server merge-code`, `server merges` and `server resolve`: enrolling a
standalone profile with its roster, and the staff-number clashes that leaves
(:mod:`trainer.server.merge`, :mod:`trainer.server.clashes`).

May import: trainer.server, argparse, the standard library.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def register(server_sub: argparse._SubParsersAction[argparse.ArgumentParser],
             db_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    code = server_sub.add_parser(
        "merge-code", help="an enrolment code for a standalone profile bringing its roster "
        "and history (his-trainer sync enrol URL CODE --merge-roster)")
    db_arg(code)
    code.add_argument("--department", action="append", default=[], metavar="DEPT",
                      help="department the workstation serves (repeatable)")
    code.add_argument("--hours", type=float, default=24.0, help="valid for this long")
    code.set_defaults(handler=_merge_code)
    merges = server_sub.add_parser(
        "merges", help="staff numbers of merged standalone profiles in clash with the roster")
    db_arg(merges)
    merges.add_argument("--all", action="store_true", help="resolved ones too")
    merges.add_argument("--json", action="store_true")
    merges.set_defaults(handler=_merges)
    resolve = server_sub.add_parser(
        "resolve", help="resolve a clash: the same person (--map) or a new number (--rename)")
    db_arg(resolve)
    resolve.add_argument("device_id")
    resolve.add_argument("staff_id", help="the staff number as the standalone profile had it")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--map", action="store_true",
                     help="the local person IS the service's person with this number")
    how.add_argument("--rename", metavar="NEW_ID",
                     help="the local person is someone else: add them under NEW_ID")
    resolve.set_defaults(handler=_resolve)


def _merge_code(args: argparse.Namespace) -> int:
    from trainer.server.db import open_server_db
    from trainer.server.merge import issue_merge_code

    code = issue_merge_code(open_server_db(args.db), args.department, args.hours)
    print(code.code)
    print(f"valid until {code.expires_at} for departments: {', '.join(code.departments) or '-'}"
          "; the workstation may merge its roster and history", file=sys.stderr)
    return 0


def _merges(args: argparse.Namespace) -> int:
    from trainer.server.clashes import list_clashes
    from trainer.server.db import open_server_db

    rows = [c.as_dict() for c in list_clashes(open_server_db(args.db), resolved_too=args.all)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(_line(row))
    print(f"{sum(r['outcome'] == 'clash' for r in rows)} clash(es) open")
    return 0


def _line(row: dict[str, Any]) -> str:
    local = f"{row['local_name']} ({','.join(row['local_departments']) or '-'})"
    service = f"{row['service_name']} ({','.join(row['service_departments']) or '-'})"
    done = "" if row["outcome"] == "clash" else f"  {row['outcome']} → {row['target']}"
    return (f"{row['device_id']}  {row['staff_id']}  here: {local}  service: {service}  "
            f"held {row['held_events']}{done}")


def _resolve(args: argparse.Namespace) -> int:
    from trainer.server.clashes import resolve
    from trainer.server.db import open_server_db
    from trainer.server.errors import ServiceError

    try:
        done = resolve(open_server_db(args.db), args.device_id, args.staff_id,
                       "map" if args.map else "rename", args.rename, by="cli")
    except ServiceError as exc:
        print(f"refused: {exc.code}", file=sys.stderr)
        return 1
    print(f"{done['staff_id']} {done['outcome']} → {done['target']}; "
          f"{done['released']} held event(s) released")
    return 0
