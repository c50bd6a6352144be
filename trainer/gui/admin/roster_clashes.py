"""Roster clashes on the Workstations page: staff numbers a merged standalone PC uses for
someone other than the service's person with that number (:mod:`trainer.sync.admin`). Each
row shows both people, the PC, and how many of the PC's events wait on the service; an
administrator says they are the same person (*map*) or gives the PC's person a new staff
number (*rename*). Either releases the waiting history; the list is then asked again.

The page owns the network calls (its ``start``) and the message lines (its ``say(text,
error)``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.auth.staff import STAFF_ID
from trainer.gui.roles import join_names

Start = Callable[[Callable[[], Any], Callable[[Any], None]], None]


class RosterClashes(QWidget):
    def __init__(self, start: Start, say: Callable[[str, bool], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.say = start, say
        self.admin: Any = None  # trainer.sync.admin.ServiceAdmin once logged in
        self.busy = False
        self.clashes: list[Any] = []  # trainer.sync.admin.Clash, as in the table
        self.confirm: QMessageBox | None = None  # "same person?" while asked
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.map_button = QPushButton()
        self.new_number = QLineEdit()
        self.new_number.setMaxLength(32)
        self.rename_button = QPushButton()

        actions = QHBoxLayout()
        actions.addWidget(self.map_button)
        actions.addSpacing(24)
        actions.addWidget(self.new_number, 1)
        actions.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.map_button.clicked.connect(self._on_map_clicked)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.new_number.returnPressed.connect(self._on_rename_clicked)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Roster clashes"))
        self.table.setAccessibleName(self.tr("staff numbers in clash after a merge"))
        self.map_button.setAccessibleName(self.tr("the selected clash is the same person"))
        self.new_number.setAccessibleName(self.tr("new staff number for the PC's person"))
        self.rename_button.setAccessibleName(self.tr("rename the PC's person to the new "
                                                     "staff number"))
        self.map_button.setText(self.tr("Same person (map)"))
        self.rename_button.setText(self.tr("Rename the PC's person to…"))
        self.new_number.setPlaceholderText(self.tr("New staff number"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Staff number"), self.tr("On the service"), self.tr("On the PC"),
            self.tr("Workstation"), self.tr("Events held")])
        self.show_clashes(self.clashes)

    def show_clashes(self, clashes: list[Any]) -> None:
        self.clashes = clashes
        if self.admin is None:
            self.explain.setText(self.tr("Show workstations to see the staff numbers in "
                                         "clash after merging a standalone PC."))
        elif not clashes:
            self.explain.setText(self.tr("No staff number is in clash."))
        else:
            self.explain.setText(self.tr(
                "A merged PC uses these staff numbers for someone else than the service "
                "does; their events wait on the service. Select one: the same person, or "
                "give the PC's person a new staff number."))
        self.table.setRowCount(len(clashes))
        for n, clash in enumerate(clashes):
            cells = (clash.staff_id, _person(clash.service_name, clash.service_departments),
                     _person(clash.local_name, clash.local_departments),
                     clash.device_name or clash.device_id[:8], str(clash.held_events))
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if clashes and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.set_busy(self.busy)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        usable = self.admin is not None and not busy and bool(self.clashes)
        for widget in (self.map_button, self.new_number, self.rename_button):
            widget.setEnabled(usable)

    # actions
    def _chosen(self) -> Any:
        row = self.table.currentRow()
        if self.admin is None or not 0 <= row < len(self.clashes):
            self.say(self.tr("Select the staff number in clash first."), True)
            return None
        return self.clashes[row]

    def _on_map_clicked(self) -> None:
        """Mapping cannot be undone: the administrator confirms it first (not modal, so the
        screen stays live while the question is open)."""
        clash = self._chosen()
        if clash is None:
            return
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Same person?"), self.tr(
            "%1 on %2 and %3 on the service are one person: the PC's history under %4 "
            "becomes theirs. This cannot be undone.")
            .replace("%1", clash.local_name).replace("%2", clash.device_name or "—")
            .replace("%3", clash.service_name or "—").replace("%4", clash.staff_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm.finished.connect(lambda answer: self._on_map_answered(clash, answer))
        self.confirm.open()

    def _on_map_answered(self, clash: Any, answer: int) -> None:
        self.confirm = None
        if answer == QMessageBox.StandardButton.Yes.value:
            self._resolve(clash, None)

    def _on_rename_clicked(self) -> None:
        clash = self._chosen()
        if clash is None:
            return
        number = self.new_number.text().strip()
        if not STAFF_ID.match(number):
            self.say(self.tr("A staff number is 1 to 32 letters, digits, - or _, starting "
                             "with a letter or digit."), True)
        elif number.casefold() == clash.staff_id.casefold():
            self.say(self.tr("Give the PC's person a staff number other than %1.")
                     .replace("%1", clash.staff_id), True)
        elif any(number == other.staff_id for other in self.clashes):
            self.say(self.tr("%1 is itself in clash: choose another staff number.")
                     .replace("%1", number), True)
        else:
            self._resolve(clash, number)

    def _resolve(self, clash: Any, rename_to: str | None) -> None:
        admin = self.admin

        def resolve() -> tuple[Any, Any, list[Any]]:
            done = admin.resolve(clash.device_id, clash.staff_id, rename_to=rename_to)
            return clash, done, admin.clashes()

        self.start(resolve, self._on_resolved)

    def _on_resolved(self, result: tuple[Any, Any, list[Any]]) -> None:
        clash, done, clashes = result
        self.new_number.clear()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.show_clashes(clashes)
        text = (self.tr("%1 on %2 is now %3; %4 waiting event(s) were released.")
                if done.outcome == "renamed" else
                self.tr("%1 on %2 is the service's %3; %4 waiting event(s) were released."))
        self.say(text.replace("%1", f"{clash.local_name} ({clash.staff_id})")
                 .replace("%2", clash.device_name or clash.device_id[:8])
                 .replace("%3", done.target).replace("%4", str(done.released)), False)


def _person(name: str, departments: tuple[str, ...]) -> str:
    if not name:
        return "—"
    return f"{name} · {join_names(list(departments))}" if departments else name
