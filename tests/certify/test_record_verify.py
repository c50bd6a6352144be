"""Training-record QR texts through ``verify_text``: a signed record is genuine; a changed
name, score, date or course date, a digest swapped in, or another issuer's key is not
genuine; a damaged record payload is a refusal, never a traceback."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.certify.helpers import DAY0
from trainer.certify.keys import IssuerKey
from trainer.certify.ledger import Ledger
from trainer.certify.record_seal import Attempt, RecordFacts, parse_record, seal_record
from trainer.certify.signing import BadPayload, b64, unb64
from trainer.certify.verify import GENUINE, NOT_GENUINE, verify_text

KEY = IssuerKey.of(Ed25519PrivateKey.generate())
KEYS = {KEY.key_id: KEY.public}
FACTS = RecordFacts(
    "N100", "𠮷田 O’Brien-Zoë", "内科", "nurse_station", "zh_CN", "certified", "2026-12-03",
    "AB12-2026-00001", (("nurse_station", "2026-11-02"),),
    (Attempt("theory", "2026-11-10", "62.0", "80", False, "张老师"),
     Attempt("theory", "2026-11-17", "92.0", "80", True, "张老师"),
     Attempt("practical", "2026-11-24", "86.5", "80", True, "李老师")))


def check(text: str, keys: dict[str, bytes] | None = None) -> tuple[str, str]:
    [verdict] = verify_text(text, Ledger(), KEYS if keys is None else keys, DAY0)
    return verdict.verdict, verdict.reason


def reencoded(qr: str, change: object) -> str:
    """The QR text with its JSON changed by ``change`` and the genuine signature kept."""
    _, body, signature = qr.split(".")
    fields = json.loads(unb64(body))
    change(fields)  # type: ignore[operator]
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()
    return f"HR1.{b64(text)}.{signature}"


def test_a_signed_record_is_genuine() -> None:
    seal = seal_record(FACTS, KEY)
    assert seal.qr == seal.text  # a short record travels whole in the QR code
    [verdict] = verify_text(seal.qr, Ledger(), KEYS, DAY0)
    assert (verdict.verdict, verdict.reason, verdict.code) == (GENUINE, "", seal.code)
    assert verdict.training == replace(FACTS, key_id=KEY.key_id)


@pytest.mark.parametrize("change", [
    lambda f: f.__setitem__(1, "李四"),  # name
    lambda f: f.__setitem__(6, "2026-12-04"),  # printed on
    lambda f: f[10][0].__setitem__(2, "82.0"),  # a score
    lambda f: f[10][1].__setitem__(1, "2026-11-18"),  # an attempt's date
    lambda f: f[10][0].__setitem__(4, 1),  # failed made passed
    lambda f: f[10][2].__setitem__(5, "王老师"),  # the marker
    lambda f: f[9][0].__setitem__(1, "2026-10-02"),  # a course date
    lambda f: f.__setitem__(7, ""),  # the certificate
    lambda f: f.__setitem__(10, f[10][1:]),  # the failed attempt left out
])
def test_altered_records_are_not_genuine(change: object) -> None:
    qr = seal_record(FACTS, KEY).qr
    assert check(reencoded(qr, change)) == (NOT_GENUINE, "record_altered")


def test_the_digest_form_is_genuine_and_tied_to_the_details() -> None:
    many = replace(FACTS, attempts=FACTS.attempts * 12)
    seal = seal_record(many, KEY)
    assert seal.qr != seal.text and len(seal.qr) < len(seal.text)
    assert check(seal.qr) == (GENUINE, "record_digest")
    assert check(seal.text) == (GENUINE, "")
    short, _ = parse_record(seal.qr)
    assert short.digest == seal.digest
    other = seal_record(FACTS, KEY)  # a genuine digest of another record
    assert check(reencoded(seal.qr, lambda f: f.__setitem__(6, other.digest))) == (
        NOT_GENUINE, "record_altered")


def test_another_issuers_key_is_not_genuine() -> None:
    forger = IssuerKey.of(Ed25519PrivateKey.generate())
    qr = seal_record(FACTS, forger).qr
    assert check(qr) == (NOT_GENUINE, "unknown_key")
    # claiming the real issuer's key id does not help
    assert check(reencoded(qr, lambda f: f.__setitem__(8, KEY.key_id))) == (
        NOT_GENUINE, "record_altered")
    assert check(seal_record(FACTS, KEY).qr, keys={}) == (NOT_GENUINE, "unknown_key")


@pytest.mark.parametrize("garbage", [
    "HR1.", "HR1.e30.x", "HR1." + b64(b"[1,2,3]") + "." + "A" * 86,
    "HR1." + b64(b'["a","b"]') + "." + "A" * 86, "HR1.%%%." + "A" * 86,
    "HR1." + b64(("[" + ",".join(['"x"'] * 9) + ',[["c"]],[]]').encode()) + "." + "A" * 86,
    "HR1." + b64(("[" + ",".join(['"x"'] * 9) + ',[],[["q","d","1","2",1,"m"]]]').encode())
    + "." + "A" * 86,
])
def test_damaged_record_payloads_are_refused(garbage: str) -> None:
    with pytest.raises(BadPayload):
        verify_text(garbage, Ledger(), KEYS, DAY0)
