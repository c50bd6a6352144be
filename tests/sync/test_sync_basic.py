"""Service, enrolment, push/pull and roster against a real PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import psycopg
import pytest

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from tests.sync.helpers import (
    checksum,
    local_ids,
    local_view,
    marks_are_contiguous,
    pg_dsn,
    read,
    server_events,
    server_view,
)
from trainer.cli import main
from trainer.errors import LoginFailed
from trainer.server.db import make_server_engine
from trainer.server.enrolment import issue_code
from trainer.server.roster import StaffChange, apply_staff_change
from trainer.sync.client import enrol
from trainer.sync.state import read_status
from trainer.sync.transport import SyncError, Transport


def test_health_and_openapi_are_served(service: ServiceThread) -> None:
    health = httpx.get(f"{service.url}/health").json()
    assert health["status"] == "ok"
    spec = httpx.get(f"{service.url}/openapi.json").json()
    assert "/v1/push" in spec["paths"]
    assert "PushBody" in spec["components"]["schemas"]


def test_an_enrolment_code_works_once_and_only_its_hash_is_stored(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    engine = make_server_engine(server_db)
    code = issue_code(engine, ["ward-3"])
    first = workstation("pc1")
    second = workstation("pc2")
    done = enrol(first.engine, first.journal, service.url, code.code)
    assert done.device_id == first.journal.device_id
    assert done.departments == ("ward-3",)
    with pytest.raises(SyncError) as refused:
        enrol(second.engine, second.journal, service.url, code.code)
    assert refused.value.code == "enrol.bad_code"
    with psycopg.connect(pg_dsn(server_db)) as conn:
        stored = conn.execute("SELECT code_hash FROM enrol_code").fetchone()
        token_hash = conn.execute("SELECT token_hash FROM device").fetchone()
    assert stored is not None and code.code not in stored[0]
    with first.engine.connect() as conn:
        from trainer.sync import state

        token = state.get_token(conn)
    assert token is not None and token_hash is not None and token not in token_hash[0]
    expired = issue_code(engine, ["ward-3"], hours=-1)
    with pytest.raises(SyncError) as late:
        enrol(second.engine, second.journal, service.url, expired.code)
    assert late.value.code == "enrol.bad_code"
    engine.dispose()


def test_events_travel_between_workstations_and_projections_agree(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc1 = workstation("pc1", service.url, server_db)
    pc2 = workstation("pc2", service.url, server_db)
    written = {read(pc1, "N100", "nurse_station", f"s{i}") for i in range(5)}
    written |= {read(pc2, "D100", "outpatient_doctor", "intro")}
    first = client(pc1).run()
    assert (first.error_code, first.pushed, first.waiting) == (None, 6, 0)  # login + 5
    second = client(pc2).run()
    assert second.error_code is None and second.pushed == 2 and second.pulled == 6
    again = client(pc1).run()
    assert again.pulled == 2
    stored = server_events(server_db)
    assert {e["event_id"] for e in stored} >= written
    assert len(stored) == len({e["event_id"] for e in stored})
    assert marks_are_contiguous(server_db) == []
    scope = {"N100", "D100", "A100"}
    assert local_view(pc1) == local_view(pc2) == server_view(server_db, scope)
    assert checksum([e for e in stored if e["actor_id"] in scope]) == checksum(
        [e.__dict__ for e in pc1.journal.events() if e.actor_id in scope])
    assert local_ids(pc1) == local_ids(pc2)
    assert all(e.server_seq is not None for e in pc1.journal.events())
    before = local_view(pc1)
    pc1.journal.rebuild()
    assert local_view(pc1) == before


def test_a_nurse_continues_on_another_wards_pc(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    ward3 = workstation("ward3", service.url, server_db, departments=("ward-3",))
    ward5 = workstation("ward5", service.url, server_db, departments=("ward-5",))
    for section in ("intro", "orders", "vitals"):
        read(ward3, "N100", "nurse_station", section)
    assert client(ward3).run().error_code is None
    assert client(ward5).run().error_code is None
    with pytest.raises(LoginFailed):
        ward5.login.login("N100", PEOPLE["N100"][3])  # not in ward 5's roster yet
    client(ward5).fetch_person("N100", PEOPLE["N100"][3])
    session = ward5.login.login("N100", PEOPLE["N100"][3])
    assert session.staff_id == "N100"
    from trainer.journal.projections.course_progress import progress_for

    there = progress_for(ward5.engine, "N100")["nurse_station"]
    here = progress_for(ward3.engine, "N100")["nurse_station"]
    assert there.sections_read == here.sections_read == {"intro", "orders", "vitals"}
    assert there.resume_section == here.resume_section == "vitals"
    with pytest.raises(SyncError):
        client(ward5).fetch_person("N200", "wrong-password")


def test_a_disabled_person_cannot_log_in_anywhere_after_the_next_sync(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    assert client(pc).run().error_code is None
    assert pc.login.login("N100", PEOPLE["N100"][3]).staff_id == "N100"
    engine = make_server_engine(server_db)
    apply_staff_change(engine, StaffChange("N100", active=False))
    apply_staff_change(engine, StaffChange("N300", "New Nurse", ["nurse"], ["ward-3"], True,
                                           "brand-new-pass"))
    engine.dispose()
    assert pc.login.login("N100", PEOPLE["N100"][3]).staff_id == "N100"  # not synced yet
    assert client(pc).run().error_code is None
    with pytest.raises(LoginFailed):
        pc.login.login("N100", PEOPLE["N100"][3])
    assert pc.login.login("N300", "brand-new-pass").staff_id == "N300"


def test_only_a_password_the_service_checked_puts_a_person_in_the_scope(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    client(pc).run()
    pc.login.login("N100", PEOPLE["N100"][3])  # a local login: pushed, proved, no new scope
    assert client(pc).run().error_code is None

    def added() -> list[tuple[str]]:
        with psycopg.connect(pg_dsn(server_db)) as conn:
            return conn.execute("SELECT staff_id FROM device_staff").fetchall()

    assert added() == []
    client(pc).fetch_person("N200", PEOPLE["N200"][3])  # online: checked by the service
    assert added() == [("N200",)]


def test_admin_endpoints_check_roles(service: ServiceThread) -> None:
    bad = httpx.post(f"{service.url}/v1/admin/login",
                     json={"staff_id": "N100", "password": "nope-nope"})
    assert bad.status_code == 403
    nurse = httpx.post(f"{service.url}/v1/admin/login",
                       json={"staff_id": "N100", "password": PEOPLE["N100"][3]}).json()
    headers = {"Authorization": f"Bearer {nurse['token']}"}
    assert httpx.get(f"{service.url}/v1/admin/devices", headers=headers).status_code == 403
    admin = httpx.post(f"{service.url}/v1/admin/login",
                       json={"staff_id": "A100", "password": PEOPLE["A100"][3]}).json()
    headers = {"Authorization": f"Bearer {admin['token']}"}
    code = httpx.post(f"{service.url}/v1/admin/enrol-codes", headers=headers,
                      json={"departments": ["ward-3"]})
    assert code.status_code == 200 and len(code.json()["code"]) == 14
    assert httpx.get(f"{service.url}/v1/admin/devices", headers=headers).json() == []
    assert httpx.get(f"{service.url}/v1/admin/devices").status_code == 401


def test_plain_http_is_refused_off_loopback() -> None:
    with pytest.raises(SyncError) as refused:
        Transport("http://ward-server.example:8443")
    assert refused.value.code == "sync.insecure_url"
    assert main(["serve", "--db", "postgresql+psycopg://x@localhost/x", "--host", "0.0.0.0"]) == 1


def test_cli_sync_and_status(
    service: ServiceThread, server_db: str, workstation: Workstation,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pc = workstation("pc")
    folder = str(pc.profile.root)
    engine = make_server_engine(server_db)
    code = issue_code(engine, ["ward-3"]).code
    engine.dispose()
    assert main(["sync", "enrol", service.url, code, "--data-dir", folder]) == 0
    read(pc, "N100", "nurse_station", "intro")
    assert main(["sync", "status", "--json", "--data-dir", folder]) == 0
    capsys.readouterr()
    assert main(["sync", "--json", "--data-dir", folder]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["pushed"], result["waiting"], result["error_code"]) == (2, 0, None)
    assert main(["sync", "status", "--json", "--data-dir", folder]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["waiting"] == 0 and status["last_sync"] and status["error_text"] is None
    assert main(["server", "devices", "--db", server_db, "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)
    assert devices[0]["device_id"] == pc.journal.device_id


def test_status_says_what_went_wrong_in_plain_words(workstation: Workstation,
                                                    tmp_path: Path) -> None:
    pc = workstation("pc")
    outcome = client(pc).run()
    assert outcome.error_code == "sync.not_enrolled"
    status = read_status(pc.engine)
    assert status.error_text is not None and "not enrolled" in status.error_text


def test_projections_after_sync_equal_a_rebuild_even_with_events_pending(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    from trainer.sync import projecting
    from trainer.sync.client import SyncOutcome

    pc1 = workstation("pc1", service.url, server_db)
    pc2 = workstation("pc2", service.url, server_db)
    for i in range(3):
        read(pc1, "N100", "nurse_station", f"a{i}")
        read(pc2, "N100", "nurse_station", f"a{i}")  # the same sections, read on pc2 too
    client(pc1).run()
    client(pc2).run()
    read(pc2, "N100", "nurse_station", "pending-here")  # stays pending below
    read(pc1, "N100", "nurse_station", "from-pc1")
    client(pc1).run()
    # pc2 pulls pc1's new event while its own is still unsent: pulled events go before it
    sync = client(pc2)
    link = sync.link()
    sync._pull(link, SyncOutcome())
    link.close()
    with pc2.engine.begin() as conn:
        assert projecting.bring_up_to_date(conn, pc2.journal.projections)  # the checkpoint
    incremental = local_view(pc2)
    pc2.journal.rebuild()
    assert local_view(pc2) == incremental
    assert [e.server_seq is None for e in pc2.journal.events()][-1]


def test_the_service_trusts_nothing_in_a_batch(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    from trainer.sync import outbox, wire

    pc = workstation("pc", service.url, server_db)
    other = workstation("other", service.url, server_db)
    for i in range(3):
        read(pc, "N100", "nurse_station", f"x{i}")
    with pc.engine.connect() as conn:
        rows = outbox.batch(conn, pc.journal.device_id, 0, 10)
    link = client(other).link()  # another workstation's token
    columns = wire.push_body(pc.journal.device_id, rows, device_now="", app_version="",
                             waiting=0)["columns"]
    bad_bodies = [
        {"events": rows},  # the second format is gone
        {"device_id": pc.journal.device_id, "columns": columns},
        {"device_id": other.journal.device_id, "columns": {**columns, "device_seq": [4, 3, 2, 1]}},
        {"device_id": other.journal.device_id,
         "columns": {**columns, "type": ["x" * 65] * len(rows)}},
        {"device_id": other.journal.device_id, "columns": {"event_id": []}},
    ]
    codes = []
    for body in bad_bodies:
        with pytest.raises(SyncError) as refused:
            link.call("POST", "/v1/push", body)
        codes.append(refused.value.code)
    link.close()
    assert codes == ["push.wrong_device", "push.wrong_device", "push.bad_batch",
                     "push.bad_event", "push.bad_batch"]
    assert server_events(server_db) == []


def test_a_sync_that_pushes_asks_no_separate_hello(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    """The push answer carries the service's mark: a sync with something to send makes
    one round trip less; one with nothing to send still asks for the mark."""
    pc = workstation("pc1", service.url, server_db)
    asked: list[str] = []

    def counting(url: str, token: str, ca: str | None) -> Transport:
        link = Transport(url, token, ca_file=ca)
        original = link.call

        def call(method: str, path: str, body: object = None) -> dict[str, object]:
            asked.append(path.split("?")[0])
            return original(method, path, body)

        link.call = call  # type: ignore[method-assign]
        return link

    read(pc, "N100", "nurse_station", "s1")
    assert client(pc, transport=counting).run().error_code is None
    assert "/v1/push" in asked and "/v1/device" not in asked
    asked.clear()
    assert client(pc, transport=counting).run().error_code is None
    assert asked[0] == "/v1/device" and "/v1/push" not in asked
