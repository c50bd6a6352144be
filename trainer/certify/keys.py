"""The issuer key of a standalone PC: an Ed25519 key whose private half is stored
encrypted with a passphrase that HR or the administrator holds (ARCHITECTURE §4).

Files in the profile's ``keys/`` folder: ``issuer.key`` (JSON: the raw private key
encrypted with AES-256-GCM under a key derived from the passphrase by Argon2id — a slow
KDF, because anyone at a ward PC can copy the file and guess offline) and ``issuer.pub``
(raw public key, base64url). The public key is also published in the
journal (``cert.issuer_key``) so other PCs and the service can verify. In networked mode
the service holds the issuer key (issue 17); this module is the standalone part.

May import: ``trainer.certify.signing``, ``trainer.errors``, ``trainer.config``, cryptography.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)

from trainer.certify.signing import b64, key_id, public_raw, unb64
from trainer.config import atomic_write_text
from trainer.errors import TrainerError

MIN_PASSPHRASE = 10
KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}


class IssuerKeyError(TrainerError):
    code = "cert.key"


@dataclass(frozen=True)
class IssuerKey:
    """An unlocked issuer key (held in memory only while HR works)."""

    private: Ed25519PrivateKey
    key_id: str
    public: bytes

    @classmethod
    def of(cls, private: Ed25519PrivateKey) -> IssuerKey:
        raw = public_raw(private.public_key())
        return cls(private, key_id(raw), raw)


def key_files(keys_dir: Path) -> tuple[Path, Path]:
    return keys_dir / "issuer.key", keys_dir / "issuer.pub"


def has_issuer_key(keys_dir: Path) -> bool:
    return key_files(keys_dir)[0].exists()


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, hash_len=32, type=Type.ID,
                           **params)


def create_issuer_key(keys_dir: Path, passphrase: str) -> IssuerKey:
    """Make the PC's issuer key; refuses to replace one (certificates depend on it)."""
    private_file, public_file = key_files(keys_dir)
    if private_file.exists():
        raise IssuerKeyError(code="cert.key_exists", path=str(private_file))
    if len(passphrase) < MIN_PASSPHRASE:
        raise IssuerKeyError(code="cert.weak_passphrase", minimum=MIN_PASSPHRASE)
    private = Ed25519PrivateKey.generate()
    key = IssuerKey.of(private)
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(passphrase, salt, KDF)).encrypt(nonce, raw, key.key_id.encode())
    document = {"format": "his-trainer issuer key 1", "key_id": key.key_id, "kdf": "argon2id",
                **KDF, "salt": b64(salt), "nonce": b64(nonce), "sealed": b64(sealed)}
    atomic_write_text(public_file, b64(key.public) + "\n")
    atomic_write_text(private_file, json.dumps(document, indent=1) + "\n")
    return key


def unlock_issuer_key(keys_dir: Path, passphrase: str) -> IssuerKey:
    private_file, _ = key_files(keys_dir)
    try:
        document = json.loads(private_file.read_text(encoding="utf-8"))
        params = {k: int(document[k]) for k in KDF}
        salt, nonce, sealed = (unb64(document[k]) for k in ("salt", "nonce", "sealed"))
        kid = str(document["key_id"])
    except FileNotFoundError as exc:
        raise IssuerKeyError(code="cert.no_key", path=str(private_file)) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IssuerKeyError(code="cert.bad_key_file", path=str(private_file)) from exc
    try:
        raw = AESGCM(_derive(passphrase, salt, params)).decrypt(nonce, sealed, kid.encode())
    except InvalidTag as exc:
        raise IssuerKeyError(code="cert.bad_passphrase") from exc
    return IssuerKey.of(Ed25519PrivateKey.from_private_bytes(raw))


def local_public_key(keys_dir: Path) -> bytes | None:
    _, public_file = key_files(keys_dir)
    try:
        return unb64(public_file.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
