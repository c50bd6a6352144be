"""Bring the projections up to date after a sync without replaying the whole journal.

Canonical order is: events the service has sequenced, by ``server_seq``; then events
still pending here, in local order. A sync changes the first part (acknowledged events get
a ``server_seq`` and the service's time, pulled events arrive), so in general every
projection would have to be rebuilt — slow on a workstation with a long history.

The **confirmed checkpoint** avoids that. Next to each projection table ``X`` a copy
``sync_confirmed__X`` holds the state after exactly the events with ``server_seq ≤ S``
(``S`` = ``confirmed_seq`` in ``sync_state``). After a sync, if no event arrived at or
below ``S`` since the checkpoint (counted), the projections are: the checkpoint, plus the
new sequenced events in ``server_seq`` order, plus the pending events — the same result
as a rebuild, by construction. Otherwise (a back-filled history, an answer re-ordering
old events, a new app version or table layout) everything is replayed once and a new
checkpoint taken. All of it runs in the caller's transaction.

The copies are made here (``CREATE TABLE … AS SELECT``), not by a migration, so that
projections added later get theirs without anyone remembering to.

May import: sqlalchemy, trainer.journal, trainer.store, trainer.sync.state.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, Table, func, select

from trainer import __version__
from trainer.journal.journal import canonical_order, row_to_event
from trainer.journal.projections import Projection
from trainer.store.models import JournalEvent, table_of
from trainer.sync import state

J = table_of(JournalEvent)
PREFIX = "sync_confirmed__"


def _tables(projections: Sequence[Projection]) -> list[Table]:
    return [t for p in projections for t in p.tables]


def _fingerprint(projections: Sequence[Projection]) -> str:
    layout = ";".join(f"{t.name}:{','.join(c.name for c in t.columns)}"
                      for t in _tables(projections))
    return f"{__version__}|{layout}"


def _copy(conn: Connection, source: str, target: str) -> None:
    conn.exec_driver_sql(f'DELETE FROM "{target}"')
    conn.exec_driver_sql(f'INSERT INTO "{target}" SELECT * FROM "{source}"')


def _apply(conn: Connection, projections: Sequence[Projection],
           where: ColumnElement[bool]) -> int:
    wanted = sorted({t for p in projections for t in p.event_types})
    query = select(J).where(J.c.type.in_(wanted), where).order_by(*canonical_order())
    applied = 0
    for row in conn.execute(query):
        event = row_to_event(row)
        for projection in projections:
            if event.type in projection.event_types:
                projection.apply(conn, event)
        applied += 1
    return applied


def _count_upto(conn: Connection, seq: int) -> int:
    return int(conn.scalar(select(func.count()).select_from(J).where(J.c.server_seq <= seq))
               or 0)


def _checkpoint_valid(conn: Connection, projections: Sequence[Projection]) -> int | None:
    """``S`` when the checkpoint can be built on, else None."""
    seq = state.get(conn, "confirmed_seq")
    if seq is None or state.get(conn, "confirmed_layout") != _fingerprint(projections):
        return None
    if _count_upto(conn, int(seq)) != state.get_int(conn, "confirmed_count"):
        return None
    return int(seq)


def bring_up_to_date(conn: Connection, projections: Sequence[Projection]) -> bool:
    """Projections equal to a rebuild; returns True when the checkpoint was used."""
    seq = _checkpoint_valid(conn, projections)
    tables = _tables(projections)
    if seq is None:
        for table in tables:
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{PREFIX}{table.name}"')
            conn.exec_driver_sql(
                f'CREATE TABLE "{PREFIX}{table.name}" AS SELECT * FROM "{table.name}" WHERE 0')
            conn.exec_driver_sql(f'DELETE FROM "{table.name}"')
        _apply(conn, projections, J.c.server_seq.is_not(None))
    else:
        for table in tables:
            _copy(conn, f"{PREFIX}{table.name}", table.name)
        _apply(conn, projections, J.c.server_seq > seq)
    top = int(conn.scalar(select(func.coalesce(func.max(J.c.server_seq), 0))) or 0)
    for table in tables:
        _copy(conn, table.name, f"{PREFIX}{table.name}")
    state.put(conn, "confirmed_seq", top)
    state.put(conn, "confirmed_count", _count_upto(conn, top))
    state.put(conn, "confirmed_layout", _fingerprint(projections))
    _apply(conn, projections, J.c.server_seq.is_(None))
    return seq is not None
