"""The cashier's 挂号 tab (clinic level and department, the card, payment and change;
today's registrations and 退号), and what every cashier tab shares: money as ¥0.00, the
payment methods, the card field of the insurance or visit card with its holder.

The registration fee is priced by the sandbox's own ``build_invoice`` (the split the
registration will make), never worked out again here. The sandbox registers by clinic
level and department, and with a doctor of the 出诊表 when one is chosen: the doctor list
offers the doctors scheduled in the chosen department at the chosen level, with their
half-day and the 号源 left (a full one cannot be chosen); none chosen, the visit is for the
department, as a 普通号 is.

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
from trainer.sim.cashier import CLINIC_FEES, build_invoice, card_holder, slots_left
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
    """The holder of a card number or of a 医保电子凭证 QR code."""
    return card_holder(sb, card)


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
        self.lang = "zh_CN"
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.clinic = QComboBox(self)
        self.clinic.setObjectName("reg-clinic")
        self.dept = QComboBox(self)
        self.dept.setObjectName("reg-dept")
        self.doctor = QComboBox(self)
        self.doctor.setObjectName("reg-doctor")
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
        self.fields = (self.clinic, self.dept, self.doctor, self.card, self.fee, self.method,
                       self.received, self.change)
        self.labels = [QLabel(self) for _ in self.fields]
        for label, widget in zip(self.labels, self.fields, strict=True):
            form.addRow(label, widget)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        self.schedule = Grid("reg-schedule", self)  # 出诊表 of the department: pick a row
        self.schedule.itemSelectionChanged.connect(self._on_schedule_picked)
        top.addWidget(self.schedule, 2)
        layout.addLayout(top)
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
        for signal in (self.clinic.currentIndexChanged, self.dept.currentIndexChanged):
            signal.connect(self._doctors)
        self.doctor.currentIndexChanged.connect(self._fill_schedule)
        self.received.textChanged.connect(self._price)
        self.card.edit.textChanged.connect(self._price)

    def retranslate(self, lang: str) -> None:
        labels = (self.tr("Clinic level"), self.tr("Department"), self.tr("Doctor"),
                  self.tr("Card / insurance e-voucher"),
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
        self.schedule.setAccessibleName(self.tr("doctor schedule of the department"))
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
        if self.doctor.currentData():
            args["doctor"] = self.doctor.currentData()
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

    def _doctors(self) -> None:
        """The 出诊表 doctors of the chosen department and level, with 号源 left."""
        rec = self.rec
        current = self.doctor.currentData()
        self.doctor.blockSignals(True)
        self.doctor.clear()
        self.doctor.addItem(self.tr("— department (no doctor chosen) —"), None)
        if rec is not None:
            sb = rec.attempt.sandbox
            for session in sb.reference.schedule:
                if session.dept != self.dept.currentData() \
                        or session.clinic != self.clinic.currentData():
                    continue
                left = slots_left(sb, session)
                half = self.tr("am") if session.session == "am" else self.tr("pm")
                label = self.tr("%1  %2  %3 left").replace("%1", text(session.name, self.lang))
                label = label.replace("%2", half).replace("%3", str(left))
                if not left:
                    label += "  " + self.tr("(full)")
                self.doctor.addItem(label, session.doctor)
                if not left:  # a full doctor cannot be chosen
                    item = self.doctor.model().item(self.doctor.count() - 1)  # type: ignore[attr-defined]
                    item.setEnabled(False)
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(current)))
        self.doctor.blockSignals(False)
        self._fill_schedule()

    def _fill_schedule(self) -> None:
        """The 出诊表 of the chosen department, every level, with 号源 left."""
        if self.rec is None:
            return
        sb = self.rec.attempt.sandbox
        rows = []
        for s in sb.reference.schedule:
            if s.dept == self.dept.currentData():
                left = slots_left(sb, s)
                rows.append((s.doctor, [word(s.clinic), text(s.name, self.lang),
                                        self.tr("am") if s.session == "am" else self.tr("pm"),
                                        str(left) if left else self.tr("(full)")]))
        self.schedule.blockSignals(True)
        self.schedule.fill([self.tr("Clinic level"), self.tr("Doctor"), self.tr("Session"),
                            self.tr("Slots left")], rows)
        key = self.doctor.currentData()
        if key in self.schedule.keys:
            self.schedule.selectRow(self.schedule.keys.index(key))
        else:
            self.schedule.clearSelection()
        self.schedule.blockSignals(False)

    def _on_schedule_picked(self) -> None:
        """A row of the 出诊表: its clinic level and doctor."""
        rec, key = self.rec, self.schedule.current_key()
        session = next((s for s in rec.attempt.sandbox.reference.schedule
                        if s.doctor == key), None) if rec is not None else None
        if session is None or not slots_left(rec.attempt.sandbox, session):  # type: ignore[union-attr]
            return
        self.clinic.setCurrentIndex(max(0, self.clinic.findData(session.clinic)))
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(session.doctor)))

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
        self.rec, self.lang = rec, lang
        sb = rec.attempt.sandbox
        if not self.dept.count():
            for code, dept in sb.reference.departments.items():
                self.dept.addItem(text(dept.name, lang), code)
        self._doctors()
        self.card.show_for(sb, self.patient(), lang)
        self._price()
        rows = []
        for v in sb.visits.values():
            inv = sb.invoices.get(v.registration_invoice or "")
            rows.append((v.id, [
                v.id, text(sb.patients[v.patient].ref.name, lang), word(v.clinic),
                text(sb.reference.departments[v.dept].name, lang) if v.dept in
                sb.reference.departments else v.dept, self._doctor_name(sb, v.doctor),
                yuan(inv.due) if inv else "-", method_name(inv.method if inv else None),
                status_name(v.status)]))
        self.visits.fill([self.tr("Visit"), self.tr("Name"), self.tr("Clinic level"),
                          self.tr("Department"), self.tr("Doctor"), self.tr("Paid"),
                          self.tr("Method"),
                          self.tr("Status")], rows)

    def _doctor_name(self, sb: Sandbox, doctor: str | None) -> str:
        session = next((x for x in sb.reference.schedule if x.doctor == doctor), None)
        return text(session.name, self.lang) if session else "-"
