"""``his-trainer certs`` and ``records`` end to end on a real profile: key, issue, print,
verify the printed PDF, alter it, revoke, records export, permit, training record."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.certify.helpers import add_person, days, practical, read_course, theory
from trainer.auth.staff import create_staff
from trainer.cli import main
from trainer.services import Services
from trainer.vocabulary import Role

PASSWORD = "Hr-office-2026!"
PASSPHRASE = "seal of the hospital"
TODAY = date.today()


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        profile: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([*argv, "--data-dir", str(profile)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def profile(services: Services, profile_dir: Path) -> Path:
    with services.engine.begin() as conn:
        create_staff(conn, "HR01", "人事 Wang", {Role.HR}, ["人事科"], PASSWORD,
                     must_change_password=False)
    add_person(services.engine, "N100", "𠮷田 O’Brien", department="内科")
    add_person(services.engine, "N200", "=HYPERLINK(\"x\")", department="外科")
    catalogue = services.catalogue()
    for staff in ("N100", "N200"):
        for course in catalogue.courses:
            if course.kind == "course" and "nurse_station" in course.modules:
                sections = tuple(s.id for s in course.texts["zh_CN"].sections)
                read_course(services.journal, staff, TODAY - days(20), course=course.id,
                            sections=sections)
        theory(services.journal, staff, TODAY - days(10), 92)
        practical(services.journal, staff, TODAY - days(5), 86)
    return profile_dir


def test_issue_print_verify_revoke(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch, profile: Path,
                                   tmp_path: Path) -> None:
    hr = ("--as", "HR01", "--password-stdin")
    secrets = f"{PASSWORD}\n{PASSPHRASE}\n"
    assert run(capsys, monkeypatch, profile, "certs", "key", *hr, stdin=secrets)[0] == 0
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "issue", "--all-eligible", *hr,
                       stdin=secrets)
    assert code == 0 and "2 certificate(s) issued" in out
    pdf = tmp_path / "n100.pdf"
    code, out, err = run(capsys, monkeypatch, profile, "certs", "print", "--staff", "N100",
                         "--out", str(pdf), *hr, stdin=secrets)
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", str(pdf))
    assert code == 0 and out.startswith("page 1: Valid:") and "𠮷田 O’Brien" in out
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    qr = next(line for line in text.splitlines() if line.startswith("HT1."))
    assert run(capsys, monkeypatch, profile, "certs", "verify", qr)[0] == 0

    # the same page printed with another name but the genuine payload: not genuine
    from trainer.certify.signing import parse_qr
    from trainer.reports.certificate import Sheet, render_certificates
    from trainer.reports.template import load_template, template_folder

    record, _ = parse_qr(qr)
    forged = tmp_path / "forged.pdf"
    render_certificates(forged, [Sheet("zh_CN", "李四", record.holder, "内科", record.number,
                                       (("nurse_station", 92.0, 86.0),), record.issued_on,
                                       record.expires_on, True, qr, "")],
                        load_template(template_folder(None)))
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", str(forged))
    assert code == 1 and "Not genuine" in out and "differs" in out

    assert run(capsys, monkeypatch, profile, "certs", "revoke", record.number, "--reason",
               "wrong person", *hr, stdin=secrets)[0] == 0
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", str(pdf), "--lang",
                       "zh_CN")
    assert code == 1 and "已吊销" in out and "wrong person" in out


def test_records_export_neutralises_formulas(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, profile: Path,
                                             tmp_path: Path) -> None:
    hr = ("--as", "HR01", "--password-stdin")
    out_csv = tmp_path / "records.csv"
    code, _out, err = run(capsys, monkeypatch, profile, "records", "export", "--format", "csv",
                         "--out", str(out_csv), "--lang", "en", *hr, stdin=PASSWORD + "\n")
    assert code == 0, err
    rows = list(csv.reader(out_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Staff number", "Name", "Department"]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["N200"][1] == "'=HYPERLINK(\"x\")"
    assert by_id["N100"][1] == "𠮷田 O’Brien" and by_id["N100"][4] == "Eligible, awaiting issue"
    code, _, _ = run(capsys, monkeypatch, profile, "records", "export", "--format", "csv",
                     "--out", str(out_csv), "--department", "外科", *hr, stdin=PASSWORD + "\n")
    assert [r[0] for r in csv.reader(out_csv.read_text(encoding="utf-8-sig").splitlines())][1:] \
        == ["N200"]
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"records.{fmt}"
        assert run(capsys, monkeypatch, profile, "records", "export", "--format", fmt,
                   "--out", str(target), *hr, stdin=PASSWORD + "\n")[0] == 0
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "records.xlsx").active
    assert sheet is not None
    assert "'=HYPERLINK(\"x\")" in [c.value for c in sheet["B"]]
    assert "𠮷田 O’Brien" in subprocess.run(["pdftotext", str(tmp_path / "records.pdf"), "-"],
                                           capture_output=True, text=True).stdout


def test_permit_and_training_record(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch, profile: Path,
                                    tmp_path: Path) -> None:
    hr = ("--as", "HR01", "--password-stdin")
    secrets = f"{PASSWORD}\n{PASSPHRASE}\n"
    run(capsys, monkeypatch, profile, "certs", "key", *hr, stdin=secrets)
    run(capsys, monkeypatch, profile, "certs", "issue", "--staff", "N100", *hr, stdin=secrets)
    permit = tmp_path / "permit.csv"
    assert run(capsys, monkeypatch, profile, "certs", "permit", "--out", str(permit), *hr,
               stdin=secrets)[0] == 0
    lines = permit.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("N100,𠮷田 O’Brien,内科,nurse_station,")
    from trainer.certify.service import certification_for, trusted_keys
    from trainer.reports.records import permit_genuine
    from trainer.services import open_services

    services = open_services(profile)
    certs = certification_for(services)
    keys = trusted_keys(certs, certs.ledger())
    sig = permit.with_name("permit.csv.sig")
    assert permit_genuine(permit, sig, keys)
    permit.write_text(permit.read_text(encoding="utf-8").replace("N100", "N101"),
                      encoding="utf-8")
    assert not permit_genuine(permit, sig, keys)
    assert json.loads(sig.read_text())["key_id"] in keys
    services.close()

    record = tmp_path / "record.pdf"
    code, _out, err = run(capsys, monkeypatch, profile, "certs", "record", "--all", "--out",
                         str(record), *hr, stdin=PASSWORD + "\n")
    assert code == 0 and "printed unsigned" in err
    text = subprocess.run(["pdftotext", str(record), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("培训考核记录表") == 2 and "𠮷田 O’Brien" in text and "86.0" in text
    flat = "".join(text.split())  # table cells wrap
    assert "护士站：医嘱审核、执行与查对(nurse_station)" in flat  # the course by its title
    assert text.count("未签名，仅供参考") == 2 and "HR1." not in text
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", str(record))
    assert code == 1 and out.count("Not genuine") == 2


def forge(pdf: Path, out: Path, change: tuple[str, str] = ("", "")) -> None:
    """What a forger does: the page's text drawn again (with a change) around the genuine
    signed record, kept as invisible text."""
    from reportlab.pdfgen.canvas import Canvas

    from trainer.certify.record_seal import PAGE_RE
    from trainer.reports.fonts import register_fonts

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    hidden = PAGE_RE.search(text)
    assert hidden is not None
    visible = (text[:hidden.start()] + text[hidden.end():]).replace(*change)
    regular, _ = register_fonts()
    c = Canvas(str(out))
    y = 800.0
    for line in visible.splitlines():
        c.setFont(regular, 7)
        c.drawString(30, y, line)
        y -= 8
    payload = c.beginText(30, 20)
    payload.setTextRenderMode(3)
    payload.setFont(regular, 1)
    payload.textLine(hidden.group(0).replace("\n", ""))
    c.drawText(payload)
    c.save()


def test_signed_training_record_verifies(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, profile: Path,
                                         tmp_path: Path) -> None:
    hr = ("--as", "HR01", "--password-stdin")
    secrets = f"{PASSWORD}\n{PASSPHRASE}\n"
    no_key = tmp_path / "no-key.pdf"
    code, _, err = run(capsys, monkeypatch, profile, "certs", "record", "--staff", "N100",
                       "--out", str(no_key), *hr, stdin=secrets)
    assert code == 0 and "printed unsigned" in err  # this PC has no issuer key yet
    run(capsys, monkeypatch, profile, "certs", "key", *hr, stdin=secrets)
    run(capsys, monkeypatch, profile, "certs", "issue", "--staff", "N100", *hr, stdin=secrets)
    code, _, err = run(capsys, monkeypatch, profile, "certs", "record", "--staff", "N100",
                       "--out", str(tmp_path / "x.pdf"), *hr,
                       stdin=f"{PASSWORD}\nwrong passphrase\n")
    assert code == 1 and err == "error: 签发密钥口令错误\n"  # refused, not printed unsigned
    record = tmp_path / "record.pdf"
    code, _, err = run(capsys, monkeypatch, profile, "certs", "record", "--staff", "N100",
                       "--out", str(record), "--lang", "en", *hr, stdin=secrets)
    assert code == 0 and err == "", err
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", str(record))
    assert code == 0, out
    assert out.startswith("page 1: Genuine training record: 𠮷田 O’Brien (N100)")
    text = subprocess.run(["pdftotext", str(record), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "未签名" not in text and "Unsigned" not in text and "92.0" in text
    from trainer.certify.record_seal import page_payload

    payload = page_payload(text)
    assert payload is not None
    code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", payload, "--lang",
                       "zh_CN")
    assert code == 0 and out.startswith("培训考核记录真实有效: 𠮷田 O’Brien (N100) · 护士站"), out
    printed_code = next(line.split()[-1] for line in text.splitlines()
                        if line.startswith("Record verification code"))
    assert f"[{printed_code}]" in out

    same = tmp_path / "same.pdf"
    forge(record, same)  # the forging method itself keeps a genuine record genuine
    assert run(capsys, monkeypatch, profile, "certs", "verify", str(same))[0] == 0
    for change in (("𠮷田 O’Brien", "李四"), ("92.0", "98.0"), ("86.0", "96.0")):
        forged = tmp_path / "forged.pdf"
        forge(record, forged, change)
        code, out, _ = run(capsys, monkeypatch, profile, "certs", "verify", str(forged))
        assert code == 1 and "Not genuine" in out and "differs" in out, (change, out)


def test_refusals_are_one_line(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, profile: Path) -> None:
    hr = ("--as", "HR01", "--password-stdin")
    code, _, err = run(capsys, monkeypatch, profile, "certs", "issue", "--staff", "N100",
                         *hr, stdin=f"{PASSWORD}\n{PASSPHRASE}\n")
    assert code == 1 and err == "error: This PC has no issuer key yet: create one first\n"
    run(capsys, monkeypatch, profile, "certs", "key", *hr, stdin=f"{PASSWORD}\n{PASSPHRASE}\n")
    code, _out, err = run(capsys, monkeypatch, profile, "certs", "issue", "--staff", "N100",
                         *hr, stdin=f"{PASSWORD}\nwrong passphrase\n")
    assert code == 1 and err == "error: Wrong passphrase for the issuer key\n"
    code, _, err = run(capsys, monkeypatch, profile, "certs", "revoke", "NOPE", "--reason",
                       "x", *hr, stdin=PASSWORD + "\n")
    assert code == 1 and err.strip() == "error: No certificate numbered NOPE"


@pytest.mark.parametrize("garbage", ["garbage", "HT1.%%%.x", "HR1.WzFd.x", "/no/such.pdf"])
def test_verify_garbage_in_a_real_process(profile: Path, garbage: str) -> None:
    result = subprocess.run([sys.executable, "-m", "trainer", "certs", "verify", garbage,
                             "--data-dir", str(profile)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len((result.stdout + result.stderr).strip().splitlines()) == 1
