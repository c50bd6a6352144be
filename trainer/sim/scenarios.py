"""Simulator scenario models: the seed, checks, critical errors, step declarations, sign-off.

A scenario lives in ``simulators/scenarios/<id>/scenario.yaml`` beside its golden
``expert.jsonl`` and ``critical/<critical-error-id>.jsonl`` logs (docs/simulator/scenarios.md).
Loading and cross-checking is :mod:`trainer.sim.scenario_files`.

May import: trainer.vocabulary, trainer.content (common models), trainer.sim.reference,
pydantic, the standard library.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from trainer.content.common import Identifier, LocalText, Strict
from trainer.sim.inpatient_state import InpatientSeed
from trainer.sim.reference import Fen
from trainer.vocabulary import Module, Role

Mode = Literal["guided", "practice", "exam"]
TRAINEE_ROLES = ("doctor", "nurse", "pharmacist", "cashier")
Expr = dict[str, Any]


class SeedPatient(Strict):
    """A reference patient by id, or the scenario's own patient (``name``, ``sex``, ``dob``…
    given; an id that is not a reference patient needs at least those three)."""

    id: Identifier
    name: LocalText | None = None
    sex: Literal["F", "M"] | None = None
    dob: date | None = None
    id_number: str | None = None
    wristband: str | None = None
    card_no: str | None = None
    payer_type: Identifier | None = None  # insurance: self_pay, employee, resident…
    personal_account: Fen | None = None
    allergies: tuple[Identifier, ...] | None = None  # what the patient says when asked
    allergies_recorded: tuple[Identifier, ...] | Literal["as_reference"] | None = "as_reference"
    severe_allergies: tuple[Identifier, ...] = ()
    bed: str | None = None
    ward: str | None = None

    @property
    def own(self) -> bool:
        """True when the scenario defines the patient itself (not a reference patient)."""
        return self.name is not None


class SeedVisit(Strict):
    id: Identifier
    patient: Identifier
    clinic: Literal["general", "associate", "specialist", "expert", "emergency"] = "general"
    dept: Identifier = "internal_medicine"
    status: Literal["waiting", "in_consultation", "seen"] = "waiting"


class SeedRxItem(Strict):
    drug: Identifier
    dose: Annotated[Decimal, Field(gt=0)]
    unit: str | None = None
    route: Identifier
    freq: Identifier
    days: Annotated[int, Field(ge=1, le=90)]


class SeedPrescription(Strict):
    id: Identifier
    patient: Identifier
    visit: Identifier | None = None
    kind: Literal["ordinary", "emergency", "paediatric", "psych2", "psych1",
                  "narcotic"] = "ordinary"
    status: Literal["signed", "approved", "dispensed"] = "signed"
    paid: bool = False
    items: Annotated[list[SeedRxItem], Field(min_length=1)]


class SeedOrder(Strict):
    id: Identifier
    patient: Identifier
    drug: Identifier
    dose: Annotated[Decimal, Field(gt=0)]
    unit: str | None = None
    route: Identifier
    freq: Identifier
    kind: Literal["long_term", "temporary", "prn", "sos"]
    status: Literal["new", "verified"] = "new"


class SeedEntrusted(Strict):
    """A 嘱托 order the doctor wrote before the trainee arrived (trainer.sim.entrusted)."""

    id: Identifier
    patient: Identifier
    text: Annotated[str, Field(min_length=2, max_length=500)]
    kind: Literal["long_term", "temporary"]
    status: Literal["new", "verified"] = "new"


class SeedSkinTest(Strict):
    patient: Identifier
    drug: Identifier
    result: Literal["ordered", "positive", "negative"]


class SeedBatch(Strict):
    drug: Identifier
    batch: Annotated[str, Field(min_length=1)]
    expiry: date
    quantity: Annotated[int, Field(ge=0)]


class SeedInvoice(Strict):
    id: Identifier
    patient: Identifier
    prescriptions: Annotated[list[Identifier], Field(min_length=1)]
    method: Literal["cash", "wechat", "alipay", "bank_card"]


class SeedRefund(Strict):
    id: Identifier
    invoice: Identifier
    reason: str
    approved_by: Identifier | None = None


class SeedReturn(Strict):
    rx: Identifier
    drug: Identifier
    quantity: Annotated[int, Field(ge=1)]


class Seed(Strict):
    patients: list[SeedPatient] = []  # noqa: RUF012 — pydantic copies defaults
    visits: list[SeedVisit] = []  # noqa: RUF012
    prescriptions: list[SeedPrescription] = []  # noqa: RUF012
    orders: list[SeedOrder] = []  # noqa: RUF012
    entrusted: list[SeedEntrusted] = []  # noqa: RUF012 — 嘱托 orders
    skin_tests: list[SeedSkinTest] = []  # noqa: RUF012
    stock: list[SeedBatch] = []  # noqa: RUF012
    invoices: list[SeedInvoice] = []  # noqa: RUF012
    refunds: list[SeedRefund] = []  # noqa: RUF012
    drug_returns: list[SeedReturn] = []  # noqa: RUF012
    supervisors: list[Identifier] = []  # noqa: RUF012
    cash_float: Fen = 0
    inpatient: InpatientSeed = InpatientSeed()  # docs/simulator/inpatient.md


class Leg(Strict):
    role: Literal["doctor", "nurse", "pharmacist", "cashier"]
    brief: LocalText


class Hint(Strict):
    text: LocalText
    done_when: Expr


class Check(Strict):
    id: Identifier
    text: LocalText
    weight: Annotated[int, Field(ge=1, le=100)]
    check: Expr
    source: str = ""
    role: Literal["doctor", "nurse", "pharmacist", "cashier"] | None = None  # journey leg


class CriticalError(Strict):
    id: Identifier
    text: LocalText
    when: Expr
    source: str = ""
    role: Literal["doctor", "nurse", "pharmacist", "cashier"] | None = None  # journey leg


Verdict = Literal["critical", "fail", "ok"]


class Step(Strict):
    """One line of the golden log, named, and what omitting it must do."""

    id: Identifier
    omit: Verdict


class OrderRule(Strict):
    """Two steps whose order matters, and what doing ``then`` before ``first`` must do."""

    first: Identifier
    then: Identifier
    wrong: Literal["critical", "fail"]


class Review(Strict):
    """Clinical sign-off: who reviewed the scenario and when (shown to trainers)."""

    reviewed_by: Annotated[str, Field(min_length=2)]
    reviewed_at: date
    clinical: bool = False  # True only for a clinician's sign-off; the hospital may require it
    note: str = ""


class Scenario(Strict):
    id: Identifier
    version: Annotated[int, Field(ge=1)]
    title: LocalText
    module: Module
    roles: Annotated[list[Role], Field(min_length=1)]
    brief: LocalText
    legs: list[Leg] = []  # noqa: RUF012
    modes: Annotated[list[Mode], Field(min_length=1)] = ["guided", "practice", "exam"]  # noqa: RUF012
    time_limit_s: Annotated[int, Field(ge=30, le=7200)] = 900
    pass_mark: Annotated[int, Field(ge=1, le=100)] = 80
    seed: Seed = Seed()
    hints: list[Hint] = []  # noqa: RUF012
    checks: Annotated[list[Check], Field(min_length=1)]
    critical_errors: list[CriticalError] = []  # noqa: RUF012
    #: Declarations proved by the mutation test (docs/simulator/scenarios.md): one step per
    #: golden-log line, order rules, and acceptable alternative orders (lists of step ids).
    steps: list[Step] = []  # noqa: RUF012
    order: list[OrderRule] = []  # noqa: RUF012
    alternatives: list[list[Identifier]] = []  # noqa: RUF012
    review: Review | None = None

    @model_validator(mode="after")
    def _roles_are_trainees(self) -> Scenario:
        wrong = [r.value for r in self.roles if r.value not in TRAINEE_ROLES]
        if wrong:
            raise ValueError(f"roles must be trainee roles ({', '.join(TRAINEE_ROLES)})")
        legs = {leg.role for leg in self.legs}
        if legs - {r.value for r in self.roles}:
            raise ValueError("every leg's role must be listed in roles")
        if "guided" in self.modes and not self.hints:
            raise ValueError("guided mode needs hints; add hints or drop guided from modes")
        return self
