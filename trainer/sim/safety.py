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

HARD = ("allergy", "cross_allergy_severe", "wrong_route", "skin_test_positive",
        "controlled_needs_special_rx", "controlled_day_limit", "unit_mismatch", "max_daily_dose",
        "out_of_stock")
SOFT = ("cross_allergy", "duplicate_therapy", "interaction", "days_over_limit",
        "skin_test_required")

#: Supply limits in days (处方管理办法 第十九条; docs/simulator/rules.md §3); over them is a
#: soft alert that needs a documented reason.
DAY_LIMITS = {"ordinary": 7, "paediatric": 7, "emergency": 3, "psych2": 7, "psych1": 7,
              "narcotic": 7}
#: 第二十三条 — outpatient 麻醉 / 精一: (injection, controlled release, other forms) in days;
#: an injection is one dose (one day, given once).
CONTROLLED_LIMITS = (1, 7, 3)
#: 第二十四条 — 癌症疼痛 / 中重度慢性疼痛 patients.
PAIN_LIMITS = (3, 15, 7)
PAIN_INDICATIONS = ("cancer_pain", "chronic_pain")
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
    indication: str | None = None


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


def cross_allergy(sb: Sandbox, patient: str, drug: Drug) -> str | None:
    """``cross_allergy`` (soft, 请医生评估) or ``cross_allergy_severe`` (hard) for a recorded
    allergy to a class the drug may cross-react with (penicillin × cephalosporin)."""
    pat = sb.patients[patient]
    hit = set(pat.allergies_recorded or []) & set(drug.cross_allergy)
    if not hit:
        return None
    return "cross_allergy_severe" if hit & set(pat.severe_allergies) else "cross_allergy"


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
    cross = cross_allergy(sb, p.patient, drug)
    if cross is not None and "allergy" not in hard:
        (hard if cross == "cross_allergy_severe" else soft).append(cross)
    if p.route not in drug.routes:
        hard.append("wrong_route")
    if positive_skin_test(sb, p.patient, drug):
        hard.append("skin_test_positive")
    hard.extend(_controlled(sb, drug, p))
    per_day = daily_amount(sb, p)
    if per_day is None:
        hard.append("unit_mismatch")
    elif drug.max_daily_dose is not None and per_day > drug.max_daily_dose:
        hard.append("max_daily_dose")
    if per_day is not None and p.days is not None and sb.stock_of(p.drug) < packs_needed(sb, p):
        hard.append("out_of_stock")
    others = sb.patient_drugs(p.patient, exclude_rx=p.exclude_rx)
    soft.extend(_duplicates_and_interactions(sb, drug, others))
    if p.days is not None and drug.controlled in ("none", "psych2") \
            and p.days > DAY_LIMITS.get(p.rx_kind or "ordinary", 7):
        soft.append("days_over_limit")
    if drug.skin_test and not skin_test_covered(sb, p.patient, p.drug) \
            and "skin_test_positive" not in hard:
        soft.append("skin_test_required")
    return hard, soft


def controlled_day_limit(sb: Sandbox, drug: Drug, indication: str | None) -> int:
    """Days allowed for an outpatient 麻醉 / 精一 line (第二十三、二十四条)."""
    limits = PAIN_LIMITS if indication in PAIN_INDICATIONS else CONTROLLED_LIMITS
    if drug.form == "injection":
        return limits[0]
    return limits[1] if drug.release == "controlled" else limits[2]


def _controlled(sb: Sandbox, drug: Drug, p: Proposed) -> list[str]:
    if drug.controlled == "none" or p.days is None:
        return []
    out = []
    if (p.rx_kind or "ordinary") not in CONTROLLED_KINDS[drug.controlled]:
        out.append("controlled_needs_special_rx")
    if drug.controlled in ("narcotic", "psych1"):
        limit = controlled_day_limit(sb, drug, p.indication)
        one_dose = drug.form == "injection" and p.indication not in PAIN_INDICATIONS \
            and sb.reference.frequencies[p.freq].kind != "once"
        if p.days > limit or one_dose:
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
                        item.days, rx.kind, exclude_rx=None, indication=rx.indication)
        hard, soft = assess(sb, prop)
        codes = [c for c in hard + soft if c != "out_of_stock"]
        if true_allergy_hit(sb, rx.patient, drug) and "allergy" not in codes:
            codes.insert(0, "allergy")
        found.extend({"drug": item.drug, "alert": c} for c in codes)
    return found
