"""A real PostgreSQL for the sync tests: one throwaway cluster per session, a database per
test copied from a migrated template (CREATE DATABASE … TEMPLATE), the real service on
loopback, and workstation profiles copied from the suite's template profile.

If PostgreSQL's server binaries are missing these tests fail (CI installs postgresql)."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from testkit.postgres import PostgresCluster, ServiceThread
from trainer.server.db import make_server_engine, migrate
from trainer.server.enrolment import issue_code
from trainer.server.roster import StaffChange, apply_staff_change
from trainer.services import Services, open_services
from trainer.sync.client import SyncClient, enrol

TEMPLATE = "his_sync_template"
_numbers = itertools.count()

#: Passwords of the people every test's roster starts with (department → people).
PEOPLE = {
    "N100": ("Nurse One", ["nurse"], ["ward-3"], "ward3-nurse-pass"),
    "N200": ("Nurse Two", ["nurse"], ["ward-5"], "ward5-nurse-pass"),
    "D100": ("Doctor One", ["doctor"], ["ward-3"], "ward3-doctor-pass"),
    "A100": ("Admin", ["admin"], ["it"], "it-admin-pass"),
}


@pytest.fixture(scope="session")
def pg() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    cluster.start()
    url = cluster.create_database(TEMPLATE)
    engine = make_server_engine(url)
    migrate(engine)
    engine.dispose()
    yield cluster
    cluster.destroy()


@pytest.fixture
def server_db(pg: PostgresCluster) -> Iterator[str]:
    name = f"his_sync_{next(_numbers)}"
    url = pg.create_database(name, template=TEMPLATE)
    yield url
    pg.drop_database(name)


def seed_roster(db_url: str) -> None:
    engine = make_server_engine(db_url)
    for staff_id, (name, roles, departments, password) in PEOPLE.items():
        apply_staff_change(engine, StaffChange(staff_id, name, roles, departments, True,
                                               password))
    engine.dispose()


@pytest.fixture
def service(server_db: str) -> Iterator[ServiceThread]:
    seed_roster(server_db)
    live = ServiceThread(server_db)
    yield live
    live.stop()


Workstation = Callable[..., Services]


@pytest.fixture
def workstation(tmp_path: Path, template_profile: Path) -> Iterator[Workstation]:
    """``workstation(name, url=None, departments=("ward-3",))``: a fresh profile, enrolled
    with the service at ``url`` when given."""
    opened: list[Services] = []

    def make(name: str, url: str | None = None, db_url: str | None = None,
             departments: tuple[str, ...] = ("ward-3",)) -> Services:
        folder = tmp_path / name
        shutil.copytree(template_profile, folder)
        services = open_services(folder)
        opened.append(services)
        if url is not None and db_url is not None:
            engine = make_server_engine(db_url)
            code = issue_code(engine, list(departments))
            engine.dispose()
            enrol(services.engine, services.journal, url, code.code)
        return services

    yield make
    for services in opened:
        services.close()


def client(services: Services, **kwargs: object) -> SyncClient:
    return SyncClient(services.engine, services.journal, **kwargs)  # type: ignore[arg-type]
