"""Simulator scenario files: models, loading, and the checks that `content check` runs.

A scenario lives in ``simulators/scenarios/<id>/scenario.yaml`` beside its golden
``expert.jsonl`` and ``critical/<critical-error-id>.jsonl`` logs (docs/simulator/scenarios.md).
Loading validates the YAML with pydantic, then the check-language expressions, then every
cross-reference (patients, drugs, diagnoses, orders… against the reference data and the
seed), each problem located as ``file:line: field: message``.

May import: trainer.errors, trainer.vocabulary, trainer.content, trainer.sim (its command
vocabulary and check language), pydantic, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from trainer.content.check import register_checker
from trainer.content.common import Identifier, LocalText, Strict
from trainer.content.yamlsource import Located, format_loc, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.sim.checks import problems as check_problems
from trainer.sim.reference import Fen, Reference, load_reference
from trainer.vocabulary import Module, Role

Mode = Literal["guided", "practice", "exam"]
TRAINEE_ROLES = ("doctor", "nurse", "pharmacist", "cashier")
Expr = dict[str, Any]


class SeedPatient(Strict):
    id: Identifier
    allergies_recorded: tuple[Identifier, ...] | Literal["as_reference"] | None = "as_reference"
    bed: str | None = None
    ward: str | None = None


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
    skin_tests: list[SeedSkinTest] = []  # noqa: RUF012
    stock: list[SeedBatch] = []  # noqa: RUF012
    invoices: list[SeedInvoice] = []  # noqa: RUF012
    refunds: list[SeedRefund] = []  # noqa: RUF012
    drug_returns: list[SeedReturn] = []  # noqa: RUF012
    supervisors: list[Identifier] = []  # noqa: RUF012
    cash_float: Fen = 0


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


class CriticalError(Strict):
    id: Identifier
    text: LocalText
    when: Expr
    source: str = ""


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


@dataclass(frozen=True)
class LoadedScenario:
    """A valid scenario, its folder (for expert and critical logs), and the reference."""

    scenario: Scenario
    folder: Path
    reference: Reference


def reference_folder(root: Path) -> Path:
    return root / "reference"


def scenario_folders(root: Path) -> list[Path]:
    base = root / "scenarios"
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))


def load_scenario(folder: Path, reference: Reference) -> tuple[LoadedScenario | None,
                                                                list[Problem]]:
    """Load and fully validate ``folder/scenario.yaml``; never raises for bad content."""
    path = folder / "scenario.yaml"
    try:
        located = load_yaml_file(path, str(path))
    except ContentError as exc:
        return None, list(exc.problems)
    model, found = validate(Scenario, located)
    if model is None:
        return None, found
    found = cross_check(model, located, reference)
    if not (folder / "expert.jsonl").is_file():
        found.append(Problem(located.file, None, "", "expert.jsonl (the golden log) is missing",
                             "content.missing"))
    if model.id != folder.name:
        found.insert(0, Problem(located.file, located.line_of(("id",)), "id",
                                f"id {model.id!r} must equal the folder name {folder.name!r}"))
    return (None if found else LoadedScenario(model, folder, reference)), found


def find_scenario(root: Path, name: str) -> Path | None:
    """A scenario folder by id (under ``root/scenarios``) or by path."""
    given = Path(name)
    for candidate in (given, given.parent if given.name == "scenario.yaml" else None,
                      root / "scenarios" / name):
        if candidate is not None and (candidate / "scenario.yaml").is_file():
            return candidate
    return None


def check_simulators(root: Path) -> list[Problem]:
    """Every problem in ``root/reference`` and ``root/scenarios``; never raises."""
    try:
        reference, problems = load_reference(reference_folder(root))
        if reference is None:
            return problems
        for folder in scenario_folders(root):
            problems.extend(load_scenario(folder, reference)[1])
        return problems
    except Exception as exc:  # `content check` must report, never crash
        return [Problem(str(root), None, "", f"internal error while checking: {exc!r}",
                        "content.internal")]


def cross_check(sc: Scenario, located: Located, ref: Reference) -> list[Problem]:
    """Names that must exist: in the reference data, the seed, the command vocabulary."""
    out: list[Problem] = []

    def bad(loc: tuple[str | int, ...], message: str) -> None:
        out.append(Problem(located.file, located.line_of(loc), format_loc(loc), message,
                           "content.unknown_reference"))

    patients = _seed_refs(sc.seed, ref, bad)
    _unique(sc, bad)
    exprs: list[tuple[tuple[str | int, ...], Any]] = []
    exprs += [(("hints", i, "done_when"), h.done_when) for i, h in enumerate(sc.hints)]
    exprs += [(("checks", i, "check"), c.check) for i, c in enumerate(sc.checks)]
    exprs += [(("critical_errors", i, "when"), c.when) for i, c in enumerate(sc.critical_errors)]
    for loc, expr in exprs:
        found = check_problems(expr, loc)
        for where, message in found:
            bad(where, message)
        if not found:
            for where, key, value in _named_values(expr, loc):
                if key == "patient" and value not in patients:
                    bad(where, f"unknown patient {value!r} (not in the seed)")
                elif key == "drug" and value not in ref.drugs:
                    bad(where, f"unknown drug {value!r}")
    return out


def _seed_refs(seed: Seed, ref: Reference, bad: Any) -> set[str]:
    patients = {p.id for p in seed.patients}
    for i, p in enumerate(seed.patients):
        if p.id not in ref.patients:
            bad(("seed", "patients", i, "id"), f"unknown patient {p.id!r}")
    visits = {v.id for v in seed.visits}
    rxs = {rx.id: rx for rx in seed.prescriptions}
    for i, v in enumerate(seed.visits):
        _known(v.patient, patients, ("seed", "visits", i, "patient"), "patient", bad)
    for i, rx in enumerate(seed.prescriptions):
        _known(rx.patient, patients, ("seed", "prescriptions", i, "patient"), "patient", bad)
        if rx.visit is not None:
            _known(rx.visit, visits, ("seed", "prescriptions", i, "visit"), "visit", bad)
        for j, item in enumerate(rx.items):
            _line_refs(item, ref, ("seed", "prescriptions", i, "items", j), bad)
    for i, o in enumerate(seed.orders):
        _known(o.patient, patients, ("seed", "orders", i, "patient"), "patient", bad)
        _line_refs(o, ref, ("seed", "orders", i), bad)
    for i, t in enumerate(seed.skin_tests):
        _known(t.patient, patients, ("seed", "skin_tests", i, "patient"), "patient", bad)
        _known(t.drug, set(ref.drugs), ("seed", "skin_tests", i, "drug"), "drug", bad)
    for i, b in enumerate(seed.stock):
        _known(b.drug, set(ref.drugs), ("seed", "stock", i, "drug"), "drug", bad)
    invoices = {inv.id for inv in seed.invoices}
    for i, inv in enumerate(seed.invoices):
        _known(inv.patient, patients, ("seed", "invoices", i, "patient"), "patient", bad)
        for j, rx_id in enumerate(inv.prescriptions):
            _known(rx_id, set(rxs), ("seed", "invoices", i, "prescriptions", j),
                   "prescription", bad)
    for i, r in enumerate(seed.refunds):
        _known(r.invoice, invoices, ("seed", "refunds", i, "invoice"), "invoice", bad)
    for i, back in enumerate(seed.drug_returns):
        _known(back.rx, set(rxs), ("seed", "drug_returns", i, "rx"), "prescription", bad)
    return patients


def _line_refs(line: SeedRxItem | SeedOrder, ref: Reference, loc: tuple[str | int, ...],
               bad: Any) -> None:
    _known(line.drug, set(ref.drugs), (*loc, "drug"), "drug", bad)
    _known(line.route, set(ref.routes), (*loc, "route"), "route", bad)
    _known(line.freq, set(ref.frequencies), (*loc, "freq"), "frequency", bad)


def _known(value: str, known: set[str], loc: tuple[str | int, ...], what: str,
           bad: Any) -> None:
    if value not in known:
        bad(loc, f"unknown {what} {value!r}")


def _unique(sc: Scenario, bad: Any) -> None:
    seen: set[str] = set()
    items = [("checks", i, c.id) for i, c in enumerate(sc.checks)]
    items += [("critical_errors", i, c.id) for i, c in enumerate(sc.critical_errors)]
    for key, i, ident in items:
        if ident in seen:
            bad((key, i, "id"), f"duplicate id {ident!r}")
        seen.add(ident)


def _named_values(expr: Any, loc: tuple[str | int, ...]) -> list[tuple[Any, str, str]]:
    """``(loc, key, value)`` for every ``patient:`` / ``drug:`` text value in an expression."""
    found: list[tuple[Any, str, str]] = []
    if isinstance(expr, dict):
        for key, value in expr.items():
            here = (*loc, str(key))
            if key in ("patient", "drug") and isinstance(value, str):
                found.append((here, key, value))
            elif key in ("patient", "drug") and isinstance(value, list):
                found.extend((here, key, v) for v in value if isinstance(v, str))
            else:
                found.extend(_named_values(value, here))
    elif isinstance(expr, list):
        for i, value in enumerate(expr):
            found.extend(_named_values(value, (*loc, i)))
    return found


register_checker("simulators", check_simulators)
