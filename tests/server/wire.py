"""Talking to the service as a ward PC would — or as an attacker holding one PC's token:
plain HTTP and JSON, nothing from the workstation's code but the event shapes."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import psycopg
from sqlalchemy import create_engine

from trainer.server.enrolment import issue_code

FIELDS = ("event_id", "device_seq", "type", "schema_version", "actor_id", "subject_id",
          "payload", "device_time")


def pg_dsn(db_url: str) -> str:
    return db_url.replace("postgresql+psycopg://", "postgresql://")


class Device:
    """An enrolled device: its id, token and next sequence number."""

    def __init__(self, url: str, db_url: str, departments: tuple[str, ...] = ("ward-3",)):
        engine = create_engine(db_url)
        code = issue_code(engine, list(departments)).code
        engine.dispose()
        self.url = url
        self.device_id = str(uuid.uuid4())
        answer = httpx.post(f"{url}/v1/enrol", json={"code": code, "device_id": self.device_id})
        answer.raise_for_status()
        self.token = answer.json()["token"]
        self.seq = 0

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def event(self, kind: str, actor: str | None, subject: str | None,
              payload: Any, *, version: int = 1) -> dict[str, Any]:
        self.seq += 1
        text = payload if isinstance(payload, str) else json.dumps(payload)
        return {"event_id": str(uuid.uuid4()), "device_seq": self.seq, "type": kind,
                "schema_version": version, "actor_id": actor, "subject_id": subject,
                "payload": text, "device_time": "2026-12-02T10:00:00.000Z"}

    def push(self, events: list[dict[str, Any]]) -> httpx.Response:
        body = {"device_id": self.device_id,
                "columns": {name: [e[name] for e in events] for name in FIELDS}}
        return httpx.post(f"{self.url}/v1/push", json=body, headers=self.auth, timeout=60)

    def call(self, method: str, path: str, body: Any = None) -> httpx.Response:
        return httpx.request(method, f"{self.url}{path}", json=body, headers=self.auth,
                             timeout=60)


def read_event(device: Device, staff: str) -> dict[str, Any]:
    return device.event("course.section_read", staff, staff,
                        {"course_id": "nurse_station", "section_id": "intro",
                         "course_version": 1, "lang": "en"})


def stored(db_url: str, where: str = "TRUE") -> list[tuple[Any, ...]]:
    with psycopg.connect(pg_dsn(db_url)) as conn:
        return conn.execute(
            f"SELECT type, actor_id, subject_id, payload FROM event WHERE {where}").fetchall()


def admin_token(url: str, staff: str = "A100", password: str = "it-admin-pass") -> str:
    answer = httpx.post(f"{url}/v1/admin/login", json={"staff_id": staff, "password": password})
    answer.raise_for_status()
    return str(answer.json()["token"])
