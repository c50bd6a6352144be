"""Attacks on the service itself (issue 16): devices, password checks, limits, secrets,
data errors. Each test is one finding and failed on the service before the hardening."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher

from testkit.postgres import ServiceThread
from tests.server.wire import Device, admin_token, stored


def test_a_device_can_be_revoked_with_those_enrolled_from_it(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    moved = pc.call("POST", "/v1/reenrol", {"new_device_id": str(uuid.uuid4())})
    assert moved.status_code == 200
    successor = moved.json()
    token = admin_token(service.url)
    answer = httpx.post(f"{service.url}/v1/admin/devices/{pc.device_id}/revoke",
                        headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert set(answer.json()["revoked"]) == {pc.device_id, successor["device_id"]}
    again = httpx.get(f"{service.url}/v1/device",
                      headers={"Authorization": f"Bearer {successor['token']}"})
    assert again.status_code == 401 and again.json()["code"] == "auth.revoked"


def test_reenrol_spends_the_old_token_and_allows_one_replacement(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    first = pc.call("POST", "/v1/reenrol", {"new_device_id": str(uuid.uuid4())})
    assert first.status_code == 200
    assert pc.call("POST", "/v1/pull", {"after": 0}).status_code == 401
    assert pc.call("GET", "/v1/device").status_code == 401
    second = pc.call("POST", "/v1/reenrol", {"new_device_id": str(uuid.uuid4())})
    assert second.status_code in (401, 409)
    retry = pc.call("POST", "/v1/reenrol", {"new_device_id": first.json()["device_id"]})
    assert retry.status_code == 200  # a lost answer: the same new id, a fresh token


def test_wrong_admin_passwords_are_throttled_with_retry_after(service: ServiceThread) -> None:
    statuses = []
    for _ in range(6):
        answer = httpx.post(f"{service.url}/v1/admin/login",
                            json={"staff_id": "A100", "password": "wrong-password-1"})
        statuses.append(answer.status_code)
    assert statuses[:3] == [403, 403, 403]
    assert statuses[-1] == 429
    assert int(answer.headers["Retry-After"]) >= 1
    right = httpx.post(f"{service.url}/v1/admin/login",
                       json={"staff_id": "A100", "password": "it-admin-pass"})
    assert right.status_code == 429  # not even the right one while blocked


def test_wrong_passwords_at_a_device_are_throttled_per_device(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    codes = [pc.call("POST", "/v1/person", {"staff_id": f"N2{i:02}", "password": "guess-123"})
             .status_code for i in range(6)]
    assert codes[:3] == [403, 403, 403] and codes[-1] == 429


def test_an_unknown_staff_number_costs_a_password_check_too(
    service: ServiceThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = PasswordHasher.verify

    def counting(self: PasswordHasher, hash: str, password: Any) -> bool:
        calls.append("verify")
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    answer = httpx.post(f"{service.url}/v1/admin/login",
                        json={"staff_id": "NOBODY", "password": "whatever-123"})
    assert answer.status_code == 403
    assert calls == ["verify"]  # the same argon2 work as for a known number


def test_concurrent_password_hashing_is_capped(
    service: ServiceThread, server_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    running, most = [0], [0]
    lock = threading.Lock()
    real = PasswordHasher.verify

    def slow(self: PasswordHasher, hash: str, password: Any) -> bool:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            time.sleep(0.3)
            return real(self, hash, password)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(PasswordHasher, "verify", slow)
    devices = [Device(service.url, server_db) for _ in range(12)]

    def attempt(device: Device) -> int:
        return device.call("POST", "/v1/person",
                           {"staff_id": "N100", "password": "wrong-guess-1"}).status_code

    with ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(attempt, devices))
    assert most[0] <= 4
    assert set(codes) <= {403, 429} and 429 in codes


def test_a_request_body_over_the_cap_is_413(service: ServiceThread, server_db: str) -> None:
    pc = Device(service.url, server_db)
    huge = b'{"device_id": "' + pc.device_id.encode() + b'", "pad": "' + b"x" * (
        70 * 1024 * 1024) + b'"}'
    answer = httpx.post(f"{service.url}/v1/push", content=huge,
                        headers={**pc.auth, "Content-Type": "application/json"}, timeout=120)
    assert answer.status_code == 413
    small = httpx.post(f"{service.url}/v1/person", headers=pc.auth,
                       json={"staff_id": "N100", "password": "p" * 100_000})
    assert small.status_code == 413


def test_a_weak_password_set_by_hr_is_refused_and_a_reset_forces_a_change(
    service: ServiceThread, server_db: str
) -> None:
    token = admin_token(service.url)
    headers = {"Authorization": f"Bearer {token}"}
    weak = httpx.put(f"{service.url}/v1/admin/staff/N100", json={"password": "a"},
                     headers=headers)
    assert weak.status_code == 422
    reset = httpx.put(f"{service.url}/v1/admin/staff/N100",
                      json={"password": "temporary-pass-4711"}, headers=headers)
    assert reset.status_code == 200
    pc = Device(service.url, server_db)
    roster = pc.call("POST", "/v1/pull", {"after": 0}).json()["roster"]
    assert next(p for p in roster if p["staff_id"] == "N100")["must_change_password"]


def test_no_administrator_hash_is_sent_to_a_ward_pc(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    roster = pc.call("POST", "/v1/pull", {"after": 0}).json()["roster"]
    by_id = {p["staff_id"]: p for p in roster}
    assert by_id["A100"]["password_hash"] is None
    assert by_id["N100"]["password_hash"]  # a nurse may log in offline on her ward's PC


@pytest.mark.parametrize("body", [
    {"staff_id": "N1\u0000", "password": "x"},
    {"staff_id": "N100", "password": "\ud800abc"},
])
def test_bad_text_in_a_login_is_a_refusal_not_a_500(
    service: ServiceThread, server_db: str, body: dict[str, Any]
) -> None:
    pc = Device(service.url, server_db)
    import json

    raw = json.dumps(body).encode()  # \u escapes: NUL and a lone surrogate survive as JSON
    answer = httpx.post(f"{service.url}/v1/person", content=raw,
                        headers={**pc.auth, "Content-Type": "application/json"})
    assert 400 <= answer.status_code < 500


def test_out_of_range_numbers_and_bad_staff_fields_are_refusals_not_500s(
    service: ServiceThread, server_db: str
) -> None:
    pc = Device(service.url, server_db)
    waiting = httpx.post(f"{service.url}/v1/push", headers=pc.auth, json={
        "device_id": pc.device_id, "waiting": 2**40, "columns": {
            k: [] for k in ("event_id", "device_seq", "type", "schema_version", "actor_id",
                            "subject_id", "payload", "device_time")}})
    assert waiting.status_code < 500
    after = pc.call("POST", "/v1/pull", {"after": 2**70})
    assert 400 <= after.status_code < 500
    headers = {"Authorization": f"Bearer {admin_token(service.url)}"}
    for body in ({"name": "X", "roles": ["emperor"]}, {"name": "X" * 500},
                 {"name": "X", "departments": ["d" * 500]}, {"name": "nul\u0000"}):
        answer = httpx.put(f"{service.url}/v1/admin/staff/Z100", json=body, headers=headers)
        assert 400 <= answer.status_code < 500, body
    assert stored(server_db) == []


def test_an_administrator_revokes_a_device_from_the_command_line(
    service: ServiceThread, server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer.cli import main

    pc = Device(service.url, server_db)
    assert main(["server", "revoke", pc.device_id, "--db", server_db]) == 0
    assert pc.device_id in capsys.readouterr().out
    assert pc.call("POST", "/v1/pull", {"after": 0}).status_code == 401
