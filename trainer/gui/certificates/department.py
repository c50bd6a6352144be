"""The department head's page (护士长 / 科主任): the staff of her own departments, per HIS
module — status, the theory and practical results it rests on, the certificate and its
expiry, and why someone is not certified yet. Read-only; the service decides what she may
see (``cert.view_department``: her departments only, whatever the filters say)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.certify.ledger import Result
from trainer.certify.service import Row, certification_for
from trainer.certify.standing import STATUSES
from trainer.certify.words_certs import module_name, reason_words, status_name
from trainer.changes import Changes
from trainer.errors import TrainerError
from trainer.gui.certificates.own import URGENT
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress, failure_words
from trainer.gui.pages.base import Page
from trainer.vocabulary import Module

COLUMNS = 10


def _result(found: Result | None) -> str:
    if found is None:
        return "—"
    mark = "✓" if found.passed else "✗"
    return f"{found.score:.1f} {mark} ({found.on.isoformat()})"


class DepartmentPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[Row] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.module, self.status = QComboBox(), QComboBox()
        self.module_label, self.status_label = QLabel(), QLabel()
        self.module_label.setBuddy(self.module)
        self.status_label.setBuddy(self.status)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        for label, combo in ((self.module_label, self.module),
                             (self.status_label, self.status)):
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.module.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.language
        self.title.setText(self.tr("My department: training and certification"))
        self.module_label.setText(self.tr("HIS module"))
        self.status_label.setText(self.tr("Status"))
        self.module.setAccessibleName(self.tr("HIS module"))
        self.status.setAccessibleName(self.tr("status"))
        self.table.setAccessibleName(self.tr("staff of my department"))
        for combo, items in ((self.module, [m.value for m in Module]),
                             (self.status, list(STATUSES))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for item in items:
                combo.addItem(module_name(item, lang) if combo is self.module
                              else status_name(item, lang), item)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.table.setHorizontalHeaderLabels([
            self.tr("Staff number"), self.tr("Name"), self.tr("Department"),
            self.tr("HIS module"), self.tr("Status"), self.tr("Theory"),
            self.tr("Practical"), self.tr("Certificate"), self.tr("Expires on"),
            self.tr("What is missing")])
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            return
        service = certification_for(self.ctx.services)
        module = str(self.module.currentData() or "")
        status = str(self.status.currentData() or "")

        def load(_p: Progress) -> list[Row]:
            return service.rows(session, date.today(), module=module, status=status)

        Operation(self.ctx, load, parent=self).on_success(self._show).on_failure(
            self._on_failure).start()

    def _on_failure(self, error: TrainerError) -> None:
        self.table.setRowCount(0)
        self.summary.setText(failure_words(error, self.ctx.language))

    def _show(self, rows: list[Row]) -> None:
        lang = self.ctx.language
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            s = row.standing
            cert = s.certificate
            held = cert is not None and s.status in ("certified", "expiring")
            cells = [row.member.staff_id, row.member.name, row.department,
                     module_name(s.module, lang), status_name(s.status, lang),
                     _result(s.theory), _result(s.practical),
                     cert.number if held and cert else "—",
                     cert.expires_on.isoformat() if held and cert else "—",
                     reason_words(s.reason, lang) if s.status != "certified" else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if s.status in URGENT and column == 4:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(index, column, item)
        self.table.setSortingEnabled(True)
        counts = Counter(r.standing.status for r in rows)
        people = len({r.member.staff_id for r in rows})
        self.summary.setText(
            self.tr("%1 staff; by HIS module: certified %2, expiring soon %3, expired %4, "
                    "in retraining %5, in training %6")
            .replace("%1", str(people)).replace("%2", str(counts["certified"]))
            .replace("%3", str(counts["expiring"])).replace("%4", str(counts["expired"]))
            .replace("%5", str(counts["failed"])).replace("%6", str(counts["in_training"])))

    def _on_changed(self, changes: Changes) -> None:
        if any(t.startswith(("cert.", "exam.graded", "practical.", "course."))
               for t in changes.event_types):
            self.refresh()
