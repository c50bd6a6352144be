"""退药 at the outpatient window: what was dispensed on the prescription, what came back,
confirm a return (never more than was dispensed), and tell the cashier's office to refund.

May import: PySide6, trainer.sim (state), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.pharmacy_stock import drug_name
from trainer.gui.stations.pharmacy_tabs import (
    ST,
    Current,
    Issue,
    name_spin,
    placeholder,
    reason_box,
)
from trainer.gui.stations.stationmap import MapButton
from trainer.gui.stations.widgets import Grid
from trainer.sim.state import Sandbox


class ReturnsTab(QWidget):
    """退药: what was dispensed on the prescription, what came back, confirm a return."""

    def __init__(self, current: Current, issue: Issue) -> None:
        super().__init__()
        self.current, self.issue = current, issue
        layout = QVBoxLayout(self)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color:#5d4037;")
        layout.addWidget(self.rule)
        self.grid = Grid("return-lines", self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.qty_label = QLabel(self)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("return-quantity")
        self.quantity.setRange(1, 1)
        self.confirm = MapButton(ST, "returns", "Confirm return", self, self._on_confirm)
        row.addWidget(self.qty_label)
        row.addWidget(self.quantity)
        row.addWidget(self.confirm)
        row.addStretch(1)
        layout.addLayout(row)
        tell = QHBoxLayout()
        self.to = QComboBox(self)
        self.to.setObjectName("notify-to")
        self.about = reason_box(self, "notify-about")
        self.tell = QPushButton(self)
        self.tell.setObjectName("notify-send")
        self.tell.clicked.connect(self._on_tell)
        tell.addWidget(self.to)
        tell.addWidget(self.about, 1)
        tell.addWidget(self.tell)
        layout.addLayout(tell)
        self.grid.itemSelectionChanged.connect(self._on_line)
        self.remaining: dict[str, int] = {}

    def retranslate(self, lang: str) -> None:
        self.rule.setText(self.tr(
            "Rule: once dispensed, drugs are not taken back except for a quality defect "
            "(医疗机构药事管理规定). Never return more than was dispensed."))
        self.grid.setAccessibleName(self.tr("dispensed drugs of the prescription"))
        self.qty_label.setText(self.tr("Packs returned:"))
        name_spin(self.quantity, self.tr("packs returned"))
        current = self.to.currentIndex()
        self.to.clear()
        self.to.addItem(self.tr("Cashier's office (refund)"), "finance")
        self.to.addItem(self.tr("Prescribing doctor"), "doctor")
        self.to.setCurrentIndex(max(0, current))
        self.to.setAccessibleName(self.tr("whom to notify"))
        self.about.setAccessibleName(self.tr("message"))
        placeholder(self.about, self.tr("What to tell them"))
        self.tell.setText(self.tr("Notify"))
        self.tell.setAccessibleName(self.tr("send the notification"))
        self.confirm.retranslate(lang)

    def _line(self) -> tuple[str, str] | None:
        key = self.grid.current_key()
        if key is None:
            return None
        rx, _, drug = key.partition("/")
        return rx, drug

    def _on_line(self) -> None:
        key = self.grid.current_key()
        left = self.remaining.get(key or "", 0)
        self.quantity.setRange(1, max(1, left))
        self.confirm.setEnabled(left > 0)

    def _on_confirm(self) -> None:
        line = self._line()
        if line is not None:
            self.issue("confirm_return",
                       {"rx": line[0], "drug": line[1], "quantity": self.quantity.value()})

    def _on_tell(self) -> None:
        rx = self.current()
        args: dict[str, Any] = {"to": self.to.currentData(), "about": self.about.currentText()}
        if rx is not None:
            args["patient"] = rx.patient
        self.issue("notify", args)

    def show_state(self, sb: Sandbox, lang: str) -> None:
        rx = self.current()
        rows: list[tuple[str, list[str]]] = []
        self.remaining = {}
        if rx is not None:
            given: dict[str, int] = {}
            batches: dict[str, str] = {}
            for d in sb.dispensings:
                if d.rx == rx.id:
                    given[d.drug] = given.get(d.drug, 0) + d.quantity
                    batches[d.drug] = d.batch
            if rx.status == "dispensed" and not given:  # dispensed before this session
                given = {i.drug: i.quantity for i in rx.items}
            for drug, qty in given.items():
                back = sum(r["quantity"] for r in sb.drug_returns
                           if r["rx"] == rx.id and r["drug"] == drug)
                key = f"{rx.id}/{drug}"
                self.remaining[key] = qty - back
                rows.append((key, [rx.id, drug_name(sb, drug, lang), batches.get(drug, "—"),
                                   str(qty), str(back), str(qty - back)]))
        self.grid.fill([self.tr("Prescription"), self.tr("Drug"), self.tr("Batch"),
                        self.tr("Dispensed packs"), self.tr("Returned packs"),
                        self.tr("Returnable")], rows)
        self._on_line()
