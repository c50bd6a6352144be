"""The certificates page and the verify page, offscreen over a demo profile: issue with
the passphrase, save a batch off the GUI thread, preview, verify; the worker cancels."""

from __future__ import annotations

import subprocess
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.certify.helpers import days, practical, read_course, theory
from trainer.certify.service import certification_for
from trainer.gui.app import build_window, make_app
from trainer.gui.certificates.output import PreviewDialog, paint_pdf
from trainer.gui.certificates.page import CertificatesPage
from trainer.gui.certificates.verify import VerifyPage
from trainer.gui.certificates.worker import BatchWorker
from trainer.gui.shell.main_window import MainWindow
from trainer.services import Services

PASSPHRASE = "hr office passphrase"


@pytest.fixture
def hr_window(qtbot: QtBot, demo_services: Services) -> MainWindow:
    make_app()
    services = demo_services
    today = date.today()
    for course in services.catalogue().courses:
        if course.kind == "course" and "nurse_station" in course.modules:
            read_course(services.journal, "N001", today - days(9), course=course.id,
                        sections=tuple(s.id for s in course.texts["zh_CN"].sections))
    theory(services.journal, "N001", today - days(5), 93)
    practical(services.journal, "N001", today - days(2), 88)
    ctx, win = build_window(services, "en")
    qtbot.addWidget(win)
    session = services.login.demo_session("R001")
    certification_for(services).create_key(session, PASSPHRASE)
    ctx.start_session(session)
    return win


def test_issue_save_preview_and_verify(qtbot: QtBot, hr_window: MainWindow,
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("trainer.gui.messages.warn", lambda _parent, text: warnings.append(text))
    page = hr_window.show_page("certificates")
    assert isinstance(page, CertificatesPage)
    assert page.issue("not the passphrase") == 0  # refused with a message, nothing issued
    assert warnings == ["Wrong passphrase for the issuer key"]
    assert page.issue(PASSPHRASE) == 1
    statuses = {page.table.item(r, 0).text(): page.table.item(r, 4).text()
                for r in range(page.table.rowCount())}
    assert statuses["N001"] == "Certified"
    target = tmp_path / "batch.pdf"
    page.save(target)
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert target.exists(), page.status_line.text()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "演示护士 Demo Nurse" in text
    hr_window.grab().save(str(tmp_path / "certificates.png"))

    preview = PreviewDialog(target, page)
    qtbot.addWidget(preview)
    assert len(preview.page_labels) == 1
    pixmap = preview.page_labels[0].pixmap()
    assert pixmap.width() > pixmap.height()  # landscape

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert paint_pdf(printer, target) == 1
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000

    verify = hr_window.show_page("verify")
    assert isinstance(verify, VerifyPage)
    qr = next(line for line in text.splitlines() if line.startswith("HT1."))
    assert [v.verdict for v in verify.panel.verify(qr)] == ["valid"]
    assert verify.panel.result.text().startswith("Valid:")
    assert [v.verdict for v in verify.panel.verify(str(target))] == ["valid"]
    code = next(line.split()[-1] for line in text.splitlines()
                if line.startswith("Verification code"))
    assert [v.verdict for v in verify.panel.verify(code)] == ["valid"]
    assert "演示护士 Demo Nurse" in verify.panel.result.text()  # the signed name, by digest
    assert verify.panel.verify("certainly not a certificate") == []
    assert verify.panel.result.text() == (
        "Not a certificate, a QR text or a verification code")
    hr_window.grab().save(str(tmp_path / "verify.png"))


def test_training_records_signed_with_the_passphrase_or_marked_unsigned(
        qtbot: QtBot, hr_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("trainer.gui.messages.warn", lambda _parent, text: warnings.append(text))
    page = hr_window.show_page("certificates")
    assert isinstance(page, CertificatesPage)
    ids = [page.table.item(r, 0) for r in range(page.table.rowCount())]
    page.table.selectRow(next(r for r, item in enumerate(ids)
                              if item is not None and item.text() == "N001"))
    wrong = tmp_path / "wrong.pdf"
    page.save_records(wrong, "not the passphrase")
    assert warnings == ["Wrong passphrase for the issuer key"] and page.worker is None
    assert not wrong.exists()

    unsigned = tmp_path / "unsigned.pdf"
    page.save_records(unsigned)  # no passphrase: printed, marked unsigned
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert page.status_line.text() == "1 file(s) written · unsigned, for information only"
    text = subprocess.run(["pdftotext", str(unsigned), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Unsigned — for information only" in text and "HR1." not in text

    signed = tmp_path / "signed.pdf"
    page.save_records(signed, PASSPHRASE)
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert page.status_line.text() == "1 file(s) written", page.status_line.text()
    text = subprocess.run(["pdftotext", str(signed), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Unsigned" not in text and "Record verification code" in text
    verify = hr_window.show_page("verify")
    assert isinstance(verify, VerifyPage)
    assert [v.verdict for v in verify.panel.verify(str(signed))] == ["genuine"]
    assert verify.panel.result.text().startswith(
        "[1] Genuine training record: 演示护士 Demo Nurse (N001) · Nurse station")
    hr_window.grab().save(str(tmp_path / "verify-record.png"))
    assert [v.verdict for v in verify.panel.verify(str(unsigned))] == ["not_genuine"]


def test_worker_reports_progress_and_cancels(qtbot: QtBot) -> None:
    make_app()
    started = threading.Event()
    seen: list[tuple[int, int]] = []

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        done = 0
        while not cancelled():
            done += 1
            progress(done, 1000)
            started.set()
            time.sleep(0.005)
        return done

    worker = BatchWorker(job)
    worker.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
        assert started.wait(5)
        worker.cancel()
    assert worker.was_cancelled and isinstance(worker.result, int) and worker.result >= 1
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[0] == (1, 1000)
