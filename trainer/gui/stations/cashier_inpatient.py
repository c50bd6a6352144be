"""The inpatient cashier's tabs: 入院登记 (admission from the doctor's 住院证, 预交金) and
住院结算 (中途结算, 出院结算 with the deposit set off and its balance paid back by the
deposit's own channel). What stops a discharge settlement — the ward's drugs not yet
returned (病区退药未完成), no discharge order — is shown on the admission's row and in the
settlement rules beside the action.

May import: PySide6, trainer.sim (inpatient_state, recording), trainer.gui.stations.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.cashier_tabs import (
    ST,
    CardField,
    Issue,
    MethodBox,
    ctr,
    fen_of,
    method_name,
    number,
    yuan,
)
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid
from trainer.sim.inpatient_state import Admission, InpatientState, ip, pending_returns
from trainer.sim.recording import RecordedAttempt
from trainer.sim.state import Sandbox

NO = "✘"
WARD = QT_TRANSLATE_NOOP("cashier", "Ward %1")


def held(st: InpatientState, adm: str) -> int:
    """The deposits still held for the admission (taken minus those set off)."""
    taken: int = sum(d["amount"] for d in st.deposits if d["admission"] == adm)
    used: int = sum(s["deposits_used"] for s in st.settlements if s["admission"] == adm)
    return taken - used


def channels(st: InpatientState, adm: str) -> list[str]:
    return sorted({d["method"] for d in st.deposits if d["admission"] == adm})


def ward_name(sb: Sandbox, ward: str, lang: str) -> str:
    """``ward_3`` as the hospital says it (3病区); a department by its name."""
    if ward in sb.reference.departments:
        return text(sb.reference.departments[ward].name, lang)
    number = ward.removeprefix("ward_")
    return ctr("Ward %1").replace("%1", number) if number.isdigit() else ward


def ward_bed(sb: Sandbox, adm: Admission, lang: str) -> str:
    return f"{ward_name(sb, adm.ward, lang)} {adm.bed or '-'}"


class AdmissionTab(QWidget):
    def __init__(self, issue: Issue, select_patient: Any) -> None:
        super().__init__()
        self.issue, self.select_patient = issue, select_patient
        self.rec: RecordedAttempt | None = None
        layout = QVBoxLayout(self)
        self.notices_title = QLabel(self)
        self.notices = Grid("admission-notices", self)
        self.notices.itemSelectionChanged.connect(self._on_notice_selected)
        row = QHBoxLayout()
        self.card_label = QLabel(self)
        self.card = CardField(self)
        self.admit = MapButton(ST, "admission_desk", "Register admission", self, self._on_admit)
        for widget in (self.card_label, self.card, self.admit):
            row.addWidget(widget)
        self.admissions_title = QLabel(self)
        self.admissions = Grid("admissions", self)
        self.admissions.itemSelectionChanged.connect(self._on_admission_selected)
        pay = QHBoxLayout()
        self.amount_label = QLabel(self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("deposit-amount")
        self.method = MethodBox(self)
        self.method.setObjectName("deposit-method")
        self.deposit = MapButton(ST, "admission_desk", "Take deposit", self, self._on_deposit)
        for item in (self.amount_label, self.amount, self.method, self.deposit):
            pay.addWidget(item)
        pay.addStretch(1)
        layout.addWidget(self.notices_title)
        layout.addWidget(self.notices, 1)
        layout.addLayout(row)
        layout.addWidget(self.admissions_title)
        layout.addWidget(self.admissions, 1)
        layout.addLayout(pay)

    def retranslate(self, lang: str) -> None:
        self.notices_title.setText(self.tr("Admission notices (住院证) waiting"))
        self.notices.setAccessibleName(self.tr("admission notices"))
        self.card_label.setText(self.tr("Insurance card:"))
        self.admissions_title.setText(self.tr("Admissions (住院号) and deposits"))
        self.admissions.setAccessibleName(self.tr("admissions"))
        self.amount_label.setText(self.tr("Deposit (yuan)"))
        self.amount.setAccessibleName(self.tr("deposit amount in yuan"))
        self.method.setAccessibleName(self.tr("Payment method"))
        self.method.retranslate()
        self.card.retranslate()
        for button in (self.admit, self.deposit):
            button.retranslate(lang)

    def _on_notice_selected(self) -> None:
        rec, key = self.rec, self.notices.current_key()
        if rec is not None and key in ip(rec.attempt.sandbox).notices:
            self.select_patient(ip(rec.attempt.sandbox).notices[key].patient)

    def _on_admission_selected(self) -> None:
        rec, key = self.rec, self.admissions.current_key()
        if rec is not None and key in ip(rec.attempt.sandbox).admissions:
            self.select_patient(ip(rec.attempt.sandbox).admissions[key].patient)

    def _on_admit(self) -> None:
        notice = self.notices.current_key()
        if notice is None:
            return
        args: dict[str, Any] = {"notice": notice}
        if self.card.card():
            args["card"] = self.card.card()
        self.issue("admit_register", args)

    def _on_deposit(self) -> None:
        adm = self.admissions.current_key()
        if adm is None or fen_of(self.amount.text()) is None:
            return
        self.issue("deposit", {"admission": adm, "amount": number(self.amount.text()),
                               "method": self.method.currentData()})

    def select_admission(self, adm: str) -> None:
        self.admissions.select_key(adm)

    def show_state(self, rec: RecordedAttempt, lang: str, patient: str | None) -> None:
        self.rec = rec
        sb = rec.attempt.sandbox
        st = ip(sb)
        self.card.show_for(sb, patient, lang)
        used = {a.notice for a in st.admissions.values()}
        self.notices.blockSignals(True)
        self.notices.fill(
            [self.tr("Notice"), self.tr("Name"), self.tr("Department"), self.tr("Ward"),
             self.tr("Diagnosis"), self.tr("Registered")],
            [(n.id, [n.id, text(sb.patients[n.patient].ref.name, lang),
                     text(sb.reference.departments[n.dept].name, lang)
                     if n.dept in sb.reference.departments else n.dept,
                     ward_name(sb, n.ward, lang),
                     str(getattr(n, "diagnosis", "") or ""), "✔" if n.id in used else ""])
             for n in st.notices.values()])
        self.notices.blockSignals(False)
        self.admissions.blockSignals(True)
        self.admissions.fill(
            [self.tr("Admission"), self.tr("Name"), self.tr("Ward / bed"),
             self.tr("Deposit held"), self.tr("Deposit channel"), self.tr("Insurance card")],
            [(a.id, [a.id, text(sb.patients[a.patient].ref.name, lang), ward_bed(sb, a, lang),
                     yuan(held(st, a.id)),
                     "、".join(method_name(m) for m in channels(st, a.id)) or "-",
                     self.tr("own") if a.card_patient is None else
                     NO + " " + text(sb.patients[a.card_patient].ref.name, lang)])
             for a in st.admissions.values()])
        if patient is not None and self.rec is not None:
            mine = [a.id for a in st.admissions.values() if a.patient == patient]
            if mine and self.admissions.current_key() not in mine:
                self.admissions.select_key(mine[-1])
        self.admissions.blockSignals(False)


class SettlementTab(QWidget):
    def __init__(self, issue: Issue, select_patient: Any) -> None:
        super().__init__()
        self.issue, self.select_patient = issue, select_patient
        self.rec: RecordedAttempt | None = None
        self._shown: str | None = None
        layout = QVBoxLayout(self)
        self.admissions = Grid("settlement-admissions", self)
        self.admissions.itemSelectionChanged.connect(self._on_selected)
        layout.addWidget(self.admissions, 1)
        bottom = QHBoxLayout()
        actions = QVBoxLayout()
        row = QHBoxLayout()
        self.method_label = QLabel(self)
        self.method = MethodBox(self)
        self.method.setObjectName("settle-method")
        self.channel = QLabel(self)
        self.channel.setObjectName("deposit-channel")
        self.interim = MapButton(ST, "inpatient_settlement", "Interim settlement", self,
                                 lambda: self._settle("interim_settle"))
        self.discharge = MapButton(ST, "inpatient_settlement", "Discharge settlement", self,
                                   lambda: self._settle("discharge_settle"))
        for widget in (self.method_label, self.method, self.channel, self.interim,
                       self.discharge):
            row.addWidget(widget)
        actions.addLayout(row)
        self.settlements = Grid("settlements", self)
        actions.addWidget(self.settlements, 1)
        bottom.addLayout(actions, 3)
        self.rules = QGroupBox(self)
        self.rules.setObjectName("settlement-rules")
        self.rules.setStyleSheet("#settlement-rules{background:#fffde7;border:2px solid #f9a825;}")
        col = QVBoxLayout(self.rules)
        self.rule_lines = [QLabel(self.rules) for _ in range(5)]
        for label in self.rule_lines:
            label.setWordWrap(True)
            col.addWidget(label)
        bottom.addWidget(self.rules, 2)
        layout.addLayout(bottom, 1)

    def retranslate(self, lang: str) -> None:
        self.admissions.setAccessibleName(self.tr("admissions to settle"))
        self.settlements.setAccessibleName(self.tr("settlements"))
        self.method_label.setText(self.tr("Balance paid back by"))
        self.method.setAccessibleName(self.tr("channel of the balance"))
        self.channel.setAccessibleName(self.tr("channel of the deposits"))
        self.rules.setTitle(self.tr("Settlement rules (出院结算须知)"))
        self.rules.setAccessibleName(self.tr("Settlement rules (出院结算须知)"))
        self.method.retranslate()
        for button in (self.interim, self.discharge):
            button.retranslate(lang)
        if self.rec is not None:
            self.show_state(self.rec, lang)

    def _on_selected(self) -> None:
        rec, key = self.rec, self.admissions.current_key()
        if rec is not None and key in ip(rec.attempt.sandbox).admissions:
            st = ip(rec.attempt.sandbox)
            found = channels(st, key)
            if found:
                self.method.set_method(found[0])
            self.select_patient(st.admissions[key].patient)

    def _settle(self, cmd: str) -> None:
        adm = self.admissions.current_key()
        if adm is None:
            return
        args: dict[str, Any] = {"admission": adm}
        if cmd == "discharge_settle":
            args["method"] = self.method.currentData()
        self.issue(cmd, args)

    def _show_rules(self, sb: Sandbox, adm: Admission | None) -> None:
        st = ip(sb)
        pending = pending_returns(sb, adm.id) if adm else 0
        ordered = adm is not None and adm.discharge_ordered_ms is not None
        found = channels(st, adm.id) if adm else []
        lines = (
            (None, self.tr("Check the identity first (two identifiers).")),
            (pending == 0 if adm else None,
             self.tr("Ward drugs all returned (病区退药完成)") if pending == 0 else
             self.tr("%1 unit doses not returned to the pharmacy — do not settle; ask the ward "
                     "nurse to return them").replace("%1", str(pending))),
            (ordered if adm else None, self.tr("Discharge ordered by the doctor") if ordered
             else self.tr("No discharge order yet")),
            (None, self.tr("Deposit paid by %1: the balance goes back the same way (原路退回)")
             .replace("%1", "、".join(method_name(m) for m in found) or "-")),
            (None, self.tr("Amounts due are after the insurance split (统筹/个账/自付/自费).")),
        )
        for label, (good, words) in zip(self.rule_lines, lines, strict=True):
            mark = "" if good is None else ("✔ " if good else NO + " ")
            label.setText(mark + words)
            label.setStyleSheet("" if good is None else
                                "color:#1b5e20;font-weight:bold;" if good
                                else "color:#b71c1c;font-weight:bold;")
        self.channel.setText(self.tr("deposit: %1").replace(
            "%1", "、".join(method_name(m) for m in found) or "-"))

    def show_state(self, rec: RecordedAttempt, lang: str, patient: str | None = None) -> None:
        self.rec = rec
        sb = rec.attempt.sandbox
        st = ip(sb)
        rows = []
        for a in st.admissions.values():
            unsettled = sum(c["amount"] for c in st.charges
                            if c["admission"] == a.id and c.get("settled") is None)
            pending = pending_returns(sb, a.id)
            rows.append((a.id, [
                a.id, text(sb.patients[a.patient].ref.name, lang), ward_bed(sb, a, lang),
                "✔" if a.discharge_ordered_ms is not None else "", yuan(unsettled),
                yuan(held(st, a.id)),
                "、".join(method_name(m) for m in channels(st, a.id)) or "-",
                NO + " " + str(pending) if pending else "✔"]))
        self.admissions.blockSignals(True)
        self.admissions.fill(
            [self.tr("Admission"), self.tr("Name"), self.tr("Ward / bed"),
             self.tr("Discharge ordered"), self.tr("Unsettled charges"),
             self.tr("Deposit held"), self.tr("Deposit channel"),
             self.tr("Ward drugs returned")], rows)
        if patient is not None:
            mine = [a.id for a in st.admissions.values() if a.patient == patient]
            if mine and self.admissions.current_key() not in mine:
                self.admissions.select_key(mine[-1])
        self.admissions.blockSignals(False)
        current = st.admissions.get(self.admissions.current_key() or "")
        if current is not None and current.id != self._shown:
            self._shown = current.id  # the HIS proposes the deposit's own channel
            found = channels(st, current.id)
            if found:
                self.method.set_method(found[0])
        self._show_rules(sb, current)
        kinds = {"interim": self.tr("Interim"), "discharge": self.tr("Discharge")}
        self.settlements.fill(
            [self.tr("Settlement"), self.tr("Admission"), self.tr("Kind"), self.tr("Total"),
             self.tr("Pooled fund (统筹)"), self.tr("Personal account (个账)"),
             self.tr("Co-payment (自付)"), self.tr("Self-paid (自费)"), self.tr("Due"),
             self.tr("Deposit set off"), self.tr("Paid back / to pay"), self.tr("Method")],
            [(str(s["id"]), [str(s["id"]), str(s["admission"]), kinds.get(str(s["kind"]), ""),
                             yuan(s["total"]), yuan(s["pooled"]), yuan(s["personal"]),
                             yuan(s["copay"]), yuan(s["selfpay"]), yuan(s["due"]),
                             yuan(s["deposits_used"]), yuan(s["balance"]),
                             method_name(s["method"])])
             for s in st.settlements])
