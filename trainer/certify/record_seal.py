"""The signature of a training-record page (培训考核记录表), signed like a certificate.

What a record page says is gathered in :class:`RecordFacts`: the holder, name, department,
HIS module, the page's language, the status, the day it was printed, the certificate
number (if any), every course with the day it was completed and every certifying attempt
(kind, day, score, pass mark, passed, marker as printed). The issuer key signs a short
*summary*: ``[tag, holder, name, module, printed on, certificate, key id, SHA-256 of the
whole record]`` — so a changed score, date or marker changes the digest and the signature
no longer matches.

QR text: ``HR1.<base64url(JSON)>.<signature>``. The JSON is the whole record when the QR
text stays within :data:`QR_BUDGET` characters (a QR code that scans at 4 cm), otherwise
only the summary's facts with the digest (the page prints the digest too). The page also
carries the whole record as invisible text, so ``certs verify FILE.pdf`` checks the
details and that the printed text shows what was signed.

May import: the standard library, cryptography, ``trainer.certify``, ``trainer.words``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from trainer import words
from trainer.certify.keys import IssuerKey
from trainer.certify.signing import BadPayload, b64, typable_code, unb64
from trainer.certify.words_certs import module_name, status_name

PREFIX = "HR1"
TAG = "HT-RECORD-1"  # keeps record signatures apart from certificate signatures
QR_BUDGET = 560  # characters: QR version 18 (89 modules) at error correction M
SIGNATURE_CHARS = 86  # an Ed25519 signature in base64url without padding

#: A record's text on a page: the payload, possibly broken over several lines.
PAGE_RE = re.compile(r"HR1\.[A-Za-z0-9_\-\s]+\.(?:[A-Za-z0-9_\-]\s*)"
                     + f"{{{SIGNATURE_CHARS}}}")


@dataclass(frozen=True)
class Attempt:
    """One certifying attempt as the page prints it (score and pass mark as printed)."""

    kind: str  # "theory" | "practical"
    on: str
    score: str
    pass_mark: str
    passed: bool
    marker: str


@dataclass(frozen=True)
class RecordFacts:
    holder: str
    name: str
    department: str
    module: str
    lang: str
    status: str
    printed_on: str
    certificate: str  # the certificate number, "" without one
    courses: tuple[tuple[str, str], ...]  # (course id, completed on or "")
    attempts: tuple[Attempt, ...]
    key_id: str = ""
    digest: str = ""  # set when only the digest travelled (the QR's short form)

    @property
    def complete(self) -> bool:
        """The details are at hand (not only their digest)."""
        return not self.digest

    def record_digest(self) -> str:
        return self.digest or hashlib.sha256(_canonical([TAG, *self._full()])).hexdigest()

    def signed_bytes(self) -> bytes:
        return _canonical([TAG, self.holder, _nfc(self.name), self.module, self.printed_on,
                           self.certificate, self.key_id, self.record_digest()])

    def _full(self) -> list[Any]:
        return [self.holder, _nfc(self.name), self.department, self.module, self.lang,
                self.status, self.printed_on, self.certificate, self.key_id,
                [list(c) for c in self.courses],
                [[a.kind[:1], a.on, a.score, a.pass_mark, 1 if a.passed else 0, a.marker]
                 for a in self.attempts]]

    def _short(self) -> list[Any]:
        return [self.holder, _nfc(self.name), self.module, self.printed_on,
                self.certificate, self.key_id, self.record_digest()]


@dataclass(frozen=True)
class RecordSeal:
    """What a signed record page prints."""

    qr: str  # the QR text (whole record, or facts and digest)
    text: str  # the whole record, for the page's invisible text
    code: str  # the short typable code
    digest: str  # SHA-256 of the record, hex


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_record(facts: RecordFacts, key: IssuerKey) -> RecordSeal:
    """Sign ``facts`` with ``key`` (the PC's unlocked issuer key or, later, the service's)."""
    facts = replace(facts, key_id=key.key_id, digest="")
    signature = b64(key.private.sign(facts.signed_bytes()))
    whole = f"{PREFIX}.{b64(_canonical(facts._full()))}.{signature}"
    short = f"{PREFIX}.{b64(_canonical(facts._short()))}.{signature}"
    return RecordSeal(whole if len(whole) <= QR_BUDGET else short, whole,
                      typable_code(signature), facts.record_digest())


def seal_valid(facts: RecordFacts, signature: str, public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(unb64(signature),
                                                          facts.signed_bytes())
    except (InvalidSignature, ValueError):
        return False
    return True


def parse_record(text: str) -> tuple[RecordFacts, str]:
    """The facts and signature in a record's QR text; :class:`BadPayload` if it is not."""
    parts = re.sub(r"\s+", "", text).split(".")
    if len(parts) != 3 or parts[0] != PREFIX or len(parts[2]) != SIGNATURE_CHARS:
        raise BadPayload(code="cert.bad_payload")
    try:
        fields = json.loads(unb64(parts[1]).decode("utf-8"))
        return _facts(fields), parts[2]
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        raise BadPayload(code="cert.bad_payload") from exc


def _strings(values: Sequence[Any]) -> list[str]:
    if not all(isinstance(v, str) for v in values):
        raise ValueError("not a training record")
    return list(values)


def _facts(fields: Any) -> RecordFacts:
    if not isinstance(fields, list):
        raise ValueError("not a training record")
    if len(fields) == 7:
        holder, name, module, printed, cert, kid, digest = _strings(fields)
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError("not a digest")
        return RecordFacts(holder, name, "", module, "", "", printed, cert, (), (), kid,
                           digest)
    holder, name, dept, module, lang, status, printed, cert, kid = _strings(fields[:9])
    courses, attempts = fields[9], fields[10]
    if len(fields) != 11 or not isinstance(courses, list) or not isinstance(attempts, list):
        raise ValueError("not a training record")
    return RecordFacts(
        holder, name, dept, module, lang, status, printed, cert,
        tuple((c, d) for c, d in (_strings(x) for x in courses)),
        tuple(_attempt(a) for a in attempts), kid)


def _attempt(fields: Any) -> Attempt:
    kind, on, score, mark, passed, marker = fields
    kind, on, score, mark, marker = _strings([kind, on, score, mark, marker])
    if kind not in ("t", "p") or passed not in (0, 1):
        raise ValueError("not an attempt")
    return Attempt("theory" if kind == "t" else "practical", on, score, mark, bool(passed),
                   marker)


def page_payload(text: str) -> str | None:
    """The record payload in a page's extracted text (joined if it was broken)."""
    found = PAGE_RE.search(text)
    return None if found is None else re.sub(r"\s+", "", found.group(0))


def shown(facts: RecordFacts, text: str) -> bool:
    """The page's visible text shows what the signed record says: every signed value, as
    often as the record has it (names and cells may wrap: compared without whitespace)."""
    flat = re.sub(r"\s+", "", PAGE_RE.sub("", text))
    lang = facts.lang or "en"
    wanted = [facts.name, facts.holder, facts.department, facts.printed_on,
              module_name(facts.module, lang), status_name(facts.status, lang)]
    if facts.certificate:
        wanted.append(facts.certificate)
    for course, day in facts.courses:
        wanted += [course, day or words.translate("not completed", lang)]
    for a in facts.attempts:
        wanted += [a.on, a.score, a.marker,
                   words.translate("Theory" if a.kind == "theory" else "Practical", lang),
                   words.translate("Passed" if a.passed else "Failed", lang)]
    needed: dict[str, int] = {}
    for w in wanted:
        key = re.sub(r"\s+", "", _nfc(w))
        if key:
            needed[key] = needed.get(key, 0) + 1
    flat = _nfc(flat)
    words_seen = set(needed) | {words.translate(w, lang) for w in ("Passed", "Failed")}
    return all(_count(flat, w, words_seen) >= n for w, n in needed.items())


def _count(flat: str, word: str, others: set[str]) -> int:
    """Occurrences of ``word`` that are not part of a longer one (合格 in 不合格)."""
    inside = sum(flat.count(other) * other.count(word) for other in others
                 if other != word and word in other)
    return flat.count(word) - inside


def summary(facts: RecordFacts, lang: str) -> str:
    """One line naming the record: holder, name, module, printing day, certificate."""
    parts = [f"{facts.name} ({facts.holder})", module_name(facts.module, lang),
             f"{words.translate('Printed on', lang)} {facts.printed_on}"]
    if facts.certificate:
        parts.append(f"{words.translate('Certificate number', lang)} {facts.certificate}")
    if not facts.complete:
        parts.append(f"SHA-256 {facts.digest}")
    return " · ".join(parts)
