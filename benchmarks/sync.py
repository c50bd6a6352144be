"""Sync budgets (ARCHITECTURE §10), on a throwaway PostgreSQL started here:

- push 100,000 events to PostgreSQL ≤ 2× a raw ``COPY`` of the same rows in the same run:
  the whole ``his-trainer sync`` of a workstation holding 100,000 unsent events (hello,
  batches over HTTP on loopback, idempotent insert, marks, acknowledgements stored in
  SQLite) against ``COPY … FROM STDIN`` of the very rows the service ended up holding into
  an empty copy of the ``event`` table (same indexes);
- an incremental sync of 50 events on loopback ≤ 100 ms: a workstation with a synced
  history writes 50 course events and syncs (push, pull, projections brought up to date).

The service runs as its own process (``his-trainer serve``), as it does in a hospital.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

import psycopg

from benchmarks.harness import Figure
from testkit.postgres import PostgresCluster, ServiceProcess
from trainer.journal import NewEvent
from trainer.server.db import make_server_engine, migrate
from trainer.server.enrolment import issue_code
from trainer.services import Services, open_services
from trainer.sync.client import SyncClient, enrol

EVENTS = 100_000
INCREMENT = 50
PEOPLE = 25  # nurses whose sessions make up the 100,000 events
PASSWORD = "ward3-bench-pass"
COPY_COLUMNS = ("server_seq, event_id, device_id, device_seq, type, schema_version, actor_id, "
                "subject_id, payload, device_time, server_time, clock_skew_s")


def _workstation(root: Path, name: str, url: str, db_url: str) -> Services:
    services = open_services(root / name)
    engine = make_server_engine(db_url)
    code = issue_code(engine, ["ward-3"]).code
    engine.dispose()
    enrol(services.engine, services.journal, url, code)
    return services


def seed(db_url: str) -> None:
    """:data:`PEOPLE` nurses of ward 3 on the service, with their login-proof keys (rows
    written directly: hashing passwords is not what is measured)."""
    from sqlalchemy import insert

    from trainer.auth.proof import proof_key
    from trainer.journal.events import now_iso
    from trainer.server.schema import staff, staff_department, staff_role

    engine = make_server_engine(db_url)
    now = now_iso()
    with engine.begin() as conn:
        for n in range(PEOPLE):
            sid = f"N{n:03}"
            conn.execute(insert(staff).values(
                staff_id=sid, name=sid, active=True, password_hash=None,
                must_change_password=False, password_changed_at=now, created_at=now,
                version=1, proof_key=proof_key(sid, PASSWORD)))
            conn.execute(insert(staff_role).values(staff_id=sid, role="nurse"))
            conn.execute(insert(staff_department).values(
                staff_id=sid, department="ward-3", since=now, until=None))
    engine.dispose()


def login(services: Services, staff_id: str) -> None:
    """A proven login, as the login page writes it."""
    import dataclasses

    from trainer.auth.proof import login_proof, proof_key

    event = NewEvent("auth.login", {}, actor_id=staff_id, subject_id=staff_id)
    proof = login_proof(proof_key(staff_id, PASSWORD), event.event_id, staff_id,
                        event.device_time)
    services.journal.append(dataclasses.replace(
        event, payload={"workstation": "ward-3-pc-07", "proof": proof}))


def _fill(services: Services, count: int) -> None:
    """``count`` events in sessions of each nurse in turn: a proven login, the screen locked
    and unlocked again and again, a logout (audit events: what is measured is the push, not
    a projection)."""
    per = count // PEOPLE - 2
    for n in range(PEOPLE):
        sid = f"N{n:03}"
        login(services, sid)
        for start in range(0, per, 10_000):
            services.journal.append(*(
                NewEvent("auth.locked" if i % 2 == 0 else "auth.unlocked",
                         {"workstation": "ward-3-pc-07", "reason": "idle"} if i % 2 == 0
                         else {"workstation": "ward-3-pc-07"},
                         actor_id=sid, subject_id=sid)
                for i in range(start, min(per, start + 10_000))))
        services.journal.append(NewEvent("auth.logout", {"workstation": "ward-3-pc-07"},
                                         actor_id=sid, subject_id=sid))


def _copy_ms(dsn: str) -> float:
    """Median of three ``COPY``s of the service's 100,000 rows into empty copies of the
    ``event`` table (same columns, constraints and indexes)."""
    times = []
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(f"SELECT {COPY_COLUMNS} FROM event").fetchall()
        for n in range(3):
            conn.execute(f"CREATE TABLE event_copy{n} (LIKE event INCLUDING ALL)")
            conn.commit()
            start = time.perf_counter()
            with conn.cursor() as cur, cur.copy(
                    f"COPY event_copy{n} ({COPY_COLUMNS}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
            conn.commit()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _incremental_ms(services: Services) -> list[float]:
    login(services, "N001")
    times = []
    for round_ in range(6):
        services.journal.append(*(
            NewEvent("course.section_read", {"course_id": "nurse_station",
                                             "section_id": f"r{round_}-{i}",
                                             "course_version": 1, "lang": "en"},
                     actor_id="N001", subject_id="N001")
            for i in range(INCREMENT)))
        start = time.perf_counter()
        outcome = SyncClient(services.engine, services.journal).run()
        times.append((time.perf_counter() - start) * 1000)
        assert outcome.error_code is None and outcome.pushed == INCREMENT + (round_ == 0), \
            outcome
    return times[1:]  # the first round warms the connection pool


def run() -> list[Figure]:
    cluster = PostgresCluster(fsync=True)
    root = Path(tempfile.mkdtemp(prefix="his-bench-sync-"))
    service = None
    try:
        cluster.start()
        db_url = cluster.create_database("bench")
        migrate(make_server_engine(db_url))
        seed(db_url)
        service = ServiceProcess(db_url, root / "service")
        big = _workstation(root, "big", service.url, db_url)
        _fill(big, EVENTS)
        start = time.perf_counter()
        outcome = SyncClient(big.engine, big.journal, batch_size=10_000).run()
        push_ms = (time.perf_counter() - start) * 1000
        assert outcome.error_code is None and outcome.pushed == EVENTS, outcome
        copy_ms = _copy_ms(cluster.dsn("bench"))
        small = _workstation(root, "small", service.url, db_url)
        history = SyncClient(small.engine, small.journal)
        history.run()
        incremental = statistics.median(_incremental_ms(small))
        big.close()
        small.close()
    finally:
        if service is not None:
            service.stop()
        cluster.destroy()
        shutil.rmtree(root, ignore_errors=True)
    return [
        Figure("push 100,000 events ÷ raw COPY", push_ms / copy_ms, "×", 2.0,
               f"push {push_ms:.0f} ms, COPY {copy_ms:.0f} ms (median of 3)"),
        Figure("push 100,000 events", push_ms, "ms", None,
               f"{EVENTS / push_ms * 1000:,.0f} events/s, batches of 10,000"),
        Figure("incremental sync of 50 events", incremental, "ms", 100.0,
               "loopback, median of 5; push + pull + projections"),
    ]
