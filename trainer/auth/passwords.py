"""Password hashing (argon2id) and the password policy (OWASP ASVS 5.0, V6).

- argon2id with at least the OWASP minimum (19 MiB, 2 iterations, 1 lane); a stored hash
  made with weaker parameters is re-hashed at the next successful login.
- 8 to 64 characters, no composition rules, not on the list of common passwords.
"""

from __future__ import annotations

import functools
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from trainer.errors import WeakPassword
from trainer.resources import asset

MIN_LENGTH = 8
MAX_LENGTH = 64

#: The codes of :class:`~trainer.errors.WeakPassword`, one per rule.
WEAK_PASSWORD_CODES = frozenset({"auth.password_too_short", "auth.password_too_long",
                                 "auth.password_common", "auth.password_contains_staff_id"})

HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def _normalise(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


@functools.cache
def common_passwords() -> frozenset[str]:
    path = asset("common-passwords.txt")
    words = path.read_text(encoding="utf-8").split() if path.exists() else []
    return frozenset(w.casefold() for w in words)


def check_policy(password: str, *, staff_id: str = "") -> None:
    """Raise :class:`~trainer.errors.WeakPassword`; its ``code`` names the broken rule."""
    length = len(_normalise(password))
    if length < MIN_LENGTH:
        raise WeakPassword(code="auth.password_too_short", minimum=MIN_LENGTH)
    if length > MAX_LENGTH:
        raise WeakPassword(code="auth.password_too_long", maximum=MAX_LENGTH)
    folded = _normalise(password).casefold()
    if folded in common_passwords():
        raise WeakPassword(code="auth.password_common")
    if staff_id and staff_id.casefold() in folded:
        raise WeakPassword(code="auth.password_contains_staff_id")


def hash_password(password: str) -> str:
    return HASHER.hash(_normalise(password))


def verify_password(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, _normalise(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True
