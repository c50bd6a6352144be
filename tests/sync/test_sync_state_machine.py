"""Random interleavings over three workstations of one ward — write, sync, network cuts,
a client dying mid-sync, a profile restored from an earlier backup — always converge:
after clean syncs the service holds every surviving event exactly once, every mark is
contiguous and every workstation's projections equal the service's view."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from testkit.postgres import PostgresCluster, ServiceThread
from tests.sync.conftest import TEMPLATE, seed_roster
from tests.sync.helpers import assert_converged, local_ids, read, server_events
from tests.sync.proxy import Fault, Proxy
from trainer.server.db import make_server_engine
from trainer.server.enrolment import issue_code
from trainer.services import Services, open_services
from trainer.sync.client import SyncClient, enrol
from trainer.sync.transport import Transport

STATIONS = 3
_databases = itertools.count()
CONTEXT: dict[str, Any] = {}


class Killed(BaseException):
    """The workstation's process dies here (nothing after it runs, nothing is caught)."""


def dying_after(calls: int, *, with_answer: bool) -> Any:
    made = [0]

    def make(url: str, token: str, ca: str | None) -> Transport:
        link = Transport(url, token, ca_file=ca)
        original = link.call

        def call(method: str, path: str, body: Any = None) -> dict[str, Any]:
            made[0] += 1
            if made[0] > calls and not with_answer:
                raise Killed()
            answer = original(method, path, body)
            if made[0] > calls:
                raise Killed()  # the answer arrived, the process died before storing it
            return answer

        link.call = call  # type: ignore[method-assign]
        return link

    return make


def _retired(services: Services) -> int:
    with services.engine.connect() as conn:
        return len(conn.exec_driver_sql(
            "SELECT 1 FROM device_history WHERE retired_at IS NOT NULL").fetchall())


class ThreeWards(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        pg: PostgresCluster = CONTEXT["pg"]
        root: Path = CONTEXT["root"] / f"run{next(_databases)}"
        self.db_url = pg.create_database(f"his_machine_{root.name}", template=TEMPLATE)
        seed_roster(self.db_url)
        self.service = ServiceThread(self.db_url)
        self.proxy = Proxy(self.service.port)
        self.folders = []
        self.stations: list[Services] = []
        self.backups: dict[int, Path] = {}
        self.sections = itertools.count()
        self.written: set[str] = set()  # every event written and not lost to a restore
        engine = make_server_engine(self.db_url)
        for n in range(STATIONS):
            folder = root / f"ws{n}"
            shutil.copytree(CONTEXT["template"], folder)
            services = open_services(folder)
            enrol(services.engine, services.journal, self.proxy.url,
                  issue_code(engine, ["ward-3"]).code)
            self.folders.append(folder)
            self.stations.append(services)
            self.back_up(n)  # the install-day image IT may restore later
        engine.dispose()

    def _reopen(self, n: int) -> None:
        self.stations[n].close()
        self.stations[n] = open_services(self.folders[n])

    @rule(n=st.integers(0, STATIONS - 1), staff=st.sampled_from(["N100", "D100"]),
          count=st.integers(1, 3))
    def write(self, n: int, staff: str, count: int) -> None:
        for _ in range(count):
            self.written.add(
                read(self.stations[n], staff, "nurse_station", f"s{next(self.sections)}"))

    @rule(n=st.integers(0, STATIONS - 1))
    def sync(self, n: int) -> None:
        SyncClient(self.stations[n].engine, self.stations[n].journal, batch_size=4).run()

    @rule(n=st.integers(0, STATIONS - 1),
          kind=st.sampled_from(["cut_request", "cut_response", "drop_response"]),
          where=st.sampled_from([b"/v1/push", b"/v1/pull"]))
    def cut(self, n: int, kind: str, where: bytes) -> None:
        self.proxy.arm(Fault(kind, match=where, after=200))
        SyncClient(self.stations[n].engine, self.stations[n].journal, batch_size=4).run()
        self.proxy.arm(Fault("none", match=b"never"))

    @rule(n=st.integers(0, STATIONS - 1), calls=st.integers(0, 4), with_answer=st.booleans())
    def kill(self, n: int, calls: int, with_answer: bool) -> None:
        station = self.stations[n]
        client = SyncClient(station.engine, station.journal, batch_size=4,
                            transport=dying_after(calls, with_answer=with_answer))
        with contextlib.suppress(Killed):
            client.run()
        self._reopen(n)

    @rule(n=st.integers(0, STATIONS - 1))
    def back_up(self, n: int) -> None:
        target = self.folders[n].parent / f"ws{n}-backup.db"
        src = sqlite3.connect(self.stations[n].profile.database)
        dst = sqlite3.connect(target)
        src.backup(dst)
        dst.close()
        src.close()
        self.backups[n] = target

    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        n = data.draw(st.sampled_from(sorted(self.backups)))
        database = self.stations[n].profile.database
        # Events written after the backup and never sent are gone with the old file: a
        # restore loses them (not sync). Everything the service holds must survive.
        copy = sqlite3.connect(self.backups[n])
        in_backup = {r[0] for r in copy.execute("SELECT event_id FROM journal_event")}
        copy.close()
        on_server = {e["event_id"] for e in server_events(self.db_url)}
        self.written -= local_ids(self.stations[n]) - in_backup - on_server
        self.stations[n].close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.backups[n], database)
        self.stations[n] = open_services(self.folders[n])

    def teardown(self) -> None:
        try:
            assert_converged(self.db_url, self.stations)
            assert {e["event_id"] for e in server_events(self.db_url)} == self.written
        finally:
            CONTEXT["reenrolled"] = CONTEXT.get("reenrolled", 0) + sum(
                _retired(s) for s in self.stations)
            for station in self.stations:
                station.close()
            self.proxy.close()
            self.service.stop()


def test_three_wards_always_converge(pg: PostgresCluster, template_profile: Path,
                                     tmp_path: Path) -> None:
    CONTEXT.update(pg=pg, template=template_profile, root=tmp_path)
    run_state_machine_as_test(ThreeWards, settings=settings(
        max_examples=int(os.environ.get("HIS_SYNC_EXAMPLES", "8")),
        stateful_step_count=12, deadline=None, database=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    assert CONTEXT["reenrolled"] > 0, "no example restored a profile the service knew"
