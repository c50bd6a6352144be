"""Enrolment and re-enrolment of this profile as a device of the sync service.

A restored or copied profile is detected by the caller (the service's mark for this
device is ahead of the local counter, or the service refuses a batch because another
profile already wrote those numbers as this device). It then continues as a **new**
device: a new id is chosen and remembered first (so a retry after a crash asks for the
same one), the service registers it with the old token as proof, and in one SQLite
transaction the profile takes the new id and token, the old id is retired in
``device_history``, and every unsent event is re-stamped (see :mod:`trainer.sync.outbox`).

May import: sqlalchemy, trainer.sync, trainer.journal, trainer.store, the standard library.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects.sqlite import insert

from trainer import __version__
from trainer.journal import Journal
from trainer.journal.events import now_iso
from trainer.store.models import DeviceHistory, ProfileMeta
from trainer.sync import outbox, state
from trainer.sync.transport import SyncError, Transport


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    departments: tuple[str, ...]


def workstation_label() -> str:
    import os
    import socket

    return os.environ.get("COMPUTERNAME") or socket.gethostname() or "workstation"


def enrol(engine: Engine, journal: Journal, url: str, code: str, *,
          ca_file: str | None = None, transport: Transport | None = None) -> Enrolment:
    """Register this profile's device id with a one-time ``code``."""
    link = transport or Transport(url, ca_file=ca_file)
    body = {"code": code, "device_id": journal.device_id, "name": workstation_label(),
            "app_version": __version__}
    try:
        answer = link.call("POST", "/v1/enrol", body)
    except SyncError as exc:
        if exc.code != "enrol.device_known":
            raise
        # A copy of an enrolled profile: continue under a new id (same code, not yet used).
        switch_device(engine, journal, str(uuid.uuid4()), None, reason="copied")
        body["device_id"] = journal.device_id
        answer = link.call("POST", "/v1/enrol", body)
    with engine.begin() as conn:
        # A profile enrolling (again) starts its pull and roster afresh with this service.
        for key in ("pull_cursor", "roster_tag", "ca_file"):
            state.drop(conn, key)
        state.put(conn, "server_url", link.url)
        if ca_file:
            state.put(conn, "ca_file", ca_file)
        state.put_token(conn, str(answer["token"]))
        state.put(conn, "acked_seq", 0)
        _history(conn, answer["device_id"], None)
    return Enrolment(answer["device_id"], tuple(answer["departments"]))


def reenrol(engine: Engine, journal: Journal, link: Transport, reason: str) -> str:
    """Continue as a new device; returns the new id. Unsent events are re-stamped."""
    with engine.begin() as conn:
        new_id = state.get(conn, "new_device_id")
        if new_id is None:
            new_id = str(uuid.uuid4())
            state.put(conn, "new_device_id", new_id)
    answer = link.call("POST", "/v1/reenrol", {"new_device_id": new_id, "reason": reason,
                                               "app_version": __version__})
    switch_device(engine, journal, new_id, str(answer["token"]), reason=reason)
    link.token = str(answer["token"])
    return new_id


def switch_device(engine: Engine, journal: Journal, new_id: str, token: str | None,
                  *, reason: str) -> None:
    old_id = journal.device_id
    with engine.begin() as conn:
        conn.execute(update(ProfileMeta).where(ProfileMeta.key == "device_id")
                     .values(value=new_id))
        now = now_iso()
        _history(conn, old_id, None)
        conn.execute(update(DeviceHistory).where(DeviceHistory.device_id == old_id)
                     .values(retired_at=now, reason=reason, replaced_by=new_id))
        _history(conn, new_id, None)
        if token is not None:
            state.put_token(conn, token)
        state.put(conn, "acked_seq", 0)
        state.drop(conn, "new_device_id")
        outbox.restamp(conn, new_id)
    # The running app's journal writes under the new id from now on; anything it appended
    # under the old id meanwhile is re-stamped at the next sync.
    journal.device_id = new_id


def _history(conn: Connection, device_id: str, reason: str | None) -> None:
    if conn.scalar(select(DeviceHistory.device_id).where(DeviceHistory.device_id == device_id)):
        return
    conn.execute(insert(DeviceHistory).values(device_id=device_id, enrolled_at=now_iso(),
                                              reason=reason))
