"""Load on a scaled-out service (issue 17): 200 simulated workstations × 500 events each,
against **two** service processes (``his-trainer serve``) on one PostgreSQL (fsync on), on
loopback. Not in the default ``python -m benchmarks`` run (it takes minutes); run it with
``python -m benchmarks load``.

- 200 devices in 40 departments (one nurse each, with her login-proof key) are enrolled
  over HTTP, alternately through either process, with one-time codes;
- each workstation syncs :data:`ROUNDS` times, as a ward PC does every few minutes: a push
  of the next :data:`EVENTS` ÷ :data:`ROUNDS` events (a proven login first, locks and
  unlocks, a logout last — every event goes through the service's checks), then a pull of
  what its department's other PCs pushed. A bounded pool of :data:`WORKERS` threads runs
  the syncs of a round concurrently; a PC's consecutive syncs go to alternate processes;
- then every count is checked exactly: the ``event`` table holds 100,000 distinct events,
  each device's mark is 500 over contiguous numbers 1…500, and each device pulled exactly
  the events of its department's other devices, none twice.

Figures: events/s over the rounds (pushes and pulls, wall time), p50/p99 latency of a push
batch and of a whole sync (push + pull pages), as the workstation sees them. The simulated
workstations are HTTP clients in this process (the wire format of :mod:`trainer.sync.wire`),
not SQLite profiles: what is loaded is the service.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import insert

from benchmarks.harness import Figure
from testkit.postgres import PostgresCluster, ServiceProcess
from trainer.journal.events import now_iso
from trainer.server.db import make_server_engine, migrate
from trainer.server.enrolment import issue_code
from trainer.sync.wire import push_body

DEVICES = 200
EVENTS = 500
DEPARTMENTS = 40
ROUNDS = 10
WORKERS = 16
PASSWORD = "ward-load-pass"


@dataclass
class Station:
    """One simulated workstation: its token, events, pull cursor and what it pulled."""

    number: int
    device_id: str
    token: str
    events: list[dict[str, Any]] = field(default_factory=list)
    cursor: int = 0
    roster_tag: str | None = None
    pulled: list[str] = field(default_factory=list)

    @property
    def department(self) -> int:
        return self.number % DEPARTMENTS

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}


def _nurse(department: int) -> str:
    return f"L{department:03}"


def seed(db_url: str) -> dict[str, str]:
    """One nurse per department with her login-proof key (rows written directly: hashing
    passwords is not what is measured); returns the proof keys."""
    from trainer.auth.proof import proof_key
    from trainer.server.schema import staff, staff_department, staff_role

    keys = {_nurse(d): proof_key(_nurse(d), PASSWORD) for d in range(DEPARTMENTS)}
    engine = make_server_engine(db_url)
    now = now_iso()
    with engine.begin() as conn:
        for d in range(DEPARTMENTS):
            sid = _nurse(d)
            conn.execute(insert(staff).values(
                staff_id=sid, name=sid, active=True, password_hash=None,
                must_change_password=False, password_changed_at=now, created_at=now,
                version=1, proof_key=keys[sid]))
            conn.execute(insert(staff_role).values(staff_id=sid, role="nurse"))
            conn.execute(insert(staff_department).values(
                staff_id=sid, department=f"ward-{d:02}", since=now, until=None))
    engine.dispose()
    return keys


def _events(station: Station, key: str) -> list[dict[str, Any]]:
    """A proven login, locks and unlocks, a logout: :data:`EVENTS` in all."""
    from trainer.auth.proof import login_proof

    sid, place = _nurse(station.department), f"load-pc-{station.number:03}"
    out = []
    for seq in range(1, EVENTS + 1):
        event_id, at = str(uuid.uuid4()), now_iso()
        if seq == 1:
            kind, payload = "auth.login", (
                f'{{"workstation":"{place}","proof":"{login_proof(key, event_id, sid, at)}"}}')
        elif seq == EVENTS:
            kind, payload = "auth.logout", f'{{"workstation":"{place}"}}'
        elif seq % 2 == 0:
            kind, payload = "auth.locked", f'{{"workstation":"{place}","reason":"idle"}}'
        else:
            kind, payload = "auth.unlocked", f'{{"workstation":"{place}"}}'
        out.append({"event_id": event_id, "device_seq": seq, "type": kind,
                    "schema_version": 1, "actor_id": sid, "subject_id": sid,
                    "payload": payload, "device_time": at})
    return out


def _enrol(db_url: str, links: list[httpx.Client], keys: dict[str, str]) -> list[Station]:
    engine = make_server_engine(db_url)
    codes = [issue_code(engine, [f"ward-{n % DEPARTMENTS:02}"]).code for n in range(DEVICES)]
    engine.dispose()

    def enrol(n: int) -> Station:
        device_id = str(uuid.uuid4())
        answer = links[n % 2].post("/v1/enrol", json={"code": codes[n], "device_id": device_id,
                                                      "name": f"load-pc-{n:03}"})
        answer.raise_for_status()
        station = Station(n, device_id, answer.json()["token"])
        station.events = _events(station, keys[_nurse(station.department)])
        return station

    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(enrol, range(DEVICES)))


class Load:
    """The rounds of syncs, and the latencies they took."""

    def __init__(self, links: list[httpx.Client]) -> None:
        self.links = links
        self.push_ms: list[float] = []
        self.sync_ms: list[float] = []
        self.lock = threading.Lock()

    def sync(self, station: Station, round_: int) -> None:
        link = self.links[(station.number + round_) % 2]
        start = time.perf_counter()
        per = EVENTS // ROUNDS
        rows = station.events[round_ * per:(round_ + 1) * per] if round_ < ROUNDS else []
        if rows:
            body = push_body(station.device_id, rows, device_now=now_iso(),
                             app_version="load", waiting=EVENTS - (round_ + 1) * per)
            answer = link.post("/v1/push", json=body, headers=station.auth)
            answer.raise_for_status()
            if answer.json()["acked_seq"] != rows[-1]["device_seq"]:
                raise AssertionError(f"{station.device_id}: mark {answer.json()['acked_seq']}")
        pushed = time.perf_counter()
        self.pull(station, link)
        done = time.perf_counter()
        with self.lock:
            if rows:
                self.push_ms.append((pushed - start) * 1000)
            self.sync_ms.append((done - start) * 1000)

    def pull(self, station: Station, link: httpx.Client) -> None:
        while True:
            answer = link.post("/v1/pull", headers=station.auth, json={
                "after": station.cursor, "limit": 1000, "roster_tag": station.roster_tag})
            answer.raise_for_status()
            page = answer.json()
            station.pulled += [e["event_id"] for e in page["events"]]
            station.cursor, station.roster_tag = int(page["cursor"]), page["roster_tag"]
            if not page["more"]:
                return

    def rounds(self, stations: list[Station]) -> float:
        """Every round's syncs through the pool, then one more pull each; wall ms."""
        start = time.perf_counter()
        with ThreadPoolExecutor(WORKERS) as pool:
            for round_ in range(ROUNDS + 1):
                list(pool.map(lambda s, r=round_: self.sync(s, r), stations))
        return (time.perf_counter() - start) * 1000


def verify(dsn: str, stations: list[Station]) -> int:
    """Exact counts; returns the number of events pulled in all."""
    with psycopg.connect(dsn) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT event_id) FROM event").fetchone() or (0, 0)
        assert total == distinct == DEVICES * EVENTS, (total, distinct)
        marks: dict[str, int] = dict(conn.execute(
            "SELECT device_id, acked_seq FROM device").fetchall())
        per = {d: (n, lo, hi) for d, n, lo, hi in conn.execute(
            "SELECT device_id, count(*), min(device_seq), max(device_seq) FROM event "
            "GROUP BY device_id")}
        by_device: dict[str, set[str]] = {}
        for device_id, event_id in conn.execute("SELECT device_id, event_id FROM event"):
            by_device.setdefault(device_id, set()).add(event_id)
    for s in stations:
        assert marks[s.device_id] == EVENTS, (s.device_id, marks[s.device_id])
        assert per[s.device_id] == (EVENTS, 1, EVENTS), (s.device_id, per[s.device_id])
        assert by_device[s.device_id] == {e["event_id"] for e in s.events}
    pulled = 0
    for s in stations:
        peers = set().union(*(by_device[p.device_id] for p in stations
                              if p.department == s.department and p is not s))
        assert len(s.pulled) == len(set(s.pulled)), f"{s.device_id} pulled an event twice"
        assert set(s.pulled) == peers, f"{s.device_id} pulled {len(s.pulled)} of {len(peers)}"
        pulled += len(s.pulled)
    return pulled


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run() -> list[Figure]:
    cluster = PostgresCluster(fsync=True)
    root = Path(tempfile.mkdtemp(prefix="his-bench-load-"))
    services: list[ServiceProcess] = []
    links: list[httpx.Client] = []
    try:
        cluster.start()
        db_url = cluster.create_database("load")
        engine = make_server_engine(db_url)
        migrate(engine)
        engine.dispose()
        keys = seed(db_url)
        services = [ServiceProcess(db_url, root / f"svc-{n}") for n in range(2)]
        links = [httpx.Client(base_url=s.url, timeout=120,
                              limits=httpx.Limits(max_connections=WORKERS))
                 for s in services]
        start = time.perf_counter()
        stations = _enrol(db_url, links, keys)
        enrol_ms = (time.perf_counter() - start) * 1000
        load = Load(links)
        wall_ms = load.rounds(stations)
        pulled = verify(cluster.dsn("load"), stations)
    finally:
        for link in links:
            link.close()
        for service in services:
            service.stop()
        cluster.destroy()
        shutil.rmtree(root, ignore_errors=True)
    total = DEVICES * EVENTS
    shape = f"{DEVICES} PCs × {EVENTS} events, 2 processes, {WORKERS} workers"
    return [
        Figure("throughput (push + pull)", total / wall_ms * 1000, "events/s", None,
               f"{total:,} pushed and {pulled:,} pulled in {wall_ms / 1000:.1f} s; {shape}"),
        Figure("push batch p50", statistics.median(load.push_ms), "ms", None,
               f"{len(load.push_ms)} batches of {EVENTS // ROUNDS}"),
        Figure("push batch p99", _pct(load.push_ms, 0.99), "ms", None, ""),
        Figure("sync p50 (push + pull)", statistics.median(load.sync_ms), "ms", None,
               f"{len(load.sync_ms)} syncs"),
        Figure("sync p99 (push + pull)", _pct(load.sync_ms, 0.99), "ms", None,
               "exact counts checked: none lost, none twice, marks 1…500"),
        Figure("enrol 200 devices", enrol_ms, "ms", None, "over HTTP, one-time codes"),
    ]
