"""``his-trainer server regrade`` and ``his-trainer server grading``: the service's grading
from the command line, on the service's PostgreSQL database (run them on the server host).

- ``regrade``: a grading pass now — attempts submitted since the last pass and those held
  for a content version the service lacked (add the banks with ``--content DIR``: every
  item version found there is archived, so held attempts pinned to it are graded).
- ``grading``: the trainers' and administrators' list — attempts held, refused, waiting
  for marks, or graded against a local result that disagrees — in words.

May import: trainer.server, trainer.words, argparse, the standard library.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path


def register(server_sub: argparse._SubParsersAction[argparse.ArgumentParser],
             db_arg: Callable[[argparse.ArgumentParser], None]) -> None:
    regrade = server_sub.add_parser(
        "regrade", help="grade submitted certifying theory attempts now (and held ones)")
    db_arg(regrade)
    regrade.add_argument("--content", type=Path, metavar="DIR",
                         help="question banks with exam pools and answers (default: shipped)")
    regrade.set_defaults(handler=_regrade)
    listing = server_sub.add_parser(
        "grading", help="list attempts held, refused or flagged for a trainer")
    db_arg(listing)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    listing.set_defaults(handler=_listing)


def _regrade(args: argparse.Namespace) -> int:
    from trainer.server.db import open_server_db
    from trainer.server.grading import ExamDesk

    desk = ExamDesk(open_server_db(args.db), args.content)
    done = desk.run(retry_held=True)
    print(f"graded {len(done.graded)}, held {len(done.held)}, refused {len(done.refused)}, "
          f"waiting for marks {len(done.marking)}")
    return 0


def _listing(args: argparse.Namespace) -> int:
    from trainer import words
    from trainer.server.db import open_server_db
    from trainer.server.verdicts import flagged

    with open_server_db(args.db).connect() as conn:
        rows = flagged(conn)
    for row in rows:
        row["words"] = words.say(row["reason"] or "grading.refused", args.lang,
                                 content_hash=row["content_hash"][:12])
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{row['updated_at']}  {row['trainee']:10} {row['module']:18} "
              f"{row['status']:8} {row['attempt_id']}  {row['words']}")
    print(f"{len(rows)} attempt(s)")
    return 0
