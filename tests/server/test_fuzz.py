"""API fuzzing from the service's own OpenAPI description (schemathesis): every operation
gets bounded, generated requests — with a ward PC's token, or an HR officer's admin token
for the admin calls — and none may answer 5xx or be accepted when it breaks a rule:

- no pushed event is ever stored (the fuzzing PC has no proven login);
- HR never makes or changes an administrator, nor lists, enrols or revokes devices;
- nothing the service answers is a server error, whatever the bytes.

The number of examples per operation is ``HIS_FUZZ_EXAMPLES`` (default 8: well under a
minute on a 2-core machine)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import psycopg
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from testkit.postgres import ServiceThread
from tests.server.wire import Device, admin_token, pg_dsn
from trainer.server.db import make_server_engine
from trainer.server.roster import StaffChange, apply_staff_change

EXAMPLES = int(os.environ.get("HIS_FUZZ_EXAMPLES", "8"))
HR_ONLY_FORBIDDEN = ("/v1/admin/devices", "/v1/admin/enrol-codes")


class Target:
    def __init__(self, service: ServiceThread, db_url: str) -> None:
        self.service, self.db_url = service, db_url
        engine = make_server_engine(db_url)
        apply_staff_change(engine, StaffChange("R100", "HR One", ["hr"], ["hr"], True,
                                               "hr-office-pass", must_change_password=False))
        engine.dispose()
        self.hr = admin_token(service.url, "R100", "hr-office-pass")
        self.pc = Device(service.url, db_url)
        self.before = self.admins()

    def admins(self) -> list[tuple[Any, ...]]:
        with psycopg.connect(pg_dsn(self.db_url)) as conn:
            return conn.execute(
                "SELECT s.staff_id, s.version, s.active FROM staff s JOIN staff_role r "
                "ON r.staff_id = s.staff_id AND r.role = 'admin' ORDER BY 1").fetchall()

    def events(self) -> int:
        with psycopg.connect(pg_dsn(self.db_url)) as conn:
            return int(conn.execute("SELECT count(*) FROM event").fetchone()[0])  # type: ignore[index]

    def token_for(self, path: str) -> str:
        if path.startswith("/v1/admin/"):
            return self.hr
        if path == "/v1/reenrol":  # spends the token: a PC of its own each time
            return Device(self.service.url, self.db_url).token
        return self.pc.token


@pytest.fixture
def target(service: ServiceThread, server_db: str) -> Iterator[Target]:
    yield Target(service, server_db)


def test_no_request_is_a_server_error_or_breaks_a_rule(target: Target) -> None:
    schema = schemathesis.openapi.from_url(f"{target.service.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:
        run = given(case=operation.as_strategy())(settings(
            max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
            suppress_health_check=list(HealthCheck))(lambda case: check(case, target)))
        run()


def check(case: Any, target: Target) -> None:
    path = case.operation.path
    headers = {"Authorization": f"Bearer {target.token_for(path)}"}
    response = case.call(base_url=target.service.url, headers=headers, timeout=30)
    assert response.status_code < 500, (case.operation.label, response.text[:300])
    if path.startswith(HR_ONLY_FORBIDDEN) or path.endswith("/revoke"):
        assert response.status_code >= 400, "HR did an administrator's job"
    assert target.events() == 0, "a pushed event was stored without a proven login"
    assert target.admins() == target.before, "HR changed or made an administrator"


def test_the_description_covers_every_route(service: ServiceThread) -> None:
    spec = httpx.get(f"{service.url}/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/v1/push", "/v1/pull", "/v1/person", "/v1/password", "/v1/admin/login",
            "/v1/admin/devices/{device_id}/revoke", "/v1/admin/staff/{staff_id}"} <= paths
    assert "PushBody" in spec["components"]["schemas"]
