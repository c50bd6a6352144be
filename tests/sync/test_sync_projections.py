"""What a sync applied, for the GUI's change broadcast; and a pushed event is not
projected again on a real service."""

from __future__ import annotations

import uuid

from sqlalchemy import func, insert, select, update

from testkit.postgres import ServiceThread
from tests.journal.ordering import READ, Counting, payload
from tests.sync.conftest import Workstation, client
from tests.sync.helpers import local_view, read, server_view
from trainer.journal import Journal
from trainer.journal.projections import PROJECTIONS
from trainer.journal.projections.course_progress import snapshot
from trainer.journal.projector import Projector
from trainer.services import Services
from trainer.store.models import (
    Base,
    CoursePosition,
    CourseSectionRead,
    JournalEvent,
    JournalQuarantine,
    ProjectionState,
    table_of,
)
from trainer.sync.client import SyncClient


def test_a_sync_reports_the_event_types_it_applied(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc1 = workstation("pc1", service.url, server_db)
    pc2 = workstation("pc2", service.url, server_db)
    read(pc1, "N100", "nurse_station", "intro")
    assert client(pc1).run().error_code is None
    outcome = client(pc2).run()
    # the reading, and the proven login it was made under (issue 16)
    assert outcome.error_code is None and outcome.pulled == 2
    assert outcome.changes.event_types == {"auth.login", "course.section_read"}
    assert "N100" in outcome.changes.staff_ids
    assert outcome.as_dict()["changes"] == ["auth.login", "course.section_read"]
    again = client(pc2).run()
    assert again.error_code is None and not again.changes


def test_a_pushed_event_is_not_projected_again(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    counter = Counting()
    journal = Journal(pc.engine, (counter,))
    for section in ("intro", "orders", "vitals"):
        read(pc, "N100", "nurse_station", section)
    assert SyncClient(pc.engine, journal).run().error_code is None
    assert counter.seen == {}  # projected when written (by pc.journal), not again
    assert local_view(pc) == server_view(server_db, {"N100", "D100", "A100"})


def test_the_service_can_run_the_same_projections_on_postgresql(
    server_db: str, services: Services
) -> None:
    """The engine's SQL is not SQLite's alone: the same events projected on PostgreSQL
    (rebuild, then a catch-up over pulled and confirmed events) give the same state."""
    from trainer.server.db import make_server_engine

    tables = [table_of(m) for m in (JournalEvent, JournalQuarantine, ProjectionState,
                                    CourseSectionRead, CoursePosition)]
    engine = make_server_engine(server_db)
    Base.metadata.create_all(engine, tables=tables)
    rows = []
    for n in range(60):
        staff, section = f"N{n % 3}", f"s{n % 7}"
        rows.append({"event_id": str(uuid.uuid4()), "local_order": n + 1,
                     "device_id": "pc", "device_seq": n + 1, "type": READ,
                     "schema_version": 1, "actor_id": staff, "subject_id": staff,
                     "payload": payload("nurse_station", section) if n != 30 else "{bad",
                     "device_time": f"2030-01-01T00:00:{n:02}.000Z",
                     "server_seq": n + 1 if n < 40 else None,
                     "server_time": f"2030-01-02T00:00:{n:02}.000Z" if n < 40 else None})
    projector = Projector(PROJECTIONS)
    for target in (engine, services.engine):
        with target.begin() as conn:
            conn.execute(insert(table_of(JournalEvent)), rows[:50])
            projector.rebuild(conn)
            conn.execute(insert(table_of(JournalEvent)), rows[50:])
            conn.execute(update(table_of(JournalEvent))
                         .where(table_of(JournalEvent).c.local_order.between(41, 45))
                         .values(server_seq=table_of(JournalEvent).c.local_order + 100,
                                 server_time="2030-01-03T00:00:00.000Z"))
            assert projector.catch_up(conn, settle=True).start == "extend"
    assert snapshot(engine) == snapshot(services.engine)
    assert snapshot(engine)["proj_course_section"]
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(table_of(JournalQuarantine))) == 1
    engine.dispose()
