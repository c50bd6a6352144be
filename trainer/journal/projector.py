"""The projection engine: one way to bring projections up to date with the journal, used
by the local append, the sync's pull application and ``db rebuild`` (and free of
SQLite-only SQL, so the service can run the same projections).

**In bulk.** Events are read in canonical order in runs of up to :data:`CHUNK`; each event
is read once (:func:`trainer.journal.quarantine.read_payload`: JSON, upcast, validated) and
every projection gets the run of events it reads in one call (``apply_all``), inside a
savepoint. An event that cannot be read, or that makes a projection fail, is set aside in
the quarantine with the reason (the run is retried event by event to find it) and the
rest goes on — one bad event never stops a PC.

**Projected once.** The marks (:mod:`trainer.journal.marks`) say which events the state
holds: those with ``local_order ≤ L`` — the sequenced ones up to ``Q`` and the ones that
were pending then. When new events arrive (a pull) or pending ones are confirmed (a push),
:meth:`Projector.catch_up` checks whether the state is still a *prefix* of the canonical
order: no event arrived at or below ``Q``, the confirmed ones kept their order, and new
sequenced events come after them. Then only the new events are applied — a confirmed
event is not projected again (its new time changes no row: projections keep event ids,
not times). Otherwise (a back-fill, another PC's events landing before ours) the state is
rebuilt from the **confirmed checkpoint** — copies ``checkpoint__<table>`` of the state
after exactly the events with ``server_seq ≤ S`` — plus the events after ``S``; if that
checkpoint is unusable (an event arrived at or below ``S``, a projection changed), from
scratch. Either way the result equals ``db rebuild``, by construction.

May import: SQLAlchemy, trainer.store, trainer.journal.
"""

from __future__ import annotations

import logging
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select, text
from sqlalchemy.exc import InternalError, OperationalError

from trainer.journal import marks, quarantine
from trainer.journal.changes import Changes
from trainer.journal.events import Event
from trainer.journal.projections import Apply, Item, Projection, bulk_apply
from trainer.journal.quarantine import Unreadable, read_payload
from trainer.journal.sql import bulk, copy_rows, raw_rows, recreate_copy
from trainer.store.models import JournalEvent, table_of

log = logging.getLogger(__name__)

J = table_of(JournalEvent)
CHUNK = 5000
PREFIX = "checkpoint__"
#: The envelope columns in the order of :class:`Event`'s fields (``Event(*row)``).
COLUMNS = (J.c.event_id, J.c.local_order, J.c.device_id, J.c.device_seq, J.c.type,
           J.c.schema_version, J.c.actor_id, J.c.subject_id, J.c.payload, J.c.device_time,
           J.c.server_seq, J.c.server_time)


def canonical_order() -> tuple[Any, ...]:
    """Sequenced events by ``server_seq``, then pending ones in local order."""
    return (J.c.server_seq.is_(None), J.c.server_seq, J.c.local_order)


@dataclass(frozen=True)
class Outcome:
    """What one catch-up did: the changes, how many events it applied, and from where
    (``extend``: only new events; ``checkpoint``; ``scratch``: every event again)."""

    changes: Changes
    applied: int
    start: str


class Projector:
    def __init__(self, projections: Sequence[Projection]) -> None:
        self.projections = tuple(projections)
        self._appliers: list[tuple[Projection, Apply]] = [(p, bulk_apply(p))
                                                          for p in self.projections]
        self.tables = [t for p in self.projections for t in p.tables]
        #: event type → indexes of the projections that read it
        self._routes: dict[str, list[int]] = {}
        for index, projection in enumerate(self.projections):
            for kind in projection.event_types:
                self._routes.setdefault(kind, []).append(index)
        self.layout = ";".join(
            f"{p.name}@{getattr(p, 'version', 1)}:" + ",".join(
                f"{t.name}({'|'.join(c.name for c in t.columns)})" for t in p.tables)
            for p in self.projections)

    # --- entry points ------------------------------------------------------------------
    def ensure(self, conn: Connection) -> Outcome | None:
        """Rebuild when the state was made by other projections (or never): a new app
        version that changed a projection, or a freshly migrated table."""
        if marks.read(conn).layout == self.layout:
            return None
        log.info("projections changed: rebuilding them from the journal")
        return self.rebuild(conn)

    def append(self, conn: Connection, events: Sequence[Event],
               payloads: Sequence[dict[str, Any]]) -> Changes:
        """Apply events just appended (pending, at the end of the canonical order) whose
        ``payloads`` were validated when they were made."""
        if not events:
            return Changes()
        now = marks.read(conn)
        if now.layout == self.layout and now.applied_order == events[0].local_order - 1:
            changes = self._run(conn, events, payloads)
            marks.write(conn, applied_order=events[-1].local_order)
            return changes
        return self.catch_up(conn).changes  # something else arrived first: take it along

    def catch_up(self, conn: Connection, *, settle: bool = False) -> Outcome:
        """Apply what the state lacks; with ``settle`` also move the checkpoint up when
        nothing is pending (the end of a sync)."""
        now = marks.read(conn)
        if now.layout != self.layout:
            return self.rebuild(conn)
        if not self._extends(conn, now):
            return self._replay(conn, self._checkpoint(conn, now))
        changes, applied = self._feed(conn, J.c.local_order > now.applied_order, few=True)
        self._mark_applied(conn)
        if settle:
            self._settle(conn, now)
        return Outcome(changes, applied, "extend")

    def rebuild(self, conn: Connection) -> Outcome:
        """Every projection from scratch; the quarantine is looked at afresh too."""
        quarantine.clear(conn)
        return self._replay(conn, None)

    # --- is the state a prefix of the canonical order? ----------------------------------
    def _extends(self, conn: Connection, now: marks.Marks) -> bool:
        top, held = now.applied_seq, now.applied_order
        if _count_upto(conn, now.applied_seq_from, top) != now.applied_seq_count:
            return False  # an event arrived at or below Q (a back-fill)
        # The applied events confirmed above Q or still pending were all pending when the
        # marks were written, so they lie from F on: one search of the local_order index
        # (coalesce() keeps SQLite off the server_seq index), their numbers in local order
        # (a push of 100,000 events confirms them all at once: compared by C, not a loop).
        span = select(J.c.server_seq).where(
            J.c.local_order >= now.applied_seq_from, J.c.local_order <= held,
            func.coalesce(J.c.server_seq, top + 1) > top,
        ).order_by(J.c.local_order)
        seqs = [seq for chunk in raw_rows(conn, span, CHUNK) for (seq,) in chunk]
        confirmed = seqs[:seqs.index(None)] if None in seqs else seqs
        pending = len(confirmed) < len(seqs)
        if seqs.count(None) != len(seqs) - len(confirmed) or not all(
                map(operator.lt, confirmed, islice(confirmed, 1, None))):
            return False  # confirmed out of their local order
        last = confirmed[-1] if confirmed else top
        # "server_seq + 0": a search of the local_order index over the few new events, not
        # SQLite's min() shortcut down the server_seq index (the whole journal)
        first_new = conn.scalar(text(
            "SELECT min(server_seq + 0) FROM journal_event "
            "WHERE local_order > :held AND +server_seq IS NOT NULL"), {"held": held})
        return first_new is None or (not pending and first_new > last)

    # --- checkpoint ---------------------------------------------------------------------
    def _checkpoint(self, conn: Connection, now: marks.Marks) -> int | None:
        seq = now.checkpoint_seq
        if seq is None or now.checkpoint_layout != self.layout:
            return None
        same = _count_upto(conn, now.checkpoint_from, seq) == now.checkpoint_count
        return seq if same else None

    def _take_checkpoint(self, conn: Connection, fresh: bool) -> None:
        for table in self.tables:
            if fresh:
                recreate_copy(conn, table.name, PREFIX + table.name)
            copy_rows(conn, table.name, PREFIX + table.name)
        top = _top(conn)
        start = _first_pending(conn)
        marks.write(conn, checkpoint_seq=top, checkpoint_from=start,
                    checkpoint_count=_count_upto(conn, start, top),
                    checkpoint_layout=self.layout)

    def _settle(self, conn: Connection, before: marks.Marks) -> None:
        if conn.scalar(select(J.c.event_id).where(J.c.server_seq.is_(None)).limit(1)):
            return  # pending events are in the state: the checkpoint stays where it is
        valid = before.checkpoint_layout == self.layout
        if not valid or before.checkpoint_seq != _top(conn):
            self._take_checkpoint(conn, fresh=not valid)

    def _replay(self, conn: Connection, start: int | None) -> Outcome:
        if start is None:
            for table in self.tables:
                conn.execute(table.delete())
            sequenced: ColumnElement[bool] = J.c.server_seq.is_not(None)
        else:
            for table in self.tables:
                copy_rows(conn, PREFIX + table.name, table.name)
            sequenced = J.c.server_seq > start
        changes, applied = self._feed(conn, sequenced)
        if start is None or applied:
            self._take_checkpoint(conn, fresh=start is None)
        more, pending = self._feed(conn, J.c.server_seq.is_(None))
        self._mark_applied(conn)
        how = "scratch" if start is None else "checkpoint"
        log.info("projections replayed from %s: %d events", how, applied + pending)
        return Outcome(changes | more, applied + pending, how)

    def _mark_applied(self, conn: Connection) -> None:
        order = conn.scalar(select(func.coalesce(func.max(J.c.local_order), 0))) or 0
        top = _top(conn)
        start = _first_pending(conn)
        marks.write(conn, layout=self.layout, applied_order=order, applied_seq=top,
                    applied_seq_from=start, applied_seq_count=_count_upto(conn, start, top))

    # --- applying -----------------------------------------------------------------------
    def _feed(self, conn: Connection, where: ColumnElement[bool], *,
              few: bool = False) -> tuple[Changes, int]:
        """Apply the events matching ``where`` in canonical order: the sequenced ones by
        ``server_seq``, then the pending ones by ``local_order`` — two queries that each
        walk an index, where one ``ORDER BY`` over both would sort every row first.
        ``few``: ``where`` picks a few recent events by ``local_order``; they are found by
        that index and sorted ("server_seq + 0"), where walking the server_seq index in
        order would pass every sequenced event of the journal to find them."""
        changes, applied = Changes(), 0
        by_seq = J.c.server_seq + 0 if few else J.c.server_seq
        for part, order in ((J.c.server_seq.is_not(None), by_seq),
                            (J.c.server_seq.is_(None), J.c.local_order)):
            query = select(*COLUMNS).where(where, part).order_by(order)
            with bulk():
                for chunk in raw_rows(conn, query, CHUNK):
                    events = [Event.from_row(row) for row in chunk]
                    changes |= self._run(conn, events)
                    applied += len(events)
        return changes, applied

    def _run(self, conn: Connection, events: Sequence[Event],
             payloads: Sequence[dict[str, Any]] | None = None) -> Changes:
        """Read each event once (``payloads``: already read, as in an append) and give
        every projection its run of events."""
        runs: list[list[Item]] = [[] for _ in self._appliers]
        unreadable: list[tuple[Event, str, str]] = []
        read: list[Event] = []
        routes = self._routes
        for n, event in enumerate(events):
            try:
                item = Item(event, read_payload(event) if payloads is None else payloads[n])
            except Unreadable as why:
                unreadable.append((event, why.code, why.detail))
                continue
            read.append(event)
            for index in routes.get(event.type, ()):
                runs[index].append(item)
        if unreadable:
            log.warning("%d event(s) set aside: %s", len(unreadable),
                        ", ".join(f"{e.event_id} {code}" for e, code, _ in unreadable[:5]))
            quarantine.set_aside(conn, unreadable)
        for run, (projection, apply) in zip(runs, self._appliers, strict=True):
            if run:
                self._guarded(conn, projection, apply, run)
        return Changes.of(read)

    def _guarded(self, conn: Connection, projection: Projection, apply: Apply,
                 items: Sequence[Item]) -> None:
        try:
            with conn.begin_nested():
                apply(conn, items)
        except (OperationalError, InternalError, MemoryError):
            raise  # the database or the machine is in trouble, not the event
        except Exception as exc:
            if len(items) > 1:
                for item in items:  # find the culprit(s); the others count as usual
                    self._guarded(conn, projection, apply, [item])
                return
            detail = f"{projection.name}: {type(exc).__name__}: {exc}"[:200]
            log.warning("event %s set aside: %s", items[0].event.event_id, detail)
            quarantine.set_aside(conn, [(items[0].event, "quarantine.projection_failed", detail)])


def _top(conn: Connection) -> int:
    return int(conn.scalar(select(func.coalesce(func.max(J.c.server_seq), 0))) or 0)


def _first_pending(conn: Connection) -> int:
    """The first pending event's ``local_order``, or the next one to be given (see
    :mod:`trainer.journal.marks`). "+ 0" keeps SQLite on the server_seq index (the few
    pending events) instead of walking the local_order index for min()."""
    first = conn.scalar(text(
        "SELECT min(local_order + 0) FROM journal_event WHERE server_seq IS NULL"))
    if first is not None:
        return int(first)
    return int(conn.scalar(select(func.coalesce(func.max(J.c.local_order), 0))) or 0) + 1


def _count_upto(conn: Connection, start: int, seq: int) -> int:
    """Events from ``local_order`` ``start`` on with a ``server_seq ≤ seq``: a search of the
    local_order index ("+" keeps SQLite off the server_seq index, which would count every
    event below ``seq``)."""
    if seq <= 0:
        return 0
    return int(conn.scalar(text(
        "SELECT count(*) FROM journal_event WHERE local_order >= :start "
        "AND +server_seq <= :seq"), {"start": start, "seq": seq}) or 0)
