"""The issuer key of a standalone PC: an Ed25519 key whose private half is stored
encrypted with a passphrase that HR or the administrator holds (ARCHITECTURE §4).

Files in the profile's ``keys/`` folder: ``issuer.key`` (PKCS#8 PEM, encrypted) and
``issuer.pub`` (raw public key, base64url). The public key is also published in the
journal (``cert.issuer_key``) so other PCs and the service can verify. In networked mode
the service holds the issuer key (issue 17); this module is the standalone part.

May import: ``trainer.certify.signing``, ``trainer.errors``, ``trainer.config``, cryptography.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)

from trainer.certify.signing import b64, key_id, public_raw, unb64
from trainer.config import atomic_write_text
from trainer.errors import TrainerError

MIN_PASSPHRASE = 10


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


def create_issuer_key(keys_dir: Path, passphrase: str) -> IssuerKey:
    """Make the PC's issuer key; refuses to replace one (certificates depend on it)."""
    private_file, public_file = key_files(keys_dir)
    if private_file.exists():
        raise IssuerKeyError(code="cert.key_exists", path=str(private_file))
    if len(passphrase) < MIN_PASSPHRASE:
        raise IssuerKeyError(code="cert.weak_passphrase", minimum=MIN_PASSPHRASE)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                BestAvailableEncryption(passphrase.encode("utf-8")))
    key = IssuerKey.of(private)
    atomic_write_text(public_file, b64(key.public) + "\n")
    atomic_write_text(private_file, pem.decode("ascii"))
    return key


def unlock_issuer_key(keys_dir: Path, passphrase: str) -> IssuerKey:
    private_file, _ = key_files(keys_dir)
    try:
        pem = private_file.read_bytes()
    except FileNotFoundError as exc:
        raise IssuerKeyError(code="cert.no_key", path=str(private_file)) from exc
    try:
        private = load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise IssuerKeyError(code="cert.bad_passphrase") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise IssuerKeyError(code="cert.bad_key_file", path=str(private_file))
    return IssuerKey.of(private)


def local_public_key(keys_dir: Path) -> bytes | None:
    _, public_file = key_files(keys_dir)
    try:
        return unb64(public_file.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
