"""Faults: network cuts, lost answers, killed service, killed database, killed client,
replayed and reordered batches. Afterwards nothing is lost or stored twice."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from testkit.postgres import PostgresCluster, ServiceThread
from tests.sync.conftest import Workstation, client
from tests.sync.helpers import assert_converged, pg_dsn, read, server_events
from tests.sync.processes import ServiceProcess, sync_process, wait_for_advisory_waiter
from tests.sync.proxy import Fault, Proxy
from trainer.journal import NewEvent
from trainer.server.schema import SEQ_LOCK
from trainer.services import Services
from trainer.sync import outbox
from trainer.sync.client import SyncClient
from trainer.sync.transport import Transport


@pytest.fixture
def proxy(service: ServiceThread) -> Iterator[Proxy]:
    link = Proxy(service.port)
    yield link
    link.close()


def acknowledged(answer: dict[str, Any], by_seq: dict[int, str]) -> dict[str, int]:
    """event_id → server_seq from a push answer (single acks and ranges)."""
    found = {event_id: seq for event_id, seq, _ in answer["acks"]}
    for first, last, first_server_seq, _ in answer["ranges"]:
        for seq in range(first, last + 1):
            found[by_seq[seq]] = first_server_seq + seq - first
    return found


def many_reads(services: Services, staff: str, count: int, tag: str) -> None:
    services.journal.append(*(
        NewEvent("course.section_read", {"course_id": "nurse_station", "section_id": f"{tag}{i}",
                                         "course_version": 1, "lang": "en"},
                 actor_id=staff, subject_id=staff)
        for i in range(count)))


@pytest.mark.parametrize("fault", [
    Fault("cut_request", after=30_000),
    Fault("cut_response", after=40),
    Fault("drop_response"),
])
def test_a_cut_in_the_middle_of_a_batch_loses_and_duplicates_nothing(
    proxy: Proxy, server_db: str, workstation: Workstation, fault: Fault
) -> None:
    pc = workstation("pc", proxy.url, server_db)
    other = workstation("other", proxy.url, server_db)
    many_reads(pc, "N100", 700, "a")
    proxy.arm(fault)
    outcome = SyncClient(pc.engine, pc.journal, batch_size=250).run()
    assert proxy.fired.is_set()
    assert outcome.error_code == "sync.cut"
    assert outcome.waiting > 0
    assert_converged(server_db, [pc, other])
    assert len(server_events(server_db)) == 700


def test_a_pull_answer_cut_off_is_fetched_again(
    proxy: Proxy, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", proxy.url, server_db)
    other = workstation("other", proxy.url, server_db)
    many_reads(pc, "N100", 300, "p")
    client(pc).run()
    proxy.arm(Fault("cut_response", match=b"/v1/pull", after=5000))
    assert SyncClient(other.engine, other.journal, page_size=100).run().error_code == "sync.cut"
    assert_converged(server_db, [pc, other])


def test_a_slow_answer_times_out_and_the_next_sync_finishes(
    proxy: Proxy, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", proxy.url, server_db)
    read(pc, "N100", "nurse_station", "slow")
    proxy.arm(Fault("delay", seconds=3.0))
    impatient = SyncClient(pc.engine, pc.journal,
                           transport=lambda url, token, ca: Transport(url, token, timeout=0.5))
    assert impatient.run().error_code == "sync.timeout"
    assert_converged(server_db, [pc])


def test_every_batch_delivered_three_times_out_of_order(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    other = workstation("other", service.url, server_db)
    many_reads(pc, "N100", 60, "r")
    with pc.engine.connect() as conn:
        rows = outbox.batch(conn, pc.journal.device_id, 0, 1000)
    batches = [rows[i : i + 7] for i in range(0, len(rows), 7)] * 3
    random.Random(7).shuffle(batches)
    link = client(pc).link()
    for batch in batches:
        answer = link.call("POST", "/v1/push", {"events": batch})
        assert answer["acked_seq"] <= 60
    assert answer["acked_seq"] == 60
    link.close()
    assert_converged(server_db, [pc, other])
    assert len(server_events(server_db)) == 60


def test_the_service_killed_mid_commit_commits_nothing_half(
    server_db: str, workstation: Workstation, tmp_path: Path
) -> None:
    from tests.sync.conftest import seed_roster

    seed_roster(server_db)
    first = ServiceProcess(server_db, tmp_path / "svc")
    pc = workstation("pc", first.url, server_db)
    many_reads(pc, "N100", 50, "k")
    results: list[object] = []
    with psycopg.connect(pg_dsn(server_db), autocommit=True) as blocker:
        blocker.execute("SELECT pg_advisory_lock(%s)", (SEQ_LOCK,))
        worker = threading.Thread(target=lambda: results.append(client(pc).run()))
        worker.start()
        wait_for_advisory_waiter(server_db)  # the push is inside its transaction
        first.kill()
        blocker.execute("SELECT pg_advisory_unlock(%s)", (SEQ_LOCK,))
    worker.join(60)
    assert results and getattr(results[0], "error_code", None) == "sync.cut"
    assert server_events(server_db) == []
    second = ServiceProcess(server_db, tmp_path / "svc", port=first.port)
    try:
        assert_converged(server_db, [pc])
        assert len(server_events(server_db)) == 50
    finally:
        second.stop()


def test_the_database_killed_mid_commit_recovers_without_loss(
    pg: PostgresCluster, service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    other = workstation("other", service.url, server_db)
    many_reads(pc, "N100", 20, "before")
    client(pc).run()
    many_reads(pc, "N100", 20, "during")
    results: list[object] = []
    blocker = psycopg.connect(pg_dsn(server_db), autocommit=True)
    blocker.execute("SELECT pg_advisory_lock(%s)", (SEQ_LOCK,))
    worker = threading.Thread(target=lambda: results.append(client(pc).run()))
    worker.start()
    wait_for_advisory_waiter(server_db)
    pg.stop("immediate")
    worker.join(60)
    blocker.close()
    assert results and getattr(results[0], "error_code", None) in ("sync.server_error", "sync.cut")
    pg.start()
    assert_converged(server_db, [pc, other])
    assert len(server_events(server_db)) == 40


@pytest.mark.parametrize("where", [b"/v1/push", b"/v1/pull"])
def test_the_client_killed_mid_sync_resumes(
    proxy: Proxy, server_db: str, workstation: Workstation, where: bytes
) -> None:
    pc = workstation("pc", proxy.url, server_db)
    other = workstation("other", proxy.url, server_db)
    many_reads(other, "D100", 30, "o")
    client(other).run()
    many_reads(pc, "N100", 30, "c")
    folder = pc.profile.root
    proxy.arm(Fault("hold_response", match=where, cut_on_release=True))
    proc = sync_process(folder)
    assert proxy.holding.wait(120)
    proc.kill()
    proc.wait(30)
    proxy.release()
    assert [f for f in pc.journal.check() if f.startswith("integrity")] == []
    assert_converged(server_db, [pc, other])


def test_a_big_batch_delivered_again_with_new_events_stores_only_the_new_ones(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    many_reads(pc, "N100", 600, "b")
    with pc.engine.connect() as conn:
        rows = outbox.batch(conn, pc.journal.device_id, 0, 1000)
    link = client(pc).link()
    first = link.call("POST", "/v1/push", {"events": rows[:400]})  # written with COPY
    again = link.call("POST", "/v1/push", {"events": rows})  # 400 known + 200 new
    link.close()
    assert (first["acked_seq"], again["acked_seq"]) == (400, 600)
    by_seq = {row["device_seq"]: row["event_id"] for row in rows}
    before, after = acknowledged(first, by_seq), acknowledged(again, by_seq)
    assert len(before) == 400 and first["ranges"]  # all new: one range
    assert len(after) == 600 and all(after[e] == seq for e, seq in before.items())
    assert len(server_events(server_db)) == 600
    assert_converged(server_db, [pc])
