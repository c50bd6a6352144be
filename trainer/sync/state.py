"""The workstation's sync state (table ``sync_state``) and the status people see.

Keys: ``server_url``, ``device_token`` (the workstation must present it; the service keeps
only a hash), ``ca_file``, ``pull_cursor``, ``acked_seq`` (the service's mark for this
device), ``roster_tag``, ``projections_stale``, ``new_device_id`` (a re-enrolment under
way), and the last result: ``last_sync_at``, ``last_pushed``, ``last_pulled``,
``last_error``, ``last_error_at``, ``clock_skew_s``, ``clock_flagged``.

May import: sqlalchemy, trainer.store, trainer.sync.words, the standard library.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert

from trainer.store.models import JournalEvent, ProfileMeta, SyncState
from trainer.sync.words import error_words


def get(conn: Connection, key: str) -> str | None:
    value = conn.scalar(select(SyncState.value).where(SyncState.key == key))
    return None if value is None else str(value)


def put(conn: Connection, key: str, value: object) -> None:
    stmt = insert(SyncState).values(key=key, value=str(value))
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(value)}))


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
    clock_skew_seconds: float | None
    clock_flagged: bool

    @property
    def error_text(self) -> str | None:
        if self.error_code is None:
            return None
        return error_words(self.error_code)

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
        clock_skew_seconds=float(skew) if skew else None,
        clock_flagged=values.get("clock_flagged") == "1",
    )
