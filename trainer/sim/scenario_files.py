"""Scenario files on disk: loading, cross-references, declarations, and `content check`.

Loading validates the YAML with pydantic (:mod:`trainer.sim.scenarios`), then the
check-language expressions, then every cross-reference (patients, drugs, diagnoses, orders…
against the reference data and the seed) and the step declarations against the golden log,
each problem located as ``file:line: field: message``. Importing this module registers the
``simulators/`` checker with `his-trainer content check`.

May import: trainer.errors, trainer.content (yamlsource, check registry), trainer.sim
(scenarios, reference, checks, log), the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.content.check import register_checker
from trainer.content.yamlsource import Located, format_loc, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.sim.checks import problems as check_problems
from trainer.sim.log import parse_log
from trainer.sim.reference import Reference, load_reference
from trainer.sim.scenarios import Scenario, Seed, SeedOrder, SeedRxItem

MIN_ALTERNATIVES = 3


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
    golden = folder / "expert.jsonl"
    if not golden.is_file():
        found.append(Problem(located.file, None, "", "expert.jsonl (the golden log) is missing",
                             "content.missing"))
    else:
        found.extend(declaration_problems(model, located, _golden_length(golden)))
    if model.id != folder.name:
        found.insert(0, Problem(located.file, located.line_of(("id",)), "id",
                                f"id {model.id!r} must equal the folder name {folder.name!r}"))
    return (None if found else LoadedScenario(model, folder, reference)), found


def _golden_length(path: Path) -> int | None:
    try:
        return len(parse_log(path.read_text(encoding="utf-8-sig")))
    except (OSError, UnicodeDecodeError):
        return None


def declaration_problems(sc: Scenario, located: Located, golden: int | None) -> list[Problem]:
    """The step declarations must exist and fit the golden log (docs/simulator/scenarios.md)."""
    out: list[Problem] = []

    def bad(loc: tuple[str | int, ...], message: str) -> None:
        out.append(Problem(located.file, located.line_of(loc) or located.line_of(()),
                           format_loc(loc), message, "content.declarations"))

    if not sc.steps:
        bad(("steps",), "no step declarations: declare, for every line of expert.jsonl, "
            "what omitting it does (steps: [{id, omit: critical|fail|ok}]) and give ≥ "
            f"{MIN_ALTERNATIVES} acceptable alternative orders")
        return out
    ids = [step.id for step in sc.steps]
    if golden is not None and len(ids) != golden:
        bad(("steps",), f"{len(ids)} steps declared but expert.jsonl has {golden} commands")
    for i, ident in enumerate(ids):
        if ident in ids[:i]:
            bad(("steps", i, "id"), f"duplicate step id {ident!r}")
    for i, rule in enumerate(sc.order):
        for key in ("first", "then"):
            if getattr(rule, key) not in ids:
                bad(("order", i, key), f"unknown step {getattr(rule, key)!r}")
    if len(sc.alternatives) < MIN_ALTERNATIVES:
        bad(("alternatives",), f"{len(sc.alternatives)} alternative orders; give at least "
            f"{MIN_ALTERNATIVES} (lists of step ids in another acceptable order)")
    for i, alternative in enumerate(sc.alternatives):
        if sorted(alternative) != sorted(ids):
            bad(("alternatives", i), "an alternative order lists every step id exactly once")
        elif alternative == ids:
            bad(("alternatives", i), "an alternative order must differ from the golden order")
    return out


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


register_checker("simulators", check_simulators)


def cross_check(sc: Scenario, located: Located, ref: Reference) -> list[Problem]:
    """Names that must exist: in the reference data, the seed, the command vocabulary."""
    out: list[Problem] = []

    def bad(loc: tuple[str | int, ...], message: str) -> None:
        out.append(Problem(located.file, located.line_of(loc), format_loc(loc), message,
                           "content.unknown_reference"))

    patients = _seed_refs(sc.seed, ref, bad)
    _unique(sc, bad)
    leg_roles = {leg.role for leg in sc.legs}
    roles: list[tuple[str, int, str | None]] = [("checks", i, c.role)
                                                 for i, c in enumerate(sc.checks)]
    roles += [("critical_errors", i, c.role) for i, c in enumerate(sc.critical_errors)]
    for key, i, role in roles:
        if role is not None and role not in leg_roles:
            bad((key, i, "role"), f"role {role!r} is not the role of a leg")
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
    classes = {c for d in ref.drugs.values() for c in d.allergy_classes}
    for i, p in enumerate(seed.patients):
        if p.own:
            if p.sex is None or p.dob is None:
                bad(("seed", "patients", i), "a scenario's own patient needs name, sex and dob")
            if p.payer_type is not None and p.payer_type not in ref.payer_types:
                bad(("seed", "patients", i, "payer_type"), f"unknown payer type {p.payer_type!r}")
            if p.id in ref.patients:
                bad(("seed", "patients", i, "id"),
                    f"{p.id!r} is a reference patient; give your own patient another id")
        elif p.id not in ref.patients:
            bad(("seed", "patients", i, "id"), f"unknown patient {p.id!r} (a reference patient, "
                "or give name, sex and dob to define the scenario's own)")
        for key in ("allergies", "allergies_recorded", "severe_allergies"):
            value = getattr(p, key)
            for j, c in enumerate(value if isinstance(value, tuple) else ()):
                _known(c, classes, ("seed", "patients", i, key, j), "allergy class", bad)
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
    for i, e in enumerate(seed.entrusted):
        _known(e.patient, patients, ("seed", "entrusted", i, "patient"), "patient", bad)
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
