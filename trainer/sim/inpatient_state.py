"""The inpatient part of the sandbox: admissions, beds, deposits, specimens, blood, 摆药.

Kept under ``Sandbox.extra["inpatient"]`` (docs/simulator/commands.md §5) so the outpatient
state is untouched. :class:`InpatientSeed` is the ``seed.inpatient`` section of a scenario
(docs/simulator/inpatient.md); :func:`seed_inpatient` builds the state from it.

May import: trainer.content.common, trainer.sim.commands, trainer.sim.reference,
trainer.sim.state, pydantic,
the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field

from trainer.content.common import Identifier, Strict
from trainer.sim.commands import Refused
from trainer.sim.reference import Fen
from trainer.sim.state import Sandbox

#: Specimen tube (采血管) per test: the colour of the cap.
TUBES: dict[str, str] = {"cbc": "purple", "crossmatch": "purple", "coag": "blue",
                         "lft": "yellow", "urinalysis": "urine_cup"}
#: Tests and exams the ward doctor may order (fee item ids of fees.yaml).
WARD_TESTS = ("cbc", "coag", "lft", "urinalysis", "crossmatch", "dr_chest", "ct_plain",
              "ultrasound", "ecg")
ADMISSION_STATUSES = ("notice", "registered", "in_ward", "in_transit", "discharged")


class SeedNotice(Strict):
    """住院证 (admission notice) written by the outpatient or emergency doctor."""

    id: Identifier
    patient: Identifier
    dept: Identifier = "internal_medicine"
    ward: Identifier = "ward_3"
    diagnosis: str = ""


class SeedAdmission(Strict):
    id: Identifier
    patient: Identifier
    ward: Identifier = "ward_3"
    dept: Identifier = "internal_medicine"
    bed: str | None = None
    status: Literal["registered", "in_ward", "in_transit"] = "in_ward"
    wristband: bool = True
    discharge_ordered: bool = False
    #: 病危 / 病重 already ordered by the doctor (the nurse's handover must cover it).
    condition: Literal["critical", "serious", "stable"] | None = None


class SeedBed(Strict):
    ward: Identifier
    bed: str


class SeedCharge(Strict):
    admission: Identifier
    item: Identifier  # a fee item of fees.yaml
    quantity: Annotated[int, Field(ge=1)] = 1


class SeedDeposit(Strict):
    admission: Identifier
    amount: Fen
    method: Literal["cash", "wechat", "alipay", "bank_card"]


class SeedLab(Strict):
    id: Identifier
    patient: Identifier
    test: Identifier


class SeedBloodUnit(Strict):
    id: Identifier
    patient: Identifier
    product: Literal["rbc", "plasma", "platelets"] = "rbc"
    abo: Literal["A", "B", "O", "AB"]
    rh: Literal["+", "-"] = "+"
    crossmatch: Literal["compatible", "incompatible"] = "compatible"
    expiry: date


class SeedWardDrug(Strict):
    """Unit doses already in the patient's drawer (摆药 not yet given)."""

    admission: Identifier
    drug: Identifier
    units: Annotated[int, Field(ge=1)]


class InpatientSeed(Strict):
    notices: list[SeedNotice] = []  # noqa: RUF012
    admissions: list[SeedAdmission] = []  # noqa: RUF012
    beds: list[SeedBed] = []  # noqa: RUF012 — empty beds
    charges: list[SeedCharge] = []  # noqa: RUF012
    deposits: list[SeedDeposit] = []  # noqa: RUF012
    labs: list[SeedLab] = []  # noqa: RUF012
    blood_units: list[SeedBloodUnit] = []  # noqa: RUF012
    ward_drugs: list[SeedWardDrug] = []  # noqa: RUF012
    nurses: list[Identifier] = []  # noqa: RUF012 — staff who may co-sign a check


@dataclass
class Admission:
    id: str
    patient: str
    notice: str | None
    dept: str
    ward: str
    bed: str | None = None
    status: str = "registered"
    card_patient: str | None = None
    wristband: bool = False
    assessed: bool = False
    nursing_level: str | None = None
    diet: str | None = None
    condition: str | None = None
    condition_notice: bool = False
    transfer_to: str | None = None
    reorganized_ms: int | None = None
    discharge_ordered_ms: int | None = None
    take_home: list[str] = field(default_factory=list)
    summary: dict[str, Any] | None = None
    education: list[str] = field(default_factory=list)
    discharged: dict[str, Any] | None = None


@dataclass
class InpatientState:
    notices: dict[str, SeedNotice] = field(default_factory=dict)
    admissions: dict[str, Admission] = field(default_factory=dict)
    beds: dict[tuple[str, str], str | None] = field(default_factory=dict)
    charges: list[dict[str, Any]] = field(default_factory=list)
    deposits: list[dict[str, Any]] = field(default_factory=list)
    settlements: list[dict[str, Any]] = field(default_factory=list)
    labs: dict[str, dict[str, Any]] = field(default_factory=dict)
    specimens: list[dict[str, Any]] = field(default_factory=list)
    scanned_label: str | None = None
    blood: dict[str, dict[str, Any]] = field(default_factory=dict)
    transfusions: list[dict[str, Any]] = field(default_factory=list)
    risks: list[dict[str, Any]] = field(default_factory=list)
    transfers: list[dict[str, Any]] = field(default_factory=list)
    reviews: dict[str, dict[str, Any]] = field(default_factory=dict)
    unit_doses: list[dict[str, Any]] = field(default_factory=list)
    ward_drugs: list[dict[str, Any]] = field(default_factory=list)
    returns: dict[str, dict[str, Any]] = field(default_factory=dict)
    cancellations: list[dict[str, Any]] = field(default_factory=list)
    nurses: set[str] = field(default_factory=set)


def ip(sb: Sandbox) -> InpatientState:
    """The inpatient state of the sandbox (created empty on first use)."""
    state = sb.extra.get("inpatient")
    if not isinstance(state, InpatientState):
        state = InpatientState()
        sb.extra["inpatient"] = state
    return state


def seed_inpatient(sb: Sandbox, seed: InpatientSeed) -> None:
    """Fill the inpatient state from a scenario's ``seed.inpatient``."""
    st = ip(sb)
    st.nurses = set(seed.nurses)
    st.notices = {n.id: n for n in seed.notices}
    for b in seed.beds:
        st.beds[(b.ward, b.bed)] = None
    for a in seed.admissions:
        adm = Admission(a.id, a.patient, None, a.dept, a.ward, a.bed, a.status,
                        wristband=a.wristband, assessed=a.status == "in_ward",
                        discharge_ordered_ms=0 if a.discharge_ordered else None)
        adm.condition = a.condition
        st.admissions[a.id] = adm
        if a.bed is not None and a.status == "in_ward":
            st.beds[(a.ward, a.bed)] = a.patient
            pat = sb.patients.get(a.patient)
            if pat is not None:
                pat.bed, pat.ward = a.bed, a.ward
    for c in seed.charges:
        fee = sb.reference.fees[c.item]
        st.charges.append({"admission": c.admission, "item": c.item, "quantity": c.quantity,
                           "amount": fee.price * c.quantity, "category": fee.category})
    st.deposits = [{"id": f"dep{i + 1}", "admission": d.admission, "amount": d.amount,
                    "method": d.method, "at_ms": 0} for i, d in enumerate(seed.deposits)]
    for lab in seed.labs:
        st.labs[lab.id] = {"id": lab.id, "patient": lab.patient, "test": lab.test,
                           "status": "ordered", "at_ms": 0}
    for u in seed.blood_units:
        st.blood[u.id] = {"id": u.id, "patient": u.patient, "product": u.product,
                          "abo": u.abo, "rh": u.rh, "crossmatch": u.crossmatch,
                          "expiry": u.expiry, "checks": []}
    st.ward_drugs = [{"admission": w.admission, "drug": w.drug, "units": w.units,
                      "order": None} for w in seed.ward_drugs]


def admission_of(sb: Sandbox, admission_id: str) -> Admission:
    """The admission, or refuse ``unknown_admission``."""
    adm = ip(sb).admissions.get(admission_id)
    if adm is None:
        raise Refused("unknown_admission", id=admission_id)
    return adm


def live_long_term(sb: Sandbox, patient: str) -> list[str]:
    """Drugs of the patient's long-term orders that are still running (new/verified/held)."""
    return sorted(o.drug for o in sb.orders.values() if o.patient == patient
                  and o.kind in ("long_term", "prn") and o.status in ("new", "verified", "held"))


def ward_drugs_left(sb: Sandbox, admission: str) -> int:
    """Unit doses still in the patient's drawer (dispensed, not given, not sent back)."""
    left: int = sum(w["units"] for w in ip(sb).ward_drugs if w["admission"] == admission)
    return left


def pending_returns(sb: Sandbox, admission: str) -> int:
    """Drugs in the drawer plus returns the pharmacy has not confirmed yet."""
    waiting: int = sum(r["units"] for r in ip(sb).returns.values()
                  if r["admission"] == admission and r["status"] == "requested")
    return ward_drugs_left(sb, admission) + waiting
