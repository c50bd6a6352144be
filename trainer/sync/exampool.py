"""The exam pool a networked workstation draws certifying papers from: fetched from the
service without answers (``GET /v1/exam-pool``) after each pull, kept in ``sync_state``
(key ``exam_pool``, with ``exam_pool_version``) and replaced only when the service's
version changes (asked at most hourly once a pool is held). The exams core reads it with
:func:`stored_pool` (``trainer.exams.networked``). Nothing here holds an answer: the
service never sends one.

May import: sqlalchemy, trainer.sync.state, trainer.sync.transport, the standard library.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine

from trainer.sync import state
from trainer.sync.transport import SyncError, Transport

log = logging.getLogger(__name__)

KEY = "exam_pool"
VERSION_KEY = "exam_pool_version"
CHECKED_KEY = "exam_pool_checked_at"
#: How often a PC holding a pool asks whether the service's changed (content changes are
#: rare: a new release of the banks on the service).
CHECK_EVERY_S = 3600.0


def refresh(engine: Engine, link: Transport, *, every_s: float = CHECK_EVERY_S) -> bool:
    """Fetch the pool if the service's changed (asked at most every ``every_s`` seconds
    once one is held); returns whether it was replaced."""
    now = time.time()
    with engine.connect() as conn:
        known = state.get(conn, VERSION_KEY)
        checked = float(state.get(conn, CHECKED_KEY) or 0)
    if known and 0 <= now - checked < every_s:
        return False
    with engine.begin() as conn:
        state.put(conn, CHECKED_KEY, f"{now:.0f}")
    path = "/v1/exam-pool" + (f"?known={quote(known)}" if known else "")
    try:
        answer = link.call("GET", path)
    except SyncError as exc:  # events are synced already; the pool is fetched next time
        log.warning("exam pool not fetched: %s", exc.code)
        return False
    if answer.get("unchanged") or not isinstance(answer.get("items"), list):
        return False
    with engine.begin() as conn:
        state.put(conn, KEY, json.dumps(answer, ensure_ascii=False, separators=(",", ":")))
        state.put(conn, VERSION_KEY, str(answer.get("version", "")))
    log.info("exam pool from the service: %d items", len(answer["items"]))
    return True


def stored_pool(engine: Engine) -> dict[str, Any] | None:
    """The pool as last received (``items``, ``blueprints``, ``version``), if any."""
    with engine.connect() as conn:
        text = state.get(conn, KEY)
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def pool_version(engine: Engine) -> str:
    """The version of the stored pool ("" when none): cheap, to notice a new one."""
    with engine.connect() as conn:
        return state.get(conn, VERSION_KEY) or ""
