"""A standalone profile with its own staff and history enrolls with the service (issue 17,
part 6): non-colliding staff are added, the same person is recognised, a staff number
used by someone else here is listed for an administrator and never merged silently — its
history is held until resolved (map or rename) — and self-attested certificates stay so.
Real PostgreSQL, the real service on loopback, a real workstation profile."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import Engine

from testkit.postgres import ServiceThread
from tests.server.wire import admin_token
from tests.sync.conftest import Workstation
from tests.sync.helpers import login, marks_are_contiguous, pg_dsn, read, server_events, sync_ok
from trainer import catalogue
from trainer.auth.staff import create_staff
from trainer.journal import NewEvent
from trainer.server.merge import issue_merge_code
from trainer.services import Services
from trainer.sync.client import enrol
from trainer.sync.merging import merge_after_enrol
from trainer.vocabulary import Role

catalogue.load()  # cert.issued is declared by trainer.certify

LOCAL = {  # the standalone profile's roster
    "N100": ("Wang Fang", {Role.NURSE}, ["ward-3"], "wang-fang-pass-1"),  # N100 here: Nurse One
    "D100": ("Doctor One", {Role.DOCTOR}, ["ward-3"], "doctor-one-pass-1"),  # the same person
    "N300": ("Li Na", {Role.NURSE, Role.ADMIN}, ["ward-3"], "li-na-pass-123"),  # new here
}


def _cert(holder: str, *, self_attested: bool) -> dict[str, Any]:
    return {"number": f"SA-{holder}-1", "holder": holder, "name_digest": "d" * 16,
            "modules": ["nurse_station"], "scores": [], "issued_on": "2026-11-01",
            "expires_on": "2027-11-01", "self_attested": self_attested, "key_id": "pc-key",
            "signature": "c2lnbmF0dXJl"}


def standalone(workstation: Workstation) -> Services:
    """A profile used on its own: three people, their readings, a self-attested
    certificate."""
    station = workstation("solo")
    with station.engine.begin() as conn:
        for sid, (name, roles, departments, password) in LOCAL.items():
            create_staff(conn, sid, name, roles, departments, password,
                         must_change_password=False)
    for sid, (_name, _roles, _depts, password) in LOCAL.items():
        login(station, sid, password)
        for n in range(3):
            read(station, sid, "nurse_station", f"{sid}-{n}")
    station.journal.append(NewEvent("cert.issued", _cert("N300", self_attested=True),
                                    actor_id="N300", subject_id="N300"))
    return station


def _enrol(station: Services, service: ServiceThread, engine: Engine) -> None:
    code = issue_merge_code(engine, ["ward-3"]).code
    enrol(station.engine, station.journal, service.url, code)


def _admin(service: ServiceThread) -> dict[str, str]:
    return {"Authorization": f"Bearer {admin_token(service.url)}"}


def _seqs_with_held(db_url: str) -> list[int]:
    """The one device's numbers stored or held (the mark passes over what is held)."""
    with psycopg.connect(pg_dsn(db_url)) as conn:
        return [r[0] for r in conn.execute(
            "SELECT device_seq FROM event UNION ALL SELECT device_seq FROM merge_held "
            "ORDER BY 1")]


def _held(db_url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(pg_dsn(db_url)) as conn:
        return conn.execute("SELECT waits_for, actor_id FROM merge_held").fetchall()


def test_a_standalone_profile_merges_its_roster_and_holds_the_clashing_history(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    station = standalone(workstation)
    _enrol(station, service, service.engine)
    merged = merge_after_enrol(station.engine, station.journal)
    assert merged.clashes == ("N100",) and merged.same == ("D100",)
    assert merged.added == ("N300",)
    assert merged.history_upto == len(list(station.journal.events()))
    sync_ok(station)
    stored = server_events(server_db)
    actors = {e["actor_id"] for e in stored}
    assert actors == {"D100", "N300"}  # N100's history waits for an administrator
    assert {e["event_id"] for e in stored} <= {e.event_id for e in station.journal.events()}
    assert len(_held(server_db)) == 4 and {h[0] for h in _held(server_db)} == {"N100"}
    assert _seqs_with_held(server_db) == list(range(1, merged.history_upto + 1))
    with psycopg.connect(pg_dsn(server_db)) as conn:
        nurse = conn.execute("SELECT name FROM staff WHERE staff_id = 'N100'").fetchone()
        roles = conn.execute("SELECT role FROM staff_role WHERE staff_id = 'N300'").fetchall()
        acked = conn.execute("SELECT acked_seq FROM device").fetchone()
    assert nurse == ("Nurse One",)  # never merged silently
    assert roles == [("nurse",)]  # a PC makes nobody an administrator
    assert acked is not None and acked[0] == merged.history_upto
    cert = [e for e in stored if e["type"] == "cert.issued"]
    assert len(cert) == 1 and json.loads(cert[0]["payload"])["self_attested"] is True
    listed = httpx.get(f"{service.url}/v1/admin/merges", headers=_admin(service)).json()
    assert [(c["staff_id"], c["local_name"], c["service_name"], c["held_events"])
            for c in listed] == [("N100", "Wang Fang", "Nurse One", 4)]


def test_rename_releases_the_held_history_under_the_new_number(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    station = standalone(workstation)
    _enrol(station, service, service.engine)
    merge_after_enrol(station.engine, station.journal)
    sync_ok(station)
    device_id = station.journal.device_id
    answer = httpx.post(f"{service.url}/v1/admin/merges/{device_id}/N100/resolve",
                        json={"action": "rename", "new_staff_id": "N901"},
                        headers=_admin(service))
    assert answer.status_code == 200, answer.text
    assert answer.json()["released"] == 4
    stored = server_events(server_db)
    assert {e["actor_id"] for e in stored} == {"D100", "N300", "N901"}
    assert not [e for e in stored if e["actor_id"] == "N100"]
    assert _held(server_db) == []
    ids = [e["event_id"] for e in stored]
    assert len(ids) == len(set(ids)) == len(list(station.journal.events()))
    with psycopg.connect(pg_dsn(server_db)) as conn:
        names: dict[str, str] = dict(conn.execute("SELECT staff_id, name FROM staff").fetchall())
    assert names["N901"] == "Wang Fang" and names["N100"] == "Nurse One"
    again = httpx.post(f"{service.url}/v1/admin/merges/{device_id}/N100/resolve",
                       json={"action": "map"}, headers=_admin(service))
    assert again.status_code == 409
    assert httpx.get(f"{service.url}/v1/admin/merges", headers=_admin(service)).json() == []
    assert sync_ok(station).waiting == 0  # the released events' numbers came by pull
    assert [e for e in station.journal.events() if e.server_seq is None] == []


def test_map_releases_the_held_history_as_it_is_and_a_replay_stores_nothing_twice(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    station = standalone(workstation)
    _enrol(station, service, service.engine)
    merge_after_enrol(station.engine, station.journal)
    assert merge_after_enrol(station.engine, station.journal).clashes == ("N100",)  # again
    sync_ok(station)
    from trainer.server.clashes import resolve

    done = resolve(service.engine, station.journal.device_id, "N100", "map", by="A100")
    assert done["released"] == 4
    with station.engine.begin() as conn:  # the answers were lost: everything is sent again
        conn.exec_driver_sql("UPDATE sync_state SET value = '0' WHERE key = 'acked_seq'")
    sync_ok(station)
    stored = server_events(server_db)
    ids = [e["event_id"] for e in stored]
    assert len(ids) == len(set(ids)) == len(list(station.journal.events()))
    assert len([e for e in stored if e["actor_id"] == "N100"]) == 4
    assert marks_are_contiguous(server_db) == []


def test_a_certificate_in_the_history_must_say_self_attested(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    station = workstation("solo")
    with station.engine.begin() as conn:
        create_staff(conn, "N300", "Li Na", {Role.NURSE}, ["ward-3"], "li-na-pass-123",
                     must_change_password=False)
    station.journal.append(NewEvent("cert.issued", _cert("N300", self_attested=False),
                                    actor_id="N300", subject_id="N300"))
    _enrol(station, service, service.engine)
    merge_after_enrol(station.engine, station.journal)
    outcome = sync_client_run(station)
    assert outcome.error_code == "push.result_event"
    assert server_events(server_db) == []


def sync_client_run(station: Services) -> Any:
    from trainer.sync.client import SyncClient

    return SyncClient(station.engine, station.journal).run()


def test_only_a_merge_code_lets_a_pc_bring_history_and_only_before_its_first_push(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    from trainer.sync.transport import SyncError

    ordinary = workstation("networked", service.url, server_db)  # an ordinary code
    with pytest.raises(SyncError) as refused:
        merge_after_enrol(ordinary.engine, ordinary.journal)
    assert refused.value.code == "merge.not_allowed"
    late = workstation("late")
    _enrol(late, service, service.engine)
    read(late, "N100", "nurse_station", "intro")
    sync_ok(late)
    with pytest.raises(SyncError) as refused:
        merge_after_enrol(late.engine, late.journal)
    assert refused.value.code == "merge.after_push"
    with psycopg.connect(pg_dsn(server_db)) as conn:
        assert conn.execute("SELECT count(*) FROM merge_person").fetchone() == (0,)


def test_the_server_cli_lists_and_resolves_clashes(
    service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    from trainer.cli import main

    station = standalone(workstation)
    _enrol(station, service, service.engine)
    merge_after_enrol(station.engine, station.journal)
    sync_ok(station)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["server", "merges", "--db", server_db, "--json"]) == 0
    rows = json.loads(out.getvalue())
    assert [(r["staff_id"], r["device_id"]) for r in rows] == [
        ("N100", station.journal.device_id)]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["server", "resolve", station.journal.device_id, "N100",
                     "--rename", "N902", "--db", server_db]) == 0
    assert "4 held event(s) released" in out.getvalue()
    assert {e["actor_id"] for e in server_events(server_db)} == {"D100", "N300", "N902"}
