"""`his-trainer sync [--json]`, `sync enrol URL CODE`, `sync status [--json]`.

May import: trainer.sync, trainer.services, trainer.errors, argparse, the standard library.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="profile folder (default: the machine-wide data folder)")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync``; safe to call more than once."""
    if "sync" in subparsers.choices:
        return
    sync = subparsers.add_parser("sync", help="sync with the central service now")
    _data_dir(sync)
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sync.set_defaults(handler=_sync)
    sync_sub = sync.add_subparsers(dest="sync_command")
    enrol = sync_sub.add_parser("enrol", help="register this workstation with the service")
    _data_dir(enrol)
    enrol.add_argument("url", help="https://server:port of the sync service")
    enrol.add_argument("code", help="one-time enrolment code from the administrator")
    enrol.add_argument("--ca-file", metavar="PEM", help="CA certificate to trust for the server")
    enrol.add_argument("--merge-roster", action="store_true",
                       help="a standalone profile: offer its staff and history to the service")
    enrol.set_defaults(handler=_enrol)
    status = sync_sub.add_parser("status", help="last sync, events waiting, last error")
    _data_dir(status)
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)


def _open(args: argparse.Namespace) -> Any:
    from trainer.services import open_services

    return open_services(getattr(args, "data_dir", None))


def _enrol(args: argparse.Namespace) -> int:
    from trainer.sync.client import enrol

    services = _open(args)
    result = enrol(services.engine, services.journal, args.url, args.code, ca_file=args.ca_file)
    services.settings.set("server_url", args.url)
    print(f"enrolled device {result.device_id} with {args.url}")
    if getattr(args, "merge_roster", False):
        from trainer.sync.merging import merge_after_enrol

        merged = merge_after_enrol(services.engine, services.journal)
        print(f"roster merged: {len(merged.added)} added, {len(merged.same)} already known, "
              f"{len(merged.clashes)} staff number(s) in clash: {', '.join(merged.clashes)}")
        if merged.clashes:
            print("an administrator resolves them on the service (his-trainer server merges); "
                  "their history is held until then")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from trainer.sync.client import SyncClient

    services = _open(args)
    outcome = SyncClient(services.engine, services.journal).run()
    if args.json:
        print(json.dumps(outcome.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"pushed {outcome.pushed}, pulled {outcome.pulled}, waiting {outcome.waiting}")
        if outcome.error_code:
            print(f"error: {outcome.error_text}")
    return 0 if outcome.error_code is None else 1


def _status(args: argparse.Namespace) -> int:
    from trainer.sync.state import read_status

    status = read_status(_open(args).engine)
    if args.json:
        print(json.dumps(status.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"server:     {status.server_url or '(standalone)'}")
    print(f"device:     {status.device_id}")
    print(f"last sync:  {status.last_sync or 'never'}")
    print(f"waiting:    {status.waiting} event(s)")
    print(f"last error: {status.error_text or 'none'}")
    if status.clock_skew_seconds is not None and status.clock_flagged:
        print(f"clock:      off by {status.clock_skew_seconds:+.0f} s against the server")
    return 0
