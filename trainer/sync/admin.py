"""Administer the sync service from a workstation: list the enrolled devices, revoke one,
issue one-time enrolment codes, and (HR) have certificates issued or revoked centrally.
The administrator logs in to the *service* with their staff number and password; the
service checks the roles itself (nothing on the ward PC is trusted), and its token lasts
an hour.

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

    def issue_code(self, departments: list[str], hours: float = 24.0) -> EnrolmentCode:
        answer = self.transport.call("POST", "/v1/admin/enrol-codes",
                                     {"departments": departments, "hours": hours})
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

    def close(self) -> None:
        self.transport.close()
