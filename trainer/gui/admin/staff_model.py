"""The roster as a Qt table model: named columns, a role for the staff id, no widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from trainer.auth.session import StaffMember
from trainer.gui.roles import join_names, role_name

COL_ID, COL_NAME, COL_DEPARTMENTS, COL_ROLES, COL_STATUS = range(5)
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._staff: list[StaffMember] = []

    def set_staff(self, staff: list[StaffMember]) -> None:
        self.beginResetModel()
        self._staff = list(staff)
        self.endResetModel()

    def member(self, row: int) -> StaffMember | None:
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._staff)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._staff):
            return None
        member = self._staff[index.row()]
        if role == STAFF_ID_ROLE:
            return member.staff_id
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QColor("#888888")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_ID:
            return member.staff_id
        if column == COL_NAME:
            return member.name
        if column == COL_DEPARTMENTS:
            return join_names(member.departments)
        if column == COL_ROLES:
            return join_names(role_name(r) for r in sorted(member.roles))
        return self.tr("Active") if member.active else self.tr("Disabled")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Staff number"), self.tr("Name"), self.tr("Departments"),
                  self.tr("Roles"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None
