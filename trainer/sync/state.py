"""The workstation's sync state (table ``sync_state``) and the status people see.

Keys: ``server_url``, ``device_token`` (the workstation must present it; the service keeps
only a hash), ``ca_file``, ``pull_cursor``, ``acked_seq`` (the service's mark for this
device), ``roster_tag``, ``projections_stale``, ``new_device_id`` (a re-enrolment under
way), and the last result: ``last_sync_at``, ``last_pushed``, ``last_pulled``,
``last_error``, ``last_error_at``, ``clock_skew_s``, ``clock_flagged``.

May import: sqlalchemy, trainer.store, trainer.words, trainer.protect, the standard library.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert

from trainer import words
from trainer.protect import seal, unseal
from trainer.store.models import JournalEvent, ProfileMeta, SyncState

#: Plain words for each code a sync run can end with (``trainer.words``; the Chinese is in
#: ``trainer/i18n/zh_CN/sync.json``). Refusals carry facts: ``{device_seq}``, ``{type}``,
#: ``{retry_after}``.
ERROR_TEXT: dict[str, str] = {
    "sync.offline": "The sync server cannot be reached (network down or server off).",
    "sync.timeout": "The sync server did not answer in time.",
    "sync.cut": "The connection to the sync server broke off; it will be retried.",
    "sync.tls": "The sync server's certificate is not trusted.",
    "sync.server_error": "The sync server had a problem; it will be retried.",
    "sync.unauthorized": "This workstation is no longer accepted by the server: enrol it again.",
    "sync.not_enrolled": "This workstation is not enrolled with a sync server.",
    "sync.insecure_url": "The server address must start with https:// (except on this computer).",
    "sync.refused": "The sync server refused the request.",
    "sync.stuck": "The server keeps asking for the same events; ask IT to check the server.",
    "sync.internal": "Sync failed on this workstation; details are in the log.",
    "enrol.bad_code": "The enrolment code is wrong, used or expired.",
    "enrol.replaced": "This workstation's identity was already taken over by a copy or "
                      "restore of its profile: enrol it again with a new code.",
    "auth.revoked": "IT has revoked this workstation: enrol it again with a new code.",
    "auth.replaced": "A copy or restore of this profile took over this workstation's "
                     "identity: enrol it again with a new code.",
    "auth.throttled": "Too many failed password checks: try again in {retry_after} seconds.",
    "auth.busy": "The sync server is busy checking passwords: try again in a moment.",
    "request.too_large": "The sync server refused a request that was too large.",
    "push.unknown_type": "The sync server does not know events of type {type} (event "
                         "{device_seq} of this PC): the server needs updating.",
    "push.bad_version": "Event {device_seq} ({type}) is newer than the sync server knows: "
                        "the server needs updating.",
    "push.bad_payload": "Event {device_seq} ({type}) of this PC is damaged; ask IT.",
    "push.result_event": "Event {device_seq} ({type}) is a result only the server may "
                         "record; ask IT.",
    "push.out_of_scope": "Event {device_seq} ({type}) names someone this PC may not record "
                         "for; ask IT.",
    "push.unproven_login": "The login in event {device_seq} could not be proved to the "
                           "server; ask IT.",
    "push.not_logged_in": "Event {device_seq} ({type}) was recorded for someone not logged "
                          "in on this PC; ask IT.",
    "push.role": "Event {device_seq} ({type}) needs a role its author does not have; ask IT.",
    "push.device_clash": "Another copy of this profile writes as this workstation.",
    "push.bad_batch": "The sync server refused a damaged batch of events; ask IT.",
    "push.bad_event": "The sync server refused a damaged event; ask IT.",
}
words.define_many(ERROR_TEXT)


def say(code: str, lang: str = "en", **facts: Any) -> str:
    """The words for a sync code (an unknown code: the generic refusal)."""
    if code not in ERROR_TEXT:
        return words.say("sync.refused", lang)
    return words.say(code, lang, **facts)


def get(conn: Connection, key: str) -> str | None:
    value = conn.scalar(select(SyncState.value).where(SyncState.key == key))
    return None if value is None else str(value)


def put(conn: Connection, key: str, value: object) -> None:
    stmt = insert(SyncState).values(key=key, value=str(value))
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(value)}))


def put_token(conn: Connection, token: str) -> None:
    """Store the device token sealed (DPAPI on Windows: ``trainer.protect``)."""
    put(conn, "device_token", seal(token))


def get_token(conn: Connection) -> str | None:
    stored = get(conn, "device_token")
    return None if stored is None else unseal(stored)


def drop(conn: Connection, key: str) -> None:
    conn.execute(delete(SyncState).where(SyncState.key == key))


def get_int(conn: Connection, key: str) -> int:
    value = get(conn, key)
    return int(value) if value else 0


def waiting(conn: Connection) -> int:
    """Events written here that the service has not acknowledged yet."""
    query = select(func.count()).select_from(JournalEvent).where(
        JournalEvent.server_seq.is_(None))
    return int(conn.scalar(query) or 0)


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    device_id: str | None
    enrolled: bool
    last_sync: str | None
    waiting: int
    last_pushed: int
    last_pulled: int
    error_code: str | None
    error_at: str | None
    error_facts: dict[str, Any]
    clock_skew_seconds: float | None
    clock_flagged: bool

    @property
    def error_text(self) -> str | None:
        if self.error_code is None:
            return None
        return say(self.error_code, **self.error_facts)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "error_text": self.error_text}


def read_status(engine: Engine) -> SyncStatus:
    with engine.connect() as conn:
        values = dict(conn.execute(select(SyncState.key, SyncState.value)).tuples().all())
        device_id = conn.scalar(select(ProfileMeta.value).where(ProfileMeta.key == "device_id"))
        pending = waiting(conn)
    skew = values.get("clock_skew_s")
    return SyncStatus(
        server_url=values.get("server_url"),
        device_id=device_id,
        enrolled=bool(values.get("device_token")),
        last_sync=values.get("last_sync_at"),
        waiting=pending,
        last_pushed=int(values.get("last_pushed") or 0),
        last_pulled=int(values.get("last_pulled") or 0),
        error_code=values.get("last_error") or None,
        error_at=values.get("last_error_at"),
        error_facts=_facts(values.get("last_error_facts")),
        clock_skew_seconds=float(skew) if skew else None,
        clock_flagged=values.get("clock_flagged") == "1",
    )


def _facts(text: str | None) -> dict[str, Any]:
    import json

    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
