"""`his-trainer serve` and `his-trainer server …` (enrol-code, devices, revoke, staff).

``serve`` runs the sync service; the ``server`` commands work directly on the service's
PostgreSQL database (run them on the server host, where the database URL is known).
Codes and tokens are printed once to the operator and never logged.

May import: trainer.server, trainer.errors, argparse, the standard library.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

DATA_DIR_HELP = "profile folder (not used by the service; accepted for symmetry)"


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", required=True, metavar="URL", help="postgresql+psycopg://user@host/dbname"
    )
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve`` and ``server``; safe to call more than once (both names map here)."""
    if "serve" in subparsers.choices:
        return
    serve = subparsers.add_parser("serve", help="run the central sync service (PostgreSQL)")
    _db_arg(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--tls-cert", metavar="PEM", help="certificate (required off loopback)")
    serve.add_argument("--tls-key", metavar="PEM", help="private key of --tls-cert")
    serve.add_argument("--issuer-key", metavar="DIR",
                       help="folder of the issuer key (issuer.key): the service issues "
                            "certificates; its passphrase is read from --passphrase-env")
    serve.add_argument("--passphrase-env", metavar="NAME",
                       default="HIS_TRAINER_ISSUER_PASSPHRASE",
                       help="environment variable holding the issuer key's passphrase")
    serve.add_argument("--scenario-archive", action="append", default=[], metavar="DIR",
                       help="a folder laid out as simulators/ with older scenario versions "
                            "(repeatable): attempts pinned to them are re-run too")
    serve.add_argument("--content", metavar="DIR",
                       help="question banks with exam pools and answers to grade with "
                            "(default: the shipped ones)")
    serve.set_defaults(handler=_serve)

    server = subparsers.add_parser("server", help="administer the sync service's database")
    server_sub = server.add_subparsers(dest="server_command", required=True)
    code = server_sub.add_parser("enrol-code", help="issue a one-time workstation enrolment code")
    _db_arg(code)
    code.add_argument("--department", action="append", default=[], metavar="DEPT",
                      help="department the workstation serves (repeatable)")
    code.add_argument("--hours", type=float, default=24.0, help="valid for this long")
    code.set_defaults(handler=_enrol_code)
    devices = server_sub.add_parser("devices", help="list enrolled workstations")
    _db_arg(devices)
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=_devices)
    revoke = server_sub.add_parser(
        "revoke", help="refuse a workstation's token (and those re-enrolled from it)")
    _db_arg(revoke)
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=_revoke)
    key = server_sub.add_parser(
        "issuer-key", help="create the service's issuer key (passphrase on standard input)")
    key.add_argument("--dir", required=True, metavar="DIR", help="folder for issuer.key")
    key.set_defaults(handler=_issuer_key)
    staff = server_sub.add_parser("staff", help="add or change a person in the central roster")
    _db_arg(staff)
    staff.add_argument("staff_id")
    staff.add_argument("--name")
    staff.add_argument("--role", action="append", dest="roles", metavar="ROLE")
    staff.add_argument("--department", action="append", dest="departments", metavar="DEPT")
    staff.add_argument("--password-stdin", action="store_true",
                       help="read a new password from standard input")
    staff.add_argument("--disable", action="store_true")
    staff.add_argument("--enable", action="store_true")
    staff.set_defaults(handler=_staff)
    from trainer.server import merge_cli

    merge_cli.register(server_sub, _db_arg)
    from trainer.server import grading_cli

    grading_cli.register(server_sub, _db_arg)


def _serve(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from trainer.server.authority import Settings
    from trainer.server.issuing import load_key
    from trainer.server.run import serve

    issuer = None
    if args.issuer_key:
        issuer = load_key(args.issuer_key, os.environ.get(args.passphrase_env, ""))
        print(f"issuer key {issuer.key_id}", file=sys.stderr)
    settings = Settings(issuer, archive=[Path(p) for p in args.scenario_archive])
    return serve(args.db, host=args.host, port=args.port, cert=args.tls_cert, key=args.tls_key,
                 settings=settings, content=args.content)


def _issuer_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from trainer.certify.keys import create_issuer_key

    key = create_issuer_key(Path(args.dir), sys.stdin.readline().rstrip("\n"))
    print(f"issuer key {key.key_id} written to {args.dir}")
    return 0


def _enrol_code(args: argparse.Namespace) -> int:
    from trainer.server.db import open_server_db
    from trainer.server.enrolment import issue_code

    engine = open_server_db(args.db)
    code = issue_code(engine, departments=args.department, hours=args.hours)
    print(code.code)
    print(f"valid until {code.expires_at} for departments: {', '.join(code.departments) or '-'}",
          file=sys.stderr)
    return 0


def _devices(args: argparse.Namespace) -> int:
    from trainer.server.db import open_server_db
    from trainer.server.enrolment import list_devices

    rows = [d.as_dict() for d in list_devices(open_server_db(args.db))]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(_device_line(row))
    print(f"{len(rows)} device(s)")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from trainer.server.db import open_server_db
    from trainer.server.enrolment import revoke

    for device_id in revoke(open_server_db(args.db), args.device_id):
        print(f"revoked {device_id}")
    return 0


def _device_line(row: dict[str, Any]) -> str:
    flag = " CLOCK" if row["clock_flagged"] else ""
    return (
        f"{row['device_id']}  {row['status']:8} last seen {row['last_seen'] or '-'}  "
        f"waiting {row['events_waiting']}  v{row['app_version'] or '?'}  "
        f"{','.join(row['departments'])}{flag}"
    )


def _staff(args: argparse.Namespace) -> int:
    from trainer.server.db import open_server_db
    from trainer.server.roster import StaffChange, apply_staff_change

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    active = True if args.enable else False if args.disable else None
    change = StaffChange(args.staff_id, args.name, args.roles, args.departments, active, password)
    version = apply_staff_change(open_server_db(args.db), change)
    print(f"roster version {version}")
    return 0
