"""The cashier's 挂号 tab (clinic level and department, the card, payment and change;
today's registrations and 退号), and what every cashier tab shares: money as ¥0.00, the
payment methods, the card field of the insurance or visit card with its holder.

The registration fee is priced by the sandbox's own ``build_invoice`` (the split the
registration will make), never worked out again here. The sandbox registers by clinic
level and department; it has no doctor schedule, so no doctor is chosen.

May import: PySide6, trainer.sim (cashier, recording, state), trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid, word
from trainer.sim.cashier import CLINIC_FEES, build_invoice
from trainer.sim.recording import RecordedAttempt
from trainer.sim.state import Sandbox

Issue = Callable[[str, dict[str, Any]], object]
Patient = Callable[[], str | None]
ST = "cashier"
METHODS: dict[str, object] = {
    "cash": QT_TRANSLATE_NOOP("cashier", "Cash"),
    "wechat": QT_TRANSLATE_NOOP("cashier", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("cashier", "Alipay"),
    "bank_card": QT_TRANSLATE_NOOP("cashier", "Bank card"),
}
INVOICE_STATUS: dict[str, object] = {
    "unpaid": QT_TRANSLATE_NOOP("cashier", "Pre-settled, not paid"),
    "paid": QT_TRANSLATE_NOOP("cashier", "Charged"),
    "reversed": QT_TRANSLATE_NOOP("cashier", "Reversed (冲红)"),
    "waiting": QT_TRANSLATE_NOOP("cashier", "Waiting"),
    "in_consultation": QT_TRANSLATE_NOOP("cashier", "In consultation"),
    "seen": QT_TRANSLATE_NOOP("cashier", "Seen"),
    "cancelled": QT_TRANSLATE_NOOP("cashier", "Cancelled (退号)"),
    "requested": QT_TRANSLATE_NOOP("cashier", "Requested"),
    "declined": QT_TRANSLATE_NOOP("cashier", "Declined"),
}


def ctr(source: object) -> str:
    return QCoreApplication.translate("cashier", str(source))


def method_name(code: str | None) -> str:
    return ctr(METHODS[code]) if code in METHODS else (code or "-")


def status_name(code: str) -> str:
    return ctr(INVOICE_STATUS[code]) if code in INVOICE_STATUS else word(code)


def yuan(fen: int) -> str:
    """Money as the HIS shows it: ¥ and two decimals."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100}.{abs(fen) % 100:02d}"


def fen_of(value: str) -> int | None:
    """Yuan typed by the cashier (``20``, ``20.5``) in fen, or None."""
    try:
        amount = Decimal(value.strip().lstrip("¥"))
    except (InvalidOperation, ValueError):
        return None
    return int(amount * 100) if amount.is_finite() and amount >= 0 else None


def number(value: str) -> float | int:
    """A typed amount for a command's argument, as the golden logs write it."""
    amount = float(value.strip().lstrip("¥"))
    return int(amount) if amount.is_integer() else amount


def card_owner(sb: Sandbox, card: str) -> str | None:
    owners = [p.ref.id for p in sb.patients.values() if p.ref.card_no == card.strip()]
    return owners[0] if owners else None


class MethodBox(QComboBox):
    """The payment methods, by code."""

    def retranslate(self) -> None:
        current = self.currentData()
        self.clear()
        for code in METHODS:
            self.addItem(method_name(code), code)
        self.set_method(current or "cash")

    def set_method(self, code: str | None) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class CardField(QWidget):
    """The insurance / visit card the patient hands over (blank: the patient's own); the
    card's holder is shown at once, in red when it is somebody else."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("settlement-card")
        self.edit.setMinimumWidth(220)
        self.edit.setStyleSheet("QLineEdit{background:#fffde7;border:2px solid #f9a825;}")
        self.holder = QLabel(self)
        self.holder.setObjectName("card-holder")
        row.addWidget(self.edit)
        row.addWidget(self.holder, 1)
        self.sb: Sandbox | None = None
        self.patient: str | None = None
        self.lang = "zh_CN"
        self.edit.textChanged.connect(self._on_text_changed)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("blank: the patient's own card"))
        self.edit.setAccessibleName(self.tr("card used for the settlement"))
        self.holder.setAccessibleName(self.tr("holder of the card"))

    def card(self) -> str | None:
        return self.edit.text().strip() or None

    def show_for(self, sb: Sandbox, patient: str | None, lang: str) -> None:
        self.sb, self.patient, self.lang = sb, patient, lang
        self._on_text_changed(self.edit.text())

    def _on_text_changed(self, value: str) -> None:
        if self.sb is None or not value.strip():
            self.holder.clear()
            return
        owner = card_owner(self.sb, value)
        if owner is None:
            self.holder.setText(self.tr("Card not found"))
            self.holder.setStyleSheet("color:#b71c1c;")
            return
        p = self.sb.patients[owner]
        payer = self.sb.reference.payer_types.get(p.ref.payer_type)
        holder = self.tr("Card holder: %1 (%2)").replace("%1", text(p.ref.name, self.lang))
        holder = holder.replace("%2", text(payer.name, self.lang) if payer else p.ref.payer_type)
        if owner != self.patient:
            holder += "  " + self.tr("— NOT this patient")
        self.holder.setText(holder)
        self.holder.setStyleSheet(
            "color:#b71c1c;font-weight:bold;" if owner != self.patient else "color:#1b5e20;"
        )


class RegistrationTab(QWidget):
    """挂号: clinic level and department, card, payment, change; today's registrations
    and 退号."""

    def __init__(self, patient: Patient, issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        self.rec: RecordedAttempt | None = None
        self.due: int | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.clinic = QComboBox(self)
        self.clinic.setObjectName("reg-clinic")
        self.dept = QComboBox(self)
        self.dept.setObjectName("reg-dept")
        self.card = CardField(self)
        self.method = MethodBox(self)
        self.method.setObjectName("reg-method")
        self.received = QLineEdit(self)
        self.received.setObjectName("reg-received")
        self.fee = QLabel(self)
        self.fee.setObjectName("reg-fee")
        self.fee.setStyleSheet("font-size:15px;font-weight:bold;color:#0d47a1;")
        self.change = QLabel(self)
        self.change.setObjectName("reg-change")
        self.fields = (self.clinic, self.dept, self.card, self.fee, self.method,
                       self.received, self.change)
        self.labels = [QLabel(self) for _ in self.fields]
        for label, widget in zip(self.labels, self.fields, strict=True):
            form.addRow(label, widget)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.read_card = MapButton(ST, "registration", "Read card", self, self._on_read_card)
        self.no_card = MapButton(ST, "registration", "No card", self, self.card.edit.clear)
        self.save = MapButton(ST, "registration", "Save registration", self, self._on_save)
        for button in (self.read_card, self.no_card, self.save):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.visits = Grid("registrations", self)
        layout.addWidget(self.visits, 1)
        cancel_row = QHBoxLayout()
        self.cancel_reason = QLineEdit(self)
        self.cancel_reason.setObjectName("cancel-reason")
        self.cancel = MapButton(ST, "registration", "Cancel registration", self, self._on_cancel)
        cancel_row.addWidget(self.cancel_reason, 1)
        cancel_row.addWidget(self.cancel)
        layout.addLayout(cancel_row)
        for signal in (self.clinic.currentIndexChanged, self.method.currentIndexChanged):
            signal.connect(self._price)
        self.received.textChanged.connect(self._price)
        self.card.edit.textChanged.connect(self._price)

    def retranslate(self, lang: str) -> None:
        labels = (self.tr("Clinic level"), self.tr("Department"), self.tr("Card"),
                  self.tr("Amount due"), self.tr("Payment method"), self.tr("Received (yuan)"),
                  self.tr("Change given"))
        for shown, widget, label in zip(self.labels, self.fields, labels, strict=True):
            shown.setText(label)
            widget.setAccessibleName(label)
        current = self.clinic.currentData()
        self.clinic.clear()
        for code in CLINIC_FEES:
            self.clinic.addItem(word(code), code)
        self.clinic.setCurrentIndex(max(0, self.clinic.findData(current)))
        self.method.retranslate()
        self.card.retranslate()
        self.received.setPlaceholderText(self.tr("cash: what the patient hands over"))
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling (退号原因)"))
        self.cancel_reason.setAccessibleName(self.tr("reason for cancelling the registration"))
        self.visits.setAccessibleName(self.tr("registrations today"))
        for button in (self.read_card, self.no_card, self.save, self.cancel):
            button.retranslate(lang)

    def _on_read_card(self) -> None:
        self.card.edit.setFocus()
        self.card.edit.selectAll()

    def _on_save(self) -> None:
        patient = self.patient()
        if patient is None:
            return
        args: dict[str, Any] = {"patient": patient, "clinic": self.clinic.currentData(),
                                "dept": self.dept.currentData(),
                                "method": self.method.currentData()}
        if self.received.text().strip() and fen_of(self.received.text()) is not None:
            args["received"] = number(self.received.text())
        if self.card.card():
            args["card"] = self.card.card()
        self.issue("register", args)

    def _on_cancel(self) -> None:
        visit = self.visits.current_key()
        if visit is not None:
            self.issue("cancel_registration", {"visit": visit,
                                               "reason": self.cancel_reason.text()})

    def _price(self) -> None:
        """The fee and the amount due as the sandbox will split it; the change."""
        self.due = None
        patient, rec = self.patient(), self.rec
        if rec is None or patient is None or self.clinic.currentData() is None:
            self.fee.clear()
            self.change.clear()
            return
        sb = rec.attempt.sandbox
        fee = sb.reference.fees[CLINIC_FEES[str(self.clinic.currentData())]]
        owner = card_owner(sb, self.card.card() or "") if self.card.card() else patient
        if owner is None:
            owner = patient
        inv = build_invoice(sb, "preview", patient, "registration",
                            [{"item": fee.id, "quantity": 1, "amount": fee.price,
                              "category": fee.category}], owner)
        self.due = inv.due
        self.fee.setText(self.tr("%1  (fee %2, insurance pays %3)").replace("%1", yuan(inv.due))
                         .replace("%2", yuan(inv.total))
                         .replace("%3", yuan(inv.pooled + inv.personal)))
        got = fen_of(self.received.text())
        if self.method.currentData() != "cash" or got is None:
            self.change.setText("")
        else:
            self.change.setText(yuan(got - inv.due))

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        self.rec = rec
        sb = rec.attempt.sandbox
        if not self.dept.count():
            for code, dept in sb.reference.departments.items():
                self.dept.addItem(text(dept.name, lang), code)
        self.card.show_for(sb, self.patient(), lang)
        self._price()
        rows = []
        for v in sb.visits.values():
            inv = sb.invoices.get(v.registration_invoice or "")
            rows.append((v.id, [
                v.id, text(sb.patients[v.patient].ref.name, lang), word(v.clinic),
                text(sb.reference.departments[v.dept].name, lang) if v.dept in
                sb.reference.departments else v.dept,
                yuan(inv.due) if inv else "-", method_name(inv.method if inv else None),
                status_name(v.status)]))
        self.visits.fill([self.tr("Visit"), self.tr("Name"), self.tr("Clinic level"),
                          self.tr("Department"), self.tr("Paid"), self.tr("Method"),
                          self.tr("Status")], rows)
