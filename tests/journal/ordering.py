"""A tiny stand-in for the service in the projection-engine tests: it numbers events as
the real one does (``server_seq``, ``server_time``) and hands them to the workstation's
inbox exactly as a push answer (acknowledgements) or a pull (new events) would."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from trainer.journal import Journal
from trainer.journal.changes import Changes
from trainer.journal.projections import Item
from trainer.journal.projections.course_progress import CourseProgressProjection
from trainer.store.models import JournalEvent
from trainer.sync import inbox

READ = "course.section_read"


def payload(course: str, section: str) -> str:
    return (f'{{"course_id":"{course}","course_version":1,"lang":"en",'
            f'"section_id":"{section}"}}')


class Service:
    """Numbers with gaps of two, so that a back-fill can land between earlier events."""

    def __init__(self) -> None:
        self.seq = 1000

    def stamp(self, seq: int) -> str:
        return f"2030-01-01T00:{seq // 60 % 60:02}:{seq % 60:02}.000Z"

    def foreign(self, staff: str, section: str, seq: int | None = None) -> dict[str, Any]:
        if seq is None:
            self.seq += 2
            seq = self.seq
        return {"event_id": str(uuid.uuid4()), "device_id": "other-pc", "device_seq": seq,
                "type": READ, "schema_version": 1, "actor_id": staff, "subject_id": staff,
                "payload": payload("nurse_station", section), "device_time": "2029-01-01",
                "server_seq": seq, "server_time": self.stamp(seq)}

    def push(self, conn: Connection, journal: Journal, *, below: list[int] | None = None) -> int:
        """Acknowledge every pending event in local order (as a push answer does);
        ``below``: with these numbers, under events already here (an acknowledgement
        that arrives after other PCs' later events were pulled)."""
        pending = conn.execute(select(JournalEvent).where(JournalEvent.server_seq.is_(None))
                               .order_by(JournalEvent.local_order)).mappings().all()
        rows = []
        for n, row in enumerate(pending):
            if below is not None and n < len(below):
                seq = below[n]
            else:
                self.seq += 2
                seq = self.seq
            rows.append({**row, "server_seq": seq, "server_time": self.stamp(seq)})
        inbox.insert_events(conn, rows)
        return len(rows)


class Counting(CourseProgressProjection):
    """Course progress that counts how often each event reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, int] = {}

    def apply_all(self, conn: Connection, items: Sequence[Item]) -> None:
        for item in items:
            self.seen[item.event.event_id] = self.seen.get(item.event.event_id, 0) + 1
        super().apply_all(conn, items)


def catch_up(journal: Journal) -> Changes:
    with journal.engine.begin() as conn:
        return journal.catch_up(conn)
