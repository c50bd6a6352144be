"""Dialogs of the staff administration page: one person's details, a temporary
password, and the import preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.auth.session import StaffMember
from trainer.auth.staff_import import ImportPlan
from trainer.gui.accounts.login import MAX_PASSWORD
from trainer.gui.roles import join_names, role_name
from trainer.vocabulary import Role


class StaffDialog(QDialog):
    """Create (``member`` None) or edit one person."""

    def __init__(self, member: StaffMember | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_id, self.name, self.departments = QLineEdit(), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(MAX_PASSWORD)
        self.roles = {role: QCheckBox(role_name(role)) for role in Role}
        for field, name in ((self.staff_id, self.tr("staff number")), (self.name, self.tr("name")),
                            (self.departments, self.tr("departments")),
                            (self.password, self.tr("temporary password"))):
            field.setAccessibleName(name)
        grid = QGridLayout()
        for n, box in enumerate(self.roles.values()):
            grid.addWidget(box, n // 4, n % 4)
        form = QFormLayout()
        form.addRow(self.tr("Staff number"), self.staff_id)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Departments (separate with 、)"), self.departments)
        form.addRow(self.tr("Roles"), grid)
        if member is None:
            form.addRow(self.tr("Temporary password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New member of staff") if member is None
                            else self.tr("Edit member of staff"))
        if member is not None:
            self.staff_id.setText(member.staff_id)
            self.staff_id.setReadOnly(True)
            self.name.setText(member.name)
            self.departments.setText("、".join(member.departments))
            for role, box in self.roles.items():
                box.setChecked(role in member.roles)

    def chosen_roles(self) -> set[Role]:
        return {role for role, box in self.roles.items() if box.isChecked()}

    def chosen_departments(self) -> list[str]:
        text = self.departments.text().replace(",", "、").replace("，", "、").replace(";", "、")
        return [d.strip() for d in text.split("、") if d.strip()]


class PasswordDialog(QDialog):
    """Ask an administrator for a temporary password for someone."""

    def __init__(self, staff_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(MAX_PASSWORD)
        self.password.setAccessibleName(self.tr("temporary password"))
        note = QLabel(self.tr("%1 must choose a new password at the next login.")
                      .replace("%1", staff_id))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Reset password"))


class ImportPreviewDialog(QDialog):
    """What an import would change, or why nothing can be imported."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import staff"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        summary = QLabel()
        summary.setWordWrap(True)
        layout.addWidget(summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if plan.ok:
            summary.setText(self.tr("%1 new, %2 changed, %3 unchanged. Nothing is changed "
                                    "until you press Import.")
                            .replace("%1", str(plan.count("create")))
                            .replace("%2", str(plan.count("update")))
                            .replace("%3", str(plan.count("unchanged"))))
            layout.addWidget(self._changes_table(plan))
            self.import_button = buttons.addButton(self.tr("Import"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            summary.setText(self.tr("The file has %1 problem(s). Nothing will be imported; "
                                    "correct the file and try again.")
                            .replace("%1", str(len(plan.file.problems))))
            self.problems = QListWidget()
            self.problems.setAccessibleName(self.tr("problems"))
            self.problems.addItems([str(p) for p in plan.file.problems])
            layout.addWidget(self.problems)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _changes_table(self, plan: ImportPlan) -> QTableWidget:
        shown = [c for c in plan.changes if c.action != "unchanged"]
        table = QTableWidget(len(shown), 4)
        table.setAccessibleName(self.tr("changes"))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Staff number"),
                                         self.tr("Change"), self.tr("Details")])
        actions = {"create": self.tr("new"), "update": self.tr("changed")}
        fields = {"name": self.tr("name"), "roles": self.tr("roles"),
                  "departments": self.tr("department (transfer)")}
        for n, change in enumerate(shown):
            detail = join_names(fields[f] for f in change.changes)
            if change.disabled:
                detail += self.tr(" — disabled, stays disabled")
            for col, text in enumerate((str(change.row.row), change.row.staff_id,
                                        actions[change.action], detail)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(n, col, item)
        table.horizontalHeader().setStretchLastSection(True)
        return table
