"""Login proofs: how a ward PC shows the service that someone really logged in there.

On a successful login the workstation derives a per-person **login-proof key** from the
password as typed (argon2id, salted with the staff number; never from the stored hash,
so a copy of the roster cannot make one) and writes an HMAC of the login event's
``(event_id, staff_id, device_time)`` with it into the ``auth.login`` payload.
The service holds the same key (it learns it whenever it sets, resets or checks that
person's password) and accepts a person's events from a device only while a login of
theirs proved this way is open there (``trainer.server.admission``).

The device is not in the HMAC: a profile that enrols again re-stamps its unsent events
with a new device id. The binding to one device is the ``event_id`` instead: a login event
opens a session only on the device that delivers it first (or one that replaced that
device); the same event sent by another device is already stored and opens nothing.

The key is as costly to guess from as the password hash itself (the same argon2id
parameters); the HMAC travels with the event but says nothing without the key.

May import: argon2, trainer.auth.passwords, the standard library.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Iterable

from argon2.low_level import Type, hash_secret_raw

from trainer.auth.passwords import HASHER

SALT = b"his-trainer/login-proof/v1/"


def proof_key(staff_id: str, password: str) -> str:
    """The person's login-proof key (hex) from the password as typed."""
    salt = hashlib.sha256(SALT + staff_id.encode("utf-8")).digest()[:16]
    raw = hash_secret_raw(unicodedata.normalize("NFKC", password).encode("utf-8"), salt,
                          time_cost=HASHER.time_cost, memory_cost=HASHER.memory_cost,
                          parallelism=HASHER.parallelism, hash_len=32, type=Type.ID)
    return raw.hex()


def _message(event_id: str, staff_id: str, device_time: str) -> bytes:
    return "\x1f".join(("auth.login", event_id, staff_id, device_time)).encode("utf-8")


def login_proof(key: str, event_id: str, staff_id: str, device_time: str) -> str:
    """The HMAC-SHA256 (hex) a login event carries."""
    return hmac.new(bytes.fromhex(key), _message(event_id, staff_id, device_time),
                    hashlib.sha256).hexdigest()


def proof_holds(keys: Iterable[str | None], proof: object, event_id: str, staff_id: str,
                device_time: str) -> bool:
    """Whether ``proof`` was made with one of ``keys`` (the person's current login-proof
    key and the one before it: a login made offline just before a password change)."""
    if not isinstance(proof, str) or len(proof) != 64:
        return False
    return any(hmac.compare_digest(login_proof(key, event_id, staff_id, device_time), proof)
               for key in keys if key)
