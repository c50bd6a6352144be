"""The cashier's 收费 tab: 预结算 (F7) loads the patient's unpaid prescriptions and splits
them as the insurance pre-settlement shows it (总费用, 统筹基金, 个人账户, 自付, 自费, 现金支付),
then the payment, the change and the e-invoice (确认收费 F8). The card field shows whose
insurance card is being used, in red when it is not the patient's own.

May import: PySide6, trainer.sim (recording, state), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainer.gui.stations.cashier_tabs import (
    ST,
    CardField,
    Issue,
    MethodBox,
    Patient,
    fen_of,
    number,
    status_name,
    yuan,
)
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid
from trainer.sim.recording import RecordedAttempt
from trainer.sim.state import Invoice


class SplitPanel(QWidget):
    """医保预结算: the split as the HIS shows it before the cashier confirms."""

    PARTS = ("total", "pooled", "personal", "copay", "selfpay", "due")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("insurance-split")
        self.setStyleSheet("#insurance-split{background:#f1f8e9;border:1px solid #8bc34a;}")
        grid = QGridLayout(self)
        self.names = {part: QLabel(self) for part in self.PARTS}
        self.values = {part: QLabel(self) for part in self.PARTS}
        for i, part in enumerate(self.PARTS):
            grid.addWidget(self.names[part], 0, i)
            grid.addWidget(self.values[part], 1, i)
            self.values[part].setObjectName(f"split-{part}")
        self.values["due"].setStyleSheet("font-size:16px;font-weight:bold;color:#b71c1c;")

    def retranslate(self) -> None:
        names = {"total": self.tr("Total"), "pooled": self.tr("Pooled fund (统筹)"),
                 "personal": self.tr("Personal account (个账)"),
                 "copay": self.tr("Co-payment (自付)"), "selfpay": self.tr("Self-paid (自费)"),
                 "due": self.tr("Cash due (现金支付)")}
        for part in self.PARTS:
            self.names[part].setText(names[part])
            self.values[part].setAccessibleName(names[part])
        self.setAccessibleName(self.tr("insurance pre-settlement"))

    def show_invoice(self, inv: Invoice | None) -> None:
        for part in self.PARTS:
            self.values[part].setText(yuan(int(getattr(inv, part))) if inv else "-")


class ChargingTab(QWidget):
    """收费: 预结算 (F7) loads the unpaid prescriptions and splits them; 确认收费 (F8)."""

    def __init__(self, patient: Patient, issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        self.invoice: Invoice | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.card_label = QLabel(self)
        self.card = CardField(self)
        self.read_card = MapButton(ST, "charging", "Read card", self, self._on_read_card)
        self.presettle = MapButton(ST, "charging", "Pre-settle", self, self._on_presettle)
        for widget in (self.card_label, self.card, self.read_card, self.presettle):
            top.addWidget(widget)
        layout.addLayout(top)
        self.lines = Grid("charge-lines", self)
        layout.addWidget(self.lines, 1)
        self.split = SplitPanel(self)
        layout.addWidget(self.split)
        pay = QHBoxLayout()
        self.method = MethodBox(self)
        self.method.setObjectName("charge-method")
        self.received = QLineEdit(self)
        self.received.setObjectName("charge-received")
        self.change = QLabel(self)
        self.change.setObjectName("charge-change")
        self.change.setStyleSheet("font-size:15px;font-weight:bold;")
        self.confirm = MapButton(ST, "charging", "Confirm charge", self, self._on_confirm)
        self.method_label, self.received_label = QLabel(self), QLabel(self)
        for item in (self.method_label, self.method, self.received_label, self.received,
                     self.change, self.confirm):
            pay.addWidget(item)
        layout.addLayout(pay)
        self.einvoice = QLabel(self)
        self.einvoice.setObjectName("e-invoice")
        layout.addWidget(self.einvoice)
        self.received.textChanged.connect(self._on_received)
        self.method.currentIndexChanged.connect(self._on_received)

    def retranslate(self, lang: str) -> None:
        self.card_label.setText(self.tr("Insurance / visit card:"))
        self.method_label.setText(self.tr("Payment method"))
        self.received_label.setText(self.tr("Received (yuan)"))
        self.method.setAccessibleName(self.tr("Payment method"))
        self.received.setAccessibleName(self.tr("Received (yuan)"))
        self.received.setPlaceholderText(self.tr("cash: what the patient hands over"))
        self.change.setAccessibleName(self.tr("Change given"))
        self.lines.setAccessibleName(self.tr("items to charge"))
        self.einvoice.setAccessibleName(self.tr("electronic invoice"))
        self.method.retranslate()
        self.card.retranslate()
        self.split.retranslate()
        for button in (self.read_card, self.presettle, self.confirm):
            button.retranslate(lang)

    def _on_read_card(self) -> None:
        self.card.edit.setFocus()
        self.card.edit.selectAll()

    def _on_presettle(self) -> None:
        patient = self.patient()
        if patient is None:
            return
        args: dict[str, Any] = {"patient": patient}
        if self.card.card():
            args["card"] = self.card.card()
        self.issue("charge", args)

    def _on_confirm(self) -> None:
        if self.invoice is None or self.invoice.status != "unpaid":
            return
        args: dict[str, Any] = {"invoice": self.invoice.id, "method": self.method.currentData()}
        if self.received.text().strip() and fen_of(self.received.text()) is not None:
            args["received"] = number(self.received.text())
        self.issue("settle", args)

    def _on_received(self) -> None:
        got = fen_of(self.received.text())
        inv = self.invoice
        if inv is None or inv.status != "unpaid" or got is None or \
                self.method.currentData() != "cash":
            self.change.setText("")
            return
        self.change.setText(self.tr("Change %1").replace("%1", yuan(got - inv.due)))

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        sb = rec.attempt.sandbox
        patient = self.patient()
        self.card.show_for(sb, patient, lang)
        mine = [i for i in sb.invoices.values() if i.patient == patient and i.kind == "charge"]
        self.invoice = mine[-1] if mine else None
        inv = self.invoice
        rows = []
        for n, line in enumerate(inv.lines if inv else []):
            drug = sb.reference.drugs.get(str(line["item"]))
            category = sb.reference.categories.get(str(line["category"]), {})
            rows.append((str(n), [
                str(line.get("rx", "")), text(drug.name, lang) if drug else str(line["item"]),
                str(line["quantity"]), text(category, lang) if category else "",
                yuan(int(line["amount"]))]))
        self.lines.fill([self.tr("Prescription"), self.tr("Fee item"), self.tr("Quantity"),
                         self.tr("Insurance class"), self.tr("Amount")], rows)
        self.split.show_invoice(inv)
        if inv is not None and inv.status != "unpaid":
            self.einvoice.setText(
                self.tr("E-invoice %1: %2, %3 received, %4 change")
                .replace("%1", inv.id).replace("%2", status_name(inv.status))
                .replace("%3", yuan(inv.received)).replace("%4", yuan(inv.change)))
        elif inv is not None:
            self.einvoice.setText(self.tr("Pre-settled: confirm the charge to issue the e-invoice"))
        else:
            self.einvoice.setText(self.tr("Read the card and pre-settle (F7)"))
        self._on_received()
