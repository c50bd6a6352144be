"""What a call changed, as plain values: the event types it applied and whom they concern.

Returned by the local append (``Journal.append(...).changes``), by the sync's pull
application and by the projection engine, so the GUI's change broadcast can refresh the
pages that read those types without knowing where the events came from.

May import: the standard library and trainer.journal.events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from trainer.journal.events import Event


@dataclass(frozen=True)
class Changes:
    """Event types applied (``event_types``) and the staff they name (actor or subject)."""

    event_types: frozenset[str] = frozenset()
    staff_ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, events: Iterable[Event]) -> Changes:
        events = list(events)
        staff = {e.actor_id for e in events} | {e.subject_id for e in events}
        return cls(frozenset({e.type for e in events}), frozenset(s for s in staff if s))

    @classmethod
    def of_rows(cls, rows: Iterable[Mapping[str, Any]]) -> Changes:
        """From envelope rows (dicts with ``type``, ``actor_id``, ``subject_id``)."""
        types: set[str] = set()
        staff: set[str] = set()
        for row in rows:
            types.add(row["type"])
            for key in ("actor_id", "subject_id"):
                if row.get(key):
                    staff.add(row[key])
        return cls(frozenset(types), frozenset(staff))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.event_types | other.event_types, self.staff_ids | other.staff_ids)

    def __bool__(self) -> bool:
        return bool(self.event_types)

    def touches(self, *types: str) -> bool:
        """True when any of ``types`` was applied."""
        return not self.event_types.isdisjoint(types)


NOTHING = Changes()
