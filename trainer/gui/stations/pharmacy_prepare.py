"""The outpatient pharmacy's 配药 tab: the prescription to prepare (drug, strength, dose,
route, frequency, packs) and 配药确认 (F7) by the pharmacist who prepared it, named by staff
id — the pharmacist at the window then checks it again and dispenses (the second check).

May import: PySide6, trainer.sim (state), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainer.gui.stations.pharmacy_tabs import ST, Current, Issue, item_headers, items_rows
from trainer.gui.stations.stationmap import MapButton
from trainer.gui.stations.widgets import Grid
from trainer.sim.state import Sandbox


class PrepareTab(QWidget):
    """配药: the lines to pick from the shelf, who prepared them, 配药确认 (F7)."""

    def __init__(self, current: Current, issue: Issue) -> None:
        super().__init__()
        self.current, self.issue = current, issue
        layout = QVBoxLayout(self)
        self.items = Grid("prepare-items", self)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.by_label = QLabel(self)
        self.by = QLineEdit(self)
        self.by.setObjectName("prepared-by")
        self.by.setMaximumWidth(160)
        self.by.returnPressed.connect(self._on_confirm)
        self.state = QLabel(self)
        self.state.setObjectName("prepare-state")
        self.state.setWordWrap(True)
        self.confirm = MapButton(ST, "preparation", "Confirm preparation", self, self._on_confirm)
        row.addWidget(self.by_label)
        row.addWidget(self.by)
        row.addWidget(self.state, 1)
        row.addWidget(self.confirm)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.items.setAccessibleName(self.tr("drugs to prepare"))
        self.by_label.setText(self.tr("Prepared by (staff id):"))
        self.by.setAccessibleName(self.tr("staff id of the pharmacist who prepared it"))
        self.by.setPlaceholderText(self.tr("staff id"))
        self.state.setAccessibleName(self.tr("preparation state"))
        self.confirm.retranslate(lang)

    def _on_confirm(self) -> None:
        rx = self.current()
        if rx is not None:
            self.issue("prepare_prescription", {"rx": rx.id, "by": self.by.text().strip()})

    def show_state(self, sb: Sandbox, lang: str) -> None:
        rx = self.current()
        self.items.fill(item_headers(), items_rows(sb, rx, lang) if rx else [])
        if rx is None:
            self.state.clear()
        elif rx.prepared:
            self.state.setText(self.tr("✓ Prepared by %1 — check it again at the window, then "
                                       "dispense").replace("%1", rx.prepared_by))
            self.state.setStyleSheet("color:#1b5e20;font-weight:bold;")
        elif rx.status == "approved" and rx.paid:
            self.state.setText(self.tr("Ready to prepare"))
            self.state.setStyleSheet("color:#455a64;")
        else:
            self.state.setText(self.tr("Not ready: prepare after approval and payment"))
            self.state.setStyleSheet("color:#b71c1c;")
