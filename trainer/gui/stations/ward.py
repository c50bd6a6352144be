"""住院医生站: the ward doctor's order entry.

Left the bed cards (bed, name, allergy mark) with 核对身份 (F3); on top the patient banner;
in the centre 医嘱录入: the drug by pinyin initials, dose, unit, route, frequency, a 备用
(PRN) tick, and 新开长期医嘱 (F2) / 新开临时医嘱 (F3); a 嘱托 line (free text without a drug,
e.g. 明日晨空腹抽血) with 新开长期嘱托 / 新开临时嘱托; below, the patient's orders, drugs and
嘱托 together, with 停止医嘱 (F7) and 取消医嘱. A one-off ``st`` drug belongs in a temporary
order. Soft alerts come to the host's alert panel with a reason box.

May import: PySide6, trainer.sim (recording, reference), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.doctor_tabs import number
from trainer.gui.stations.host import StationScreen
from trainer.gui.stations.identity import IdentityForm
from trainer.gui.stations.stationmap import MapButton, screen, text
from trainer.gui.stations.widgets import (
    DrugSearch,
    Grid,
    PatientBanner,
    allergy_names,
    entrusted_label,
    word,
)
from trainer.sim.entrusted import entrusted
from trainer.sim.recording import RecordedAttempt

ST = "inpatient_doctor"


class WardDoctorScreen(StationScreen):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-inpatient-doctor")
        self.lang = lang
        self.patient_id: str | None = None
        self.rec: RecordedAttempt | None = None
        self._lay_out(self._build_beds(), self._build_orders(), 360)


    def patient(self) -> str | None:
        return self.patient_id

    def _build_beds(self) -> QWidget:
        beds = QWidget(self)
        layout = QVBoxLayout(beds)
        self.beds_title = QLabel(beds)
        self.beds = Grid("ward-beds", beds)
        self.beds.itemSelectionChanged.connect(self._on_bed_selected)
        self.identity = IdentityForm(ST, "bed_cards", self.patient, self._issue, beds)
        layout.addWidget(self.beds_title)
        layout.addWidget(self.beds, 1)
        layout.addWidget(self.identity)
        return beds

    def _build_orders(self) -> QWidget:
        work = QWidget(self)
        self.entry = work
        layout = QVBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = PatientBanner(work)
        self.entry_title = QLabel(work)
        layout.addWidget(self.banner)
        layout.addWidget(self.entry_title)
        line = QGridLayout()
        self.drug = DrugSearch(work)
        self.drug.setObjectName("order-drug")
        self.drug.chosen.connect(self._on_drug_chosen)
        self.dose, self.unit = QLineEdit(work), QLineEdit(work)
        self.route, self.freq = QComboBox(work), QComboBox(work)
        self.prn = QCheckBox(work)
        self.heads = [QLabel(work) for _ in range(5)]
        fields = (self.drug, self.dose, self.unit, self.route, self.freq)
        for col, widget in enumerate(fields):
            line.addWidget(self.heads[col], 0, col)
            line.addWidget(widget, 1, col)
        line.addWidget(self.prn, 1, len(fields))
        line.setColumnStretch(0, 3)
        layout.addLayout(line)
        row = QHBoxLayout()
        self.new_long = MapButton(
            ST, "orders", "New long-term order", work, lambda: self._new("long_term")
        )
        self.new_temp = MapButton(
            ST, "orders", "New temporary order", work, lambda: self._new("temporary")
        )
        self.stop = MapButton(ST, "orders", "Stop order", work, self._on_stop)
        self.cancel = MapButton(ST, "orders", "Cancel order", work, self._on_cancel)
        for button in (self.new_long, self.new_temp, self.stop, self.cancel):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        entrust = QHBoxLayout()
        self.entrust_label = QLabel(work)
        self.entrust_text = QLineEdit(work)
        self.entrust_text.setObjectName("entrusted-text")
        self.entrust_long = MapButton(
            ST, "orders", "New long-term entrusted order", work, lambda: self._entrust("long_term")
        )
        self.entrust_temp = MapButton(
            ST, "orders", "New temporary entrusted order", work, lambda: self._entrust("temporary")
        )
        entrust.addWidget(self.entrust_label)
        entrust.addWidget(self.entrust_text, 1)
        entrust.addWidget(self.entrust_long)
        entrust.addWidget(self.entrust_temp)
        layout.addLayout(entrust)
        self.orders = Grid("ward-orders", work)
        layout.addWidget(self.orders, 1)
        return work

    def control_for(self, cmd: str) -> QWidget | None:
        controls: dict[str, QWidget] = {
            "verify_identity": self.identity.verify,
            "new_order": self.new_long,
            "new_entrusted_order": self.entrust_temp,
            "stop_order": self.stop,
            "cancel_order": self.cancel,
        }
        return controls.get(cmd)

    def _on_bed_selected(self) -> None:
        key = self.beds.current_key()
        if key is not None and key != self.patient_id:
            self.patient_id = key
            self.identity.clear()
            if self.rec is not None:
                self.show_state(self.rec)

    def _on_drug_chosen(self, drug_id: str) -> None:
        if self.rec is None:
            return
        drug = self.rec.attempt.sandbox.reference.drugs[drug_id]
        self.unit.setText(drug.strength.unit)
        self.route.setCurrentIndex(max(0, self.route.findData(drug.routes[0])))
        self.dose.setFocus()

    def _new(self, kind: str) -> None:
        if self.patient_id is None or self.drug.drug is None:
            return
        if self.prn.isChecked():
            kind = "prn" if kind == "long_term" else "sos"
        entry = self._issue(
            "new_order",
            {
                "patient": self.patient_id,
                "drug": self.drug.drug,
                "dose": number(self.dose.text()),
                "unit": self.unit.text().strip(),
                "route": self.route.currentData(),
                "freq": self.freq.currentData(),
                "kind": kind,
            },
        )
        if getattr(entry, "accepted", False):  # the entry line is ready for the next order
            for field in (self.drug, self.dose, self.unit):
                field.clear()
            self.drug.drug = None
            self.prn.setChecked(False)
            self.drug.setFocus()

    def _entrust(self, kind: str) -> None:
        words = self.entrust_text.text().strip()
        if self.patient_id is None or not words:
            return
        entry = self._issue(
            "new_entrusted_order", {"patient": self.patient_id, "text": words, "kind": kind}
        )
        if getattr(entry, "accepted", False):
            self.entrust_text.clear()

    def _on_stop(self) -> None:
        order = self.orders.current_key()
        if order is not None:
            self._issue("stop_order", {"order": order})

    def _on_cancel(self) -> None:
        order = self.orders.current_key()
        if order is not None:
            self._issue("cancel_order", {"order": order})

    def show_state(self, recorded: RecordedAttempt) -> None:
        self.rec = recorded
        sb = recorded.attempt.sandbox
        ward = sorted(
            (p for p in sb.patients.values() if p.bed), key=lambda p: (p.bed or "").zfill(4)
        )
        if self.patient_id is None and ward:
            self.patient_id = ward[0].ref.id
        if not self.drug.drugs:
            self.drug.set_drugs(list(sb.reference.drugs.values()), self.lang)
            for code, route in sb.reference.routes.items():
                self.route.addItem(f"{code} {text(route.name, self.lang)}", code)
            for code, freq in sb.reference.frequencies.items():
                self.freq.addItem(f"{code} {text(freq.name, self.lang)}", code)
        rows = [
            (
                p.ref.id,
                [
                    p.bed or "-",
                    text(p.ref.name, self.lang),
                    allergy_names(p.allergies_recorded or []),
                ],
            )
            for p in ward
        ]
        self.beds.blockSignals(True)
        self.beds.fill([self.tr("Bed"), self.tr("Name"), self.tr("Allergy")], rows)
        if self.patient_id:
            self.beds.select_key(self.patient_id)
        self.beds.blockSignals(False)
        patient = sb.patients.get(self.patient_id) if self.patient_id else None
        self.banner.show_patient(sb.reference, patient, self.patient_id or "", self.lang)
        orders = [
            (
                o.id,
                [
                    o.id,
                    word(o.kind),
                    text(sb.reference.drugs[o.drug].name, self.lang),
                    f"{o.dose.normalize():f}{o.unit}",
                    o.route,
                    o.freq,
                    word(o.status),
                ],
            )
            for o in sb.orders.values()
            if o.patient == self.patient_id
        ]
        entrusted_word = self.tr("Entrusted: %1")
        orders += [
            (e.id, [e.id, word(e.kind), entrusted_label(e.text, entrusted_word), "", "", "",
                    word(e.status)])
            for e in entrusted(sb).values()
            if e.patient == self.patient_id
        ]
        self.orders.fill(
            [
                self.tr("Order"),
                self.tr("Type"),
                self.tr("Drug"),
                self.tr("Dose"),
                self.tr("Route"),
                self.tr("Frequency"),
                self.tr("Status"),
            ],
            orders,
        )

    def retranslate(self) -> None:
        lang = self.lang
        self.beds_title.setText(text(screen(ST, "bed_cards").name, lang))
        self.entry_title.setText(text(screen(ST, "orders").name, lang))
        self.beds.setAccessibleName(self.tr("bed cards"))
        self.orders.setAccessibleName(self.tr("orders of the patient"))
        heads = [
            self.tr("Drug (pinyin initials, e.g. AMXL)"),
            self.tr("Dose"),
            self.tr("Unit"),
            self.tr("Route"),
            self.tr("Frequency"),
        ]
        for label, head, widget in zip(
            self.heads, heads, (self.drug, self.dose, self.unit, self.route, self.freq), strict=True
        ):
            label.setText(head)
            widget.setAccessibleName(head)
        self.entrust_label.setText(self.tr("Entrusted order:"))
        self.entrust_text.setPlaceholderText(self.tr("e.g. fasting blood test tomorrow morning"))
        self.entrust_text.setAccessibleName(self.tr("text of the entrusted order"))
        self.entrust_long.retranslate(lang)
        self.entrust_temp.retranslate(lang)
        self.prn.setText(self.tr("PRN (as needed)"))
        self.prn.setAccessibleName(self.prn.text())
        for button in (self.new_long, self.new_temp, self.stop, self.cancel):
            button.retranslate(lang)
        self.identity.retranslate(lang)
