"""Every password check the service makes goes through here (``/v1/admin/login``,
``/v1/person``, ``/v1/password``):

- **back-off per account and per device** (or per client address where there is no
  device): after 3 failures a growing wait (2 s, 4 s … up to 15 minutes), answered with
  429 and ``Retry-After``; a success clears it. Stored in PostgreSQL, so it holds across
  the service's processes and restarts;
- **no timing oracle**: an unknown staff number is checked against a dummy hash of the
  same cost;
- **a cap on concurrent hashing** (argon2id takes 19 MiB and tens of milliseconds each):
  beyond :data:`HASHING_SLOTS` checks at once the request is answered 429 at once
  instead of queueing threads and memory (``/health`` stays quick under a flood). This
  cap is per process on purpose: it protects that process's memory and CPU; N processes
  hash at most N × :data:`HASHING_SLOTS` at once, while the back-off above — what limits
  guessing — is shared.

May import: sqlalchemy, trainer.server.schema, trainer.server.errors, trainer.auth, the
standard library.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

from trainer.auth.passwords import hash_password, verify_password
from trainer.server.errors import ServiceError
from trainer.server.schema import throttle

FREE_FAILURES = 3
MAX_DELAY = 15 * 60.0
HASHING_SLOTS = 4
_slots = threading.BoundedSemaphore(HASHING_SLOTS)


def delay_after(failures: int) -> float:
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(MAX_DELAY, 2.0 ** (failures - FREE_FAILURES + 1)))


@functools.cache
def dummy_hash() -> str:
    return hash_password("no-such-person: the same cost as a real check")


@contextmanager
def hashing_slot() -> Iterator[None]:
    """One of the few argon2 computations allowed at once, or 429 straight away."""
    if not _slots.acquire(timeout=0.05):
        raise ServiceError("auth.busy", 429, retry_after=1)
    try:
        yield
    finally:
        _slots.release()


def keys_for(staff_id: str, device_id: str | None, address: str | None) -> tuple[str, ...]:
    where = f"device:{device_id}" if device_id else f"address:{address or '?'}"
    return (f"staff:{staff_id[:64]}", where)


#: The database's clock, in seconds: every process of the service measures back-off
#: against the same clock, wherever it runs.
DB_NOW = "extract(epoch FROM clock_timestamp())"

#: One attempt on ``key``, counted *before* the password is checked: a row whose wait
#: has not run out is left alone and returned as nothing (refused). The row lock taken
#: by ``ON CONFLICT DO UPDATE`` orders attempts on one key across every process, so no
#: two of them read the same count.
CLAIM = text(f"""
INSERT INTO throttle AS t (key, failures, blocked_until)
VALUES (:key, 1, {DB_NOW})
ON CONFLICT (key) DO UPDATE
   SET failures = t.failures + 1,
       blocked_until = {DB_NOW} + CASE WHEN t.failures + 1 < :free THEN 0
           ELSE least(:most, power(2, t.failures + 2 - :free)) END
 WHERE t.blocked_until <= {DB_NOW}
RETURNING failures
""")

WAIT = text(f"SELECT coalesce(max(blocked_until), 0) - {DB_NOW} FROM throttle "
            "WHERE key = ANY(CAST(:keys AS text[]))")


def wait_left(conn: Connection, keys: tuple[str, ...]) -> float:
    """Seconds until every key of ``keys`` may be tried again (by the database's clock)."""
    return max(0.0, float(conn.scalar(WAIT, {"keys": list(keys)}) or 0.0))


class _Throttled(Exception):
    pass


def _claim(engine: Engine, keys: tuple[str, ...]) -> None:
    """Count one attempt on every key, in one transaction, or none (429) when one of them
    is still waiting. Committed before the check: concurrent guesses on other processes
    see it at once, so at most :data:`FREE_FAILURES` of them get through unthrottled."""
    try:
        with engine.begin() as conn:
            for key in keys:
                params = {"key": key, "free": FREE_FAILURES, "most": MAX_DELAY}
                if conn.scalar(CLAIM, params) is None:
                    raise _Throttled
    except _Throttled:
        with engine.connect() as conn:
            wait = wait_left(conn, keys)
        raise ServiceError("auth.throttled", 429, retry_after=int(wait) + 1) from None


def checked(engine: Engine, keys: tuple[str, ...], stored_hash: str | None,
            password: str) -> bool:
    """Whether ``password`` matches ``stored_hash`` (``None``: unknown person or no
    password), under the back-off of ``keys`` and the hashing cap. The attempt is counted
    as a failure first (:func:`_claim`) and the count cleared on success: the back-off is
    in PostgreSQL, shared by every process of the service and kept across restarts."""
    with hashing_slot():
        _claim(engine, keys)
        ok = verify_password(stored_hash or dummy_hash(), password) and stored_hash is not None
    if ok:
        with engine.begin() as conn:
            conn.execute(throttle.delete().where(throttle.c.key.in_(keys)))
    return ok
