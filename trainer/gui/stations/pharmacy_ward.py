"""The inpatient pharmacy's tabs: 住院医嘱审核 (each order with the review system's alerts;
approve, or send it back to the doctor with a reason), 摆药 (unit doses for a day from a
valid batch, with 四查十对) and 病区退药 (confirm what the ward sent back).

May import: PySide6, trainer.sim (inpatient_pharmacy, inpatient_state, refusals, state),
trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget

from trainer.gui.stations.pharmacy_stock import BatchPanel, TenMatches, drug_name
from trainer.gui.stations.pharmacy_tabs import (
    ALERT_STYLE,
    fill_reasons,
    name_spin,
    placeholder,
    reason_box,
    tr,
)
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid, word
from trainer.sim.inpatient_pharmacy import order_alerts, units_per_day
from trainer.sim.inpatient_state import InpatientState
from trainer.sim.refusals import review_alert
from trainer.sim.state import Order, Sandbox

Issue = Callable[[str, dict[str, Any]], object]
Patient = Callable[[], str | None]
ST = "pharmacy"
#: The order's safety facts in the words of the review system (the refusal words where
#: the HIS has them).
ALERT_CODES = {"allergy_conflict": "allergy", "over_max_dose": "max_daily_dose"}
ONCE_AS_LONG_TERM = QT_TRANSLATE_NOOP("pharmacy", "A once-only frequency on a long-term order")
WARD_REASONS = (
    QT_TRANSLATE_NOOP("pharmacy", "Allergy: the patient is allergic to this drug's class"),
    QT_TRANSLATE_NOOP("pharmacy", "Drug interaction with the patient's other drugs"),
    QT_TRANSLATE_NOOP("pharmacy", "Duplicate therapy: two drugs of the same class"),
    QT_TRANSLATE_NOOP("pharmacy", "Dose over the maximum daily dose"),
)


def inpatient(sb: Sandbox) -> InpatientState | None:
    """The inpatient state when the scenario has one (read without creating it)."""
    state = sb.extra.get("inpatient")
    return state if isinstance(state, InpatientState) else None


def alert_words(sb: Sandbox, order: Order, lang: str) -> list[str]:
    words = []
    for field in order_alerts(sb, order.id):
        if field == "once_as_long_term":
            words.append(tr(ONCE_AS_LONG_TERM))
        else:
            words.append(review_alert(ALERT_CODES.get(field, field), lang))
    return words


REVIEWS = {
    None: QT_TRANSLATE_NOOP("pharmacy", "Awaiting review"),
    "approve": QT_TRANSLATE_NOOP("pharmacy", "Approved"),
    "reject": QT_TRANSLATE_NOOP("pharmacy", "Sent back"),
}
ORDER_HEADERS = (
    QT_TRANSLATE_NOOP("pharmacy", "Order"),
    QT_TRANSLATE_NOOP("pharmacy", "Type"),
    QT_TRANSLATE_NOOP("pharmacy", "Drug"),
    QT_TRANSLATE_NOOP("pharmacy", "Dose"),
    QT_TRANSLATE_NOOP("pharmacy", "Route"),
    QT_TRANSLATE_NOOP("pharmacy", "Frequency"),
)


def review_word(state: InpatientState | None, order: Order) -> str:
    review = state.reviews.get(order.id) if state else None
    return tr(REVIEWS[review["decision"] if review else None])


def order_cells(sb: Sandbox, order: Order, lang: str) -> list[str]:
    freq = sb.reference.frequencies.get(order.freq)
    route = sb.reference.routes.get(order.route)
    return [order.id, word(order.kind), drug_name(sb, order.drug, lang),
            f"{order.dose.normalize():f}{order.unit}",
            text(route.name, lang) if route else order.route,
            text(freq.name, lang) if freq else order.freq]


def order_headers() -> list[str]:
    return [tr(h) for h in ORDER_HEADERS]


class WardReviewTab(QWidget):
    def __init__(self, patient: Patient, issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        self.sb: Sandbox | None = None
        self.lang = "zh_CN"
        layout = QVBoxLayout(self)
        self.grid = Grid("ward-orders", self)
        self.grid.itemSelectionChanged.connect(self._on_order)
        layout.addWidget(self.grid, 1)
        self.alerts = QLabel(self)
        self.alerts.setObjectName("order-alerts")
        self.alerts.setWordWrap(True)
        layout.addWidget(self.alerts)
        row = QHBoxLayout()
        self.approve = MapButton(ST, "ward_orders", "Approve order", self, self._on_approve)
        self.reason_label = QLabel(self)
        self.reason = reason_box(self, "reject-reason")
        self.reject = MapButton(ST, "ward_orders", "Reject order", self, self._on_reject)
        row.addWidget(self.approve)
        row.addSpacing(16)
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.reject)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.grid.setAccessibleName(self.tr("ward orders to review"))
        self.alerts.setAccessibleName(self.tr("review alerts of the selected order"))
        self.reason_label.setText(self.tr("Reason for sending back:"))
        self.reason.setAccessibleName(self.tr("reason for sending the order back"))
        placeholder(self.reason, self.tr("pick a reason or type it"))
        fill_reasons(self.reason, WARD_REASONS)
        self.reason.setEditText("")
        self.approve.retranslate(lang)
        self.reject.retranslate(lang)

    def _on_order(self) -> None:
        if self.sb is not None:
            self._show_alerts(self.sb)

    def _on_approve(self) -> None:
        order = self.grid.current_key()
        if order:
            self.issue("review_ward_order", {"order": order, "decision": "approve"})

    def _on_reject(self) -> None:
        order = self.grid.current_key()
        if order:
            self.issue("review_ward_order", {"order": order, "decision": "reject",
                                             "reason": self.reason.currentText()})

    def show_state(self, sb: Sandbox, lang: str) -> None:
        self.sb, self.lang = sb, lang
        state, patient = inpatient(sb), self.patient()
        orders = [o for o in sb.orders.values() if o.patient == patient]
        rows, flagged = [], []
        for o in orders:
            alerts = alert_words(sb, o, lang)
            flagged.append(bool(alerts))
            rows.append((o.id, [*order_cells(sb, o, lang), word(o.status),
                                review_word(state, o), "⚠ " + "；".join(alerts) if alerts else ""]))
        self.grid.fill([*order_headers(), self.tr("Order status"), self.tr("Pharmacist review"),
                        self.tr("Alerts")], rows)
        for r, bad in enumerate(flagged):
            item = self.grid.item(r, self.grid.columnCount() - 1)
            if item is not None and bad:
                item.setForeground(QBrush(QColor("#b71c1c")))
        self._show_alerts(sb)

    def _show_alerts(self, sb: Sandbox) -> None:
        order = sb.orders.get(self.grid.current_key() or "")
        alerts = alert_words(sb, order, self.lang) if order else []
        if order is None:
            self.alerts.clear()
        elif alerts:
            self.alerts.setText("\n".join(f"⚠ {order.id} {drug_name(sb, order.drug, self.lang)}: "
                                          f"{a}" for a in alerts))
            self.alerts.setStyleSheet(ALERT_STYLE)
        else:
            self.alerts.setText(self.tr("Review checks: no alert."))
            self.alerts.setStyleSheet("color:#1b5e20;")


class UnitDoseTab(QWidget):
    """摆药: the day's doses of an approved order into the patient's drawer."""

    def __init__(self, patient: Patient, issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        self.sb: Sandbox | None = None
        self.lang = "zh_CN"
        self.chosen: dict[str, str] = {}  # order -> batch
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.grid = Grid("unit-dose-orders", split)
        self.grid.itemSelectionChanged.connect(self._on_order)
        self.batches = BatchPanel("unit-dose-batches", issue, split)
        self.batches.picked.connect(self._on_picked)
        split.addWidget(self.grid)
        split.addWidget(self.batches)
        split.setSizes([150, 170])
        layout.addWidget(split, 1)
        self.matches = TenMatches(self)
        layout.addWidget(self.matches)
        row = QHBoxLayout()
        self.days_label = QLabel(self)
        self.days = QSpinBox(self)
        self.days.setObjectName("unit-dose-days")
        self.days.setRange(1, 3)
        self.confirm = MapButton(ST, "unit_dose", "Confirm unit doses", self, self._on_confirm)
        row.addWidget(self.days_label)
        row.addWidget(self.days)
        row.addStretch(1)
        row.addWidget(self.confirm)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.grid.setAccessibleName(self.tr("orders for unit-dose dispensing"))
        self.days_label.setText(self.tr("Days:"))
        name_spin(self.days, self.tr("days of doses to prepare"))
        self.batches.retranslate(lang)
        self.matches.retranslate()
        self.confirm.retranslate(lang)

    def _drug(self) -> str | None:
        order = self.sb.orders.get(self.grid.current_key() or "") if self.sb else None
        return order.drug if order else None

    def _on_order(self) -> None:
        if self.sb is not None:
            self.show_state(self.sb, self.lang)

    def _on_picked(self, _drug: str, batch: str) -> None:
        order = self.grid.current_key()
        if order and self.sb is not None:
            self.chosen[order] = batch
            self.show_state(self.sb, self.lang)

    def _on_confirm(self) -> None:
        order = self.grid.current_key()
        if not order:
            return
        args: dict[str, Any] = {"order": order}
        if self.days.value() != 1:
            args["days"] = self.days.value()
        if order in self.chosen:
            args["batch"] = self.chosen[order]
        args["checks"] = self.matches.ticked()
        self.issue("unit_dose", args)

    def show_state(self, sb: Sandbox, lang: str) -> None:
        self.sb, self.lang = sb, lang
        for order in [o for o, b in self.chosen.items()
                      if o in sb.orders and (sb.orders[o].drug, b) in sb.quarantined]:
            del self.chosen[order]  # a batch taken off the shelf is no longer chosen
        state, patient = inpatient(sb), self.patient()
        rows = []
        for o in sb.orders.values():
            if o.patient != patient:
                continue
            done = [u for u in (state.unit_doses if state else []) if u["order"] == o.id]
            drawer = "、".join(f"{u['units']}×{u['batch']}" for u in done)
            rows.append((o.id, [*order_cells(sb, o, lang), review_word(state, o),
                                str(units_per_day(sb, o)), self.chosen.get(o.id, ""), drawer]))
        self.grid.fill([*order_headers(), self.tr("Pharmacist review"), self.tr("Units a day"),
                        self.tr("Batch chosen"), self.tr("In the drawer")], rows)
        current = self.grid.current_key()
        self.batches.show_batches(sb, self._drug(), self.chosen.get(current or ""), lang,
                                  all_drugs=False)


class WardReturnsTab(QWidget):
    """病区退药: the returns the ward nurses sent; confirm each to credit the bill."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue
        layout = QVBoxLayout(self)
        self.grid = Grid("ward-returns", self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.confirm = MapButton(ST, "ward_returns", "Confirm ward return", self, self._on_confirm)
        row.addStretch(1)
        row.addWidget(self.confirm)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.grid.setAccessibleName(self.tr("returns sent by the wards"))
        self.confirm.retranslate(lang)

    def _on_confirm(self) -> None:
        key = self.grid.current_key()
        if key:
            self.issue("confirm_ward_return", {"return": key})

    def show_state(self, sb: Sandbox, lang: str) -> None:
        state = inpatient(sb)
        rows = []
        for r in (state.returns.values() if state else []):
            p = sb.patients.get(r["patient"])
            status = self.tr("Confirmed") if r["status"] == "confirmed" else self.tr("Requested")
            rows.append((r["id"], [r["id"], (p.bed or "-") if p else "-",
                                   text(p.ref.name, lang) if p else r["patient"],
                                   drug_name(sb, r["drug"], lang), str(r["units"]),
                                   str(r.get("reason", "")), status]))
        self.grid.fill([self.tr("Return"), self.tr("Bed"), self.tr("Name"), self.tr("Drug"),
                        self.tr("Units"), self.tr("Reason"), self.tr("Status")], rows)
        if not rows:
            self.grid.setToolTip(self.tr("No ward returns waiting."))
