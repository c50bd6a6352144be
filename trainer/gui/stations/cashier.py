"""挂号收费站: the cashier's screen.

Left the patient lookup: the scan field where the card reader or the scanner types (visit
card, insurance card, ID card) or the cashier types a name, the patients found (both 张伟
and 张玮 when both are on file, with birth date and card number to tell them apart), and
the identity check (核对身份 F3) of what the patient states. On top the patient banner;
tabs 挂号, 收费, 退费, 日结, 入院登记 and 住院结算 as the station map names them; below the
tabs 通知 (tell the supervisor, finance, the pharmacy or the ward). Every action is a
sandbox command through the host.

May import: PySide6, trainer.sim (recording, log, inpatient_state), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.cashier_charge import ChargingTab
from trainer.gui.stations.cashier_closing import ClosingTab
from trainer.gui.stations.cashier_inpatient import AdmissionTab, SettlementTab
from trainer.gui.stations.cashier_refund import RefundTab
from trainer.gui.stations.cashier_tabs import RegistrationTab, ctr, method_name, yuan
from trainer.gui.stations.host import StationScreen, command_label
from trainer.gui.stations.identity import IdentityForm
from trainer.gui.stations.stationmap import screen, station_name, text
from trainer.gui.stations.widgets import Grid, ScanField, TabbedWork
from trainer.sim.inpatient_state import ip
from trainer.sim.log import LogEntry
from trainer.sim.recording import RecordedAttempt
from trainer.sim.state import Sandbox

ST = "cashier"
TAB_SCREENS = ("registration", "charging", "refund", "daily_closing", "admission_desk",
               "inpatient_settlement")
TARGETS: dict[str, object] = {
    "supervisor": QT_TRANSLATE_NOOP("cashier", "Supervisor"),
    "finance": QT_TRANSLATE_NOOP("cashier", "Finance office"),
    "pharmacist": QT_TRANSLATE_NOOP("cashier", "Pharmacy"),
    "nurse": QT_TRANSLATE_NOOP("cashier", "Ward nurse"),
    "doctor": QT_TRANSLATE_NOOP("cashier", "Doctor"),
}


def first_tab(sb: Sandbox) -> str:
    """The window the cashier of the scenario sits at."""
    st = ip(sb)
    if sb.refunds or sb.drug_returns:  # a refund to pay, or drugs the pharmacy took back
        return "refund"
    if st.notices:
        return "admission_desk"
    if st.admissions:
        return "inpatient_settlement"
    if any(rx.status in ("signed", "approved") and not rx.paid
           for rx in sb.prescriptions.values()):
        return "charging"
    if sb.invoices and sb.cash_float:
        return "daily_closing"
    return "registration"


class CashierScreen(StationScreen):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-cashier")
        self.lang = lang
        self.patient_id: str | None = None
        self.rec: RecordedAttempt | None = None
        self._opened = False
        self._seen = 0  # log entries already followed
        self._focused = False
        self._lay_out(self._build_lookup(), self._build_work(), 340)

    def patient(self) -> str | None:
        return self.patient_id

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused:  # the card reader types into the lookup from the start
            self._focused = True
            self.scan.setFocus()

    def _build_lookup(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("patient-lookup")
        layout = QVBoxLayout(side)
        self.lookup_title = QLabel(side)
        self.lookup_title.setStyleSheet("font-weight:bold;")
        self.scan = ScanField(side)
        self.scan.scanned.connect(self._on_scanned)
        self.scan_status = QLabel(side)
        self.scan_status.setWordWrap(True)
        self.patients = Grid("cashier-patients", side)
        self.patients.itemSelectionChanged.connect(self._on_patient_clicked)
        self.identity = IdentityForm(ST, "registration", self.patient, self._issue, side)
        for widget in (self.lookup_title, self.scan, self.scan_status):
            layout.addWidget(widget)
        layout.addWidget(self.patients, 1)
        layout.addWidget(self.identity)
        return side

    def _build_work(self) -> QWidget:
        work = TabbedWork("cashier-tabs", self)
        self.banner, self.tabs, layout = work.banner, work.tabs, work.column
        self.registration = RegistrationTab(self.patient, self._issue)
        self.charging = ChargingTab(self.patient, self._issue)
        self.refund = RefundTab(self._issue, self.select_patient)
        self.closing = ClosingTab(self._issue)
        self.admission = AdmissionTab(self._issue, self.select_patient)
        self.settlement = SettlementTab(self._issue, self.select_patient)
        self.pages = dict(zip(TAB_SCREENS, (self.registration, self.charging, self.refund,
                                            self.closing, self.admission, self.settlement),
                              strict=True))
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        row = QHBoxLayout()
        self.notify_label = QLabel(work)
        self.notify_to = QComboBox(work)
        self.notify_to.setObjectName("notify-to")
        self.notify_text = QLineEdit(work)
        self.notify_text.setObjectName("notify-text")
        self.notify_text.returnPressed.connect(self._on_notify)
        self.notify = QPushButton(work)
        self.notify.setObjectName("cashier-notify")
        self.notify.clicked.connect(self._on_notify)
        for widget in (self.notify_label, self.notify_to):
            row.addWidget(widget)
        row.addWidget(self.notify_text, 1)
        row.addWidget(self.notify)
        layout.addLayout(row)
        return work

    def control_for(self, cmd: str) -> QWidget | None:
        sup = self.rec is not None and self.rec.attempt.sandbox.supervisor_on is not None
        controls: dict[str, QWidget] = {
            "verify_identity": self.identity.verify,
            "register": self.registration.save,
            "cancel_registration": self.registration.cancel,
            "charge": self.charging.presettle,
            "settle": self.charging.confirm,
            "request_refund": self.refund.request,
            "supervisor_login": self.refund.sign_in,
            "approve_refund": self.refund.approve if sup else self.refund.sign_in,
            "supervisor_logout": self.refund.sign_out,
            "pay_refund": self.refund.sign_out if sup else self.refund.pay,
            "decline_refund": self.refund.decline,
            "daily_closing": self.closing.confirm,
            "admit_register": self.admission.admit,
            "deposit": self.admission.deposit,
            "interim_settle": self.settlement.interim,
            "discharge_settle": self.settlement.discharge,
            "notify": self.notify,
        }
        return controls.get(cmd)

    def result_words(self, entry: LogEntry) -> str | None:
        """What the HIS says after a cashier's command: the change, the refund…"""
        r = entry.result
        label = {"supervisor_login": self.tr("Supervisor signs in"),
                 "supervisor_logout": self.tr("Supervisor signs out"),
                 "notify": self.notify.text()}.get(entry.cmd) or command_label(entry.cmd,
                                                                               self.lang)
        words = self.tr("Done: %1").replace("%1", label)
        inv = self.rec.attempt.sandbox.invoices.get(str(r.get("invoice", ""))) if self.rec \
            else None
        if entry.cmd in ("register", "settle") and "change" in r:
            words += "  " + self.tr("change %1").replace("%1", yuan(round(r["change"] * 100)))
        if entry.cmd == "charge" and inv is not None:
            words += "  " + self.tr("cash due %1").replace("%1", yuan(inv.due))
        if entry.cmd == "pay_refund":
            words += "  " + self.tr("%1 back by %2").replace(
                "%1", yuan(round(r.get("amount", 0) * 100))).replace(
                "%2", method_name(str(entry.args.get("method"))))
            if r.get("new_invoice"):
                words += "  " + self.tr("fund (统筹) %1 re-settled; new invoice %2").replace(
                    "%1", yuan(round(r.get("pooled", 0) * 100))).replace(
                    "%2", str(r["new_invoice"]))
        if entry.cmd == "discharge_settle":
            words += "  " + self.tr("paid back %1, to pay %2").replace(
                "%1", yuan(round(r.get("refund", 0) * 100))).replace(
                "%2", yuan(round(r.get("to_pay", 0) * 100)))
        return words

    # the patient
    def select_patient(self, patient: str) -> None:
        if patient == self.patient_id or self.rec is None:
            return
        self.patient_id = patient
        self.identity.clear()
        self.show_state(self.rec)

    def _on_patient_clicked(self) -> None:
        key = self.patients.current_key()
        if key is not None:
            self.select_patient(key)

    def _on_scanned(self, code: str) -> None:
        """A card, an ID card, a 医保电子凭证 QR code or a name: the patients it names; one
        found is selected. An e-voucher shows whose insurance it is."""
        if self.rec is None:
            return
        sb = self.rec.attempt.sandbox
        found = [p.ref.id for p in sb.patients.values()
                 if code in (p.ref.card_no, p.ref.id_number, p.ref.wristband)]
        by_name = [p.ref.id for p in sb.patients.values() if code in p.ref.name.values()]
        voucher = [p for p in sb.patients.values() if code and code == p.ref.insurance_voucher]
        if voucher:
            holder = voucher[0].ref
            payer = sb.reference.payer_types.get(holder.payer_type)
            self.scan_status.setText(self.tr("Insurance e-voucher (医保电子凭证): %1, %2").replace(
                "%1", text(holder.name, self.lang)).replace(
                "%2", text(payer.name, self.lang) if payer else holder.payer_type))
            self.select_patient(holder.id)
        elif found:
            self.scan_status.setText(self.tr("Card read: %1").replace(
                "%1", text(sb.patients[found[0]].ref.name, self.lang)))
            self.select_patient(found[0])
        elif by_name:
            self.scan_status.setText(self.tr("%1 patient(s) of that name: check the birth date")
                                     .replace("%1", str(len(by_name))))
            self.select_patient(by_name[0])
        else:
            self.scan_status.setText(self.tr("No patient with this card, e-voucher, ID or name"))

    def _on_notify(self) -> None:
        args: dict[str, Any] = {"to": self.notify_to.currentData(),
                                "about": self.notify_text.text()}
        if self.patient_id:
            args["patient"] = self.patient_id
        self._issue("notify", args)

    # the state
    def show_state(self, recorded: RecordedAttempt) -> None:
        self.rec = recorded
        sb = recorded.attempt.sandbox
        lang = self.lang
        if not self._opened:
            self._opened = True
            self.tabs.setCurrentWidget(self.pages[first_tab(sb)])
        log = recorded.attempt.log
        if len(log) > self._seen:  # the patient the last command was for is on screen
            self._seen = len(log)
            if log[-1].patient in sb.patients and log[-1].patient != self.patient_id:
                self.patient_id = log[-1].patient
                self.identity.clear()
        rows = []
        for p in sb.patients.values():
            payer = sb.reference.payer_types.get(p.ref.payer_type)
            rows.append((p.ref.id, [
                text(p.ref.name, lang), self.banner.tr("F") if p.ref.sex == "F"
                else self.banner.tr("M"), p.ref.dob.isoformat(), p.ref.card_no,
                p.ref.id_number or "", text(payer.name, lang) if payer else p.ref.payer_type]))
        self.patients.blockSignals(True)
        self.patients.fill([self.tr("Name"), self.tr("Sex"), self.tr("Born"),
                            self.tr("Card"), self.tr("ID number"), self.tr("Payer")], rows)
        if self.patient_id:
            self.patients.select_key(self.patient_id)
        else:
            self.patients.clearSelection()
            self.patients.setCurrentCell(-1, -1)
        self.patients.blockSignals(False)
        patient = sb.patients.get(self.patient_id) if self.patient_id else None
        number = self.patient_id or ""
        if patient is not None:
            admissions = [a.id for a in ip(sb).admissions.values() if a.patient == patient.ref.id]
            visits = [v.id for v in sb.visits.values() if v.patient == patient.ref.id]
            number = (admissions or visits or [patient.ref.card_no])[-1]
        self.banner.show_patient(sb.reference, patient, number, lang)
        self.registration.show_state(recorded, lang)
        self.charging.show_state(recorded, lang)
        self.refund.show_state(recorded, lang)
        self.closing.show_state(recorded, lang)
        self.admission.show_state(recorded, lang, self.patient_id)
        self.settlement.show_state(recorded, lang, self.patient_id)

    def retranslate(self) -> None:
        lang = self.lang
        self.lookup_title.setText(self.tr("Patient lookup — %1").replace(
            "%1", station_name(ST, lang)))
        self.scan.setPlaceholderText(self.tr("Read card / scan insurance e-voucher QR or ID card, "
                                             "or type a name, then Enter"))
        self.scan.setAccessibleName(self.tr("card, insurance e-voucher, ID card or name"))
        self.scan_status.setAccessibleName(self.tr("card reader result"))
        self.patients.setAccessibleName(self.tr("patients found"))
        for i, screen_id in enumerate(TAB_SCREENS):
            self.tabs.setTabText(i, text(screen(ST, screen_id).name, lang))
        self.tabs.setAccessibleName(self.tr("cashier station tabs"))
        self.notify_label.setText(self.tr("Notify:"))
        current = self.notify_to.currentData()
        self.notify_to.clear()
        for code, name in TARGETS.items():
            self.notify_to.addItem(ctr(name), code)
        self.notify_to.setCurrentIndex(max(0, self.notify_to.findData(current)))
        self.notify_to.setAccessibleName(self.tr("whom to notify"))
        self.notify_text.setPlaceholderText(self.tr("What to report (e.g. someone else's "
                                                    "insurance card offered, a cash shortfall)"))
        self.notify_text.setAccessibleName(self.tr("message to report"))
        self.notify.setText(self.tr("Notify"))
        self.notify.setAccessibleName(self.tr("Send the notification"))
        self.identity.retranslate(lang)
        for tab in (self.registration, self.charging, self.refund, self.closing,
                    self.admission, self.settlement):
            tab.retranslate(lang)
        if self.rec is not None:
            self.show_state(self.rec)
