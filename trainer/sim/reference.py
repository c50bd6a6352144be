"""HIS reference data for the training sandbox: formulary, codes, fees, insurance, patients.

The files live in ``simulators/reference/`` (sample training data, marked as such in each
file). This module holds their pydantic models, the GB 11643 identity-number checksum, and
:func:`load_reference`, which reads every file and returns frozen :class:`Reference` data plus
located problems — it never raises for a bad file.

May import: trainer.errors, trainer.content.common, trainer.content.yamlsource, pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from trainer.content.common import Identifier, LocalText, Strict
from trainer.content.yamlsource import load_yaml_file, validate
from trainer.errors import ContentError, Problem

REFERENCE_FILES = ("formulary", "icd10", "codes", "fees", "insurance", "patients")

#: Mass units convert into each other; every other unit (U, ml, puff, tab) only to itself.
MASS_IN_MG = {"g": Decimal(1000), "mg": Decimal(1), "ug": Decimal("0.001"), "µg": Decimal("0.001")}


#: ¥10 billion in fen: far above any hospital amount, far below what breaks the arithmetic.
MAX_FEN = 10**12


def to_fen(value: object) -> int:
    """A ¥ amount written as a number (``12.5``) → integer fen (1250); cents at most."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError("amount must be a number of yuan, e.g. 12.50")
    try:
        fen = Decimal(str(value)) * 100
    except InvalidOperation as exc:
        raise ValueError("amount must be a number of yuan, e.g. 12.50") from exc
    if not fen.is_finite() or fen > MAX_FEN:
        raise ValueError("amount must be a finite number of yuan below ¥10,000,000,000")
    if fen != fen.to_integral_value() or fen < 0:
        raise ValueError("amount must be ≥ 0 with at most two decimals")
    return int(fen)


Fen = Annotated[int, BeforeValidator(to_fen)]


def gb11643_check_digit(first17: str) -> str:
    """The check character of an 18-digit resident identity number (GB 11643-1999)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def _check_id_number(value: str) -> str:
    if len(value) != 18 or not value[:17].isdigit():
        raise ValueError("identity number must be 17 digits and a check character")
    if gb11643_check_digit(value[:17]) != value[17].upper():
        raise ValueError("identity number fails the GB 11643 checksum")
    return value.upper()


IdNumber = Annotated[str, AfterValidator(_check_id_number)]
Category = Literal["A", "B", "C"]  # 甲类 / 乙类 / 丙类
Controlled = Literal["none", "psych2", "psych1", "narcotic"]
PrescriptionKind = Literal["ordinary", "emergency", "paediatric", "psych2", "psych1", "narcotic"]


class Strength(Strict):
    value: Annotated[Decimal, Field(gt=0)]
    unit: str


class Drug(Strict):
    id: Identifier
    name: LocalText
    pinyin: str = ""
    form: Literal["tablet", "capsule", "injection", "pen", "powder", "aerosol", "solution"]
    strength: Strength
    pack_size: Annotated[int, Field(ge=1)] = 1
    routes: list[str]
    allergy_classes: tuple[Identifier, ...] = ()
    #: Allergy classes with possible cross-reactivity (penicillin for a cephalosporin): a
    #: recorded allergy to one is a soft alert "请医生评估", a hard stop if severe (rules §1).
    cross_allergy: tuple[Identifier, ...] = ()
    #: 控缓释制剂 (controlled / sustained release): its own day limits (rules §3).
    release: Literal["ordinary", "controlled"] = "ordinary"
    therapeutic_class: Identifier | None = None
    max_daily_dose: Annotated[Decimal, Field(gt=0)] | None = None
    skin_test: bool = False
    controlled: Controlled = "none"
    high_alert: bool = False
    antibiotic: bool = False
    category: Category = "A"
    price: Fen
    note: LocalText | None = None


class Interaction(Strict):
    drugs: Annotated[list[Identifier], Field(min_length=2, max_length=2)]
    severity: Literal["major", "moderate"]
    text: LocalText
    source: str = ""


class Batch(Strict):
    drug: Identifier
    batch: Annotated[str, Field(min_length=1)]
    expiry: date
    quantity: Annotated[int, Field(ge=0)]


class FormularyFile(Strict):
    sample_data: Literal[True]
    today: date
    drugs: list[Drug]
    interactions: tuple[Interaction, ...] = ()
    stock: tuple[Batch, ...] = ()


class Diagnosis(Strict):
    code: Annotated[str, Field(pattern=r"^[A-Z][0-9]{2}(\.[0-9]{1,2})?$")]
    national_code: Annotated[str, Field(pattern=r"^[A-Z][0-9]{2}\.[0-9A-Z]{3,6}$")]
    #: 拼音首字母 of the Chinese name, the HIS's search code ("GXY" finds 原发性高血压);
    #: written by tools/diagnosis_pinyin.py.
    pinyin: Annotated[str, Field(pattern=r"^[0-9A-Z]+$")]
    name: LocalText


class Icd10File(Strict):
    sample_data: Literal[True]
    codes: list[Diagnosis]


class Frequency(Strict):
    code: Identifier
    name: LocalText
    times_per_day: Annotated[Decimal, Field(ge=0)]
    kind: Literal["regular", "prn", "once"] = "regular"


class RouteCode(Strict):
    code: Identifier
    name: LocalText
    parenteral: bool = False


class Department(Strict):
    code: Identifier
    name: LocalText


class Session(Strict):
    """One line of the 出诊表 (doctor schedule): who sees patients where, at which clinic
    level, in which half-day, and how many registrations (号源) are left."""

    doctor: Identifier
    name: LocalText
    dept: Identifier
    clinic: Literal["general", "associate", "specialist", "expert", "emergency"]
    session: Literal["am", "pm"]
    slots: Annotated[int, Field(ge=0)]


class CodesFile(Strict):
    sample_data: Literal[True]
    frequencies: list[Frequency]
    routes: list[RouteCode]
    departments: list[Department]
    schedule: list[Session] = []  # noqa: RUF012 — pydantic copies defaults


class RequestChoice(Strict):
    """A specimen (检验) or a body site (检查) the request form offers for an item."""

    id: Identifier
    name: LocalText


class FeeItem(Strict):
    id: Identifier
    name: LocalText
    price: Fen
    category: Category = "A"
    kind: Literal["registration", "lab", "imaging", "procedure", "material"]
    #: 检验/检查申请: the item's code in the price list and the specimens (lab) or body
    #: sites (imaging) the outpatient request form offers.
    code: str | None = None
    specimens: tuple[RequestChoice, ...] = ()
    sites: tuple[RequestChoice, ...] = ()


class FeesFile(Strict):
    sample_data: Literal[True]
    items: list[FeeItem]


class PayerType(Strict):
    id: Identifier
    name: LocalText
    insured: bool
    class_b_self_ratio: Annotated[Decimal, Field(ge=0, le=1)] = Decimal(0)
    pooled_ratio: Annotated[Decimal, Field(ge=0, le=1)] = Decimal(0)


class InsuranceFile(Strict):
    sample_data: Literal[True]
    categories: dict[Category, LocalText]
    payer_types: list[PayerType]


class Patient(Strict):
    id: Identifier
    name: LocalText
    sex: Literal["F", "M"]
    dob: date
    id_number: IdNumber | None = None
    wristband: Annotated[str, Field(min_length=4)]
    card_no: Annotated[str, Field(min_length=4)]
    payer_type: Identifier
    personal_account: Fen = 0
    allergies: tuple[Identifier, ...] = ()  # what the patient says when asked
    allergies_recorded: tuple[Identifier, ...] | None = None  # None: 过敏史未录入
    severe_allergies: tuple[Identifier, ...] = ()  # recorded with a severe reaction (过敏性休克)
    bed: str | None = None
    ward: str | None = None
    #: 医保电子凭证: what scanning the patient's insurance e-voucher QR code reads (insured only)
    insurance_voucher: Annotated[str, Field(min_length=8)] | None = None

    @model_validator(mode="after")
    def _dob_matches_id(self) -> Patient:
        if self.id_number is not None and self.id_number[6:14] != self.dob.strftime("%Y%m%d"):
            raise ValueError("date of birth does not match digits 7–14 of id_number")
        return self


class PatientsFile(Strict):
    sample_data: Literal[True]
    patients: list[Patient]


@dataclass(frozen=True)
class Reference:
    """All reference data, indexed by id; what the sandbox looks things up in."""

    today: date
    drugs: dict[str, Drug]
    interactions: tuple[Interaction, ...]
    stock: tuple[Batch, ...]
    diagnoses: dict[str, Diagnosis]
    frequencies: dict[str, Frequency]
    routes: dict[str, RouteCode]
    departments: dict[str, Department]
    schedule: tuple[Session, ...]
    fees: dict[str, FeeItem]
    categories: dict[str, dict[str, str]]
    payer_types: dict[str, PayerType]
    patients: dict[str, Patient]


_MODELS: dict[str, type[Strict]] = {
    "formulary": FormularyFile, "icd10": Icd10File, "codes": CodesFile,
    "fees": FeesFile, "insurance": InsuranceFile, "patients": PatientsFile,
}


def load_reference(folder: Path) -> tuple[Reference | None, list[Problem]]:
    """Load ``folder/<name>.yaml`` for every reference file; problems instead of raising."""
    parsed: dict[str, Strict] = {}
    problems: list[Problem] = []
    lines: dict[str, tuple[str, dict[tuple[str | int, ...], int]]] = {}
    for name in REFERENCE_FILES:
        path = folder / f"{name}.yaml"
        try:
            located = load_yaml_file(path, str(path))
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        model, found = validate(_MODELS[name], located)
        problems.extend(found)
        if model is not None:
            parsed[name] = model
            lines[name] = (located.file, dict(located.lines))
    if problems:
        return None, problems
    ref = _assemble(parsed)
    problems.extend(_duplicates(parsed, lines))
    problems.extend(_cross_check(ref, lines))
    return (None if problems else ref), problems


def _assemble(parsed: dict[str, Strict]) -> Reference:
    form = parsed["formulary"]
    icd = parsed["icd10"]
    codes = parsed["codes"]
    fees = parsed["fees"]
    ins = parsed["insurance"]
    pats = parsed["patients"]
    assert isinstance(form, FormularyFile) and isinstance(icd, Icd10File)
    assert isinstance(codes, CodesFile) and isinstance(fees, FeesFile)
    assert isinstance(ins, InsuranceFile) and isinstance(pats, PatientsFile)
    return Reference(
        today=form.today,
        drugs={d.id: d for d in form.drugs},
        interactions=tuple(form.interactions),
        stock=tuple(form.stock),
        diagnoses={d.code: d for d in icd.codes},
        frequencies={f.code: f for f in codes.frequencies},
        routes={r.code: r for r in codes.routes},
        departments={d.code: d for d in codes.departments},
        schedule=tuple(codes.schedule),
        fees={f.id: f for f in fees.items},
        categories={k: dict(v) for k, v in ins.categories.items()},
        payer_types={p.id: p for p in ins.payer_types},
        patients={p.id: p for p in pats.patients},
    )


def _cross_check(
    ref: Reference, lines: dict[str, tuple[str, dict[tuple[str | int, ...], int]]]
) -> list[Problem]:
    out: list[Problem] = []

    def bad(name: str, loc: tuple[str | int, ...], fld: str, msg: str) -> None:
        file, where = lines[name]
        out.append(Problem(file, where.get(loc), fld, msg, "content.unknown_reference"))

    for i, drug in enumerate(ref.drugs.values()):
        for j, route in enumerate(drug.routes):
            if route not in ref.routes:
                bad("formulary", ("drugs", i, "routes", j), f"drugs[{i}].routes[{j}]",
                    f"unknown route code {route!r}")
        if unit_factor(drug.strength.unit, drug.strength.unit) is None:
            bad("formulary", ("drugs", i), f"drugs[{i}].strength.unit", "unknown unit")
    for i, inter in enumerate(ref.interactions):
        for j, drug_id in enumerate(inter.drugs):
            if drug_id not in ref.drugs:
                bad("formulary", ("interactions", i, "drugs", j),
                    f"interactions[{i}].drugs[{j}]", f"unknown drug {drug_id!r}")
    for i, batch in enumerate(ref.stock):
        if batch.drug not in ref.drugs:
            bad("formulary", ("stock", i, "drug"), f"stock[{i}].drug",
                f"unknown drug {batch.drug!r}")
    for i, patient in enumerate(ref.patients.values()):
        if patient.payer_type not in ref.payer_types:
            bad("patients", ("patients", i, "payer_type"), f"patients[{i}].payer_type",
                f"unknown payer type {patient.payer_type!r}")
        payer = ref.payer_types.get(patient.payer_type)
        if patient.insurance_voucher and payer is not None and not payer.insured:
            bad("patients", ("patients", i, "insurance_voucher"),
                f"patients[{i}].insurance_voucher", "an insurance e-voucher needs insurance")
    for i, session in enumerate(ref.schedule):
        if session.dept not in ref.departments:
            bad("codes", ("schedule", i, "dept"), f"schedule[{i}].dept",
                f"unknown department {session.dept!r}")
    return out


def _duplicates(
    parsed: dict[str, Strict], lines: dict[str, tuple[str, dict[tuple[str | int, ...], int]]]
) -> list[Problem]:
    """Ids must be unique within a file."""
    out: list[Problem] = []
    lists: list[tuple[str, str, list[str]]] = []
    form, icd, pats, fees = (parsed["formulary"], parsed["icd10"], parsed["patients"],
                             parsed["fees"])
    assert isinstance(form, FormularyFile) and isinstance(icd, Icd10File)
    assert isinstance(pats, PatientsFile) and isinstance(fees, FeesFile)
    lists.append(("formulary", "drugs", [d.id for d in form.drugs]))
    lists.append(("icd10", "codes", [d.code for d in icd.codes]))
    lists.append(("patients", "patients", [p.id for p in pats.patients]))
    lists.append(("fees", "items", [f.id for f in fees.items]))
    for name, key, ids in lists:
        file, where = lines[name]
        seen: set[str] = set()
        for i, value in enumerate(ids):
            if value in seen:
                out.append(Problem(file, where.get((key, i)), f"{key}[{i}]",
                                   f"duplicate id {value!r}", "content.duplicate_id"))
            seen.add(value)
    return out


def unit_factor(given: str, wanted: str) -> Decimal | None:
    """Multiply an amount in ``given`` units by this to get ``wanted`` units; None: no way."""
    if given == wanted:
        return Decimal(1)
    if given in MASS_IN_MG and wanted in MASS_IN_MG:
        return MASS_IN_MG[given] / MASS_IN_MG[wanted]
    return None
