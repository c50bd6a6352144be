"""The wire between workstations and the sync service: the event envelope, the one push
body format, and the checks every text that crosses it must pass. Both sides use this
module — the workstation to build what it sends, the service to read it — so the list of
fields is spelled out once.

Framework-free (no Qt, no web framework): pydantic models document the bodies for the
OpenAPI description; the push itself is checked by hand here (ingest must be fast).

May import: pydantic, trainer.errors, the standard library.
"""

from __future__ import annotations

import itertools
import operator
from typing import Any

from pydantic import BaseModel, Field

from trainer.errors import TrainerError

#: An event's envelope as a workstation stores and sends it.
ENVELOPE = ("event_id", "device_id", "device_seq", "type", "schema_version", "actor_id",
            "subject_id", "payload", "device_time")
#: The columns of a push batch (the device is named once, for the whole batch).
SENT = tuple(name for name in ENVELOPE if name != "device_id")
#: An event as the service hands it out (pull, history).
PULLED = (*ENVELOPE, "server_seq", "server_time")

#: Text fields: maximum length, may be null.
LIMITS: dict[str, tuple[int, bool]] = {
    "event_id": (36, False), "type": (64, False), "actor_id": (64, True),
    "subject_id": (128, True), "payload": (100_000, False), "device_time": (32, False),
}
MAX_BATCH = 10_000
#: Workstations send batches of this many (the service takes up to :data:`MAX_BATCH`).
BATCH = 5_000
#: Largest request body the service reads (bytes); more is refused with 413.
MAX_BODY = 64 * 1024 * 1024
#: Largest integer accepted anywhere on the wire (fits PostgreSQL's bigint with room).
MAX_INT = 2**53


class Refusal(TrainerError):
    """A request the service refuses: ``code`` for the words, ``status`` for HTTP."""

    status = 400

    def __init__(self, code: str, status: int = 400, **facts: Any) -> None:
        super().__init__(code, code=code, **facts)
        self.status = status


class PushColumns(BaseModel):
    """A batch, one array per field, in increasing ``device_seq`` order."""

    event_id: list[str] = Field(max_length=MAX_BATCH)
    device_seq: list[int]
    type: list[str]
    schema_version: list[int]
    actor_id: list[str | None]
    subject_id: list[str | None]
    payload: list[str]
    device_time: list[str]


class PushBody(BaseModel):
    """The body of ``POST /v1/push`` (the only format)."""

    device_id: str = Field(max_length=36)
    columns: PushColumns
    device_now: str | None = Field(default=None, max_length=40)
    waiting: int = Field(default=0, ge=0, le=MAX_INT)
    app_version: str = Field(default="", max_length=40)


def clean_text(value: str) -> bool:
    """No NUL (PostgreSQL text cannot hold it) and no lone surrogate (not UTF-8)."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(value: Any, limit: int, *, optional: bool = False,
               code: str = "push.bad_event") -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit or not clean_text(value):
        raise Refusal(code, 400)
    return value


def check_int(value: Any, *, code: str = "push.bad_event") -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < MAX_INT:
        raise Refusal(code, 400)
    return value


def push_body(device_id: str, rows: list[dict[str, Any]] | dict[str, list[Any]], *,
              device_now: str, app_version: str, waiting: int) -> dict[str, Any]:
    """What a workstation sends for ``rows``: envelopes in ``device_seq`` order, or the
    same as columns (:func:`trainer.sync.outbox.batch_columns`)."""
    columns = ({name: rows[name] for name in SENT} if isinstance(rows, dict)
               else {name: [row[name] for row in rows] for name in SENT})
    return {"device_id": device_id, "columns": columns, "device_now": device_now,
            "app_version": app_version, "waiting": max(0, waiting)}


def read_push(body: Any, device_id: str) -> dict[str, list[Any]]:
    """The batch of a push body as checked columns; nothing in it is trusted. Raises
    :class:`Refusal` (``push.bad_batch``, ``push.bad_event``, ``push.wrong_device``)."""
    if not isinstance(body, dict):
        raise Refusal("push.bad_batch", 400)
    if body.get("device_id") != device_id:
        raise Refusal("push.wrong_device", 403)
    raw = body.get("columns")
    if not isinstance(raw, dict) or set(raw) != set(SENT):
        raise Refusal("push.bad_batch", 400)
    size = len(raw["event_id"]) if isinstance(raw["event_id"], list) else -1
    if not 0 <= size <= MAX_BATCH or any(
            not isinstance(raw[name], list) or len(raw[name]) != size for name in SENT):
        raise Refusal("push.bad_batch", 400)
    if size == 0:
        return {name: [] for name in SENT}
    for name, (limit, optional) in LIMITS.items():
        values = raw[name]
        if set(map(type, values)) == {str}:  # the usual case: checked in one go
            if max(map(len, values)) > limit or not clean_text("".join(values)):
                raise Refusal("push.bad_event", 400)
            continue
        for value in values:
            check_text(value, limit, optional=optional)
    for name in ("device_seq", "schema_version"):
        values = raw[name]
        if set(map(type, values)) != {int} or min(values) < 1 or \
                max(values) >= MAX_INT:
            raise Refusal("push.bad_event", 400)
    seqs = raw["device_seq"]
    if not all(map(operator.lt, seqs, itertools.islice(seqs, 1, None))) or len(
            set(raw["event_id"])) != size:
        raise Refusal("push.bad_batch", 400)  # must be increasing, ids unique
    return {name: raw[name] for name in SENT}


def read_extras(body: dict[str, Any]) -> tuple[str | None, int, str]:
    """``device_now``, ``waiting`` and ``app_version`` of a push body, made safe."""
    now = body.get("device_now")
    now = now if isinstance(now, str) and len(now) <= 40 and clean_text(now) else None
    waiting = body.get("waiting")
    waiting = waiting if type(waiting) is int and 0 <= waiting <= 2**31 - 1 else 0
    version = body.get("app_version")
    version = version[:40] if isinstance(version, str) and clean_text(version) else ""
    return now, waiting, version
