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
  instead of queueing threads and memory (``/health`` stays quick under a flood).

May import: sqlalchemy, trainer.server.schema, trainer.server.errors, trainer.auth, the
standard library.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

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


def wait_left(conn: Connection, keys: tuple[str, ...]) -> float:
    now = time.time()
    rows = conn.scalars(select(throttle.c.blocked_until).where(throttle.c.key.in_(keys)))
    return float(max([0.0, *(until - now for until in rows)]))


def checked(engine: Engine, keys: tuple[str, ...], stored_hash: str | None,
            password: str) -> bool:
    """Whether ``password`` matches ``stored_hash`` (``None``: unknown person or no
    password), under the back-off of ``keys`` and the hashing cap. Failures are counted
    in their own transaction (they must stick even though the request is refused)."""
    with engine.connect() as conn:
        wait = wait_left(conn, keys)
    if wait > 0:
        raise ServiceError("auth.throttled", 429, retry_after=int(wait) + 1)
    with hashing_slot():
        ok = verify_password(stored_hash or dummy_hash(), password) and stored_hash is not None
    with engine.begin() as conn:
        if ok:
            conn.execute(throttle.delete().where(throttle.c.key.in_(keys)))
        else:
            for key in keys:
                _record_failure(conn, key)
    return ok


def _record_failure(conn: Connection, key: str) -> None:
    failures = int(conn.scalar(select(throttle.c.failures).where(throttle.c.key == key))
                   or 0) + 1
    values = {"failures": failures, "blocked_until": time.time() + delay_after(failures)}
    stmt = pg_insert(throttle).values(key=key, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=values))
