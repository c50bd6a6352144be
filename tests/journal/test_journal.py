"""The journal: envelope, verbatim payloads, gap-free device_seq, group commit."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from trainer.errors import JournalError
from trainer.journal import JournalWriter, NewEvent
from trainer.journal.events import REGISTRY, EventType, Payload, register
from trainer.services import Services


def read_event(course: str = "nurse_station", section: str = "intro") -> NewEvent:
    return NewEvent(
        "course.section_read",
        {"course_id": course, "section_id": section, "course_version": 1, "lang": "zh_CN"},
        actor_id="N001",
        subject_id=course,
    )


def test_append_assigns_gap_free_sequence_and_reads_back_in_order(services: Services) -> None:
    stored = services.journal.append(read_event(section="a"), read_event(section="b"))
    stored += services.journal.append(read_event(section="c"))
    assert [e.device_seq for e in stored] == [1, 2, 3]
    assert all(e.device_id == services.journal.device_id for e in stored)
    back = list(services.journal.events(type="course.section_read"))
    assert [e.event_id for e in back] == [e.event_id for e in stored]
    assert services.journal.check() == []


def test_payload_text_is_stored_byte_for_byte(services: Services) -> None:
    event = NewEvent(
        "course.section_read",
        {"course_id": "安全", "section_id": "𠮷-1", "course_version": 3, "lang": "zh_CN"},
    )
    services.journal.append(event)
    with services.engine.connect() as conn:
        raw = conn.scalar(
            text("SELECT payload FROM journal_event WHERE event_id = :id"), {"id": event.event_id}
        )
    assert raw == ('{"course_id":"安全","course_version":3,"lang":"zh_CN","section_id":"𠮷-1"}')


def test_unknown_type_and_bad_payload_are_refused_and_nothing_is_written(
    services: Services,
) -> None:
    with pytest.raises(JournalError) as unknown:
        services.journal.append(NewEvent("no.such_type", {}))
    assert unknown.value.code == "journal.unknown_type"
    with pytest.raises(JournalError) as bad:
        services.journal.append(read_event(), NewEvent("course.section_read", {"lang": "en"}))
    assert bad.value.code == "journal.bad_payload"
    assert services.journal.count() == 0


def test_old_payloads_are_upcast_when_read(services: Services) -> None:
    class V2(Payload):
        minutes: int

    name = "test.upcast_example"
    if name not in REGISTRY:
        register(EventType(name, 2, V2, {1: lambda d: {"minutes": d["seconds"] // 60}}))
    services.journal.append(NewEvent(name, {"minutes": 5}))
    with services.engine.begin() as conn:  # an event written by an older release
        conn.execute(
            text("UPDATE journal_event SET schema_version = 1, payload = :p"),
            {"p": '{"seconds":600}'},
        )
    (event,) = services.journal.events(type=name)
    assert event.data() == {"minutes": 10}


def test_writer_group_commits_and_resolves_every_future(services: Services) -> None:
    writer = JournalWriter(services.journal, max_delay=0.05)
    futures = [writer.submit(read_event(section=f"s{i}")) for i in range(300)]
    writer.close()
    seqs = sorted(f.result(timeout=5).device_seq for f in futures)
    assert seqs == list(range(1, 301))
    with services.engine.connect() as conn:
        batches = conn.scalar(text("SELECT count(DISTINCT local_order) FROM journal_event"))
    assert batches == 300


def test_writer_rejects_a_bad_payload_in_the_caller(services: Services) -> None:
    writer = JournalWriter(services.journal)
    try:
        with pytest.raises(JournalError):
            writer.submit(NewEvent("course.section_read", {"course_id": 1}))
    finally:
        writer.close()


def test_concurrent_writers_keep_device_seq_gap_free(services: Services) -> None:
    def write(n: int) -> None:
        for i in range(25):
            services.journal.append(read_event(section=f"t{n}-{i}"))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert services.journal.count() == 100
    assert services.journal.check() == []
