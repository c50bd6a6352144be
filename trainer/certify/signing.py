"""What a certificate signature covers, the QR payload and the short typable code.

The signed *record* of a certificate is a compact JSON array (number, holder staff id,
name digest, modules, scores, dates, self-attested flag, key id). The holder's name is not
in the journal (payloads carry ids, ARCHITECTURE §3): the record holds a digest of the
number and the printed name, so the QR code can carry the name in clear and a changed name
no longer matches the signature.

QR payload: ``HT1.<base64url(JSON array with the name)>.<base64url(signature)>`` — anyone
with the issuer's public key verifies it offline. Typable code: ten Crockford base32
characters derived from the signature (``ABCDE-FGHJK``), checked against synced records.

May import: the standard library and ``cryptography``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from trainer.errors import TrainerError

PREFIX = "HT1"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class BadPayload(TrainerError):
    """The text is not a certificate payload at all (garbage, truncated, wrong prefix)."""

    code = "cert.bad_payload"


@dataclass(frozen=True)
class Score:
    module: str
    theory: float
    practical: float


@dataclass(frozen=True)
class CertificateRecord:
    """What the issuer signs, plus the holder's name as printed (not part of the record:
    only its digest is)."""

    number: str
    holder: str
    name: str
    modules: tuple[str, ...]
    scores: tuple[Score, ...]
    issued_on: str
    expires_on: str
    self_attested: bool
    key_id: str
    digest: str = ""  # the name digest as issued, when the name itself is not at hand

    @property
    def name_digest(self) -> str:
        return self.digest or name_digest(self.number, self.name)

    def signed_bytes(self) -> bytes:
        return _canonical(self._fields(self.name_digest))

    def _fields(self, who: str) -> list[Any]:
        return [self.number, self.holder, who, list(self.modules),
                [[s.module, _pct(s.theory), _pct(s.practical)] for s in self.scores],
                self.issued_on, self.expires_on, 1 if self.self_attested else 0, self.key_id]


def _pct(value: float) -> str:
    return f"{value:.1f}"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def crockford(data: bytes, length: int) -> str:
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    return "".join(CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(length))


def name_digest(number: str, name: str) -> str:
    text = number + "\x1f" + unicodedata.normalize("NFC", name)
    return crockford(hashlib.sha256(text.encode("utf-8")).digest(), 16)


def key_id(public_raw: bytes) -> str:
    return crockford(hashlib.sha256(public_raw).digest(), 8)


def public_raw(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(record: CertificateRecord, key: Ed25519PrivateKey) -> str:
    return b64(key.sign(record.signed_bytes()))


def signature_valid(record: CertificateRecord, signature: str, public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(unb64(signature),
                                                          record.signed_bytes())
    except (InvalidSignature, ValueError):
        return False
    return True


def typable_code(signature: str) -> str:
    """``ABCDE-FGHJK``: 50 bits of the signature's hash, unambiguous to read aloud."""
    raw = crockford(hashlib.sha256(signature.encode("ascii")).digest(), 10)
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(text: str) -> str | None:
    """A typed code in canonical form, or ``None`` if it cannot be one (I/L→1, O→0)."""
    raw = text.strip().upper().replace("-", "").replace(" ", "")
    raw = raw.replace("I", "1").replace("L", "1").replace("O", "0")
    if len(raw) != 10 or any(c not in CROCKFORD for c in raw):
        return None
    return f"{raw[:5]}-{raw[5:]}"


def qr_payload(record: CertificateRecord, signature: str) -> str:
    body = _canonical(record._fields(unicodedata.normalize("NFC", record.name)))
    return f"{PREFIX}.{b64(body)}.{signature}"


def parse_qr(text: str) -> tuple[CertificateRecord, str]:
    """The record and signature in a QR payload; :class:`BadPayload` if it is not one."""
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise BadPayload(code="cert.bad_payload")
    try:
        fields = json.loads(unb64(parts[1]).decode("utf-8"))
        return _record(fields), parts[2]
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        raise BadPayload(code="cert.bad_payload") from exc


def _record(fields: Sequence[Any]) -> CertificateRecord:
    number, holder, name, modules, scores, issued, expires, attested, kid = fields
    checked = [number, holder, name, issued, expires, kid]
    if not all(isinstance(v, str) for v in checked) or not isinstance(modules, list):
        raise ValueError("not a certificate record")
    return CertificateRecord(
        number=number, holder=holder, name=name, modules=tuple(str(m) for m in modules),
        scores=tuple(Score(str(m), float(t), float(p)) for m, t, p in scores),
        issued_on=issued, expires_on=expires, self_attested=bool(attested), key_id=kid)
