"""Workstations (admins): the devices enrolled with the hospital's sync service — last
seen, events waiting, app version — one-time enrolment codes for new PCs (merge codes for a
standalone PC that brings its own staff), revoking a workstation (a lost or tampered PC: its
token and those of PCs re-enrolled from it), and the roster clashes merges left
(:mod:`trainer.gui.admin.roster_clashes`). On a standalone PC the page enrols it
(:mod:`trainer.gui.admin.enrol_dialog`).

The administrator confirms their password to the *service*, which checks the admin role
itself; every call is a network operation (the network never blocks the screen).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from trainer.errors import TrainerError
from trainer.gui.admin.roster_clashes import RosterClashes
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, failure_words
from trainer.gui.pages.base import Page
from trainer.gui.roles import join_names


class DevicesPage(Page):
    #: A call to the service ended (tests wait for it).
    call_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.admin: Any = None  # trainer.sync.admin.ServiceAdmin once logged in
        self.rows: list[Any] = []  # trainer.sync.admin.DeviceRow, as in the table
        self._call: Operation[Any] | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connect_button = QPushButton()
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.revoke_button = QPushButton()
        self.departments = QLineEdit()
        self.code_button = QPushButton()
        self.merge_code = QCheckBox()
        self.enrol_button = QPushButton()
        self.enrol_dialog: Any = None  # the EnrolDialog while open
        self.code = QLabel()
        self.code.setObjectName("pageTitle")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.clashes = RosterClashes(self._start, self._say)

        login_row = QHBoxLayout()
        login_row.addWidget(self.password, 1)
        login_row.addWidget(self.connect_button)
        code_row = QHBoxLayout()
        code_row.addWidget(self.departments, 1)
        code_row.addWidget(self.merge_code)
        code_row.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.where):
            layout.addWidget(widget)
        layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(login_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(code_row)
        layout.addWidget(self.code)
        layout.addWidget(self.clashes, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.message)

        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.password.returnPressed.connect(self._on_connect_clicked)
        self.code_button.clicked.connect(self._on_code_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.enrol_button.clicked.connect(self._on_enrol_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.password.setAccessibleName(self.tr("your password on the sync service"))
        self.table.setAccessibleName(self.tr("enrolled workstations"))
        self.departments.setAccessibleName(self.tr("departments for the new workstation"))
        self.title.setText(self.tr("Workstations"))
        self.password.setPlaceholderText(self.tr("Your password, to confirm it is you"))
        self.connect_button.setText(self.tr("Show workstations"))
        self.departments.setPlaceholderText(self.tr("Departments the new PC serves, "
                                                    "separated by 、"))
        self.code_button.setText(self.tr("New enrolment code"))
        self.merge_code.setText(self.tr("For a standalone PC with its own staff (merge)"))
        self.merge_code.setAccessibleName(self.tr("the new code merges a standalone PC's "
                                                  "staff and history"))
        self.enrol_button.setText(self.tr("Enrol this PC…"))
        self.revoke_button.setText(self.tr("Revoke the selected workstation"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Workstation"), self.tr("Departments"), self.tr("Version"),
            self.tr("Last seen"), self.tr("Events waiting"), self.tr("Status"),
            self.tr("Clock")])
        self._show_rows()  # their words in the new language
        self.refresh()

    def refresh(self) -> None:
        from trainer.sync.state import read_status

        status = read_status(self.ctx.services.engine) if self.ctx.ready else None
        enrolled = status is not None and status.enrolled
        self.where.setText(
            self.tr("This PC syncs with %1. The list and new codes come from that service.")
            .replace("%1", status.server_url or "") if enrolled and status else
            self.tr("This PC is standalone: it is not enrolled with a sync service. Enrol it "
                    "with the service's address and a code from IT."))
        self.enrol_button.setVisible(not enrolled and self.ctx.ready)
        for widget in (self.password, self.connect_button):
            widget.setEnabled(enrolled and self._call is None)
        self.code_button.setEnabled(self.admin is not None and self._call is None)
        self.revoke_button.setEnabled(self.admin is not None and self._call is None)
        self.departments.setEnabled(self.admin is not None)
        self.merge_code.setEnabled(self.admin is not None)
        self.clashes.set_busy(self._call is not None)

    # actions
    def _on_connect_clicked(self) -> None:
        session, password = self.ctx.session, self.password.text()
        if session is None or not password:
            return
        engine = self.ctx.services.engine

        def connect() -> tuple[Any, list[Any], list[Any]]:
            from trainer.sync.admin import ServiceAdmin

            admin = ServiceAdmin(engine)
            admin.log_in(session.staff_id, password)
            return admin, admin.devices(), admin.clashes()

        self.password.clear()
        self._start(connect, self._on_connected)

    def _on_connected(self, result: tuple[Any, list[Any], list[Any]]) -> None:
        self.admin, self.rows, clashes = result
        self.clashes.admin = self.admin
        self.clashes.show_clashes(clashes)
        self._show_rows()

    def _show_rows(self) -> None:
        rows = self.rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = (row.name or row.device_id[:8], join_names(row.departments), row.app_version,
                     _local(row.last_seen), str(row.events_waiting),
                     self.tr("active") if row.status == "active" else self.tr("revoked")
                     if row.status == "revoked" else self.tr("replaced"),
                     self.tr("wrong") if row.clock_flagged else self.tr("ok"))
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))

    def _on_revoke_clicked(self) -> None:
        admin, chosen = self.admin, self.table.currentRow()
        if admin is None or not 0 <= chosen < len(self.rows):
            self.message.setText(self.tr("Select the workstation to revoke."))
            return
        device_id = self.rows[chosen].device_id

        def revoke() -> tuple[Any, list[Any], list[Any]]:
            admin.revoke(device_id)
            return admin, admin.devices(), admin.clashes()

        self._start(revoke, self._on_connected)

    def _on_code_clicked(self) -> None:
        admin = self.admin
        departments = [d.strip() for d in self.departments.text().replace(",", "、").split("、")
                       if d.strip()]
        if admin is None or not departments:
            self.message.setText(self.tr("Enter the departments the new PC serves."))
            return
        merge = self.merge_code.isChecked()
        self._start(lambda: admin.issue_code(departments, merge=merge),
                    lambda code: self._on_code_issued(code, merge))

    def _on_code_issued(self, code: Any, merge: bool) -> None:
        self.code.setText(code.code)
        self.notice.setText(
            (self.tr("One-time merge code for %1, valid until %2: the standalone PC brings "
                     "its staff and history.") if merge else
             self.tr("One-time code for %1, valid until %2."))
            .replace("%1", join_names(code.departments))
            .replace("%2", _local(code.expires_at)))

    def _on_enrol_clicked(self) -> None:
        from trainer.gui.admin.enrol_dialog import EnrolDialog

        if self.enrol_dialog is None:
            self.enrol_dialog = EnrolDialog(self.ctx, self)
            self.enrol_dialog.enrolled.connect(self.refresh)
            self.enrol_dialog.finished.connect(self._on_enrol_closed)
        self.enrol_dialog.open()

    def _on_enrol_closed(self, _result: int) -> None:
        if self.enrol_dialog is not None:
            self.enrol_dialog.deleteLater()
            self.enrol_dialog = None
        self.refresh()

    def _say(self, text: str, error: bool) -> None:
        (self.message if error else self.notice).setText(text)
        (self.notice if error else self.message).clear()

    # worker
    def _start(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.message.clear()
        self.notice.setText(self.tr("Asking the sync service…"))
        self._call = Operation(self.ctx, lambda _progress: call(), parent=self, network=True)
        self._call.on_success(lambda result: self._on_call_ended(done, result))
        self._call.on_failure(self._on_call_failed)
        self._call.start()
        self.refresh()

    def _on_call_ended(self, done: Callable[[Any], None], result: Any) -> None:
        self._call = None
        self.notice.clear()
        done(result)
        self.refresh()
        self.call_finished.emit()

    def _on_call_failed(self, error: TrainerError) -> None:
        self._call = None
        self.notice.clear()
        if error.code in ("auth.bad_credentials", "auth.denied", "sync.unauthorized"):
            self.message.setText(self.tr("The service refused: wrong password, or you are not "
                                         "an administrator there."))
        elif error.code in UNREACHABLE:
            self.message.setText(self.tr("The sync service cannot be reached: %1.")
                                 .replace("%1", failure_words(error, self.ctx.language)))
        else:  # the service answered no (a clash resolved meanwhile, a number taken, …)
            self.message.setText(failure_words(error, self.ctx.language))
        self.refresh()
        self.call_finished.emit()


#: Codes that mean the service did not answer at all.
UNREACHABLE = frozenset({"sync.network", "sync.offline", "sync.timeout", "sync.cut", "sync.tls",
                         "sync.server_error", "sync.not_enrolled"})


def _local(iso: str) -> str:
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone() \
            .strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
