"""What a service call changed, as the event types it added to the journal.

State is projections of events, so "what changed" is the set of event types that arrived
in this profile's journal — appended here or applied by a sync pull — during a call. A
page asks ``changes.touches("course.")`` and refreshes only when its data moved (Anki's
``OpChanges`` idea, derived instead of declared so no call can forget to report).

Every event that arrives gets the next ``local_order``; :func:`mark` takes the highest
before a call and :func:`since` reads the types above it afterwards.

May import: sqlalchemy, trainer.store, the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from trainer.store.models import JournalEvent


@dataclass(frozen=True)
class Changes:
    """Event types that arrived during one call (empty: nothing changed)."""

    event_types: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.event_types)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.event_types | other.event_types)

    def touches(self, *prefixes: str) -> bool:
        """True when an event type starts with one of ``prefixes`` (``"course."``)."""
        return any(t.startswith(prefixes) for t in self.event_types)

    @classmethod
    def of(cls, event_types: Iterable[str]) -> Changes:
        return cls(frozenset(event_types))


NOTHING = Changes()


def mark(engine: Engine) -> int:
    """The journal's high-water mark now (pass it to :func:`since` after the call)."""
    with engine.connect() as conn:
        return int(conn.scalar(select(func.coalesce(func.max(JournalEvent.local_order), 0)))
                   or 0)


def since(engine: Engine, mark_: int) -> Changes:
    """The event types that arrived after ``mark_``."""
    query = select(JournalEvent.type).where(JournalEvent.local_order > mark_).distinct()
    with engine.connect() as conn:
        return Changes.of(conn.scalars(query))
