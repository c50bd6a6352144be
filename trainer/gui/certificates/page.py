"""HR's certificates page: everyone per HIS module with their status, filtered by
department, module and status; preview, print (Qt's print dialog), save a batch as one
PDF or one file per person off the GUI thread with progress and cancel, training
records (signed with the issuer key's passphrase, or marked unsigned), issuing to the
eligible (issuer key passphrase), and verifying."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.certify.service import CertificationService, Row, certification_for
from trainer.certify.standing import STATUSES
from trainer.certify.words_certs import module_name, status_name
from trainer.errors import TrainerError
from trainer.gui import messages
from trainer.gui.certificates.central import start_central_issue
from trainer.gui.certificates.output import PreviewDialog, print_pdf
from trainer.gui.certificates.records import ask_passphrase, records_job, unsigned_note
from trainer.gui.certificates.verify import open_verify_dialog
from trainer.gui.certificates.worker import BatchWorker
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page
from trainer.reports.printing import Batch, print_batch
from trainer.reports.template import load_template, template_folder
from trainer.vocabulary import Module

ANY_DATE = QDate(2000, 1, 1)


def _picked(edit: QDateEdit) -> date | None:
    if edit.date() == ANY_DATE:
        return None
    return date.fromisoformat(edit.date().toString("yyyy-MM-dd"))


def _issued_within(row: Row, batch: Batch) -> bool:
    if batch.issued_from is None and batch.issued_until is None:
        return True
    cert = row.standing.certificate
    if cert is None:
        return False
    return ((batch.issued_from is None or cert.issued_on >= batch.issued_from)
            and (batch.issued_until is None or cert.issued_on <= batch.issued_until))


class CertificatesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[Row] = []
        self.worker: BatchWorker | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="his-trainer-print-")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.department, self.module, self.status = QLineEdit(), QComboBox(), QComboBox()
        self.department.setAccessibleName(self.tr("department"))
        self.module.setAccessibleName(self.tr("HIS module"))
        self.status.setAccessibleName(self.tr("status"))
        self.issued_from, self.issued_until = QDateEdit(), QDateEdit()
        for edit, name in ((self.issued_from, self.tr("issued from")),
                           (self.issued_until, self.tr("issued until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(ANY_DATE)
            edit.setDate(ANY_DATE)  # the minimum shows as "any": no date filter
            edit.setAccessibleName(name)
        self.labels = [QLabel() for _ in range(5)]
        self.show_button = QPushButton()
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("certificates"))
        self.preview_button, self.print_button = QPushButton(), QPushButton()
        self.save_button, self.records_button = QPushButton(), QPushButton()
        self.issue_button, self.verify_button = QPushButton(), QPushButton()
        self.per_person = QCheckBox()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("batch progress"))
        self.cancel_button = QPushButton()
        self.status_line = QLabel()

        for combo in (self.module, self.status):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters, dates = QHBoxLayout(), QHBoxLayout()
        fields = (self.department, self.module, self.status, self.issued_from,
                  self.issued_until)
        for index, (label, field) in enumerate(zip(self.labels, fields, strict=True)):
            row = filters if index < 3 else dates
            row.addWidget(label)
            row.addWidget(field)
        dates.addWidget(self.show_button)
        filters.addStretch(1)
        dates.addStretch(1)
        actions, more = QHBoxLayout(), QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            actions.addWidget(button)
        actions.addWidget(self.per_person)
        actions.addStretch(1)
        for button in (self.records_button, self.issue_button, self.verify_button):
            more.addWidget(button)
        more.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(more)
        layout.addLayout(busy)
        layout.addWidget(self.status_line)
        self._set_busy(False)

        self.show_button.clicked.connect(self.refresh)
        self.department.returnPressed.connect(self.refresh)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.records_button.clicked.connect(self._on_records_clicked)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.verify_button.clicked.connect(lambda: open_verify_dialog(self.ctx, self))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.language
        self.title.setText(self.tr("Certificates"))
        for label, text in zip(self.labels, (self.tr("Department"), self.tr("HIS module"),
                                             self.tr("Status"), self.tr("Issued from"),
                                             self.tr("to")), strict=True):
            label.setText(text)
        for edit in (self.issued_from, self.issued_until):
            edit.setSpecialValueText(self.tr("any"))
        self.show_button.setText(self.tr("Show"))
        for combo, items in ((self.module, [m.value for m in Module]),
                             (self.status, list(STATUSES))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for item in items:
                name = module_name(item, lang) if combo is self.module else status_name(item,
                                                                                          lang)
                combo.addItem(name, item)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.preview_button.setText(self.tr("Preview"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.per_person.setText(self.tr("One file per person"))
        self.records_button.setText(self.tr("Training records…"))
        self.issue_button.setText(self.tr("Issue to eligible…"))
        self.verify_button.setText(self.tr("Verify…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Staff number"), self.tr("Name"), self.tr("Department"),
            self.tr("HIS module"), self.tr("Status"), self.tr("Certificate"),
            self.tr("Expires on")])
        self.refresh()

    # -- data --------------------------------------------------------------------------------
    def certs(self) -> CertificationService:
        return certification_for(self.ctx.services)

    def batch(self) -> Batch:
        return Batch(department=self.department.text().strip(),
                     module=str(self.module.currentData() or ""),
                     status=str(self.status.currentData() or ""),
                     issued_from=_picked(self.issued_from), issued_until=_picked(self.issued_until))

    def refresh(self) -> None:
        if not self.ctx.ready or self.ctx.session is None:
            return
        b = self.batch()
        try:
            rows = self.certs().rows(self.ctx.session, date.today(), department=b.department,
                                     module=b.module, status=b.status)
        except TrainerError:
            rows = []
        self.rows = [r for r in rows if _issued_within(r, b)]
        lang = self.ctx.language
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cert = row.standing.certificate
            cells = (row.member.staff_id, row.member.name, row.department,
                     module_name(row.standing.module, lang),
                     status_name(row.standing.status, lang),
                     cert.number if cert else "", cert.expires_on.isoformat() if cert else "")
            for col, text in enumerate(cells):
                self.table.setItem(index, col, QTableWidgetItem(text))
        self.status_line.setText(self.tr("%1 rows").replace("%1", str(len(self.rows))))

    def selected_rows(self) -> list[Row]:
        picked = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[i] for i in picked if i < len(self.rows)]

    def _selection_batch(self) -> list[Batch]:
        chosen = self.selected_rows()
        if not chosen:
            return [self.batch()]
        return [Batch(staff_id=r.member.staff_id, module=r.standing.module,
                      status=r.standing.status) for r in chosen]

    def write_certificates(self, batches: list[Batch], out: Path, *, per_person: bool = False,
                           progress: Callable[[int, int], None] | None = None,
                           cancelled: Callable[[], bool] | None = None) -> list[Path]:
        """Write certificates for ``batches`` (callable off the GUI thread)."""
        template = load_template(template_folder(self.ctx.services.profile.root))
        certs, session, lang = self.certs(), self.ctx.session, self.ctx.language
        if len(batches) == 1:
            return print_batch(certs, session, batches[0], template, out, lang=lang,
                               today=date.today(), per_person=per_person,
                               progress=progress, cancelled=cancelled)
        from trainer.reports.certificate import render_certificates
        from trainer.reports.printing import batch_rows, sheet_for

        chosen = [rc for b in batches for rc in batch_rows(certs, session, b, date.today())]
        sheets = [sheet_for(certs, cert, row, lang) for row, cert in chosen]
        def step(done: int) -> None:
            if progress is not None:
                progress(done, len(sheets))
        written = render_certificates(out, sheets, template, cancelled=cancelled, progress=step)
        return [out] if sheets and written == len(sheets) else []

    # -- actions -----------------------------------------------------------------------------
    def _on_preview_clicked(self) -> None:
        out = Path(self._scratch.name) / "preview.pdf"
        try:
            files = self.write_certificates(self._selection_batch()[:1], out)
        except TrainerError as exc:
            self._refuse(exc)
            return
        if not files:
            messages.inform(self, self.tr("No certificate in force to show."))
            return
        self.preview = PreviewDialog(out, self)
        self.preview.show()

    def _on_print_clicked(self) -> None:
        out = Path(self._scratch.name) / "print.pdf"
        self._start(lambda progress, cancelled: self.write_certificates(
            self._selection_batch(), out, progress=progress, cancelled=cancelled),
            then=lambda files: bool(files) and print_pdf(self, out))

    def _on_save_clicked(self) -> None:
        per_person = self.per_person.isChecked()
        if per_person:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save certificates in"))
            target = Path(folder) if folder else None
        else:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save certificates"),
                                                  "certificates.pdf",
                                                  self.tr("PDF files (*.pdf)"))
            target = Path(name) if name else None
        if target is not None:
            self.save(target, per_person=per_person)

    def save(self, target: Path, *, per_person: bool = False) -> None:
        batches = self._selection_batch()
        self._start(lambda progress, cancelled: self.write_certificates(
            batches, target, per_person=per_person, progress=progress, cancelled=cancelled),
            then=self._report_saved)

    def _report_saved(self, files: object) -> None:
        count = len(files) if isinstance(files, list) else 0
        self.status_line.setText(self.tr("%1 file(s) written").replace("%1", str(count)))

    def _on_records_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save training records"),
                                              "training-records.pdf",
                                              self.tr("PDF files (*.pdf)"))
        passphrase = ask_passphrase(self, self.certs().keys_dir) if name else None
        if passphrase is not None:
            self.save_records(Path(name), passphrase)

    def save_records(self, target: Path, passphrase: str = "") -> None:
        """The training records of the selection (or the filter), signed when the
        passphrase is given, else marked unsigned."""
        certs = self.certs()
        try:
            key = certs.unlock_key(self.ctx.session, passphrase) if passphrase else None
        except TrainerError as exc:
            self._refuse(exc)
            return
        template = load_template(template_folder(self.ctx.services.profile.root))

        def then(files: object) -> None:
            self._report_saved(files)
            if key is None:
                self.status_line.setText(f"{self.status_line.text()} · {unsigned_note()}")
        self._start(records_job(certs, self.ctx.session, self._selection_batch(), template,
                                target, self.ctx.language, key), then=then)

    def _on_issue_clicked(self) -> None:
        if self.ctx.services.networked():  # the service holds the issuer key
            start_central_issue(self.ctx, self, self.rows, self._on_issued_centrally,
                                self._refuse)
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Issue certificates"),
                                              self.tr("Issuer key passphrase:"),
                                              QLineEdit.EchoMode.Password)
        if ok and passphrase:
            self.issue(passphrase)

    def issue(self, passphrase: str) -> int:
        certs = self.certs()
        try:
            key = certs.unlock_key(self.ctx.session, passphrase)
            issued = certs.issue_all_eligible(self.ctx.session, key, date.today())
        except TrainerError as exc:
            self._refuse(exc)
            return 0
        self.refresh()
        self.status_line.setText(self.tr("%1 certificate(s) issued")
                                 .replace("%1", str(len(issued))))
        return len(issued)

    def _on_issued_centrally(self, text: str) -> None:
        self.refresh()
        self.status_line.setText(text)

    def _refuse(self, exc: TrainerError) -> None:
        import trainer.certify.words_certs  # noqa: F401 - defines the words

        messages.warn(self, words.say(exc.code, self.ctx.language, **exc.facts))

    # -- background work ---------------------------------------------------------------------
    def _start(self, job, then) -> None:  # type: ignore[no-untyped-def]
        if self.worker is not None:
            return
        self.worker = BatchWorker(job)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.finished.connect(lambda: self._on_worker_finished(then))
        self._set_busy(True)
        self.worker.start()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status_line.setText(self.tr("%1 of %2").replace("%1", str(done))
                                 .replace("%2", str(total)))

    def _on_worker_finished(self, then) -> None:  # type: ignore[no-untyped-def]
        worker, self.worker = self.worker, None
        self._set_busy(False)
        if worker is None:
            return
        if worker.was_cancelled:
            self.status_line.setText(self.tr("Cancelled"))
        elif isinstance(worker.error, TrainerError):
            self._refuse(worker.error)
        elif worker.error is not None:
            messages.warn(self, str(worker.error))
        else:
            then(worker.result)
        worker.deleteLater()

    def _on_cancel_clicked(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        for button in (self.preview_button, self.print_button, self.save_button,
                       self.records_button, self.issue_button):
            button.setEnabled(not busy)
