"""Projections after a sync: the journal's projection engine, run in the sync's transaction.

A sync changes the canonical order (acknowledged events get a ``server_seq`` and the
service's time, pulled events arrive). :class:`trainer.journal.projector.Projector` decides
what that means: usually only the pulled events are applied (a confirmed event that kept
its place is not projected again); when events landed before ones already applied, the
state is rebuilt from the confirmed checkpoint. There is one engine, here and in the local
append and ``db rebuild``.

May import: sqlalchemy, trainer.journal.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from trainer.journal.changes import Changes
from trainer.journal.projections import Projection
from trainer.journal.projector import Projector

_ENGINES: dict[tuple[int, ...], Projector] = {}


def projector_for(projections: Sequence[Projection]) -> Projector:
    """One engine per set of projections (it keeps their compiled statements)."""
    key = tuple(id(p) for p in projections)
    engine = _ENGINES.get(key)
    if engine is None:
        engine = _ENGINES[key] = Projector(projections)
    return engine


def bring_up_to_date(conn: Connection, projections: Sequence[Projection]) -> bool:
    """Projections equal to a rebuild; True unless every event had to be applied again."""
    return update(conn, projections)[1]


def update(conn: Connection, projections: Sequence[Projection]) -> tuple[Changes, bool]:
    """Like :func:`bring_up_to_date`, also returning the changes applied."""
    outcome = projector_for(projections).catch_up(conn, settle=True)
    return outcome.changes, outcome.start != "scratch"
