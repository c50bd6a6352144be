"""The projection engine: projected once, same as a rebuild whatever the sync does."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.journal.ordering import READ, Counting, Service, catch_up
from trainer.journal import Journal, NewEvent
from trainer.journal.projections.course_progress import progress_for, snapshot
from trainer.services import Services
from trainer.sync import inbox


def read(journal: Journal, staff: str, section: str) -> str:
    event = NewEvent(READ, {"course_id": "nurse_station", "section_id": section,
                            "course_version": 1, "lang": "en"}, actor_id=staff, subject_id=staff)
    journal.append(event)
    return event.event_id


def counting_journal(services: Services) -> tuple[Journal, Counting]:
    projection = Counting()
    return Journal(services.engine, (projection,)), projection


def test_a_pushed_event_is_not_projected_again(services: Services) -> None:
    journal, counter = counting_journal(services)
    ids = [read(journal, "N001", f"s{i}") for i in range(30)]
    service = Service()
    with services.engine.begin() as conn:
        assert service.push(conn, journal) == 30
    catch_up(journal)
    assert all(counter.seen[i] == 1 for i in ids), "a confirmed event was projected again"
    progress = progress_for(services.engine, "N001")["nurse_station"]
    assert progress.last_read is not None and progress.last_read.startswith("2030-")  # its time
    before = snapshot(services.engine)
    journal.rebuild()
    assert snapshot(services.engine) == before


def test_pulled_events_after_ours_extend_without_replaying(services: Services) -> None:
    journal, counter = counting_journal(services)
    service = Service()
    mine = [read(journal, "N001", f"m{i}") for i in range(5)]
    with services.engine.begin() as conn:
        service.push(conn, journal)
        new, _ = inbox.insert_events(conn, [service.foreign("N002", f"f{i}") for i in range(5)])
    changes = catch_up(journal)
    assert changes.event_types == {READ} and changes.staff_ids == {"N002"}
    assert all(counter.seen[i] == 1 for i in mine + [e["event_id"] for e in new])


def test_events_landing_before_pending_ones_replay_from_the_checkpoint(
    services: Services,
) -> None:
    journal, counter = counting_journal(services)
    service = Service()
    old = [read(journal, "N001", f"old{i}") for i in range(5)]
    with services.engine.begin() as conn:
        service.push(conn, journal)
    catch_up(journal)  # settles the checkpoint after the confirmed events
    pending = read(journal, "N001", "pending")
    with services.engine.begin() as conn:  # another PC's reading, sequenced before ours
        inbox.insert_events(conn, [service.foreign("N001", "elsewhere")])
    catch_up(journal)
    assert all(counter.seen[i] == 1 for i in old), "the checkpoint was not used"
    assert counter.seen[pending] == 2  # its place changed: projected again, once
    assert progress_for(services.engine, "N001")["nurse_station"].resume_section == "pending"
    before = snapshot(services.engine)
    journal.rebuild()
    assert snapshot(services.engine) == before


OPS = st.lists(st.sampled_from(["append", "push", "pull", "backfill", "late_ack",
                                "catch_up"]),
               min_size=1, max_size=25)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, data=st.data())
def test_any_interleaving_of_sync_steps_equals_a_rebuild(
    services: Services, ops: list[str], data: st.DataObject
) -> None:
    journal = Journal(services.engine)
    journal.rebuild()
    service = Service()
    with services.engine.connect() as conn:  # hypothesis reuses the profile: number above
        top = conn.exec_driver_sql("SELECT max(server_seq) FROM journal_event").scalar()
    service.seq = (top or 0) + 1000
    used: set[int] = set()
    people = st.sampled_from(["N001", "N002"])
    sections = st.sampled_from(["a", "b", "c"])
    for op in ops:
        if op == "append":
            read(journal, data.draw(people), data.draw(sections))
            continue
        with services.engine.begin() as conn:
            if op == "push":
                service.push(conn, journal)
            elif op == "pull":
                inbox.insert_events(conn, [service.foreign(data.draw(people), data.draw(sections))])
            elif op == "backfill":  # an odd number: below events already here
                seq = service.seq - 2 * data.draw(st.integers(0, 5)) - 1
                row = service.foreign(data.draw(people), data.draw(sections), seq)
                inbox.insert_events(conn, [row] if seq not in used else [])
                used.add(seq)
            elif op == "late_ack":  # our pending events numbered below pulled ones
                free = [seq for seq in range(service.seq - 11, service.seq, 2)
                        if seq > 0 and seq not in used]
                used.update(free)
                service.push(conn, journal, below=free)
            else:
                journal.catch_up(conn)
    catch_up(journal)
    incremental = snapshot(services.engine)
    journal.rebuild()
    assert snapshot(services.engine) == incremental


def test_append_reports_what_it_changed(services: Services) -> None:
    stored = services.journal.append(
        NewEvent(READ, {"course_id": "c", "section_id": "s", "course_version": 1, "lang": "en"},
                 actor_id="N001", subject_id="N009"))
    assert len(stored) == 1 and stored[0].type == READ
    assert stored.changes.event_types == {READ}
    assert stored.changes.staff_ids == {"N001", "N009"}
    assert stored.changes.touches(READ, "exam.graded") and not stored.changes.touches("x")


def test_a_one_event_projection_still_works(services: Services) -> None:
    from sqlalchemy import Connection

    from trainer.journal.events import Event

    class OneByOne:
        name = "one_by_one"
        event_types = frozenset({READ})
        tables = ()

        def __init__(self) -> None:
            self.events: list[str] = []

        def apply(self, conn: Connection, event: Event) -> None:
            self.events.append(event.data()["section_id"])

    projection = OneByOne()
    journal = Journal(services.engine, (projection,))
    read(journal, "N001", "x")
    read(journal, "N001", "y")
    assert projection.events[-2:] == ["x", "y"]
