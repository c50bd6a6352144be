"""Training-record pages (培训考核记录表) signed like certificates: the signed record comes
back from pdftotext and pypdf, verifies, and any altered name, score or date — in the
payload or in the printed text — is not genuine; without a key the page says unsigned."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from trainer.certify.keys import IssuerKey
from trainer.certify.ledger import Certificate, Result
from trainer.certify.record_seal import (
    PAGE_RE,
    QR_BUDGET,
    page_payload,
    parse_record,
    seal_valid,
    shown,
)
from trainer.certify.signing import b64, unb64
from trainer.certify.standing import Standing
from trainer.reports.template import load_template, template_folder
from trainer.reports.training_record import RecordPage, facts_of, render_records

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils not installed")

KEY = IssuerKey.of(Ed25519PrivateKey.generate())
PRINTED = "2026-12-03"


def result(kind: str, day: int, score: float, passed: bool, marker: str | None = "T001",
           attempt: str = "") -> Result:
    return Result(kind, attempt or f"{kind[0]}-{day}-5c1e2f0a-7d3b-4e21-9a8c-0e6b4f1d2a33",
                  "nurse_station", date(2026, 11, day), day, score, 80.0, passed,
                  ("wrong_patient",) if kind == "practical" and not passed else (), marker)


def record_page(name: str = "𠮷田 O’Brien", *, results: tuple[Result, ...] | None = None,
                certified: bool = True) -> RecordPage:
    cert = Certificate("AB12-2026-00007", "N100", "X" * 16, ("nurse_station",), (),
                       date(2026, 11, 28), date(2027, 11, 28), True, KEY.key_id, "sig", None,
                       9) if certified else None
    standing = Standing("N100", "nurse_station", "certified" if certified else "failed", "",
                        cert, None, None)
    return RecordPage(
        "N100", name, "内科", standing,
        results if results is not None else (
            result("theory", 10, 62.0, False), result("theory", 17, 92.0, True),
            result("practical", 24, 86.5, True, marker="T002")),
        (("nurse_station", "2026-11-02"), ("nurse_upgrade", "")),
        {"T001": "张老师", "T002": "Ms Li"}, "ABCDE-FGHJK" if certified else "",
        {"nurse_station": {"zh_CN": "护士站：医嘱审核", "en": "Nurse station: orders"}})


def render(tmp_path: Path, page: RecordPage, lang: str, key: IssuerKey | None = KEY,
           name: str = "record.pdf") -> Path:
    out = tmp_path / name
    assert render_records(out, [page], load_template(template_folder(None)), lang, key=key,
                          printed_on=PRINTED) == 1
    return out


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, encoding="utf-8").stdout


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_printed_text_is_the_signed_text(tmp_path: Path, lang: str) -> None:
    page = record_page()
    pdf = render(tmp_path, page, lang)
    for text in (pdftotext(pdf), PdfReader(pdf).pages[0].extract_text()):
        payload = page_payload(text)
        assert payload is not None
        facts, signature = parse_record(payload)
        assert facts == replace(facts_of(page, lang, PRINTED), key_id=KEY.key_id)
        assert seal_valid(facts, signature, KEY.public)
        assert shown(facts, text)
    text = pdftotext(pdf)
    assert ("培训考核记录表" if lang == "zh_CN" else "Training and assessment record") in text
    assert "𠮷田 O’Brien" in text and "86.5" in text and "张老师" in text


def test_altered_payload_is_not_genuine(tmp_path: Path) -> None:
    pdf = render(tmp_path, record_page(), "zh_CN")
    facts, signature = parse_record(page_payload(pdftotext(pdf)) or "")
    assert seal_valid(facts, signature, KEY.public)
    first = facts.attempts[0]
    for forged in (replace(facts, name="李四"), replace(facts, printed_on="2026-12-04"),
                   replace(facts, attempts=(replace(first, score="92.0"),
                                            *facts.attempts[1:])),
                   replace(facts, attempts=(replace(first, on="2026-11-11"),
                                            *facts.attempts[1:])),
                   replace(facts, courses=(("nurse_station", "2026-10-02"),
                                           *facts.courses[1:]))):
        assert not seal_valid(forged, signature, KEY.public)
    other = IssuerKey.of(Ed25519PrivateKey.generate())
    assert not seal_valid(facts, signature, other.public)
    # a forger re-encoding the payload with a changed score: the signature no longer fits
    body = unb64((page_payload(pdftotext(pdf)) or "").split(".")[1]).replace(b'"62.0"', b'"82.0"')
    forged_facts, _ = parse_record(f"HR1.{b64(body)}.{signature}")
    assert forged_facts.attempts[0].score == "82.0"
    assert not seal_valid(forged_facts, signature, KEY.public)


@pytest.mark.parametrize("change", [("𠮷田 O’Brien", "𠮷田 O’Brian"), ("62.0", "82.0"),
                                    ("2026-11-17", "2026-11-18"), ("不合格", "合格"),
                                    ("张老师", "王老师")])
def test_altered_printed_text_is_not_shown(tmp_path: Path, change: tuple[str, str]) -> None:
    pdf = render(tmp_path, record_page(), "zh_CN")
    text = pdftotext(pdf)
    facts, _ = parse_record(page_payload(text) or "")
    assert shown(facts, text)
    old, new = change
    hidden = PAGE_RE.search(text)
    assert hidden is not None
    visible = text[:hidden.start()] + text[hidden.end():]
    assert old in visible
    assert not shown(facts, visible.replace(old, new, 1) + hidden.group(0))


def test_a_long_record_signs_its_digest_in_the_qr(tmp_path: Path) -> None:
    many = tuple(result("theory" if i % 2 else "practical", i, 50.0 + i, i % 3 == 0)
                 for i in range(1, 25))
    page = record_page(results=many)
    pdf = render(tmp_path, page, "en")
    text = pdftotext(pdf)
    whole, signature = parse_record(page_payload(text) or "")
    assert whole.complete and len(whole.attempts) == 24 and shown(whole, text)
    from trainer.certify.record_seal import seal_record

    seal = seal_record(facts_of(page, "en", PRINTED), KEY)
    assert len(seal.text) > QR_BUDGET >= len(seal.qr)
    short, short_sig = parse_record(seal.qr)
    assert not short.complete and short.name == "𠮷田 O’Brien"
    assert short_sig == signature and seal_valid(short, short_sig, KEY.public)
    assert short.record_digest() == whole.record_digest() == seal.digest
    assert " ".join(seal.digest[i:i + 8] for i in range(0, 64, 8)) in text
    assert not seal_valid(replace(short, digest="0" * 64), short_sig, KEY.public)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_without_a_key_the_record_says_unsigned(tmp_path: Path, lang: str) -> None:
    pdf = render(tmp_path, record_page(certified=False), lang, key=None)
    text = pdftotext(pdf)
    assert page_payload(text) is None
    mark = "未签名，仅供参考" if lang == "zh_CN" else "Unsigned — for information only"
    assert mark in text


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_pages_render_and_the_qr_scans(tmp_path: Path, lang: str) -> None:
    pdf = render(tmp_path, record_page(), lang)
    prefix = tmp_path / f"record-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(prefix)], check=True)
    png = Path(f"{prefix}-1.png")
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True, check=True).stdout.strip()
    facts, signature = parse_record(scanned)
    assert facts.complete and facts.name == "𠮷田 O’Brien"
    assert seal_valid(facts, signature, KEY.public)


def test_a_record_over_several_pages_verifies_as_one(tmp_path: Path) -> None:
    from trainer.certify.ledger import Ledger
    from trainer.certify.verify import verify_pdf

    many = tuple(result("theory" if i % 2 else "practical", i, 50.0 + i, i % 3 == 0)
                 for i in range(1, 25))
    long_pdf = render(tmp_path, record_page(results=many), "zh_CN", name="long.pdf")
    assert len(PdfReader(long_pdf).pages) > 1
    keys = {KEY.key_id: KEY.public}
    verdicts = verify_pdf(long_pdf, Ledger(), keys, date(2026, 12, 3))
    assert [(v.verdict, v.page) for v in verdicts] == [("genuine", 1)]
    both = tmp_path / "both.pdf"  # a long record, one without a certificate, a short one
    assert render_records(both, [record_page(results=many), record_page(certified=False),
                                 record_page()], load_template(template_folder(None)),
                          "en", key=KEY, printed_on=PRINTED) == 3
    pages = len(PdfReader(both).pages)
    verdicts = verify_pdf(both, Ledger(), keys, date(2026, 12, 3))
    assert [v.verdict for v in verdicts] == ["genuine"] * 3 and verdicts[-1].page == pages
    assert verify_pdf(both, Ledger(), {}, date(2026, 12, 3))[0].reason == "unknown_key"
