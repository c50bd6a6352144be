"""Staff administration (admins): the roster, create / edit / disable / re-enable,
reset passwords, and import HR's staff list with a preview. Every action goes through
:class:`trainer.auth.roster.RosterService`, which checks the role again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.auth.permissions import allowed
from trainer.auth.session import StaffMember
from trainer.auth.staff_import import ImportPlan, apply_import, plan_import
from trainer.errors import PermissionDenied, TrainerError
from trainer.gui import messages
from trainer.gui.admin.staff_dialogs import ImportPreviewDialog, PasswordDialog, StaffDialog
from trainer.gui.admin.staff_model import StaffTableModel
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, failure_words
from trainer.gui.pages.base import Page


class StaffAdminPage(Page):
    import_planned = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = StaffTableModel()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.filter = QLineEdit()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.active_button, self.reset_button = QPushButton(), QPushButton()
        self.import_button = QPushButton()
        self.status = QLabel()
        self.preview: ImportPreviewDialog | None = None
        self._planning: Operation[ImportPlan] | None = None

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button,
                       self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.filter.textChanged.connect(self.refresh)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.active_button.clicked.connect(self._on_active_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setAccessibleName(self.tr("filter staff"))
        self.table.setAccessibleName(self.tr("staff"))
        self.title.setText(self.tr("Staff"))
        self.filter.setPlaceholderText(self.tr("Filter by staff number, name or department"))
        self.new_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.import_button.setText(self.tr("Import from HR file…"))
        self.refresh()

    def refresh(self) -> None:
        try:
            staff = self.ctx.services.roster.list_staff(self.ctx.session,
                                                        text=self.filter.text())
        except PermissionDenied:
            staff = []
        self.model.set_staff(staff)
        self.status.setText(self.tr("%1 people").replace("%1", str(len(staff))))
        self._update_buttons()

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        member = self.selected()
        may_edit = allowed(self.ctx.session, "staff.edit")
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(member is not None and may_edit)
        self.new_button.setEnabled(may_edit)
        self.import_button.setEnabled(allowed(self.ctx.session, "staff.import"))
        self.active_button.setText(self.tr("Re-enable") if member and not member.active
                                   else self.tr("Disable"))

    # actions: each reports refusals from the service layer in words
    def create_member(self, dialog: StaffDialog) -> bool:
        """Create the person described by a filled-in :class:`StaffDialog`."""
        return self._run(lambda: self.ctx.services.roster.create(
            self.ctx.session, dialog.staff_id.text(), dialog.name.text(),
            dialog.chosen_roles(), dialog.chosen_departments(),
            dialog.password.text() or None))

    def _on_new_clicked(self) -> None:
        dialog = StaffDialog(None, self)
        if dialog.exec():
            self.create_member(dialog)

    def _on_edit_clicked(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = StaffDialog(member, self)
        if dialog.exec():
            self._run(lambda: self.ctx.services.roster.update(
                self.ctx.session, member.staff_id, name=dialog.name.text(),
                roles=dialog.chosen_roles(), departments=dialog.chosen_departments()))

    def _on_active_clicked(self) -> None:
        member = self.selected()
        if member is None:
            return
        if member.active and not messages.ask(self, self.tr(
                "Disable %1? They can no longer log in; their records are kept.")
                .replace("%1", f"{member.name}（{member.staff_id}）")):
            return
        self._run(lambda: self.ctx.services.roster.set_active(
            self.ctx.session, member.staff_id, not member.active))

    def _on_reset_clicked(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = PasswordDialog(member.staff_id, self)
        if dialog.exec():
            self._run(lambda: self.ctx.services.roster.reset_password(
                self.ctx.session, member.staff_id, dialog.password.text()))

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            self.ctx.perform(action)
        except TrainerError as exc:
            messages.warn(self, failure_words(exc, self.ctx.language))
            return False
        self.refresh()
        return True

    # import
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("HR staff list"), "", self.tr("Staff lists (*.xlsx *.csv)"))
        if path:
            self.plan_file(Path(path))

    def plan_file(self, path: Path) -> None:
        """Validate ``path`` in the background; ``import_planned`` fires with the preview open."""
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Checking %1 …").replace("%1", path.name))
        engine, session = self.ctx.services.engine, self.ctx.session
        self._planning = Operation(self.ctx, lambda _p: plan_import(engine, session, path),
                                   parent=self)
        self._planning.on_success(self._on_import_planned).on_failure(self._on_plan_failed)
        self._planning.start()

    def _on_plan_failed(self, _error: TrainerError) -> None:
        self._planning = None
        self.import_button.setEnabled(True)
        messages.warn(self, self.tr("The file could not be checked."))

    def _on_import_planned(self, plan: ImportPlan) -> None:
        self._planning = None
        self.import_button.setEnabled(True)
        self.preview = ImportPreviewDialog(plan, self)
        self.preview.accepted.connect(lambda: self.apply(plan))
        self.preview.open()
        self.import_planned.emit()

    def apply(self, plan: ImportPlan) -> None:
        services = self.ctx.services
        if self._run(lambda: apply_import(services.engine, services.journal,
                                          self.ctx.session, plan)):
            self.status.setText(self.tr("Imported: %1 new, %2 changed.")
                                .replace("%1", str(plan.count("create")))
                                .replace("%2", str(plan.count("update"))))
