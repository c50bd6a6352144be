"""The audit log (admins): logins, failures, locks, switches, password and roster
changes — filtered by event, staff number and dates, and exported as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.auth.audit import AUDIT_TYPES, AuditEntry, audit_log, export_csv
from trainer.changes import Changes
from trainer.errors import PermissionDenied
from trainer.gui import messages
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page

EVENT_NAMES = {
    "auth.login": QT_TRANSLATE_NOOP("audit", "Login"),
    "auth.login_failed": QT_TRANSLATE_NOOP("audit", "Failed login"),
    "auth.logout": QT_TRANSLATE_NOOP("audit", "Logout"),
    "auth.locked": QT_TRANSLATE_NOOP("audit", "Screen locked"),
    "auth.unlocked": QT_TRANSLATE_NOOP("audit", "Unlocked"),
    "auth.user_switched": QT_TRANSLATE_NOOP("audit", "User switched"),
    "auth.staff_changed": QT_TRANSLATE_NOOP("audit", "Roster or password change"),
}


def event_name(event_type: str) -> str:
    return QCoreApplication.translate("audit", str(EVENT_NAMES.get(event_type, event_type)))


class AuditPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entries: list[AuditEntry] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.kind = QComboBox()
        self.staff = QLineEdit()
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addDays(-30))
        self.until.setDate(QDate.currentDate())
        self.apply_button, self.export_button = QPushButton(), QPushButton()
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.labels = [QLabel() for _ in range(4)]

        filters = QHBoxLayout()
        for label, field in zip(self.labels, (self.kind, self.staff, self.since, self.until),
                                strict=True):
            filters.addWidget(label)
            filters.addWidget(field)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.apply_button.clicked.connect(self.refresh)
        self.staff.returnPressed.connect(self.refresh)
        ctx.changed.connect(self._on_ctx_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind.setAccessibleName(self.tr("event type"))
        self.staff.setAccessibleName(self.tr("staff number"))
        self.table.setAccessibleName(self.tr("audit events"))
        self.since.setAccessibleName(self.tr("from date"))
        self.until.setAccessibleName(self.tr("to date"))
        self.title.setText(self.tr("Audit log"))
        for label, text in zip(self.labels, (self.tr("Event"), self.tr("Staff number"),
                                             self.tr("From"), self.tr("To")), strict=True):
            label.setText(text)
        self.apply_button.setText(self.tr("Show"))
        self.export_button.setText(self.tr("Export CSV…"))
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("All events"), "")
        for event_type in AUDIT_TYPES:
            self.kind.addItem(event_name(event_type), event_type)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.table.setHorizontalHeaderLabels([self.tr("Time (UTC)"), self.tr("Event"),
                                              self.tr("By"), self.tr("About"),
                                              self.tr("Details")])
        self.refresh()

    def _on_ctx_changed(self, changes: Changes) -> None:
        if changes.touches(*AUDIT_TYPES):
            self.refresh()

    def refresh(self) -> None:
        kind = str(self.kind.currentData() or "")
        try:
            self.entries = audit_log(
                self.ctx.services.journal, self.ctx.session,
                types=(kind,) if kind else AUDIT_TYPES, staff_id=self.staff.text().strip(),
                since=self.since.date().toString("yyyy-MM-dd"),
                until=self.until.date().toString("yyyy-MM-dd"))
        except PermissionDenied:
            self.entries = []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (entry.time[:19].replace("T", " "), event_name(entry.type),
                     entry.actor_id or "—", entry.subject_id or "—", entry.detail)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.count.setText(self.tr("%1 events").replace("%1", str(len(self.entries))))

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"),
                                              "audit.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        try:
            rows = export_csv(self.ctx.session, self.entries, path)
        except PermissionDenied:
            messages.warn(self, self.tr("Only administrators may export the audit log."))
            return
        except OSError as exc:
            messages.warn(self, self.tr("Could not write %1: %2").replace("%1", str(path))
                          .replace("%2", exc.strerror or str(exc)))
            return
        self.count.setText(self.tr("%1 events exported to %2").replace("%1", str(rows))
                           .replace("%2", str(path)))
