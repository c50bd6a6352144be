"""护士站: the ward nurse's screen.

Left the bed overview (床位一览: bed, name, allergy mark, new orders); on top the patient
banner; tabs 医嘱审核 (verify the doctor's new orders, notify the doctor), 医嘱执行 (scan the
wristband and the drug label, 三查八对, execute or hold), 嘱托执行, 交班记录 (the handover
note), 皮试录入 and 体温单. Labels and keys come from the station map.

May import: PySide6, trainer.sim (recording), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.host import StationScreen
from trainer.gui.stations.nurse_notes import EntrustedTab, HandoverTab
from trainer.gui.stations.nurse_tabs import ExecutionTab, SkinTestTab, VitalsTab
from trainer.gui.stations.stationmap import MapButton, screen, text
from trainer.gui.stations.widgets import (
    Grid,
    TabbedWork,
    allergy_names,
    entrusted_label,
    word,
)
from trainer.sim.entrusted import entrusted
from trainer.sim.recording import RecordedAttempt

ST = "nurse_station"
TAB_SCREENS = (
    "order_verification",
    "execution",
    "entrusted",
    "skin_test",
    "vital_signs",
    "handover_note",
)


class NurseScreen(StationScreen):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-nurse")
        self.lang = lang
        self.patient_id: str | None = None
        self.rec: RecordedAttempt | None = None
        self._lay_out(self._build_beds(), self._build_work(), 320)


    def patient(self) -> str | None:
        return self.patient_id

    def _build_beds(self) -> QWidget:
        beds = QWidget(self)
        beds.setObjectName("bed-overview")
        layout = QVBoxLayout(beds)
        self.beds_title = QLabel(beds)
        self.beds = Grid("bed-list", beds)
        self.beds.itemSelectionChanged.connect(self._on_bed_selected)
        self.hand_over = MapButton(ST, "bed_overview", "Hand over", beds, self._on_hand_over)
        for widget in (self.beds_title, self.beds, self.hand_over):
            layout.addWidget(widget)
        return beds

    def _build_work(self) -> QWidget:
        work = TabbedWork("nurse-tabs", self)
        self.banner, self.tabs = work.banner, work.tabs
        self.verification = QWidget()
        col = QVBoxLayout(self.verification)
        self.orders = Grid("verification-orders", self.verification)
        col.addWidget(self.orders, 1)
        row = QHBoxLayout()
        self.verify = MapButton(
            ST, "order_verification", "Verify selected", self.verification, self._on_verify
        )
        self.verify_temp = MapButton(
            ST,
            "order_verification",
            "Verify temporary",
            self.verification,
            lambda: self._verify_all("temporary"),
        )
        self.verify_long = MapButton(
            ST,
            "order_verification",
            "Verify long-term",
            self.verification,
            lambda: self._verify_all("long_term"),
        )
        self.verify_all = MapButton(
            ST,
            "order_verification",
            "Verify all",
            self.verification,
            lambda: self._verify_all(None),
        )
        self.notify_text = QLineEdit(self.verification)
        self.notify_text.setObjectName("notify-text")
        self.notify = MapButton(
            ST, "order_verification", "Notify doctor", self.verification, self._on_notify
        )
        for widget in (self.verify, self.verify_temp, self.verify_long, self.verify_all):
            row.addWidget(widget)
        row.addWidget(self.notify_text, 1)
        row.addWidget(self.notify)
        col.addLayout(row)
        self.execution = ExecutionTab(self.patient, self._issue)
        self.skin = SkinTestTab(self.patient, self._issue)
        self.vitals = VitalsTab(self.patient, self._issue)
        self.entrusted = EntrustedTab(self._issue)
        self.handover = HandoverTab(self._issue)
        for page in (
            self.verification,
            self.execution,
            self.entrusted,
            self.skin,
            self.vitals,
            self.handover,
        ):
            self.tabs.addTab(page, "")
        return work

    def control_for(self, cmd: str) -> QWidget | None:
        controls: dict[str, QWidget] = {
            "verify_order": self.verify,
            "notify": self.notify,
            "scan_wristband": self.execution.scan,
            "scan_drug": self.execution.scan_drug,
            "verify_identity": self.execution.identity.verify,
            "confirm_checks": self.execution.confirm,
            "execute_order": self.execution.execute,
            "hold_order": self.execution.hold,
            "record_skin_test": self.skin.negative,
            "record_vitals": self.vitals.enter,
            "hand_over": self.hand_over,
            "execute_entrusted_order": self.entrusted.carry_out,
            "write_handover_note": self.handover.save,
        }
        return controls.get(cmd)

    def _on_bed_selected(self) -> None:
        key = self.beds.current_key()
        if key is not None and key != self.patient_id:
            self.patient_id = key
            self.execution.identity.clear()
            if self.rec is not None:
                self.show_state(self.rec)

    def _on_verify(self) -> None:
        order = self.orders.current_key()
        if order is not None:
            self._issue("verify_order", {"order": order})

    def _verify_all(self, kind: str | None) -> None:
        if self.rec is None:
            return
        sb = self.rec.attempt.sandbox
        waiting = [(o.id, o.kind, o.status) for o in sb.orders.values()]
        waiting += [(e.id, e.kind, e.status) for e in entrusted(sb).values()]
        for order, order_kind, status in waiting:
            if status == "new" and kind in (None, order_kind):
                self._issue("verify_order", {"order": order})

    def _on_notify(self) -> None:
        args: dict[str, Any] = {"to": "doctor", "about": self.notify_text.text()}
        order = (
            self.rec.attempt.sandbox.orders.get(self.orders.current_key() or "")
            if self.rec
            else None
        )
        if order is not None:
            args["patient"] = order.patient
        elif self.patient_id:
            args["patient"] = self.patient_id
        self._issue("notify", args)

    def _on_hand_over(self) -> None:
        self._issue("hand_over", {})

    def show_state(self, recorded: RecordedAttempt) -> None:
        self.rec = recorded
        sb = recorded.attempt.sandbox
        ward = [p for p in sb.patients.values() if p.bed] or list(sb.patients.values())
        if self.patient_id is None and ward:
            with_orders = [
                p.ref.id for p in ward if any(o.patient == p.ref.id for o in sb.orders.values())
            ]
            self.patient_id = (with_orders or [ward[0].ref.id])[0]
        rows = []
        for p in sorted(ward, key=lambda p: (p.bed or "").zfill(4)):
            mark = (
                allergy_names(p.allergies_recorded)
                if p.allergies_recorded
                else (self.tr("not recorded") if p.allergies_recorded is None else "")
            )
            statuses = [o.status for o in sb.orders.values() if o.patient == p.ref.id]
            statuses += [e.status for e in entrusted(sb).values() if e.patient == p.ref.id]
            new = statuses.count("new")
            rows.append(
                (
                    p.ref.id,
                    [p.bed or "-", text(p.ref.name, self.lang), mark, str(new) if new else ""],
                )
            )
        self.beds.blockSignals(True)
        self.beds.fill(
            [self.tr("Bed"), self.tr("Name"), self.tr("Allergy"), self.tr("New orders")], rows
        )
        if self.patient_id:
            self.beds.select_key(self.patient_id)
        self.beds.blockSignals(False)
        patient = sb.patients.get(self.patient_id) if self.patient_id else None
        self.banner.show_patient(sb.reference, patient, self.patient_id or "", self.lang)
        order_rows = []
        for o in sb.orders.values():
            p = sb.patients[o.patient]
            drug = text(sb.reference.drugs[o.drug].name, self.lang)
            order_rows.append(
                (
                    o.id,
                    [
                        o.id,
                        p.bed or "-",
                        text(p.ref.name, self.lang),
                        word(o.kind),
                        drug,
                        f"{o.dose.normalize():f}{o.unit}",
                        o.route,
                        o.freq,
                        word(o.status),
                    ],
                )
            )
        for e in entrusted(sb).values():
            p = sb.patients[e.patient]
            what = entrusted_label(e.text, self.tr("Entrusted: %1"))
            order_rows.append(
                (
                    e.id,
                    [e.id, p.bed or "-", text(p.ref.name, self.lang), word(e.kind), what, "",
                     "", "", word(e.status)],
                )
            )
        self.orders.fill(
            [
                self.tr("Order"),
                self.tr("Bed"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Drug"),
                self.tr("Dose"),
                self.tr("Route"),
                self.tr("Frequency"),
                self.tr("Status"),
            ],
            order_rows,
        )
        self.execution.show_state(recorded, self.lang)
        self.skin.show_state(recorded, self.lang)
        self.vitals.show_state(recorded, self.lang)
        self.entrusted.show_state(recorded, self.lang)
        self.handover.show_state(recorded, self.lang, self.patient_id)

    def retranslate(self) -> None:
        lang = self.lang
        self.beds_title.setText(text(screen(ST, "bed_overview").name, lang))
        self.beds.setAccessibleName(self.tr("bed overview"))
        self.orders.setAccessibleName(self.tr("orders to verify"))
        self.notify_text.setPlaceholderText(self.tr("What to tell the doctor"))
        self.notify_text.setAccessibleName(self.tr("message to the doctor"))
        for i, screen_id in enumerate(TAB_SCREENS):
            self.tabs.setTabText(i, text(screen(ST, screen_id).name, lang))
        self.tabs.setAccessibleName(self.tr("nurse station tabs"))
        for button in (
            self.hand_over,
            self.verify,
            self.verify_temp,
            self.verify_long,
            self.verify_all,
            self.notify,
        ):
            button.retranslate(lang)
        for tab in (self.execution, self.skin, self.vitals, self.entrusted, self.handover):
            tab.retranslate(lang)
