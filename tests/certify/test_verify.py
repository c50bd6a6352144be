"""Verification: genuine, expired and revoked certificates say so; forged or altered ones
(name, score, date, key) are not genuine; garbage is a refusal, never a traceback."""

from __future__ import annotations

import json
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.certify.helpers import DAY0, add_person, days, hr_session, practical, read_course
from tests.certify.helpers import theory as grade
from trainer.certify.keys import IssuerKey
from trainer.certify.ledger import Ledger
from trainer.certify.service import CertificationService
from trainer.certify.signing import (
    BadPayload,
    b64,
    parse_qr,
    qr_payload,
    sign,
    typable_code,
    unb64,
)
from trainer.certify.verify import verify_text
from trainer.services import Services

TODAY = DAY0 + days(30)


@pytest.fixture
def issued(services: Services, certs: CertificationService, issuer: IssuerKey
           ) -> tuple[str, str]:
    """A genuine certificate: (QR payload, typable code)."""
    add_person(services.engine, "N100", "𠮷田 O’Brien-Zoë")
    read_course(services.journal, "N100", DAY0)
    grade(services.journal, "N100", DAY0, 91)
    practical(services.journal, "N100", DAY0 + days(3), 87.5)
    cert = certs.issue(hr_session(), issuer, "N100", "nurse_station", TODAY)
    return qr_payload(certs.record_of(cert), cert.signature), typable_code(cert.signature)


def judge(certs: CertificationService, text: str, today: date = TODAY) -> tuple[str, str]:
    ledger = certs.ledger()
    verdict = verify_text(text, ledger, ledger.issuer_keys, today)[0]
    return verdict.verdict, verdict.reason


def altered(payload: str, index: int, value: object) -> str:
    prefix, body, signature = payload.split(".")
    fields = json.loads(unb64(body))
    fields[index] = value
    return ".".join((prefix, b64(json.dumps(fields, ensure_ascii=False).encode()), signature))


def test_genuine_qr_and_code_are_valid(certs: CertificationService,
                                       issued: tuple[str, str]) -> None:
    payload, code = issued
    assert judge(certs, payload) == ("valid", "self_attested")
    assert judge(certs, code) == ("valid", "self_attested")
    assert judge(certs, code.lower().replace("-", " ")) == ("valid", "self_attested")
    record, _ = parse_qr(payload)
    assert record.name == "𠮷田 O’Brien-Zoë"
    assert record.scores[0].theory == 91.0 and record.scores[0].practical == 87.5


@pytest.mark.parametrize(("field", "index", "value"), [
    ("name", 2, "𠮷田 O’Brien-Zoe"),
    ("scores", 4, [["nurse_station", "99.0", "87.5"]]),
    ("expiry date", 6, "2029-02-04"),
    ("issue date", 5, "2026-02-05"),
    ("holder", 1, "N999"),
    ("self-attested flag", 7, 0),
])
def test_altered_payload_is_not_genuine(certs: CertificationService,
                                        issued: tuple[str, str], field: str, index: int,
                                        value: object) -> None:
    assert judge(certs, altered(issued[0], index, value)) == ("not_genuine", "bad_signature")


def test_forged_with_another_key_is_not_genuine(certs: CertificationService,
                                                issued: tuple[str, str]) -> None:
    record, _ = parse_qr(issued[0])
    forger = Ed25519PrivateKey.generate()
    # the forger signs with their own key but claims the hospital's key id …
    assert judge(certs, qr_payload(record, sign(record, forger))) == (
        "not_genuine", "bad_signature")
    # … or uses their own key id, which nobody here knows
    forged = IssuerKey.of(forger)
    from dataclasses import replace
    own = replace(record, key_id=forged.key_id)
    assert judge(certs, qr_payload(own, sign(own, forger))) == ("not_genuine", "unknown_key")


def test_expired_on_its_day(certs: CertificationService, issued: tuple[str, str]) -> None:
    payload, code = issued
    expires = date.fromisoformat(parse_qr(payload)[0].expires_on)
    assert judge(certs, payload, expires - days(1))[0] == "valid"
    assert judge(certs, payload, expires) == ("expired", "expired")
    assert judge(certs, code, expires) == ("expired", "expired")


def test_revoked_is_reported_with_its_reason(certs: CertificationService,
                                             issued: tuple[str, str]) -> None:
    payload, code = issued
    number = parse_qr(payload)[0].number
    certs.revoke(hr_session(), number, "issued to the wrong person")
    assert judge(certs, payload) == ("revoked", "issued to the wrong person")
    assert judge(certs, code) == ("revoked", "issued to the wrong person")


def test_a_pc_without_the_issuer_key_cannot_vouch(issued: tuple[str, str]) -> None:
    verdict = verify_text(issued[0], Ledger(), {}, TODAY)[0]
    assert verdict.verdict == "not_genuine" and verdict.reason == "unknown_key"


def test_unknown_code_is_not_genuine(certs: CertificationService,
                                     issued: tuple[str, str]) -> None:
    assert judge(certs, "ABCDE-FGHJK") == ("not_genuine", "unknown_code")


@pytest.mark.parametrize("garbage", [
    "", "hello", "HT1.", "HT1.x.y", "HT1.!!!.???", "HT1." + b64(b"[1,2]") + ".abc",
    "HT1." + b64(b'{"a":1}') + ".abc", "HT1." + b64(b"\xff\xfe") + ".abc",
    "HT1." + b64(json.dumps(["n", "h", "x", "m", [], "d", "e", 1, "k"]).encode()) + ".a",
    "ABCDE-FGHJ", "ÄÖÜ-12345", "no-such-file.pdf", "HT2.abc.def",
])
def test_garbage_is_refused_cleanly(certs: CertificationService, garbage: str) -> None:
    ledger = certs.ledger()
    try:
        verdicts = verify_text(garbage, ledger, ledger.issuer_keys, TODAY)
    except BadPayload:
        return
    assert all(v.verdict == "not_genuine" for v in verdicts)


def test_issuer_key_needs_its_passphrase(certs: CertificationService, issuer: IssuerKey
                                         ) -> None:
    from trainer.certify.keys import IssuerKeyError

    assert certs.unlock_key(hr_session(), "correct horse battery").key_id == issuer.key_id
    with pytest.raises(IssuerKeyError) as wrong:
        certs.unlock_key(hr_session(), "correct horse batterx")
    assert wrong.value.code == "cert.bad_passphrase"
    text = (certs.keys_dir / "issuer.key").read_text()
    assert "PRIVATE" not in text and issuer.key_id in text
    with pytest.raises(IssuerKeyError) as again:
        certs.create_key(hr_session(), "another passphrase")
    assert again.value.code == "cert.key_exists"
