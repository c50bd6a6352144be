"""药房: the pharmacist's station.

Outpatient window (门诊药房): left the prescription queue (处方队列: number, patient, form,
state, paid); on top the patient banner with the allergy badge and the identity check at the
window (核对身份 F2: what the patient states); tabs 审方, 配药, 发药, 用药交代, 退药 and 库存
(with 盘点). Inpatient
pharmacy (住院药房, when the scenario has admissions): left the ward's patients by bed; tabs
住院医嘱审核, 摆药, 病区退药 and 库存. Labels and F-keys come from the station map; every
action is a sandbox command through the host.

May import: PySide6, trainer.sim (recording, state), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.host import StationScreen
from trainer.gui.stations.pharmacy_counsel import CounselTab
from trainer.gui.stations.pharmacy_prepare import PrepareTab
from trainer.gui.stations.pharmacy_returns import ReturnsTab
from trainer.gui.stations.pharmacy_review import ReviewTab
from trainer.gui.stations.pharmacy_stock import StockTab
from trainer.gui.stations.pharmacy_tabs import KINDS, DispenseTab, tr
from trainer.gui.stations.pharmacy_ward import UnitDoseTab, WardReturnsTab, WardReviewTab, inpatient
from trainer.gui.stations.stationmap import MapButton, screen, station_name, text
from trainer.gui.stations.widgets import Grid, ScanField, TabbedWork
from trainer.sim.recording import RecordedAttempt
from trainer.sim.state import Prescription

ST = "pharmacy"
RX_STATES: dict[str, object] = {
    "draft": QT_TRANSLATE_NOOP("pharmacy", "Not signed"),
    "signed": QT_TRANSLATE_NOOP("pharmacy", "Awaiting review"),
    "approved": QT_TRANSLATE_NOOP("pharmacy", "Approved"),
    "returned": QT_TRANSLATE_NOOP("pharmacy", "Returned to prescriber"),
    "dispensed": QT_TRANSLATE_NOOP("pharmacy", "Dispensed"),
    "returned_to_pharmacy": QT_TRANSLATE_NOOP("pharmacy", "Drugs returned"),
    "void": QT_TRANSLATE_NOOP("pharmacy", "Void"),
}
IDENTIFIERS = ("name", "dob", "card_no", "id_number")


class WindowIdentity(QFrame):
    """The identity check at the window: what the patient states, two identifiers."""

    def __init__(self, screen_: PharmacyScreen, parent: QWidget) -> None:
        super().__init__(parent)
        self.screen_ = screen_
        self.setObjectName("window-identity")
        self.setStyleSheet("#window-identity{background:#f5f5f5;border:1px solid #cfd8dc;}")
        form = QFormLayout(self)
        form.setContentsMargins(4, 2, 4, 2)
        form.setVerticalSpacing(2)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight:bold;")
        self.title.setWordWrap(True)
        form.addRow(self.title)
        self.labels = {name: QLabel(self) for name in IDENTIFIERS}
        self.edits = {name: QLineEdit(self) for name in IDENTIFIERS}
        for name in IDENTIFIERS:
            self.edits[name].setObjectName(f"identity-{name}")
            self.edits[name].returnPressed.connect(self._on_verify)
            form.addRow(self.labels[name], self.edits[name])
        # F2 works anywhere on the station: the patient is at the window whatever the tab
        self.verify = MapButton(ST, "dispensing", "Verify identity", screen_, self._on_verify)
        self.verify.setParent(self)
        self.state = QLabel(self)
        self.state.setObjectName("identity-state")
        form.addRow(self.verify)
        form.addRow(self.state)

    def retranslate(self, lang: str) -> None:
        self.title.setText(self.tr("Identity check: what the patient states (two identifiers)"))
        labels = {"name": self.tr("Name"), "dob": self.tr("Date of birth"),
                  "card_no": self.tr("Card"), "id_number": self.tr("ID number")}
        for name, label in labels.items():
            self.labels[name].setText(label)
            self.edits[name].setAccessibleName(label)
        self.edits["dob"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.state.setAccessibleName(self.tr("identity check state"))
        self.setAccessibleName(self.tr("identity check at the window"))
        self.verify.retranslate(lang)

    def _on_verify(self) -> None:
        patient = self.screen_.patient()
        if patient is None:
            return
        given = {k: e.text().strip() for k, e in self.edits.items() if e.text().strip()}
        self.screen_.send("verify_identity", {"patient": patient, **given})

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()

    def show_checked(self, checked: bool) -> None:
        self.state.setText(self.tr("✓ identity checked") if checked
                           else self.tr("identity not checked yet"))
        self.state.setStyleSheet(f"color:{'#1b5e20' if checked else '#b71c1c'};font-weight:bold;")


class PharmacyScreen(StationScreen):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-pharmacy")
        self.lang = lang
        self.rec: RecordedAttempt | None = None
        self.rx_id: str | None = None
        self.patient_id: str | None = None
        self.ward = False
        self._tabs_for: bool | None = None
        self._lay_out(self._build_queue(), self._build_work(), 370)

    def send(self, cmd: str, args: dict[str, object]) -> object:
        return self._issue(cmd, dict(args))

    def patient(self) -> str | None:
        return self.patient_id

    def prescription(self) -> Prescription | None:
        if self.rec is None or self.rx_id is None:
            return None
        return self.rec.attempt.sandbox.prescriptions.get(self.rx_id)

    def _build_queue(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("pharmacy-queue")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(2, 2, 2, 2)
        self.queue_title = QLabel(side)
        self.queue_title.setStyleSheet("font-weight:bold;")
        self.queue = Grid("rx-queue", side)
        self.queue.itemSelectionChanged.connect(self._on_queue)
        self.find_rx = ScanField(side)
        self.find_rx.setObjectName("rx-find")
        self.find_rx.scanned.connect(self._on_find)
        self.identity = WindowIdentity(self, side)
        layout.addWidget(self.queue_title)
        layout.addWidget(self.find_rx)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.identity)
        return side

    def _build_work(self) -> QWidget:
        work = TabbedWork("pharmacy-tabs", self)
        self.banner, self.tabs, layout = work.banner, work.tabs, work.column
        layout.setSpacing(2)
        issue = self.send
        self.review = ReviewTab(self.prescription, issue)
        self.preparation = PrepareTab(self.prescription, issue)
        self.dispensing = DispenseTab(self.prescription, issue)
        self.counselling = CounselTab(self.prescription, issue)
        self.returns = ReturnsTab(self.prescription, issue)
        self.ward_review = WardReviewTab(self.patient, issue)
        self.unit_dose = UnitDoseTab(self.patient, issue)
        self.ward_returns = WardReturnsTab(issue)
        self.stock = StockTab(issue)
        self.pages: list[tuple[QWidget, str]] = [
            (self.review, "review"), (self.preparation, "preparation"),
            (self.dispensing, "dispensing"), (self.counselling, "counselling"),
            (self.returns, "returns"),
            (self.ward_review, "ward_orders"), (self.unit_dose, "unit_dose"),
            (self.ward_returns, "ward_returns"), (self.stock, "inventory")]
        for page, _screen in self.pages:
            self.tabs.addTab(page, "")
        return work

    def control_for(self, cmd: str) -> QWidget | None:
        batches = self.unit_dose.batches if self.ward else self.dispensing.batches
        controls: dict[str, QWidget] = {
            "verify_identity": self.identity.verify,
            "review_prescription": self.review.open,
            "approve_prescription": self.review.approve,
            "return_prescription": self.review.send_back,
            "quarantine_batch": batches.quarantine,
            "dispense": self.dispensing.dispense,
            "prepare_prescription": self.preparation.confirm,
            "counsel": self.counselling.counsel,
            "stocktake": self.stock.stocktake,
            "confirm_return": self.returns.confirm,
            "notify": self.returns.tell,
            "review_ward_order": self.ward_review.grid,  # which decision is the trainee's
            "unit_dose": self.unit_dose.confirm,
            "confirm_ward_return": self.ward_returns.confirm,
        }
        return controls.get(cmd)

    def _on_find(self, code: str) -> None:
        """刷卡 / 处方号: select the first prescription of the card, or the one numbered."""
        if self.rec is None or self.ward:
            return
        sb, wanted = self.rec.attempt.sandbox, code.strip().upper()
        for rx in sb.prescriptions.values():
            p = sb.patients.get(rx.patient)
            if rx.id.upper() == wanted or (p is not None and (p.ref.card_no or "") == wanted):
                self.queue.select_key(rx.id)
                return
        self.find_rx.setPlaceholderText(self.tr("Not found: %1").replace("%1", code))

    def _on_queue(self) -> None:
        key = self.queue.current_key()
        if key is None or self.rec is None:
            return
        sb = self.rec.attempt.sandbox
        if self.ward:
            patient = key
        else:
            self.rx_id = key
            patient = sb.prescriptions[key].patient
        if patient != self.patient_id:
            self.identity.clear()
        self.patient_id = patient
        self.show_state(self.rec)

    def show_state(self, recorded: RecordedAttempt) -> None:
        self.rec = recorded
        sb = recorded.attempt.sandbox
        state = inpatient(sb)
        ward = bool(state and state.admissions)
        if ward != self._tabs_for:
            self.ward = self._tabs_for = ward
            self._show_tabs()
        if self.ward:
            self._fill_ward(recorded)
        else:
            self._fill_queue(recorded)
        patient = sb.patients.get(self.patient_id or "")
        number = self.patient_id or ""
        if self.ward and state is not None:
            number = next((a.id for a in state.admissions.values()
                           if a.patient == self.patient_id), number)
        self.banner.show_patient(
            sb.reference, patient, number, self.lang, self.tr("Admission") if self.ward else None
        )
        checked = any(e.accepted and e.cmd == "verify_identity"
                      and e.args.get("patient") == self.patient_id for e in recorded.attempt.log)
        self.identity.show_checked(checked)
        for page in (self.review, self.preparation, self.dispensing, self.counselling,
                     self.returns, self.ward_review, self.unit_dose, self.ward_returns,
                     self.stock):
            page.show_state(sb, self.lang)

    def _show_tabs(self) -> None:
        outpatient = {"review", "preparation", "dispensing", "counselling", "returns",
                      "inventory"}
        inpatient_ = {"ward_orders", "unit_dose", "ward_returns", "inventory"}
        shown = inpatient_ if self.ward else outpatient
        for i, (_page, screen_id) in enumerate(self.pages):
            self.tabs.setTabVisible(i, screen_id in shown)
        self.identity.setVisible(not self.ward)
        self.tabs.setCurrentWidget(self.ward_review if self.ward else self.review)
        self.retranslate()

    def _fill_queue(self, recorded: RecordedAttempt) -> None:
        sb = recorded.attempt.sandbox
        if self.rx_id not in sb.prescriptions and sb.prescriptions:
            waiting = [r for r in sb.prescriptions.values() if r.status in ("signed", "approved")]
            self.rx_id = (waiting or list(sb.prescriptions.values()))[0].id
            self.patient_id = sb.prescriptions[self.rx_id].patient
        rows = []
        for rx in sb.prescriptions.values():
            p = sb.patients.get(rx.patient)
            rows.append((rx.id, [
                rx.id, text(p.ref.name, self.lang) if p else rx.patient,
                tr(KINDS.get(rx.kind, rx.kind)).split(" (")[0].split("（")[0],
                tr(RX_STATES.get(rx.status, rx.status)),
                self.tr("paid") if rx.paid else self.tr("unpaid")]))
        self.queue.blockSignals(True)
        self.queue.fill([self.tr("Rx"), self.tr("Patient"), self.tr("Form"),
                         self.tr("State"), self.tr("Payment")], rows)
        if self.rx_id:
            self.queue.select_key(self.rx_id)
        self.queue.blockSignals(False)

    def _fill_ward(self, recorded: RecordedAttempt) -> None:
        sb = recorded.attempt.sandbox
        state = inpatient(sb)
        assert state is not None
        patients = [a.patient for a in state.admissions.values()]
        if self.patient_id not in patients and patients:
            self.patient_id = patients[0]
        rows = []
        for adm in state.admissions.values():
            p = sb.patients[adm.patient]
            waiting = sum(1 for o in sb.orders.values() if o.patient == adm.patient
                          and o.status in ("new", "verified") and o.id not in state.reviews)
            rows.append((adm.patient, [p.bed or "-", text(p.ref.name, self.lang), adm.id,
                                       str(waiting) if waiting else ""]))
        self.queue.blockSignals(True)
        self.queue.fill([self.tr("Bed"), self.tr("Name"), self.tr("Admission"),
                         self.tr("To review")], rows)
        if self.patient_id:
            self.queue.select_key(self.patient_id)
        self.queue.blockSignals(False)

    def retranslate(self) -> None:
        lang = self.lang
        name = station_name(ST, lang)
        self.queue_title.setText(
            name + " · " + (self.tr("Ward patients") if self.ward
                            else self.tr("Prescription queue")))
        self.find_rx.setPlaceholderText(self.tr("Swipe the card or type the Rx number, then Enter"))
        self.find_rx.setAccessibleName(self.tr("find a prescription by card or Rx number"))
        self.find_rx.setVisible(not self.ward)
        self.queue.setAccessibleName(self.tr("ward patients") if self.ward
                                     else self.tr("prescription queue"))
        for i, (_page, screen_id) in enumerate(self.pages):
            self.tabs.setTabText(i, text(screen(ST, screen_id).name, lang))
        self.tabs.setAccessibleName(self.tr("pharmacy station tabs"))
        self.identity.retranslate(lang)
        for page in (self.review, self.preparation, self.dispensing, self.counselling,
                     self.returns, self.ward_review, self.unit_dose, self.ward_returns,
                     self.stock):
            page.retranslate(lang)
        if self.rec is not None:  # the grids' headers and words in the new language
            self.show_state(self.rec)
