"""What a service call changed, read from the journal: the event types that arrived and
the staff they name.

State is projections of events, so "what changed" is what arrived in this profile's
journal — appended here or applied by a sync pull — during a call. A page asks
``changes.touches("course.section_read")`` and refreshes only when its data moved (Anki's
``OpChanges`` idea, derived instead of declared so no call can forget to report).

Every event that arrives gets the next ``local_order``; :func:`mark` takes the highest
before a call and :func:`since` reads what lies above it afterwards. :class:`Changes` has
the same shape as the value the journal's append and the sync's pull application return
(``event_types``, ``staff_ids``, exact-type ``touches``), so either source can feed the
GUI's broadcast.

May import: sqlalchemy, trainer.store, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from trainer.store.models import JournalEvent


@dataclass(frozen=True)
class Changes:
    """Event types that arrived during one call and the staff they name (actor or
    subject); empty: nothing changed."""

    event_types: frozenset[str] = frozenset()
    staff_ids: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.event_types)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.event_types | other.event_types, self.staff_ids | other.staff_ids)

    def touches(self, *types: str) -> bool:
        """True when any of the event ``types`` arrived."""
        return not self.event_types.isdisjoint(types)


NOTHING = Changes()


def mark(engine: Engine) -> int:
    """The journal's high-water mark now (pass it to :func:`since` after the call)."""
    with engine.connect() as conn:
        return int(conn.scalar(select(func.coalesce(func.max(JournalEvent.local_order), 0)))
                   or 0)


def since(engine: Engine, mark_: int) -> Changes:
    """What arrived after ``mark_``."""
    query = select(JournalEvent.type, JournalEvent.actor_id, JournalEvent.subject_id) \
        .where(JournalEvent.local_order > mark_).distinct()
    types: set[str] = set()
    staff: set[str] = set()
    with engine.connect() as conn:
        for event_type, actor, subject in conn.execute(query):
            types.add(event_type)
            staff.update(s for s in (actor, subject) if s)
    return Changes(frozenset(types), frozenset(staff))
