"""审方 at the outpatient window: open the prescription (the review system's alerts in the
HIS's words for the pharmacist, 审方系统提示：…, with the prescriber's reason where the doctor
overrode one), approve it, or return it to the prescriber with a reason — a prescription is
never edited here.

May import: PySide6, trainer.sim (refusals, safety, state), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.gui.stations.pharmacy_stock import drug_name
from trainer.gui.stations.pharmacy_tabs import (
    ALERT_STYLE,
    KINDS,
    ST,
    Current,
    Issue,
    fill_reasons,
    item_headers,
    items_rows,
    placeholder,
    reason_box,
    tr,
)
from trainer.gui.stations.stationmap import MapButton
from trainer.gui.stations.widgets import Grid
from trainer.sim.refusals import review_alert
from trainer.sim.safety import review_alerts
from trainer.sim.state import Sandbox

#: 常用退方理由: the reasons the HIS offers; the pharmacist picks one and adds the detail.
RETURN_REASONS = (
    QT_TRANSLATE_NOOP("pharmacy", "Allergy: the patient is allergic to this drug's class"),
    QT_TRANSLATE_NOOP("pharmacy", "Duplicate therapy: two drugs of the same class"),
    QT_TRANSLATE_NOOP("pharmacy", "Wrong prescription form: a psychotropic drug needs its "
                      "special prescription"),
    QT_TRANSLATE_NOOP("pharmacy", "Drug interaction with the patient's other drugs"),
    QT_TRANSLATE_NOOP("pharmacy", "Dose over the maximum daily dose"),
    QT_TRANSLATE_NOOP("pharmacy", "Route not suitable for this drug"),
)


class ReviewTab(QWidget):
    """审方: the prescription, the review system's alerts, approve or return."""

    def __init__(self, current: Current, issue: Issue) -> None:
        super().__init__()
        self.current, self.issue = current, issue
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("rx-header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.items = Grid("review-items", self)
        layout.addWidget(self.items, 1)
        self.alerts = QLabel(self)
        self.alerts.setObjectName("review-alerts")
        self.alerts.setWordWrap(True)
        layout.addWidget(self.alerts)
        row = QHBoxLayout()
        self.open = MapButton(ST, "review", "Open prescription", self, self._on_open)
        self.approve = MapButton(ST, "review", "Approve", self, self._on_approve)
        self.reason_label = QLabel(self)
        self.reason = reason_box(self, "return-reason")
        self.send_back = MapButton(ST, "review", "Return to prescriber", self, self._on_return)
        row.addWidget(self.open)
        row.addWidget(self.approve)
        row.addSpacing(16)
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.send_back)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.items.setAccessibleName(self.tr("drugs on the prescription under review"))
        self.alerts.setAccessibleName(self.tr("prescription review alerts"))
        self.header.setAccessibleName(self.tr("prescription under review"))
        self.reason_label.setText(self.tr("Reason for returning:"))
        self.reason.setAccessibleName(self.tr("reason for returning the prescription"))
        placeholder(self.reason, self.tr("pick a reason or type it"))
        fill_reasons(self.reason, RETURN_REASONS)
        self.reason.setEditText("")
        for button in (self.open, self.approve, self.send_back):
            button.retranslate(lang)

    def _rx(self) -> str | None:
        rx = self.current()
        return rx.id if rx else None

    def _on_open(self) -> None:
        if self._rx():
            self.issue("review_prescription", {"rx": self._rx()})

    def _on_approve(self) -> None:
        if self._rx():
            self.issue("approve_prescription", {"rx": self._rx()})

    def _on_return(self) -> None:
        if self._rx():
            self.issue("return_prescription",
                       {"rx": self._rx(), "reason": self.reason.currentText()})

    def show_state(self, sb: Sandbox, lang: str) -> None:
        rx = self.current()
        if rx is None:
            self.header.setText(self.tr("No prescription selected"))
            self.items.fill(item_headers(), [])
            self.alerts.clear()
            return
        diagnoses = [d.code for d in sb.diagnoses if d.visit == rx.visit] if rx.visit else []
        self.header.setText(
            self.tr("Prescription %1 · form: %2 · diagnosis: %3")
            .replace("%1", rx.id)
            .replace("%2", tr(KINDS.get(rx.kind, rx.kind)))
            .replace("%3", "、".join(diagnoses) or "—")
        )
        self.items.fill(item_headers(), items_rows(sb, rx, lang))
        if not rx.reviewed:
            self.alerts.setText(self.tr("Open the prescription (F3) to run the review checks."))
            self.alerts.setStyleSheet("color:#455a64;")
            return
        found = review_alerts(sb, rx.id)
        if not found:
            self.alerts.setText(self.tr("Review checks: no alert."))
            self.alerts.setStyleSheet("color:#1b5e20;")
            return
        reasons = {i.drug: i.reason for i in rx.items}
        overridden = {(i.drug, code) for i in rx.items for code in i.alerts}
        lines = []
        for a in found:
            reason = reasons.get(a["drug"], "") if (a["drug"], a["alert"]) in overridden else ""
            lines.append(f"⚠ {drug_name(sb, a['drug'], lang)}: "
                         f"{review_alert(a['alert'], lang, reason)}")
        self.alerts.setText("\n".join(lines))
        self.alerts.setStyleSheet(ALERT_STYLE)
