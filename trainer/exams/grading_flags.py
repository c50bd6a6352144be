"""The sync service's grading flags for the trainers (networked mode): certifying theory
attempts the service holds (content version missing), refuses (replayed or fabricated
answers, edited local scores), waits on (marks for open items), or graded against a
disagreeing local result — read from ``GET /v1/admin/grading`` and turned into rows to show.

The trainer logs in to the *service* with their own password for the one read (the admin
session of :class:`~trainer.sync.admin.ServiceAdmin`, as HR's central issuing does); the
service checks the roles itself, and this workstation checks ``exam.mark`` first.

May import: trainer.sync, trainer.auth, trainer.words, SQLAlchemy, the standard library.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from trainer import words
from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.auth.staff import load_members
from trainer.exams import grading_words  # noqa: F401 - defines the reasons' words
from trainer.sync.admin import ServiceAdmin

#: What the service did with a flagged attempt (``exam_grading.status``).
STATUS_TEXT: dict[str, str] = {
    "held": "Held, not graded",
    "refused": "Not certified",
    "marking": "Waiting for marks",
    "graded": "Graded, flagged",
}
words.define_many({f"grading.status.{k}": v for k, v in STATUS_TEXT.items()})


@dataclass(frozen=True)
class FlagRow:
    """One flagged attempt, ready to show."""
    attempt_id: str
    staff_id: str
    name: str  # "" when this workstation does not know the person
    module: str  # the HIS module's code (the GUI names it)
    when: str  # local time, YYYY-MM-DD HH:MM
    status: str  # held | refused | marking | graded
    status_words: str
    reason: str  # the service's reason, in the language asked for


def read_flags(engine: Engine, session: Session | None, password: str,
               lang: str) -> list[FlagRow]:
    """Log in to the service as ``session``'s person with ``password`` and read the
    flagged attempts, reasons in ``lang``. Raises PermissionDenied when the person may not
    mark exams here, SyncError when the service refuses (``auth.bad_credentials``,
    ``auth.denied``) or cannot be reached."""
    me = require(session, "exam.mark")
    admin = ServiceAdmin(engine)
    try:
        admin.log_in(me.staff_id, password)
        found = admin.grading(lang)
    finally:
        admin.close()
    return display_rows(engine, found, lang)


def display_rows(engine: Engine, found: list[dict[str, object]], lang: str) -> list[FlagRow]:
    """The service's rows as :class:`FlagRow` — names of the people this workstation
    knows, times in local time, the status in words — in the service's order."""
    wanted = sorted({str(r.get("trainee") or "") for r in found} - {""})
    with engine.connect() as conn:
        names = {m.staff_id: m.name for m in load_members(conn, wanted)} if wanted else {}
    return [_row(r, names, lang) for r in found]


def _row(found: Mapping[str, object], names: Mapping[str, str], lang: str) -> FlagRow:
    staff_id = str(found.get("trainee") or "")
    status = str(found.get("status") or "")
    reason = str(found.get("words") or "") or words.say(
        str(found.get("reason") or "grading.refused"), lang,
        content_hash=str(found.get("content_hash") or "")[:12])
    return FlagRow(
        attempt_id=str(found.get("attempt_id") or ""), staff_id=staff_id,
        name=names.get(staff_id, ""), module=str(found.get("module") or ""),
        when=local_time(str(found.get("updated_at") or "")), status=status,
        status_words=words.say(f"grading.status.{status}", lang)
        if status in STATUS_TEXT else status,
        reason=reason)


def local_time(iso: str) -> str:
    """``2026-12-03T11:02:03Z`` → ``2026-12-03 19:02`` on a PC in China; "—" for none."""
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone() \
            .strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
