"""Training records from the certificates page (培训考核记录表): the chosen people's
records saved as one PDF off the GUI thread, each page signed with the issuer key when HR
gives its passphrase. The passphrase is optional: without it (or on a PC without an
issuer key) the pages print marked unsigned, for information only; a wrong one is
refused by the page before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from trainer.auth.session import Session
from trainer.certify.keys import IssuerKey, has_issuer_key
from trainer.certify.service import CertificationService
from trainer.gui.certificates.worker import Job
from trainer.reports.printing import Batch, record_pages
from trainer.reports.template import Template
from trainer.reports.training_record import render_records


def ask_passphrase(parent: QWidget, keys_dir: Path) -> str | None:
    """The issuer key's passphrase: "" to print unsigned, ``None`` if HR cancelled."""
    if not has_issuer_key(keys_dir):
        return ""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("TrainingRecords", "Training records"),
        QCoreApplication.translate(
            "TrainingRecords",
            "Issuer key passphrase to sign the records\n"
            "(leave empty to print them unsigned, for information only):"),
        QLineEdit.EchoMode.Password)
    return text if ok else None


def unsigned_note() -> str:
    return QCoreApplication.translate("TrainingRecords", "unsigned, for information only")


def records_job(certs: CertificationService, session: Session | None,
                batches: Sequence[Batch], template: Template, target: Path, lang: str,
                key: IssuerKey | None) -> Job:
    """The job for :class:`BatchWorker`: the records of ``batches`` into ``target``."""
    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        today = date.today()
        pages = [p for b in batches for p in record_pages(certs, session, b, today)]
        if not pages or cancelled():
            return []
        render_records(target, pages, template, lang, key=key, printed_on=today.isoformat(),
                       progress=lambda n: progress(n, len(pages)))
        return [target]
    return job
