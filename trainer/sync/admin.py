"""Administer the sync service from a workstation: list the enrolled devices, revoke one,
issue one-time enrolment codes (merge codes for a standalone PC bringing its own staff),
resolve the staff-number clashes such a merge left (:mod:`trainer.server.clashes`), and
(HR) have certificates issued or revoked centrally. The administrator logs in to the
*service* with their staff number and password; the service checks the roles itself
(nothing on the ward PC is trusted), and its token lasts an hour.

May import: trainer.sync, trainer.store, SQLAlchemy, httpx (through Transport).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import Engine

from trainer.sync import state
from trainer.sync.transport import SyncError, Transport


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    app_version: str
    departments: tuple[str, ...]
    status: str  # active | replaced | revoked
    last_seen: str
    events_waiting: int
    events_stored: int
    clock_flagged: bool


@dataclass(frozen=True)
class EnrolmentCode:
    code: str
    expires_at: str
    departments: tuple[str, ...]


@dataclass(frozen=True)
class Clash:
    """A staff number a merged workstation uses for someone else than the service does;
    that person's history waits on the service until an administrator resolves it."""
    device_id: str
    device_name: str
    staff_id: str
    local_name: str
    local_departments: tuple[str, ...]
    service_name: str
    service_departments: tuple[str, ...]
    held_events: int


@dataclass(frozen=True)
class Resolution:
    staff_id: str
    outcome: str  # mapped | renamed
    target: str
    released: int


class ServiceAdmin:
    """A short administrative conversation with the service this PC is enrolled with."""

    def __init__(self, engine: Engine) -> None:
        with engine.connect() as conn:
            url, ca_file = state.get(conn, "server_url"), state.get(conn, "ca_file")
        if not url:
            raise SyncError(code="sync.not_enrolled")
        self.transport = Transport(url, ca_file=ca_file, timeout=15.0)

    @property
    def url(self) -> str:
        return self.transport.url

    def log_in(self, staff_id: str, password: str) -> None:
        answer = self.transport.call("POST", "/v1/admin/login",
                                     {"staff_id": staff_id, "password": password})
        self.transport.token = str(answer["token"])

    def devices(self) -> list[DeviceRow]:
        answer = self.transport.call("GET", "/v1/admin/devices")
        return [DeviceRow(str(d["device_id"]), str(d.get("name") or ""),
                          str(d.get("app_version") or ""), tuple(d.get("departments") or ()),
                          str(d.get("status") or ""), str(d.get("last_seen") or ""),
                          int(d.get("events_waiting") or 0), int(d.get("events_stored") or 0),
                          bool(d.get("clock_flagged")))
                for d in answer["items"]]

    def revoke(self, device_id: str) -> list[str]:
        """Revoke a workstation and those re-enrolled from it; returns the ids revoked."""
        answer = self.transport.call("POST", f"/v1/admin/devices/{quote(device_id)}/revoke")
        return [str(d) for d in answer["revoked"]]

    def issue_code(self, departments: list[str], hours: float = 24.0, *,
                   merge: bool = False) -> EnrolmentCode:
        """A one-time code; with ``merge`` one that lets a standalone PC bring its staff and
        history (``sync enrol --merge-roster``)."""
        path = "/v1/admin/enrol-codes/merge" if merge else "/v1/admin/enrol-codes"
        answer = self.transport.call("POST", path, {"departments": departments, "hours": hours})
        return EnrolmentCode(str(answer["code"]), str(answer["expires_at"]),
                             tuple(answer["departments"]))

    def issue_certificate(self, holder: str, module: str) -> dict[str, object]:
        """Networked issuing (HR): the service checks the role and the person's eligibility
        by its own records, allocates the number and signs; the ``cert.issued`` payload
        comes back here and reaches every workstation by sync."""
        answer = self.transport.call("POST", "/v1/certs/issue",
                                     {"holder": holder, "module": module})
        return dict(answer["issued"])

    def revoke_certificate(self, number: str, reason: str) -> dict[str, object]:
        answer = self.transport.call("POST", "/v1/certs/revoke",
                                     {"number": number, "reason": reason})
        return dict(answer["revoked"])

    def clashes(self) -> list[Clash]:
        """The unresolved staff-number clashes of merged workstations."""
        answer = self.transport.call("GET", "/v1/admin/merges")["items"]  # a list
        return [Clash(str(c["device_id"]), str(c.get("device_name") or ""), str(c["staff_id"]),
                      str(c.get("local_name") or ""), tuple(c.get("local_departments") or ()),
                      str(c.get("service_name") or ""), tuple(c.get("service_departments") or ()),
                      int(c.get("held_events") or 0))
                for c in answer]

    def resolve(self, device_id: str, staff_id: str, *,
                rename_to: str | None = None) -> Resolution:
        """The PC's person is the service's person with that number (no ``rename_to``), or
        another person who takes the number ``rename_to``; their held history is released."""
        body = {"action": "rename", "new_staff_id": rename_to} if rename_to \
            else {"action": "map"}
        answer = self.transport.call(
            "POST", f"/v1/admin/merges/{quote(device_id)}/{quote(staff_id, safe='')}/resolve",
            body)
        return Resolution(str(answer["staff_id"]), str(answer["outcome"]),
                          str(answer["target"]), int(answer["released"]))

    def grading(self, lang: str) -> list[dict[str, object]]:
        """The service's grading flags (trainer, HR or administrator): attempts held,
        refused, waiting for marks or graded against a disagreeing local result, newest
        first, each with its reason in ``lang`` (``words``)."""
        answer = self.transport.call("GET", f"/v1/admin/grading?lang={quote(lang)}")
        return [dict(row) for row in answer["items"]]

    def close(self) -> None:
        self.transport.close()
