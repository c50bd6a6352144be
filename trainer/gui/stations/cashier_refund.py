"""The cashier's 退费 and 日结 tabs.

退费: the paid invoices (查找发票 F2), 申请退费 (F6), and the refund requests with what a
refund needs beside the action that pays it — the pharmacy's return confirmation, the
supervisor's approval (the supervisor signs in on this PC and approves in person, then
signs out), and the original channel (原路退回) — as the HIS prints its 退费须知 next to
确认退费. The sandbox refunds a whole invoice (冲红); it has no partial refund.

日结: the system's takings per payment method (备用金 included), the amounts the cashier
counts, the difference and a note, 日结确认 (F8), and the closing report.

May import: PySide6, trainer.sim (cashier, records, recording), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.cashier_tabs import (
    ST,
    Issue,
    MethodBox,
    fen_of,
    method_name,
    number,
    status_name,
    yuan,
)
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid
from trainer.sim.cashier import METHODS, expected_takings
from trainer.sim.recording import RecordedAttempt
from trainer.sim.records import refunds as refund_rows

OK, NO = "✔", "✘"


class RefundTab(QWidget):
    def __init__(self, issue: Issue, select_patient: Any) -> None:
        super().__init__()
        self.issue, self.select_patient = issue, select_patient
        self.rec: RecordedAttempt | None = None
        self.facts: dict[str, dict[str, Any]] = {}
        self._shown_refund: str | None = None
        layout = QVBoxLayout(self)
        find = QHBoxLayout()
        self.find_text = QLineEdit(self)
        self.find_text.setObjectName("find-invoice")
        self.find_invoice = MapButton(ST, "refund", "Find invoice", self, self._on_find)
        find.addWidget(self.find_text, 1)
        find.addWidget(self.find_invoice)
        layout.addLayout(find)
        self.invoices = Grid("refund-invoices", self)
        self.invoices.itemSelectionChanged.connect(self._on_invoice_selected)
        layout.addWidget(self.invoices, 1)
        request = QHBoxLayout()
        self.request_reason = QLineEdit(self)
        self.request_reason.setObjectName("refund-request-reason")
        self.request = MapButton(ST, "refund", "Request refund", self, self._on_request)
        request.addWidget(self.request_reason, 1)
        request.addWidget(self.request)
        layout.addLayout(request)
        self.refunds = Grid("refund-requests", self)
        self.refunds.itemSelectionChanged.connect(self._on_refund_selected)
        bottom = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.refunds, 1)
        left.addWidget(self._build_actions())
        bottom.addLayout(left, 1)
        bottom.addWidget(self._build_rules())
        layout.addLayout(bottom, 2)

    def _build_actions(self) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.supervisor = QGroupBox(box)
        sup_rows = QVBoxLayout(self.supervisor)
        sup, sup2 = QHBoxLayout(), QHBoxLayout()
        sup_rows.addLayout(sup)
        sup_rows.addLayout(sup2)
        self.supervisor_id = QLineEdit(self.supervisor)
        self.supervisor_id.setObjectName("supervisor-id")
        self.supervisor_id.setMinimumWidth(150)
        self.sign_in = QPushButton(self.supervisor)
        self.sign_in.setObjectName("supervisor-sign-in")
        self.sign_in.clicked.connect(self._on_sign_in)
        self.approve = MapButton(ST, "refund", "Supervisor signs in to approve", self.supervisor,
                                 self._on_approve)
        self.sign_out = QPushButton(self.supervisor)
        self.sign_out.setObjectName("supervisor-sign-out")
        self.sign_out.clicked.connect(lambda: self.issue("supervisor_logout", {}))
        self.on_pc = QLabel(self.supervisor)
        for widget in (self.supervisor_id, self.sign_in, self.sign_out):
            sup.addWidget(widget)
        sup.addStretch(1)
        sup2.addWidget(self.approve)
        sup2.addWidget(self.on_pc, 1)
        col.addWidget(self.supervisor)
        pay = QHBoxLayout()
        self.method_label = QLabel(box)
        self.method = MethodBox(box)
        self.method.setObjectName("refund-method")
        self.original = QLabel(box)
        self.original.setObjectName("refund-original-channel")
        self.pay = MapButton(ST, "refund", "Confirm refund", box, self._on_pay)
        for item in (self.method_label, self.method, self.original, self.pay):
            pay.addWidget(item)
        col.addLayout(pay)
        decline = QHBoxLayout()
        self.decline_reason = QLineEdit(box)
        self.decline_reason.setObjectName("refund-decline-reason")
        self.decline = MapButton(ST, "refund", "Decline refund", box, self._on_decline)
        decline.addWidget(self.decline_reason, 1)
        decline.addWidget(self.decline)
        col.addLayout(decline)
        return box

    def _build_rules(self) -> QWidget:
        self.rules = QGroupBox(self)
        self.rules.setObjectName("refund-rules")
        self.rules.setFixedWidth(300)
        self.rules.setStyleSheet("#refund-rules{background:#fffde7;border:2px solid #f9a825;}")
        col = QVBoxLayout(self.rules)
        self.rule_lines = [QLabel(self.rules) for _ in range(4)]
        self.state_lines = [QLabel(self.rules) for _ in range(3)]
        for label in (*self.rule_lines, *self.state_lines):
            label.setWordWrap(True)
            col.addWidget(label)
        return self.rules

    def retranslate(self, lang: str) -> None:
        self.find_text.setPlaceholderText(self.tr("Invoice number or patient name"))
        self.find_text.setAccessibleName(self.tr("find invoice"))
        self.invoices.setAccessibleName(self.tr("paid invoices"))
        self.refunds.setAccessibleName(self.tr("refund requests"))
        self.request_reason.setPlaceholderText(self.tr("Reason for the refund request"))
        self.request_reason.setAccessibleName(self.tr("reason for the refund request"))
        self.supervisor.setTitle(self.tr("Supervisor approval (the supervisor in person)"))
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
            self.tr("Reason for declining (the patient is told)"))
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
        )
        for label, rule in zip(self.rule_lines, rules, strict=True):
            label.setText(rule)
        self.method.retranslate()
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
            self.issue("request_refund", {"invoice": invoice,
                                          "reason": self.request_reason.text()})

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
        inv = self.rec.attempt.sandbox.invoices[str(fact["invoice"])]
        lines = (
            (returned, self.tr("Pharmacy return confirmed") if returned
             else self.tr("Pharmacy has NOT confirmed the return — do not refund")),
            (approved, self.tr("Approved by %1").replace("%1", str(fact["approved_by"]))
             if approved else self.tr("Not approved by a supervisor yet")),
            (True, self.tr("Back the way it came: %1 %2; personal account %3")
             .replace("%1", method_name(fact["original_method"])).replace("%2", yuan(inv.due))
             .replace("%3", yuan(inv.personal))),
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
        self.facts = {str(f["id"]): f for f in refund_rows(sb)}
        rows = []
        for rid, f in self.facts.items():
            inv = sb.invoices[str(f["invoice"])]
            rows.append((rid, [
                rid, text(sb.patients[inv.patient].ref.name, lang),
                OK if f["drugs_returned"] else NO + " " + self.tr("not returned"),
                str(f["approved_by"] or NO), status_name(str(f["status"])),
                method_name(f["original_method"]), yuan(inv.total), yuan(inv.due),
                str(f["invoice"]), str(f["reason"])]))
        self.refunds.blockSignals(True)
        self.refunds.fill(
            [self.tr("Refund"), self.tr("Name"), self.tr("Pharmacy return"),
             self.tr("Approved by"), self.tr("Status"), self.tr("Original channel"),
             self.tr("Total"), self.tr("Paid"), self.tr("Invoice"), self.tr("Reason")], rows)
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


class ClosingTab(QWidget):
    """日结: count per method against the system, note the difference, the report."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue
        self.expected: dict[str, int] = {}
        layout = QVBoxLayout(self)
        self.count_box = QGroupBox(self)
        grid = QGridLayout(self.count_box)
        self.heads = [QLabel(self.count_box) for _ in range(4)]
        for c, head in enumerate(self.heads):
            head.setStyleSheet("font-weight:bold;")
            grid.addWidget(head, 0, c)
        self.names = {m: QLabel(self.count_box) for m in METHODS}
        self.system = {m: QLabel(self.count_box) for m in METHODS}
        self.counted = {m: QLineEdit(self.count_box) for m in METHODS}
        self.diff = {m: QLabel(self.count_box) for m in METHODS}
        for r, m in enumerate(METHODS, start=1):
            self.counted[m].setObjectName(f"counted-{m}")
            self.counted[m].textChanged.connect(self._on_counted)
            for c, widget in enumerate((self.names[m], self.system[m], self.counted[m],
                                        self.diff[m])):
                grid.addWidget(widget, r, c)
        layout.addWidget(self.count_box)
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("closing-note")
        self.confirm = MapButton(ST, "daily_closing", "Confirm closing", self, self._on_confirm)
        row.addWidget(self.note, 1)
        row.addWidget(self.confirm)
        layout.addLayout(row)
        self.report_title = QLabel(self)
        self.report_title.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.report_title)
        self.report = Grid("closing-report", self)
        layout.addWidget(self.report, 1)

    def retranslate(self, lang: str) -> None:
        self.count_box.setTitle(self.tr("Takings by payment method (cash float included)"))
        for head, words in zip(self.heads, (self.tr("Method"), self.tr("System amount"),
                                            self.tr("Counted (yuan)"), self.tr("Difference")),
                               strict=True):
            head.setText(words)
        for m in METHODS:
            self.names[m].setText(method_name(m))
            self.counted[m].setAccessibleName(self.tr("counted: %1").replace("%1", method_name(m)))
            self.system[m].setAccessibleName(self.tr("system: %1").replace("%1", method_name(m)))
            self.diff[m].setAccessibleName(self.tr("difference: %1").replace("%1", method_name(m)))
        self.note.setPlaceholderText(
            self.tr("Note on any difference (what happened, who was told)"))
        self.note.setAccessibleName(self.tr("closing note"))
        self.report_title.setText(self.tr("Closing report (日结报表)"))
        self.report.setAccessibleName(self.tr("closing report"))
        self.confirm.retranslate(lang)

    def _on_counted(self) -> None:
        for m in METHODS:
            got = fen_of(self.counted[m].text()) if self.counted[m].text().strip() else 0
            if got is None:
                self.diff[m].setText("?")
                continue
            diff = got - self.expected.get(m, 0)
            self.diff[m].setText(yuan(diff))
            self.diff[m].setStyleSheet("color:#b71c1c;font-weight:bold;" if diff else "")

    def _on_confirm(self) -> None:
        counted: dict[str, Any] = {}
        for m in METHODS:
            value = self.counted[m].text().strip()
            if value and fen_of(value) is not None:
                counted[m] = float(number(value))
        args: dict[str, Any] = {"counted": counted}
        if self.note.text().strip():
            args["note"] = self.note.text()
        self.issue("daily_closing", args)

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        sb = rec.attempt.sandbox
        self.expected = expected_takings(sb)
        for m in METHODS:
            self.system[m].setText(yuan(self.expected[m]))
        self._on_counted()
        rows = []
        for n, c in enumerate(sb.closings):
            for m in METHODS:
                diff = c.counted.get(m, 0) - c.expected[m]
                rows.append((f"{n}-{m}", [
                    f"{c.at_ms // 60000:02d}:{c.at_ms // 1000 % 60:02d}", method_name(m),
                    yuan(c.expected[m]), yuan(c.counted.get(m, 0)), yuan(diff), c.note]))
        self.report.fill([self.tr("Time"), self.tr("Method"), self.tr("System amount"),
                          self.tr("Counted"), self.tr("Difference"), self.tr("Note")], rows)
