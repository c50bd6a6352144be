"""Safety checks that fire when a drug is ordered: hard stops and soft alerts.

A *hard stop* blocks the order (the command is refused with the alert's code); a *soft
alert* needs a reason (``reason`` argument) before the order is accepted, and the accepted
item remembers which alerts were overridden. The same checks are shown to the pharmacist
on review, computed against what the patient *says* (true allergies) as well.

May import: trainer.sim.state, trainer.sim.reference, the standard library.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from trainer.sim.reference import Drug, unit_factor
from trainer.sim.state import Sandbox

HARD = ("allergy", "wrong_route", "skin_test_positive", "controlled_needs_special_rx",
        "controlled_day_limit", "unit_mismatch", "out_of_stock")
SOFT = ("duplicate_therapy", "interaction", "max_daily_dose", "days_over_limit",
        "skin_test_required")

#: Supply limits in days by prescription kind (处方管理办法 2007).
DAY_LIMITS = {"ordinary": 7, "paediatric": 7, "emergency": 3, "psych2": 7, "psych1": 3,
              "narcotic": 3}
#: Controlled-release narcotics / class-I psychotropics may go to 7 days.
CR_DAY_LIMIT = 7
#: Which prescription kinds a controlled drug may be written on.
CONTROLLED_KINDS = {"narcotic": ("narcotic",), "psych1": ("psych1",), "psych2": ("psych2",)}


@dataclass(frozen=True)
class Proposed:
    """One drug line as entered: on a prescription (``days`` set) or a ward order."""

    patient: str
    drug: str
    dose: Decimal
    unit: str
    route: str
    freq: str
    days: int | None = None
    rx_kind: str | None = None
    exclude_rx: str | None = None


def daily_amount(sb: Sandbox, p: Proposed) -> Decimal | None:
    """Dose per day in the drug's strength unit, or None if the units do not convert."""
    drug = sb.reference.drugs[p.drug]
    factor = unit_factor(p.unit, drug.strength.unit)
    if factor is None:
        return None
    return p.dose * factor * sb.reference.frequencies[p.freq].times_per_day


def packs_needed(sb: Sandbox, p: Proposed) -> int:
    """Whole packs for ``days`` days (at least one)."""
    drug = sb.reference.drugs[p.drug]
    per_day = daily_amount(sb, p) or Decimal(0)
    units = per_day / drug.strength.value * (p.days or 1)
    return max(1, math.ceil(units / drug.pack_size))


def recorded_allergy_hit(sb: Sandbox, patient: str, drug: Drug) -> bool:
    recorded = sb.patients[patient].allergies_recorded or []
    return bool(set(recorded) & set(drug.allergy_classes))


def true_allergy_hit(sb: Sandbox, patient: str, drug: Drug) -> bool:
    """Against what the patient would say when asked (and what is recorded)."""
    pat = sb.patients[patient]
    known = set(pat.ref.allergies) | set(pat.allergies_recorded or [])
    return bool(known & set(drug.allergy_classes))


def positive_skin_test(sb: Sandbox, patient: str, drug: Drug) -> bool:
    for test in sb.skin_tests:
        if test.patient != patient or test.result != "positive":
            continue
        tested = sb.reference.drugs.get(test.drug)
        same_class = tested is not None and set(tested.allergy_classes) & set(drug.allergy_classes)
        if test.drug == drug.id or same_class:
            return True
    return False


def skin_test_covered(sb: Sandbox, patient: str, drug: str) -> bool:
    """A negative result, or a skin test already ordered, for this drug."""
    return any(t.patient == patient and t.drug == drug and t.result in ("negative", "ordered")
               for t in sb.skin_tests)


def assess(sb: Sandbox, p: Proposed) -> tuple[list[str], list[str]]:
    """``(hard stops, soft alerts)`` for one proposed line, each in a fixed order."""
    drug = sb.reference.drugs[p.drug]
    hard: list[str] = []
    soft: list[str] = []
    if recorded_allergy_hit(sb, p.patient, drug):
        hard.append("allergy")
    if p.route not in drug.routes:
        hard.append("wrong_route")
    if positive_skin_test(sb, p.patient, drug):
        hard.append("skin_test_positive")
    hard.extend(_controlled(drug, p))
    per_day = daily_amount(sb, p)
    if per_day is None:
        hard.append("unit_mismatch")
    elif p.days is not None and sb.stock_of(p.drug) < packs_needed(sb, p):
        hard.append("out_of_stock")
    others = sb.patient_drugs(p.patient, exclude_rx=p.exclude_rx)
    soft.extend(_duplicates_and_interactions(sb, drug, others))
    if per_day is not None and drug.max_daily_dose is not None and per_day > drug.max_daily_dose:
        soft.append("max_daily_dose")
    if p.days is not None and drug.controlled == "none" \
            and p.days > DAY_LIMITS.get(p.rx_kind or "ordinary", 7):
        soft.append("days_over_limit")
    if drug.skin_test and not skin_test_covered(sb, p.patient, p.drug) \
            and "skin_test_positive" not in hard:
        soft.append("skin_test_required")
    return hard, soft


def _controlled(drug: Drug, p: Proposed) -> list[str]:
    if drug.controlled == "none" or p.days is None:
        return []
    out = []
    if (p.rx_kind or "ordinary") not in CONTROLLED_KINDS[drug.controlled]:
        out.append("controlled_needs_special_rx")
    limit = DAY_LIMITS[drug.controlled]
    if drug.controlled in ("narcotic", "psych1") and "SR" in drug.name.get("en", ""):
        limit = CR_DAY_LIMIT
    if p.days > limit:
        out.append("controlled_day_limit")
    return out


def _duplicates_and_interactions(sb: Sandbox, drug: Drug, others: list[str]) -> list[str]:
    out = []
    classes = {sb.reference.drugs[d].therapeutic_class for d in others if d != drug.id}
    if drug.therapeutic_class not in (None, "iv_vehicle") and drug.therapeutic_class in classes:
        out.append("duplicate_therapy")
    for inter in sb.reference.interactions:
        if drug.id in inter.drugs:
            partner = inter.drugs[1] if inter.drugs[0] == drug.id else inter.drugs[0]
            if partner in others:
                out.append("interaction")
                break
    return out


def review_alerts(sb: Sandbox, rx_id: str) -> list[dict[str, str]]:
    """What the pharmacist's review screen flags for a prescription, line by line."""
    rx = sb.prescriptions[rx_id]
    found: list[dict[str, str]] = []
    for item in rx.items:
        drug = sb.reference.drugs[item.drug]
        prop = Proposed(rx.patient, item.drug, item.dose, item.unit, item.route, item.freq,
                        item.days, rx.kind, exclude_rx=None)
        hard, soft = assess(sb, prop)
        codes = [c for c in hard + soft if c != "out_of_stock"]
        if true_allergy_hit(sb, rx.patient, drug) and "allergy" not in codes:
            codes.insert(0, "allergy")
        found.extend({"drug": item.drug, "alert": c} for c in codes)
    return found
