"""Several service processes behind a load balancer share nothing but PostgreSQL (issue 17,
part 5): two real ``his-trainer serve`` processes on one real PostgreSQL, and a
workstation or an attacker talking to either of them in turn."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from testkit.postgres import ServiceProcess
from tests.server.wire import Device, admin_token, read_event
from tests.sync.conftest import Workstation, seed_roster
from tests.sync.helpers import local_reads, marks_are_contiguous, pg_dsn, read, server_events
from trainer.server.guard import FREE_FAILURES
from trainer.services import Services
from trainer.sync.client import SyncClient
from trainer.sync.transport import Transport


@pytest.fixture
def two(server_db: str, tmp_path: Path) -> Iterator[tuple[ServiceProcess, ServiceProcess]]:
    """Two service processes on the same database URL (as behind nginx or HAProxy)."""
    seed_roster(server_db)
    first = ServiceProcess(server_db, tmp_path / "svc-a")
    try:
        second = ServiceProcess(server_db, tmp_path / "svc-b")
    except BaseException:
        first.stop()
        raise
    yield first, second
    second.stop()
    first.stop()


class Alternating(Transport):
    """A round-robin load balancer inside the client: every request goes to the next
    process in turn (the harshest spread: consecutive batches of one push land on
    different processes)."""

    def __init__(self, urls: list[str], token: str | None) -> None:
        self.links = [Transport(url, token) for url in urls]
        self.url, self.token, self.calls = urls[0], token, 0
        self.hits = dict.fromkeys(urls, 0)

    def call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        link = self.links[self.calls % len(self.links)]
        self.calls += 1
        self.hits[link.url] += 1
        link.token = self.token  # a re-enrolment changes it on this object
        return link.call(method, path, body)

    def close(self) -> None:
        for link in self.links:
            link.close()


def _alternating_client(station: Services, urls: list[str],
                        used: list[Alternating]) -> SyncClient:
    def make(_url: str, token: str, _ca: str | None) -> Transport:
        used.append(Alternating(urls, token))
        return used[-1]

    return SyncClient(station.engine, station.journal, transport=make, batch_size=7,
                      page_size=11)


def test_a_workstation_alternating_between_processes_loses_and_doubles_nothing(
    two: tuple[ServiceProcess, ServiceProcess], server_db: str, workstation: Workstation
) -> None:
    urls = [two[0].url, two[1].url]
    nurse = workstation("ward3-a", urls[0], server_db)
    doctor = workstation("ward3-b", urls[1], server_db)
    used: list[Alternating] = []
    for round_ in range(4):
        for n in range(13):
            read(nurse, "N100", "nurse_station", f"n{round_}-{n}")
            read(doctor, "D100", "nurse_station", f"d{round_}-{n}")
        for station in (nurse, doctor):
            outcome = _alternating_client(station, urls, used).run()
            assert outcome.error_code is None, outcome
    for station in (nurse, doctor):  # a last round: each now holds the other's events
        assert _alternating_client(station, urls, used).run().error_code is None
    assert all(sum(link.hits[url] for link in used) > 10 for url in urls)
    stored = server_events(server_db)
    ids = [e["event_id"] for e in stored]
    assert len(ids) == len(set(ids))  # nothing twice
    assert {e["event_id"] for e in stored if e["type"] == "course.section_read"} == \
        local_reads(nurse) | local_reads(doctor)  # nothing lost
    assert len(local_reads(nurse) | local_reads(doctor)) == 2 * 4 * 13
    assert marks_are_contiguous(server_db) == []
    for station in (nurse, doctor):
        assert [e for e in station.journal.events() if e.server_seq is None] == []
        assert local_reads(station) == local_reads(nurse) | local_reads(doctor)
    seqs = [e["server_seq"] for e in stored]
    assert seqs == sorted(set(seqs))


def test_back_off_counted_on_one_process_holds_on_the_other(
    two: tuple[ServiceProcess, ServiceProcess]
) -> None:
    first, second = two
    codes = [httpx.post(f"{first.url}/v1/admin/login",
                        json={"staff_id": "A100", "password": "wrong-password-1"}).status_code
             for _ in range(FREE_FAILURES)]
    assert codes == [403] * FREE_FAILURES
    elsewhere = httpx.post(f"{second.url}/v1/admin/login",
                           json={"staff_id": "A100", "password": "it-admin-pass"})
    assert elsewhere.status_code == 429  # not even the right password, on either process
    assert int(elsewhere.headers["Retry-After"]) >= 1


def test_concurrent_guesses_spread_over_processes_get_only_the_free_failures(
    two: tuple[ServiceProcess, ServiceProcess], server_db: str
) -> None:
    """Twelve guesses at once at one account through both processes: the back-off is
    counted before the password is checked, so only the free failures reach argon2 and
    answer 403 — however many processes there are."""
    urls = [two[0].url, two[1].url]

    def guess(n: int) -> int:
        return httpx.post(f"{urls[n % 2]}/v1/admin/login", timeout=60,
                          json={"staff_id": "D100", "password": f"guess-{n}-xyz"}).status_code

    with ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(guess, range(12)))
    assert set(codes) <= {403, 429}
    assert codes.count(403) <= FREE_FAILURES
    with psycopg.connect(pg_dsn(server_db)) as conn:
        row = conn.execute("SELECT failures FROM throttle WHERE key = 'staff:D100'").fetchone()
    assert row is not None and row[0] == codes.count(403)


def test_an_admin_session_from_one_process_is_honoured_by_the_other(
    two: tuple[ServiceProcess, ServiceProcess]
) -> None:
    first, second = two
    token = admin_token(first.url)
    listed = httpx.get(f"{second.url}/v1/admin/devices",
                       headers={"Authorization": f"Bearer {token}"})
    assert listed.status_code == 200
    code = httpx.post(f"{second.url}/v1/admin/enrol-codes", json={"departments": ["ward-3"]},
                      headers={"Authorization": f"Bearer {token}"}).json()["code"]
    enrolled = httpx.post(f"{first.url}/v1/enrol",
                          json={"code": code, "device_id": "pc-on-two-processes"})
    assert enrolled.status_code == 200
    again = httpx.post(f"{second.url}/v1/enrol",
                       json={"code": code, "device_id": "another-pc-same-code"})
    assert again.status_code == 403  # a code is used once, whichever process sees it


def test_a_nurse_login_proven_on_one_process_is_honoured_on_the_other(
    two: tuple[ServiceProcess, ServiceProcess], server_db: str
) -> None:
    from tests.sync.helpers import _proof_key
    from trainer.auth.proof import login_proof

    first, second = two
    pc = Device(first.url, server_db)
    login = pc.event("auth.login", "N100", "N100", {})
    login["payload"] = (
        '{"workstation": "pc", "proof": "'
        + login_proof(_proof_key("N100", "ward3-nurse-pass"), login["event_id"], "N100",
                      login["device_time"]) + '"}')
    assert pc.push([login]).status_code == 200
    pc.url = second.url
    answer = pc.push([read_event(pc, "N100")])
    assert answer.status_code == 200, answer.text
    assert answer.json()["acked_seq"] == 2
    stranger = pc.push([read_event(pc, "D100")])  # D100 never logged in there
    assert stranger.status_code == 403 and stranger.json()["code"] == "push.not_logged_in"
