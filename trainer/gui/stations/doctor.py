"""门诊医生站: the outpatient doctor's screen.

Left the queue (待就诊 / 就诊中 / 已就诊) with 叫号 (F2) and 开始诊疗 (F8); on top the patient
banner with the allergy badge, always visible above the tabs; in the centre the tabs of the
station map — 身份核对, 病历, 诊断, 西药处方, 检验, 检查 — and 结束就诊 (F10) below. Labels and
keys come from ``simulators/reference/stations.yaml``.

May import: PySide6, trainer.sim (recording), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.doctor_tabs import DiagnosisTab, PrescriptionTab, RecordTab
from trainer.gui.stations.host import StationScreen
from trainer.gui.stations.identity import AllergyForm, IdentityForm
from trainer.gui.stations.lab_requests import RequestTab
from trainer.gui.stations.stationmap import MapButton, screen, text
from trainer.gui.stations.widgets import Grid, TabbedWork, age, word
from trainer.sim.recording import RecordedAttempt

ST = "outpatient_doctor"
STATUS_TABS = ("waiting", "in_consultation", "seen")
TAB_SCREENS = ("identity", "record", "diagnosis", "prescription", "lab", "imaging")


class DoctorScreen(StationScreen):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-outpatient-doctor")
        self.lang = lang
        self.visit_id: str | None = None
        self.rec: RecordedAttempt | None = None
        self._lay_out(self._build_queue(), self._build_work(), 300)


    def _build_queue(self) -> QWidget:
        self.queue = QWidget(self)
        self.queue.setObjectName("doctor-queue")
        layout = QVBoxLayout(self.queue)
        self.queue_title = QLabel(self.queue)
        self.status_tabs = QTabBar(self.queue)
        for _ in STATUS_TABS:
            self.status_tabs.addTab("")
        self.status_tabs.currentChanged.connect(lambda _i: self._render_queue())
        self.visits = Grid("visit-list", self.queue)
        self.visits.itemSelectionChanged.connect(self._on_visit_selected)
        self.call = MapButton(ST, "patient_list", "Call patient", self.queue, self._on_call)
        self.begin = MapButton(ST, "patient_list", "Start consultation", self.queue, self._on_start)
        row = QHBoxLayout()
        row.addWidget(self.call)
        row.addWidget(self.begin)
        for widget in (self.queue_title, self.status_tabs, self.visits):
            layout.addWidget(widget)
        layout.addLayout(row)
        return self.queue

    def _build_work(self) -> QWidget:
        work = TabbedWork("emr-tabs", self)
        self.banner, self.tabs, layout = work.banner, work.tabs, work.column
        ident = QWidget()
        col = QVBoxLayout(ident)
        self.identity = IdentityForm(ST, "identity", self.patient, self._issue, ident)
        self.allergy = AllergyForm(ST, "identity", self.patient, self._issue, ident)
        col.addWidget(self.identity)
        col.addWidget(self.allergy)
        col.addStretch(1)
        self.record = RecordTab(self.current_visit, self._issue)
        self.diagnosis = DiagnosisTab(self.current_visit, self._issue)
        self.rx = PrescriptionTab(self.current_visit, self.patient, self._issue)
        self.lab = RequestTab("lab", self.current_visit, self._issue)
        self.imaging = RequestTab("imaging", self.current_visit, self._issue)
        for page in (ident, self.record, self.diagnosis, self.rx, self.lab, self.imaging):
            self.tabs.addTab(page, "")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.end = MapButton(ST, "finish", "End visit", self, self._on_end)
        bottom.addWidget(self.end)
        layout.addLayout(bottom)
        return work

    # what the screen knows
    def current_visit(self) -> str | None:
        return self.visit_id

    def patient(self) -> str | None:
        if self.rec is None or self.visit_id is None:
            return None
        return self.rec.attempt.sandbox.visits[self.visit_id].patient

    def control_for(self, cmd: str) -> QWidget | None:
        controls: dict[str, QWidget] = {
            "call_patient": self.call,
            "start_visit": self.begin,
            "verify_identity": self.identity.verify,
            "ask_allergies": self.allergy.ask,
            "record_allergies": self.allergy.record,
            "write_emr": self.record.save,
            "add_diagnosis": self.diagnosis.add,
            "new_prescription": self.rx.new,
            "add_rx_item": self.rx.add,
            "remove_rx_item": self.rx.remove,
            "order_skin_test": self.rx.skin,
            "sign_prescription": self.rx.sign,
            "void_prescription": self.rx.void,
            "request_test": self.lab.submit,
            "end_visit": self.end,
        }
        return controls.get(cmd)

    # actions
    def _on_visit_selected(self) -> None:
        key = self.visits.current_key()
        if key is not None and key != self.visit_id:
            self.visit_id = key
            self.identity.clear()
            if self.rec is not None:
                self.show_state(self.rec)

    def _on_call(self) -> None:
        if self.visit_id is not None:
            self._issue("call_patient", {"visit": self.visit_id})

    def _on_start(self) -> None:
        if self.visit_id is not None:
            entry = self._issue("start_visit", {"visit": self.visit_id})
            if getattr(entry, "accepted", False):
                self.tabs.setCurrentIndex(0)

    def _on_end(self) -> None:
        if self.visit_id is not None:
            self._issue("end_visit", {"visit": self.visit_id})

    # rendering
    def show_state(self, recorded: RecordedAttempt) -> None:
        self.rec = recorded
        sb = recorded.attempt.sandbox
        if self.visit_id is None and sb.visits:
            self.visit_id = next(iter(sb.visits))
        visit = sb.visits.get(self.visit_id or "")
        if visit is not None:  # the queue tab follows the current patient
            status = "seen" if visit.status == "cancelled" else visit.status
            self.status_tabs.blockSignals(True)
            self.status_tabs.setCurrentIndex(STATUS_TABS.index(status))
            self.status_tabs.blockSignals(False)
        self._render_queue()
        patient = self.patient()
        number = self.visit_id or ""
        self.banner.show_patient(
            sb.reference, sb.patients.get(patient) if patient else None, number, self.lang
        )
        self.record.show_state(recorded, self.visit_id)
        self.diagnosis.show_state(recorded, self.visit_id)
        self.rx.show_state(recorded, self.visit_id)
        self.lab.show_state(recorded, self.visit_id)
        self.imaging.show_state(recorded, self.visit_id)

    def _render_queue(self) -> None:
        if self.rec is None:
            return
        sb = self.rec.attempt.sandbox
        status = STATUS_TABS[max(0, self.status_tabs.currentIndex())]
        rows = []
        for visit in sb.visits.values():
            shown = visit.status == status or (status == "seen" and visit.status == "cancelled")
            if not shown:
                continue
            p = sb.patients[visit.patient]
            rows.append(
                (
                    visit.id,
                    [
                        visit.id,
                        text(p.ref.name, self.lang),
                        self.tr("F") if p.ref.sex == "F" else self.tr("M"),
                        str(age(sb.reference, p)),
                        word(visit.clinic),
                        self.tr("called") if visit.called else "",
                    ],
                )
            )
        self.visits.blockSignals(True)
        self.visits.fill(
            [
                self.tr("Visit"),
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("Age"),
                self.tr("Clinic"),
                self.tr("Called"),
            ],
            rows,
        )
        if self.visit_id is not None:
            self.visits.select_key(self.visit_id)
        self.visits.blockSignals(False)

    def retranslate(self) -> None:
        lang = self.lang
        self.queue_title.setText(text(screen(ST, "patient_list").name, lang))
        for i, tab in enumerate(screen(ST, "patient_list").tabs):
            self.status_tabs.setTabText(i, text(tab, lang))
        self.status_tabs.setAccessibleName(self.tr("queue status"))
        self.visits.setAccessibleName(self.tr("patient queue"))
        for i, screen_id in enumerate(TAB_SCREENS):
            self.tabs.setTabText(i, text(screen(ST, screen_id).name, lang))
        self.tabs.setAccessibleName(self.tr("record tabs"))
        for widget in (self.call, self.begin, self.end):
            widget.retranslate(lang)
        for form in (
            self.identity,
            self.allergy,
            self.record,
            self.diagnosis,
            self.rx,
            self.lab,
            self.imaging,
        ):
            form.retranslate(lang)
