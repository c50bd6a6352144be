"""Pull and back-fill: what a workstation receives, in ``server_seq`` order.

The cursor cannot skip a late commit: ``server_seq`` values are taken under a
transaction-level advisory lock held until commit (see :mod:`trainer.server.ingest`), so
every row still invisible to a reader has a higher number than every row it can see. A
pull reads in one REPEATABLE READ snapshot; when it returns fewer rows than asked, the
cursor moves to the highest ``server_seq`` of that snapshot (skipping rows out of scope).

A device is not sent its own events (under its current id): it holds them, and their
``server_seq``/``server_time`` reach it in the push answer — or, when that answer was lost,
in the answer to the same events sent again (the push re-sends from the first event not
acknowledged). A restored profile's events under its old id still come back by pull, and
so do a merged standalone profile's history events (``device_seq`` ≤ its
``history_upto``): those held for a staff-number clash get their ``server_seq`` only when
an administrator resolves it, and the profile learns it this way. The service's own
hospital-wide events (no actor, no subject: the issuer's public key, see
:mod:`trainer.server.authority`) go to every workstation.

May import: sqlalchemy, trainer.server.*, trainer.auth.proof, trainer.sync.wire, the
standard library.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Row, select, text, update

from trainer.journal.events import now_iso
from trainer.server.errors import ServiceError
from trainer.server.roster import add_to_scope, roster_rows, roster_tag, scope_of
from trainer.server.schema import staff
from trainer.sync.wire import PULLED

COLUMNS = ", ".join(PULLED)
MAX_PAGE = 5000

IN_SCOPE = text(f"""
SELECT {COLUMNS} FROM event
 WHERE server_seq > :after AND server_seq <= :upto
   AND (device_id <> :me OR device_seq <= :history)
   AND (actor_id = ANY(CAST(:scope AS text[])) OR subject_id = ANY(CAST(:scope AS text[]))
        OR (device_id = 'service' AND actor_id IS NULL AND subject_id IS NULL))
 ORDER BY server_seq LIMIT :limit
""")


def _event(row: Row[Any]) -> dict[str, Any]:
    return dict(row._mapping)


def _snapshot(engine: Engine) -> Connection:
    return engine.connect().execution_options(isolation_level="REPEATABLE READ")


def pull(engine: Engine, device_id: str, after: int, limit: int,
         known_tag: str | None) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    with _snapshot(engine) as conn, conn.begin():
        scope = scope_of(conn, device_id)
        top, history = conn.execute(text(
            "SELECT (SELECT coalesce(max(server_seq), 0) FROM event), "
            "(SELECT coalesce(history_upto, 0) FROM device WHERE device_id = :d)"),
            {"d": device_id}).one()
        top, history = int(top or 0), int(history or 0)
        rows = [_event(r) for r in conn.execute(
            IN_SCOPE, {"after": after, "upto": top, "scope": scope, "limit": limit,
                       "me": device_id, "history": history})]
        more = len(rows) == limit
        cursor = rows[-1]["server_seq"] if more else max(top, after)
        tag = roster_tag(conn, scope)
        roster = None if tag == known_tag else roster_rows(conn, scope)
        conn.execute(text("UPDATE device SET last_seen = :now WHERE device_id = :d"),
                     {"now": now_iso(), "d": device_id})
    return {
        "events": rows, "cursor": cursor, "more": more, "scope": scope, "roster_tag": tag,
        "roster": roster, "revocations": [], "server_time": now_iso(),
    }


def history(engine: Engine, device_id: str, staff_ids: list[str], after: int, upto: int,
            limit: int) -> dict[str, Any]:
    """Back-fill: events of ``staff_ids`` (only those in this device's scope) ≤ ``upto``."""
    limit = max(1, min(limit, MAX_PAGE))
    with _snapshot(engine) as conn, conn.begin():
        allowed = sorted(set(staff_ids) & set(scope_of(conn, device_id)))
        rows = [_event(r) for r in conn.execute(
            IN_SCOPE, {"after": after, "upto": upto, "scope": allowed, "limit": limit,
                       "me": device_id, "history": 0})]
    more = len(rows) == limit
    return {"events": rows, "more": more, "after": rows[-1]["server_seq"] if more else upto,
            "staff_ids": allowed}


def person(engine: Engine, device_id: str, staff_id: str, password: str) -> dict[str, Any]:
    """Online login of someone this workstation does not know yet (or whose hash it may not
    hold): the service checks the password under the back-off, adds the person to the
    device's scope, and returns their roster row (a hash only for people who may log in
    offline). The service learns their login-proof key here if it lacked it."""
    from trainer.auth.proof import proof_key
    from trainer.server.guard import checked, keys_for

    with engine.connect() as conn:
        row = conn.execute(select(staff).where(staff.c.staff_id == staff_id)).first()
    stored = row.password_hash if row is not None and row.active else None
    ok = checked(engine, keys_for(staff_id, device_id, None), stored, password)
    if row is None or not ok:  # an unknown number costs a (dummy) check all the same
        raise ServiceError("auth.bad_credentials", 403)
    with engine.begin() as conn:
        if row.proof_key is None:
            conn.execute(update(staff).where(staff.c.staff_id == staff_id).values(
                proof_key=proof_key(staff_id, password)))
        add_to_scope(conn, device_id, staff_id)
        return {"person": roster_rows(conn, [staff_id])[0]}
