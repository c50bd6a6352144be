"""Roster authority on the service: HR cannot touch administrators, and a person who
leaves a workstation's scope and comes back gets the history they made while away."""

from __future__ import annotations

import httpx

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from tests.sync.helpers import read
from trainer.journal.projections.course_progress import progress_for
from trainer.server.db import make_server_engine
from trainer.server.roster import StaffChange, apply_staff_change


def test_hr_may_change_staff_but_not_administrators(service: ServiceThread,
                                                    server_db: str) -> None:
    engine = make_server_engine(server_db)
    apply_staff_change(engine, StaffChange("R100", "HR One", ["hr"], ["hr"], True,
                                           "hr-office-pass"))
    engine.dispose()
    hr = httpx.post(f"{service.url}/v1/admin/login",
                    json={"staff_id": "R100", "password": "hr-office-pass"}).json()
    headers = {"Authorization": f"Bearer {hr['token']}"}
    takeover = httpx.put(f"{service.url}/v1/admin/staff/A100", headers=headers,
                         json={"password": "taken-over-now"})
    assert takeover.status_code == 403
    assert httpx.put(f"{service.url}/v1/admin/staff/A100", headers=headers,
                     json={"active": False}).status_code == 403
    assert httpx.put(f"{service.url}/v1/admin/staff/N100", headers=headers,
                     json={"departments": ["ward-5"]}).status_code == 200
    admin = httpx.post(f"{service.url}/v1/admin/login",
                       json={"staff_id": "A100", "password": PEOPLE["A100"][3]})
    assert admin.status_code == 200  # the administrator's password is unchanged


def test_leaving_the_scope_and_coming_back_backfills_what_happened_away(
        service: ServiceThread, server_db: str, workstation: Workstation) -> None:
    ward3 = workstation("ward3", service.url, server_db, departments=("ward-3",))
    ward5 = workstation("ward5", service.url, server_db, departments=("ward-5",))
    read(ward3, "N100", "nurse_station", "intro")
    assert client(ward3).run().error_code is None
    engine = make_server_engine(server_db)
    apply_staff_change(engine, StaffChange("N100", departments=["ward-5"]))
    assert client(ward3).run().error_code is None  # N100 leaves ward 3's scope
    assert client(ward5).run().error_code is None
    read(ward5, "N100", "nurse_station", "orders")  # written while away from ward 3
    assert client(ward5).run().error_code is None
    assert client(ward3).run().error_code is None  # ward 3's cursor moves past it
    apply_staff_change(engine, StaffChange("N100", departments=["ward-3"]))
    engine.dispose()
    assert client(ward3).run().error_code is None  # back in scope: back-filled
    assert progress_for(ward3.engine, "N100")["nurse_station"].sections_read == {
        "intro", "orders"}
    assert ward3.login.login("N100", PEOPLE["N100"][3]).staff_id == "N100"
