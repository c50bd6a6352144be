"""Writing events on a workstation and comparing it with the service's view."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import insert

from trainer.journal import Journal, NewEvent
from trainer.journal.projections.course_progress import snapshot
from trainer.services import Services
from trainer.store.engine import open_database
from trainer.store.models import JournalEvent


@functools.cache
def _proof_key(staff: str, password: str) -> str:
    from trainer.auth.proof import proof_key

    return proof_key(staff, password)


def logged_in(services: Services) -> str | None:
    """Whose login is open on this profile (its own last login, logout or switch)."""
    with services.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT type, actor_id FROM journal_event WHERE type IN "
            "('auth.login', 'auth.logout', 'auth.user_switched') AND (device_id = ? OR "
            "server_seq IS NULL) "
            "ORDER BY local_order DESC LIMIT 1", (services.journal.device_id,)).first()
    return row[1] if row is not None and row[0] == "auth.login" else None


def login(services: Services, staff: str, password: str | None = None) -> str:
    """An ``auth.login`` of ``staff`` with its proof, as the login page writes it after a
    right password (``PEOPLE``'s password unless given); returns its event id."""
    from tests.sync.conftest import PEOPLE
    from trainer.auth.proof import login_proof

    secret = password if password is not None else PEOPLE[staff][3]
    event = NewEvent("auth.login", {}, actor_id=staff, subject_id=staff)
    proof = login_proof(_proof_key(staff, secret), event.event_id, staff, event.device_time)
    services.journal.append(dataclasses.replace(
        event, payload={"workstation": "test-pc", "proof": proof}))
    return event.event_id


def read(services: Services, staff: str, course: str, section: str,
         device_time: str | None = None) -> str:
    """One ``course.section_read`` by ``staff`` (logged in first, as on a ward PC, unless
    their login is open there); returns its event id."""
    if logged_in(services) != staff:
        login(services, staff)
    kwargs: dict[str, Any] = {} if device_time is None else {"device_time": device_time}
    event = NewEvent("course.section_read",
                     {"course_id": course, "section_id": section, "course_version": 1,
                      "lang": "en"}, actor_id=staff, subject_id=staff, **kwargs)
    services.journal.append(event)
    return event.event_id


def pg_dsn(db_url: str) -> str:
    return db_url.replace("postgresql+psycopg://", "postgresql://")


def server_events(db_url: str) -> list[dict[str, Any]]:
    with psycopg.connect(pg_dsn(db_url)) as conn:
        cur = conn.execute(
            "SELECT event_id, device_id, device_seq, type, schema_version, actor_id, "
            "subject_id, payload, device_time, server_seq, server_time FROM event "
            "ORDER BY server_seq")
        names = [d.name for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def checksum(events: list[dict[str, Any]]) -> str:
    """Order-free checksum over what identifies an event's content."""
    parts = sorted(f"{e['event_id']}|{e['type']}|{e['actor_id']}|{e['payload']}" for e in events)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def marks_are_contiguous(db_url: str) -> list[str]:
    """Problems with any device's mark (empty when every mark is contiguous and complete)."""
    problems = []
    with psycopg.connect(pg_dsn(db_url)) as conn:
        for device_id, mark in conn.execute("SELECT device_id, acked_seq FROM device"):
            seqs = sorted(r[0] for r in conn.execute(
                "SELECT device_seq FROM event WHERE device_id = %s UNION "
                "SELECT device_seq FROM event_alias WHERE device_id = %s",
                (device_id, device_id)))
            if seqs != list(range(1, len(seqs) + 1)) or mark != len(seqs):
                problems.append(f"{device_id}: mark {mark}, seqs {seqs[:5]}…{seqs[-5:]}")
    return problems


def server_view(db_url: str, staff_ids: set[str] | None = None) -> dict[str, list[Any]]:
    """Projections computed from the service's events alone, in server order."""
    folder = Path(tempfile.mkdtemp(prefix="his-view-"))
    try:
        engine = open_database(folder / "view.db")
        rows = [e for e in server_events(db_url)
                if staff_ids is None or e["actor_id"] in staff_ids
                or e["subject_id"] in staff_ids]
        with engine.begin() as conn:
            for order, e in enumerate(rows, start=1):
                conn.execute(insert(JournalEvent).values(local_order=order, **e))
        Journal(engine).rebuild()
        view = snapshot(engine)
        engine.dispose()
        return view
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def local_view(services: Services) -> dict[str, list[Any]]:
    return snapshot(services.engine)


def local_ids(services: Services) -> set[str]:
    return {e.event_id for e in services.journal.events()}


def local_reads(services: Services) -> set[str]:
    """Ids of the sections read held here (without the logins before them)."""
    return {e.event_id for e in services.journal.events() if e.type == "course.section_read"}


def server_reads(db_url: str) -> set[str]:
    return {e["event_id"] for e in server_events(db_url) if e["type"] == "course.section_read"}


def scope_of(services: Services) -> set[str]:
    from trainer.sync.inbox import scoped

    with services.engine.connect() as conn:
        return scoped(conn)


def sync_ok(services: Services, **kwargs: Any) -> Any:
    from trainer.sync.client import SyncClient

    outcome = SyncClient(services.engine, services.journal, **kwargs).run()
    assert outcome.error_code is None, outcome
    return outcome


def assert_converged(db_url: str, stations: list[Services]) -> None:
    """After two clean rounds of sync: the service holds every event exactly once, every
    device's mark is contiguous, nothing waits, and each workstation's projections equal
    the service's view of its scope."""
    for _ in range(2):
        for station in stations:
            sync_ok(station)
    stored = server_events(db_url)
    ids = [e["event_id"] for e in stored]
    assert len(ids) == len(set(ids))
    contents = [(e["actor_id"], e["payload"]) for e in stored]
    assert len(contents) == len(set(contents)), "the same reading stored twice"
    assert set(ids) == set().union(*(local_ids(s) for s in stations))
    assert marks_are_contiguous(db_url) == []
    for station in stations:
        # Journal.check also reports sequence gaps, which a networked profile has by
        # design (it holds only its scope; a re-enrolled profile's re-sent events keep
        # their new numbers here), so only the file's integrity is checked.
        assert [f for f in station.journal.check() if f.startswith("integrity")] == []
        pending = [e for e in station.journal.events() if e.server_seq is None]
        assert pending == []
        scope = scope_of(station)
        assert local_view(station) == server_view(db_url, scope)
        mine = [e for e in stored if e["actor_id"] in scope or e["subject_id"] in scope]
        theirs = [e.__dict__ for e in station.journal.events()]
        assert checksum(theirs) == checksum(mine)
