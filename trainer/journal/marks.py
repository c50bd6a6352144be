"""The projection engine's marks (table ``projection_state``): how far the projections
have applied the journal, and the confirmed checkpoint.

- ``layout``: the projections' names, versions and table columns the state was built with;
- ``applied_order`` (L): every event with ``local_order ≤ L`` is applied, no later one;
- ``applied_seq`` (Q), ``applied_seq_from`` (F) and ``applied_seq_count``: the highest
  ``server_seq`` applied, and how many events with ``local_order ≥ F`` had a
  ``server_seq ≤ Q`` then (an event arriving below Q changes the count);
- ``checkpoint_seq`` (S), ``checkpoint_from``, ``checkpoint_count``, ``checkpoint_layout``:
  the copies ``checkpoint__<table>`` hold the state after exactly the events with
  ``server_seq ≤ S``.

F is the first event still pending when the count was taken (or the next ``local_order``
to be given when none was). Every event before F was sequenced then, and neither a
``server_seq`` once set nor a journal row ever changes, so only events from F on can join
the ones below Q — counting those few is as exact as counting the whole journal, without
walking it on every sync. Marks written before F existed read as F = 0 (the whole journal).

May import: SQLAlchemy, trainer.store, trainer.journal.sql.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from trainer.journal.sql import upsert
from trainer.store.models import ProjectionState, table_of

STATE = table_of(ProjectionState)


@dataclass(frozen=True)
class Marks:
    layout: str | None = None
    applied_order: int = 0
    applied_seq: int = 0
    applied_seq_from: int = 0
    applied_seq_count: int = 0
    checkpoint_seq: int | None = None
    checkpoint_from: int = 0
    checkpoint_count: int = 0
    checkpoint_layout: str | None = None


def read(conn: Connection) -> Marks:
    values = dict(conn.execute(select(STATE.c.key, STATE.c.value)).tuples().all())
    seq = values.get("checkpoint_seq")
    return Marks(
        layout=values.get("layout"),
        applied_order=int(values.get("applied_order") or 0),
        applied_seq=int(values.get("applied_seq") or 0),
        applied_seq_from=int(values.get("applied_seq_from") or 0),
        applied_seq_count=int(values.get("applied_seq_count") or 0),
        checkpoint_seq=None if seq is None else int(seq),
        checkpoint_from=int(values.get("checkpoint_from") or 0),
        checkpoint_count=int(values.get("checkpoint_count") or 0),
        checkpoint_layout=values.get("checkpoint_layout"),
    )


def write(conn: Connection, **values: object) -> None:
    stmt = upsert(conn, STATE)
    stmt = stmt.on_conflict_do_update(index_elements=["key"],
                                      set_={"value": stmt.excluded.value})
    conn.execute(stmt, [{"key": k, "value": str(v)} for k, v in values.items()])


def forget_checkpoint(conn: Connection) -> None:
    conn.execute(delete(STATE).where(STATE.c.key.in_(
        ["checkpoint_seq", "checkpoint_from", "checkpoint_count", "checkpoint_layout"])))
