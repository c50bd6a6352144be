"""Events this workstation cannot read, set aside so that nothing else stops.

A journal is append-only and arrives from other PCs by sync, so one unreadable event
(not JSON, invalid for its type, written by a newer schema, no upcaster …) must not stop
projections, ``db rebuild``, the audit log or sync — on any PC. The projection engine
reads every event it is given through :func:`read_payload`; one that fails is recorded in
``journal_quarantine`` with a code and the facts, skipped by the projections and by
:meth:`Journal.events`, listed by ``his-trainer db check`` and by :func:`quarantined`
(the administrators' view). ``db rebuild`` empties the quarantine and reads every event
again: after an upgrade that brings the missing upcaster, the event simply counts.

May import: the standard library, pydantic, SQLAlchemy, trainer.store, trainer.words,
trainer.journal.events, trainer.journal.sql.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json
from sqlalchemy import Connection, Engine, delete, func, select

from trainer import words
from trainer.journal.events import REGISTRY, Event, now_iso
from trainer.journal.sql import upsert
from trainer.store.models import JournalEvent, JournalQuarantine, table_of

J = table_of(JournalEvent)
Q = table_of(JournalQuarantine)

words.define_many({
    "quarantine.not_json": "The payload of event {event_id} ({type}) is not JSON: {detail}",
    "quarantine.not_object": "The payload of event {event_id} ({type}) is not a JSON object",
    "quarantine.newer_schema": "Event {event_id} ({type}) was written by a newer version of HIS "
                            "Trainer (schema {detail}); update this workstation",
    "quarantine.no_upcaster": "Event {event_id} ({type}) has an old schema this version cannot "
                           "convert ({detail})",
    "quarantine.upcast_failed": "Event {event_id} ({type}) could not be converted to the current "
                             "schema: {detail}",
    "quarantine.bad_payload": "Event {event_id} ({type}) is not valid for its type: {detail}",
    "quarantine.projection_failed": "Event {event_id} ({type}) could not be applied to the "
                                 "projections: {detail}",
    "quarantine.quarantined": "{count} event(s) set aside (they could not be read); everything "
                           "else goes on. An administrator can see them; a newer version may "
                           "read them after `his-trainer db rebuild`.",
})


class Unreadable(Exception):
    """Why an event cannot be read: a ``quarantine.*`` code and the detail."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


#: ``(type, schema_version, payload text) → dict or Unreadable``: many events carry the
#: same payload (everyone reads the same sections), so each distinct one is read once.
_READ: dict[tuple[str, int, str], dict[str, Any] | Unreadable] = {}
_READ_LIMIT = 20_000
_registered = 0


def read_payload(event: Event) -> dict[str, Any]:
    """The payload as a dict at its type's current version, validated; else Unreadable.

    An event type this version does not know (a newer app's) is read as plain JSON. The
    dict may be shared between events with the same payload: read it, never change it.
    """
    global _registered
    key = (event.type, event.schema_version, event.payload)
    known = _READ.get(key)
    if known is None:
        if len(_READ) >= _READ_LIMIT or _registered != len(REGISTRY):
            _READ.clear()
            _registered = len(REGISTRY)
        try:
            known = _read(event)
        except Unreadable as why:
            known = why
        _READ[key] = known
    if isinstance(known, Unreadable):
        raise known
    return known


def _read(event: Event) -> dict[str, Any]:
    try:
        data: Any = from_json(event.payload)
    except (ValueError, TypeError) as exc:
        raise Unreadable("quarantine.not_json", str(exc)[:200]) from None
    if not isinstance(data, dict):
        raise Unreadable("quarantine.not_object", type(data).__name__)
    spec = REGISTRY.get(event.type)
    if spec is None:
        return data
    if event.schema_version > spec.version:
        raise Unreadable("quarantine.newer_schema", f"{event.schema_version} > {spec.version}")
    for version in range(event.schema_version, spec.version):
        upcast = spec.upcasters.get(version)
        if upcast is None:
            raise Unreadable("quarantine.no_upcaster", f"version {version}")
        try:
            data = upcast(data)
        except Exception as exc:  # an upcaster is code from a feature: any failure counts
            raise Unreadable("quarantine.upcast_failed", f"{type(exc).__name__}: {exc}"[:200]
                             ) from None
    try:
        spec.model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise Unreadable("quarantine.bad_payload", f"{where}: {first['msg']}"[:200]) from None
    payload: dict[str, Any] = data
    return payload


def set_aside(conn: Connection, found: Sequence[tuple[Event, str, str]]) -> None:
    """Record ``(event, code, detail)`` in the quarantine (once per event)."""
    if not found:
        return
    at = now_iso()
    stmt = upsert(conn, Q).on_conflict_do_nothing(index_elements=["event_id"])
    conn.execute(stmt, [{"event_id": e.event_id, "type": e.type[:64], "code": code,
                         "detail": detail, "at": at} for e, code, detail in found])


def clear(conn: Connection) -> None:
    """Forget what was set aside (and what was read): every event is read afresh."""
    conn.execute(delete(Q))
    _READ.clear()


def count(conn: Connection) -> int:
    return int(conn.scalar(select(func.count()).select_from(Q)) or 0)


def ids_query() -> Any:
    """A subquery of the quarantined event ids (for ``NOT IN``)."""
    return select(Q.c.event_id)


@dataclass(frozen=True)
class QuarantinedEvent:
    """An event set aside, with why (``code``, ``detail``) and where it came from."""

    event_id: str
    type: str
    code: str
    detail: str
    set_aside_at: str
    device_id: str
    actor_id: str | None
    subject_id: str | None
    time: str
    server_seq: int | None

    def describe(self, lang: str = "en") -> str:
        return words.say(self.code, lang, event_id=self.event_id, type=self.type,
                         detail=self.detail)


def quarantined(engine: Engine) -> list[QuarantinedEvent]:
    """Every event set aside, oldest first (callers check the viewer's role)."""
    query = (select(Q.c.event_id, Q.c.type, Q.c.code, Q.c.detail, Q.c.at, J.c.device_id,
                    J.c.actor_id, J.c.subject_id,
                    func.coalesce(J.c.server_time, J.c.device_time), J.c.server_seq)
             .join(J, J.c.event_id == Q.c.event_id).order_by(Q.c.at, Q.c.event_id))
    with engine.connect() as conn:
        return [QuarantinedEvent(*row) for row in conn.execute(query)]
