"""The cashier's 退费 tab: the paid invoices (查找发票 F2), the lines of the one picked with
the packs to refund (blank: the whole invoice), 申请退费 (F6), and the refund requests with
what a refund needs beside the action that pays it — the pharmacy's return confirmation for
the packs refunded, the supervisor's approval (the supervisor signs in on this PC and
approves in person, then signs out), and the original channel (原路退回) — as the HIS prints
its 退费须知 next to 确认退费. A partial refund re-settles the insurance and reissues the
invoice for the lines kept (红冲 and reissue).

May import: PySide6, trainer.sim (records, recording, refunds), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.cashier_refund_lines import RefundLines, packs_text
from trainer.gui.stations.cashier_tabs import ST, Issue, MethodBox, method_name, status_name, yuan
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid
from trainer.sim.recording import RecordedAttempt
from trainer.sim.records import refunds as refund_rows
from trainer.sim.refunds import preview

OK, NO = "✔", "✘"


class RefundTab(QWidget):
    def __init__(self, issue: Issue, select_patient: Any) -> None:
        super().__init__()
        self.issue, self.select_patient = issue, select_patient
        self.rec: RecordedAttempt | None = None
        self.facts: dict[str, dict[str, Any]] = {}
        self._shown_refund: str | None = None
        outer = QHBoxLayout(self)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        find = QHBoxLayout()
        self.find_text = QLineEdit(self)
        self.find_text.setObjectName("find-invoice")
        self.find_invoice = MapButton(ST, "refund", "Find invoice", self, self._on_find)
        find.addWidget(self.find_text, 1)
        find.addWidget(self.find_invoice)
        layout.addLayout(find)  # the refund request goes on the same row
        self.invoices = Grid("refund-invoices", self)
        self.invoices.itemSelectionChanged.connect(self._on_invoice_selected)
        layout.addWidget(self.invoices, 1)
        self.lines = RefundLines(self)
        layout.addWidget(self.lines)
        self.request_reason = QLineEdit(self)
        self.request_reason.setObjectName("refund-request-reason")
        self.request = MapButton(ST, "refund", "Request refund", self, self._on_request)
        find.addWidget(self.request_reason, 1)
        find.addWidget(self.request)
        self.refunds = Grid("refund-requests", self)
        self.refunds.itemSelectionChanged.connect(self._on_refund_selected)
        layout.addWidget(self.refunds, 1)
        for grid in (self.invoices, self.refunds):
            grid.setMinimumHeight(52)
        layout.addWidget(self._build_actions())
        right = QVBoxLayout()
        right.addWidget(self._build_rules(), 1)
        decline = QHBoxLayout()  # under the rules: declining is what they call for
        decline.addWidget(self.decline_reason, 1)
        decline.addWidget(self.decline)
        right.addLayout(decline)
        outer.addLayout(right)

    def _build_actions(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.supervisor = QWidget(box)
        self.supervisor.setObjectName("supervisor-approval")
        sup = QHBoxLayout(self.supervisor)
        sup.setContentsMargins(0, 0, 0, 0)
        self.supervisor_title = QLabel(self.supervisor)
        self.supervisor_title.setStyleSheet("font-weight:bold;color:#e65100;")
        sup.addWidget(self.supervisor_title)
        self.supervisor_id = QLineEdit(self.supervisor)
        self.supervisor_id.setObjectName("supervisor-id")
        self.supervisor_id.setMinimumWidth(70)
        self.sign_in = QPushButton(self.supervisor)
        self.sign_in.setObjectName("supervisor-sign-in")
        self.sign_in.clicked.connect(self._on_sign_in)
        self.approve = MapButton(ST, "refund", "Supervisor signs in to approve", self.supervisor,
                                 self._on_approve)
        self.sign_out = QPushButton(self.supervisor)
        self.sign_out.setObjectName("supervisor-sign-out")
        self.sign_out.clicked.connect(lambda: self.issue("supervisor_logout", {}))
        self.on_pc = QLabel(self.supervisor)  # shown in the rules panel
        for widget in (self.supervisor_id, self.sign_in, self.approve, self.sign_out):
            sup.addWidget(widget)
        col.addWidget(self.supervisor)
        pay = QHBoxLayout()
        self.method_label = QLabel(box)
        self.method = MethodBox(box)
        self.method.setObjectName("refund-method")
        self.original = QLabel(box)
        self.original.setObjectName("refund-original-channel")
        self.pay = MapButton(ST, "refund", "Confirm refund", box, self._on_pay)
        self.decline_reason = QLineEdit(box)
        self.decline_reason.setObjectName("refund-decline-reason")
        self.decline = MapButton(ST, "refund", "Decline refund", box, self._on_decline)
        for item in (self.method_label, self.method, self.original, self.pay):
            pay.addWidget(item)
        pay.addStretch(1)
        col.addLayout(pay)
        return box

    def _build_rules(self) -> QWidget:
        self.rules = QGroupBox(self)
        self.rules.setObjectName("refund-rules")
        self.rules.setFixedWidth(260)
        self.rules.setStyleSheet(
            "#refund-rules{background:#fffde7;border:2px solid #f9a825;margin-top:14px;"
            "padding-top:6px;font-weight:bold;}#refund-rules QLabel{font-size:12px;}"
            "#refund-rules::title{subcontrol-origin:margin;left:8px;padding:0 4px;}")
        col = QVBoxLayout(self.rules)
        self.rule_lines = [QLabel(self.rules) for _ in range(5)]
        self.state_lines = [QLabel(self.rules) for _ in range(3)]
        col.setSpacing(3)
        for label in (*self.rule_lines, *self.state_lines, self.on_pc):
            label.setWordWrap(True)
            col.addWidget(label)
        col.addStretch(1)
        return self.rules

    def retranslate(self, lang: str) -> None:
        self.find_text.setPlaceholderText(self.tr("Invoice number or patient name"))
        self.find_text.setAccessibleName(self.tr("find invoice"))
        self.invoices.setAccessibleName(self.tr("paid invoices"))
        self.refunds.setAccessibleName(self.tr("refund requests"))
        self.request_reason.setPlaceholderText(self.tr("Reason for the refund request"))
        self.request_reason.setAccessibleName(self.tr("reason for the refund request"))
        self.supervisor_title.setText(self.tr("Supervisor (in person):"))
        self.supervisor.setAccessibleName(
            self.tr("Supervisor approval (the supervisor in person)"))
        self.supervisor_id.setPlaceholderText(
            self.tr("supervisor's staff id (typed by the supervisor)"))
        self.supervisor_id.setAccessibleName(self.tr("supervisor's staff id"))
        self.sign_in.setText(self.tr("Supervisor signs in"))
        self.sign_in.setAccessibleName(self.sign_in.text())
        self.sign_out.setText(self.tr("Supervisor signs out"))
        self.sign_out.setAccessibleName(self.sign_out.text())
        self.on_pc.setAccessibleName(self.tr("who is signed in on this PC"))
        self.method_label.setText(self.tr("Refund to"))
        self.method.setAccessibleName(self.tr("refund channel"))
        self.original.setAccessibleName(self.tr("original payment channel"))
        self.decline_reason.setPlaceholderText(
            self.tr("Reason for declining"))
        self.decline_reason.setAccessibleName(self.tr("reason for declining the refund"))
        self.rules.setTitle(self.tr("Refund rules (退费须知)"))
        self.rules.setAccessibleName(self.tr("Refund rules (退费须知)"))
        rules = (
            self.tr("1. Drugs: refund only after the pharmacy has confirmed the return "
                    "(退药确认)."),
            self.tr("2. Every refund needs the supervisor's approval, signed in person."),
            self.tr("3. Pay back through the original channel (原路退回) — never cash for "
                    "WeChat."),
            self.tr("4. The original invoice is reversed (冲红); check the patient's identity "
                    "first."),
            self.tr("5. Partial refund: only the packs the pharmacy confirmed returned; the "
                    "insurance is re-settled and a new invoice is issued for the rest."),
        )
        for label, rule in zip(self.rule_lines, rules, strict=True):
            label.setText(rule)
        self.method.retranslate()
        self.lines.retranslate()
        for button in (self.find_invoice, self.request, self.approve, self.pay, self.decline):
            button.retranslate(lang)
        if self.rec is not None:
            self.show_state(self.rec, lang)

    # actions
    def _on_find(self) -> None:
        query = self.find_text.text().strip().lower()
        if not query:
            self.find_text.setFocus()
            return
        for row in range(len(self.invoices.keys)):
            cells = [self.invoices.item(row, c) for c in range(self.invoices.columnCount())]
            if any(c is not None and query in c.text().lower() for c in cells):
                self.invoices.selectRow(row)
                return

    def _on_invoice_selected(self) -> None:
        rec, key = self.rec, self.invoices.current_key()
        if rec is not None and key in rec.attempt.sandbox.invoices:
            self.lines.show_invoice(rec.attempt.sandbox, key, self.lines.lang)
            self.select_patient(rec.attempt.sandbox.invoices[key].patient)

    def _on_refund_selected(self) -> None:
        fact = self.facts.get(self.refunds.current_key() or "")
        if fact is not None:
            self.method.set_method(fact["original_method"])
            self.select_patient(fact["patient"])
            self._show_checks(fact)

    def _on_request(self) -> None:
        invoice = self.invoices.current_key()
        if invoice is not None:
            args: dict[str, Any] = {"invoice": invoice, "reason": self.request_reason.text()}
            quantities = self.lines.quantities() if self.lines.invoice is not None \
                and self.lines.invoice.id == invoice else None
            if quantities is not None:
                args["quantities"] = quantities
            self.issue("request_refund", args)

    def _on_sign_in(self) -> None:
        self.issue("supervisor_login", {"staff": self.supervisor_id.text().strip()})
        self.supervisor_id.clear()

    def _on_approve(self) -> None:
        refund = self.refunds.current_key()
        if refund is not None:
            self.issue("approve_refund", {"refund": refund})

    def _on_pay(self) -> None:
        refund = self.refunds.current_key()
        if refund is not None:
            self.issue("pay_refund", {"refund": refund, "method": self.method.currentData()})

    def _on_decline(self) -> None:
        refund = self.refunds.current_key()
        if refund is not None:
            self.issue("decline_refund", {"refund": refund,
                                          "reason": self.decline_reason.text()})

    # the state
    def _show_checks(self, fact: dict[str, Any] | None) -> None:
        if fact is None:
            for label in self.state_lines:
                label.clear()
            self.original.clear()
            return
        returned, approved = bool(fact["drugs_returned"]), bool(fact["approved"])
        assert self.rec is not None
        sb = self.rec.attempt.sandbox
        inv = sb.invoices[str(fact["invoice"])]
        refund = sb.refunds[str(fact["id"])]
        back = preview(sb, inv, refund.quantities) if refund.status == "requested" else {
            "pooled": refund.pooled_back, "personal": refund.personal_back,
            "amount": refund.amount}
        if refund.quantities is None:
            first = (self.tr("Pharmacy return confirmed") if returned
                     else self.tr("Pharmacy has NOT confirmed the return — do not refund"))
        else:
            first = (self.tr("Pharmacy confirmed the return of the packs refunded: %1")
                     if returned else self.tr("Refund exceeds what the pharmacy confirmed "
                                              "returned (%1) — do not refund")).replace(
                "%1", packs_text(sb, refund.quantities, self.lines.lang))
        lines = (
            (returned, first),
            (approved, self.tr("Approved by %1").replace("%1", str(fact["approved_by"]))
             if approved else self.tr("Not approved by a supervisor yet")),
            (True, self.tr("Back the way it came: %1 %2; personal account %3; fund (统筹) %4")
             .replace("%1", method_name(fact["original_method"]))
             .replace("%2", yuan(back["amount"])).replace("%3", yuan(back["personal"]))
             .replace("%4", yuan(back["pooled"]))),
        )
        for label, (good, words) in zip(self.state_lines, lines, strict=True):
            label.setText(f"{OK if good else NO} {words}")
            label.setStyleSheet("color:#1b5e20;font-weight:bold;" if good
                                else "color:#b71c1c;font-weight:bold;")
        self.original.setText(self.tr("original: %1").replace(
            "%1", method_name(fact["original_method"])))

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        self.rec = rec
        sb = rec.attempt.sandbox
        self.invoices.blockSignals(True)
        self.invoices.fill(
            [self.tr("Invoice"), self.tr("Name"), self.tr("Kind"), self.tr("Total"),
             self.tr("Personal account (个账)"), self.tr("Paid"), self.tr("Method"),
             self.tr("Status")],
            [(i.id, [i.id, text(sb.patients[i.patient].ref.name, lang),
                     self.tr("Registration") if i.kind == "registration" else
                     self.tr("Prescription"), yuan(i.total), yuan(i.personal), yuan(i.due),
                     method_name(i.method), status_name(i.status)])
             for i in sb.invoices.values() if i.status != "unpaid"])
        self.invoices.blockSignals(False)
        self.lines.show_invoice(sb, self.invoices.current_key(), lang)
        self.facts = {str(f["id"]): f for f in refund_rows(sb)}
        rows = []
        for rid, f in self.facts.items():
            inv = sb.invoices[str(f["invoice"])]
            asked = sb.refunds[rid].quantities
            rows.append((rid, [
                rid, text(sb.patients[inv.patient].ref.name, lang),
                packs_text(sb, asked, lang) if asked else self.tr("Whole invoice"),
                OK if f["drugs_returned"] else NO + " " + self.tr("not returned"),
                str(f["approved_by"] or NO), (self.tr("Refunded") if f["status"] == "paid"
                                               else status_name(str(f["status"]))),
                method_name(f["original_method"]), yuan(inv.total), yuan(inv.due),
                str(f["invoice"]), str(f["new_invoice"] or ""), str(f["reason"])]))
        self.refunds.blockSignals(True)
        self.refunds.fill(
            [self.tr("Refund"), self.tr("Name"), self.tr("Refund packs"),
             self.tr("Pharmacy return"), self.tr("Approved by"), self.tr("Status"),
             self.tr("Original channel"), self.tr("Total"), self.tr("Paid"),
             self.tr("Invoice"), self.tr("Reissued invoice"), self.tr("Reason")], rows)
        self.refunds.blockSignals(False)
        self._show_checks(self.facts.get(self.refunds.current_key() or ""))
        current = self.facts.get(self.refunds.current_key() or "")
        if current is not None and current["id"] != self._shown_refund:
            self._shown_refund = str(current["id"])  # the HIS proposes the original channel
            self.method.set_method(current["original_method"])
        on = sb.supervisor_on
        self.on_pc.setText(self.tr("Signed in: supervisor %1").replace("%1", on) if on
                           else self.tr("Signed in: cashier"))
        self.on_pc.setStyleSheet("color:#e65100;font-weight:bold;" if on else "")
