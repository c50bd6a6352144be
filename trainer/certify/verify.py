"""Is this certificate genuine, and is it valid today? Is this training record genuine?
For a PDF file, a QR payload or a typed code (``his-trainer certs verify`` and the verify
dialog).

- QR payload: checked offline with the issuer's public key (known from the journal, where
  ``cert.issuer_key`` events arrive with sync, or this PC's own key file).
- PDF: every page's payload (stored on the page as invisible text) is checked as a QR
  payload, and the page's visible text must show the same name, number, dates and scores.
- Code: looked up among synced ``cert.issued`` events, whose signatures are checked.

- Training record (``HR1.`` payload, ``trainer.certify.record_seal``): ``genuine`` or
  ``not_genuine``; in a PDF the whole record is on the page and the visible text (of the
  page and the pages it continues on) must show every signed value.

Verdicts: ``valid``, ``expired``, ``revoked``, ``not_genuine`` (and ``genuine`` for
records). Revocation and top-up deadlines are known from synced records only; a QR checked
on a PC that has not synced them says so in ``note``. Input that is none of these raises
:class:`BadPayload`.

May import: ``trainer.certify``, pypdf.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from trainer.certify.ledger import Certificate, Ledger
from trainer.certify.record_seal import RecordFacts, page_payload, parse_record, seal_valid, shown
from trainer.certify.signing import (
    BadPayload,
    CertificateRecord,
    Score,
    normalise_code,
    parse_qr,
    signature_valid,
    typable_code,
)
from trainer.certify.standing import Courses, topups_for

VALID = "valid"
EXPIRED = "expired"
REVOKED = "revoked"
NOT_GENUINE = "not_genuine"
GENUINE = "genuine"  # a training record: signed by a known issuer, unaltered

PAYLOAD_RE = re.compile(r"HT1\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str  # bad_signature, unknown_key, altered_text, unknown_code, topup_missed …
    record: CertificateRecord | None
    code: str = ""
    known_here: bool = False  # the number is in this PC's synced records
    page: int = 0  # for a PDF: the page (1-based)
    training: RecordFacts | None = None  # a training record's signed facts


def verify_text(text: str, ledger: Ledger, keys: Mapping[str, bytes], today: date,
                courses: Courses | None = None) -> list[Verdict]:
    """Verdicts for a PDF path, a QR payload or a code; :class:`BadPayload` if none."""
    stripped = text.strip()
    if stripped.lower().endswith(".pdf"):
        return verify_pdf(Path(stripped), ledger, keys, today, courses)
    if stripped.startswith("HT1."):
        return [verify_qr(stripped, ledger, keys, today, courses)]
    if stripped.startswith("HR1."):
        return [verify_record(stripped, keys)]
    code = normalise_code(stripped)
    if code is None:
        raise BadPayload(code="cert.bad_payload")
    return [verify_code(code, ledger, keys, today, courses)]


def verify_qr(payload: str, ledger: Ledger, keys: Mapping[str, bytes], today: date,
              courses: Courses | None = None) -> Verdict:
    record, signature = parse_qr(payload)
    return _judge(record, signature, ledger, keys, today, courses)


def verify_code(code: str, ledger: Ledger, keys: Mapping[str, bytes], today: date,
                courses: Courses | None = None) -> Verdict:
    for cert in ledger.certificates.values():
        if typable_code(cert.signature) == code:
            return _judge(_record_of(cert), cert.signature, ledger, keys, today, courses)
    return Verdict(NOT_GENUINE, "unknown_code", None, code)


def verify_pdf(path: Path, ledger: Ledger, keys: Mapping[str, bytes], today: date,
               courses: Courses | None = None) -> list[Verdict]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    except (OSError, PyPdfError, ValueError, KeyError) as exc:
        raise BadPayload(code="cert.bad_pdf", path=str(path)) from exc
    verdicts: list[Verdict] = []
    record: tuple[int, str, str] | None = None  # a record's first page, payload, its text
    for number, text in enumerate(pages, start=1):
        found = PAYLOAD_RE.search(text)
        if found is None and record is not None and page_payload(text) is None:
            record = (record[0], record[1], record[2] + "\n" + text)  # continued
            continue
        if record is not None:
            verdicts.append(_record_page(*record, keys))
            record = None
        if found is None:
            payload = page_payload(text)
            if payload is not None:
                record = (number, payload, text)
            else:
                verdicts.append(Verdict(NOT_GENUINE, "no_payload", None, page=number))
            continue
        try:
            verdict = verify_qr(found.group(0), ledger, keys, today, courses)
        except BadPayload:
            verdicts.append(Verdict(NOT_GENUINE, "bad_payload", None, page=number))
            continue
        visible = PAYLOAD_RE.sub("", text)
        if verdict.record is not None and not _shown(verdict.record, visible):
            verdict = Verdict(NOT_GENUINE, "altered_text", verdict.record, verdict.code)
        verdicts.append(Verdict(verdict.verdict, verdict.reason, verdict.record,
                                verdict.code, verdict.known_here, number))
    if record is not None:
        verdicts.append(_record_page(*record, keys))
    if not verdicts:
        raise BadPayload(code="cert.bad_pdf", path=str(path))
    return verdicts


def verify_record(payload: str, keys: Mapping[str, bytes]) -> Verdict:
    """A training record's QR text: genuine, or not (altered, unknown key)."""
    facts, signature = parse_record(payload)
    code = typable_code(signature)
    public = keys.get(facts.key_id)
    if public is None:
        return Verdict(NOT_GENUINE, "unknown_key", None, code, training=facts)
    if not seal_valid(facts, signature, public):
        return Verdict(NOT_GENUINE, "record_altered", None, code, training=facts)
    return Verdict(GENUINE, "" if facts.complete else "record_digest", None, code,
                   training=facts)


def _record_page(page: int, payload: str, text: str, keys: Mapping[str, bytes]) -> Verdict:
    try:
        verdict = verify_record(payload, keys)
    except BadPayload:
        return Verdict(NOT_GENUINE, "bad_payload", None, page=page)
    facts = verdict.training
    if verdict.verdict == GENUINE and facts is not None and not (facts.complete
                                                                 and shown(facts, text)):
        return Verdict(NOT_GENUINE, "altered_text", None, verdict.code, page=page,
                       training=facts)
    return Verdict(verdict.verdict, verdict.reason, None, verdict.code, page=page,
                   training=facts)


def _shown(record: CertificateRecord, text: str) -> bool:
    """The page shows what the signed record says (names may wrap: compare without
    whitespace)."""
    flat = re.sub(r"\s+", "", text)
    wanted = [record.name, record.number, record.issued_on, record.expires_on]
    wanted += [f"{s.theory:.1f}" for s in record.scores]
    wanted += [f"{s.practical:.1f}" for s in record.scores]
    return all(re.sub(r"\s+", "", w) in flat for w in wanted)


def _record_of(cert: Certificate) -> CertificateRecord:
    return CertificateRecord(
        cert.number, cert.holder, "", cert.modules,
        tuple(Score(s.module, s.theory, s.practical) for s in cert.scores),
        cert.issued_on.isoformat(), cert.expires_on.isoformat(), cert.self_attested,
        cert.key_id, digest=cert.name_digest)


def _judge(record: CertificateRecord, signature: str, ledger: Ledger,
           keys: Mapping[str, bytes], today: date, courses: Courses | None) -> Verdict:
    code = typable_code(signature)
    public = keys.get(record.key_id)
    if public is None:
        return Verdict(NOT_GENUINE, "unknown_key", record, code)
    if not signature_valid(record, signature, public):
        return Verdict(NOT_GENUINE, "bad_signature", record, code)
    known = ledger.certificates.get(record.number)
    here = known is not None and known.signature == signature
    if here and known is not None and known.revoked_on is not None:
        return Verdict(REVOKED, known.revoked_reason, record, code, True)
    if today >= date.fromisoformat(record.expires_on):
        return Verdict(EXPIRED, "expired", record, code, here)
    if here and known is not None and courses is not None and any(
            t.missed for t in topups_for(ledger, known, courses, today)):
        return Verdict(EXPIRED, "topup_missed", record, code, True)
    return Verdict(VALID, "self_attested" if record.self_attested else "", record, code, here)
