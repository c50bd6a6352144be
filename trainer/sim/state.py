"""The sandbox's mutable state: patients, visits, prescriptions, orders, money, stock.

Only command handlers change it; everything else reads it. Amounts are integer fen (分),
quantities integer packs, time is elapsed milliseconds from the command log.

May import: trainer.sim.reference, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from trainer.sim.reference import Batch, Patient, Reference


@dataclass
class PatientState:
    ref: Patient
    allergies_recorded: list[str] | None
    allergies_asked: bool = False
    severe_allergies: list[str] = field(default_factory=list)
    bed: str | None = None
    ward: str | None = None
    personal_account: int = 0


@dataclass
class Visit:
    id: str
    patient: str
    clinic: str = "general"
    dept: str = "internal_medicine"
    status: str = "waiting"  # waiting | in_consultation | seen | cancelled
    called: bool = False
    emr: dict[str, str] = field(default_factory=dict)
    registration_invoice: str | None = None
    doctor: str | None = None  # the doctor of the 出诊表 registered with (None: the department)


@dataclass
class DiagnosisEntry:
    visit: str
    patient: str
    code: str
    primary: bool


@dataclass
class RxItem:
    drug: str
    dose: Decimal
    unit: str
    route: str
    freq: str
    days: int
    quantity: int  # packs
    group: int | None = None
    alerts: list[str] = field(default_factory=list)  # soft alerts overridden with a reason
    reason: str = ""


@dataclass
class Prescription:
    id: str
    visit: str | None
    patient: str
    kind: str = "ordinary"
    indication: str | None = None  # cancer_pain | chronic_pain (麻精处方 patient flag)
    status: str = "draft"  # draft|signed|approved|returned|dispensed|returned_to_pharmacy|void
    items: list[RxItem] = field(default_factory=list)
    return_reason: str = ""
    reviewed: bool = False
    paid: bool = False
    counselled: bool = False
    counsel_note: str = ""
    counsel_points: list[str] = field(default_factory=list)
    dispense_checks: list[str] = field(default_factory=list)
    prepared: bool = False
    prepared_by: str = ""
    second_checked: bool = False  # dispensed after a 配药确认 by the preparing pharmacist


@dataclass
class Order:
    id: str
    patient: str
    drug: str
    dose: Decimal
    unit: str
    route: str
    freq: str
    kind: str  # long_term | temporary | prn | sos
    status: str = "new"  # new | verified | stopped | cancelled | held
    alerts: list[str] = field(default_factory=list)
    reason: str = ""
    hold_reason: str = ""
    created_ms: int = 0


@dataclass
class Execution:
    order: str
    patient: str
    drug: str
    at_ms: int
    wristband_scanned: bool
    drug_scanned: bool
    checks: list[str]
    order_status: str


@dataclass
class SkinTest:
    patient: str
    drug: str
    result: str  # ordered | positive | negative


@dataclass
class Dispensing:
    rx: str
    patient: str
    drug: str
    batch: str
    expiry: date
    quantity: int
    at_ms: int


@dataclass
class Invoice:
    id: str
    patient: str
    kind: str  # registration | charge
    lines: list[dict[str, Any]]
    total: int
    pooled: int
    personal: int
    copay: int
    selfpay: int
    due: int
    method: str | None = None
    received: int = 0
    change: int = 0
    status: str = "unpaid"  # unpaid | paid | reversed
    card_patient: str | None = None
    prescriptions: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # 检验/检查申请 (outpatient_requests)
    replaces: str | None = None  # the invoice this one was reissued for (红冲 and reissue)


@dataclass
class Refund:
    id: str
    invoice: str
    patient: str
    reason: str
    approved_by: str | None = None
    status: str = "requested"  # requested | paid | declined
    method: str | None = None
    paid_ms: int | None = None
    approved_ms: int | None = None
    decline_reason: str = ""
    quantities: dict[str, int] | None = None  # item → packs to refund; None: the whole invoice
    pooled_back: int = 0  # 统筹 reversed by the re-settlement (fen)
    personal_back: int = 0  # back to the personal account (个账)
    amount: int = 0  # back through ``method`` (the part the patient paid)
    new_invoice: str | None = None  # reissued for the lines kept (partial refund)


@dataclass
class Closing:
    expected: dict[str, int]
    counted: dict[str, int]
    note: str
    at_ms: int


@dataclass
class Sandbox:
    """Everything the trainee can see or change."""

    reference: Reference
    patients: dict[str, PatientState] = field(default_factory=dict)
    visits: dict[str, Visit] = field(default_factory=dict)
    diagnoses: list[DiagnosisEntry] = field(default_factory=list)
    prescriptions: dict[str, Prescription] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    executions: list[Execution] = field(default_factory=list)
    skin_tests: list[SkinTest] = field(default_factory=list)
    vitals: list[dict[str, Any]] = field(default_factory=list)
    stock: list[Batch] = field(default_factory=list)
    quarantined: set[tuple[str, str]] = field(default_factory=set)
    dispensings: list[Dispensing] = field(default_factory=list)
    drug_returns: list[dict[str, Any]] = field(default_factory=list)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    refunds: dict[str, Refund] = field(default_factory=dict)
    payments: list[dict[str, Any]] = field(default_factory=list)
    closings: list[Closing] = field(default_factory=list)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    allergy_changes: list[dict[str, Any]] = field(default_factory=list)
    supervisors: set[str] = field(default_factory=set)
    supervisor_on: str | None = None  # the supervisor logged in on the PC, if any
    cash_float: int = 0
    # bedside context: the wristband scanned last and the drug labels scanned since
    scanned_patient: str | None = None
    scanned_orders: set[str] = field(default_factory=set)
    confirmed_checks: dict[str, list[str]] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    clock_ms: int = 0
    #: State of station modules added later (inpatient: admissions, transfers, 摆药…), each
    #: under its own key, so a new module needs no change here.
    extra: dict[str, Any] = field(default_factory=dict)

    def next_id(self, prefix: str, taken: set[str] | dict[str, Any]) -> str:
        """Deterministic ids: ``rx-1``, ``rx-2``… skipping any already in use."""
        n = self.counters.get(prefix, 0)
        while True:
            n += 1
            candidate = f"{prefix}-{n}"
            if candidate not in taken:
                self.counters[prefix] = n
                return candidate

    def stock_of(self, drug: str) -> int:
        return sum(b.quantity for b in self.stock
                   if b.drug == drug and (b.drug, b.batch) not in self.quarantined)

    def patient_drugs(self, patient: str, exclude_rx: str | None = None) -> list[str]:
        """Drugs the patient is on: live prescriptions and active orders."""
        drugs = [i.drug for rx in self.prescriptions.values()
                 if rx.patient == patient and rx.id != exclude_rx
                 and rx.status not in ("void", "returned") for i in rx.items]
        drugs += [o.drug for o in self.orders.values()
                  if o.patient == patient and o.status in ("new", "verified")]
        return drugs
