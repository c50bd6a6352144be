"""The final sandbox state as flat records (entities) that the check language queries.

Each entity is a list of rows; each row maps field names to plain values (text, numbers,
booleans, null, or lists of text). Derived fields answer the grader's questions directly
(``allergy_conflict``, ``expired``, ``same_channel``…). :data:`ENTITY_FIELDS` lists every
field, so scenario files are validated against it; docs/simulator/check-language.md
documents each one.

May import: trainer.sim.state, trainer.sim.safety, trainer.sim.nurse, trainer.sim.pharmacy,
trainer.sim.cashier, trainer.sim.refunds, the standard library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trainer.sim.cashier import METHODS
from trainer.sim.nurse import EIGHT_MATCHES
from trainer.sim.pharmacy import TEN_MATCHES, counsel_needed
from trainer.sim.refunds import covered, wanted
from trainer.sim.safety import (
    Proposed,
    cross_allergy,
    daily_amount,
    positive_skin_test,
    review_alerts,
    true_allergy_hit,
)
from trainer.sim.state import Order, Prescription, RxItem, Sandbox

Row = dict[str, Any]
EMR_REQUIRED = ("chief_complaint", "present_illness", "allergy_history", "diagnosis", "plan")


def _yuan(fen: int) -> float:
    return fen / 100


def patients(sb: Sandbox) -> list[Row]:
    return [{"id": p.ref.id, "allergies_recorded": p.allergies_recorded,
             "severe_allergies": list(p.severe_allergies),
             "allergy_history_recorded": p.allergies_recorded is not None,
             "allergies_asked": p.allergies_asked, "allergies": list(p.ref.allergies),
             "personal_account": _yuan(p.personal_account)} for p in sb.patients.values()]


def visits(sb: Sandbox) -> list[Row]:
    rows = []
    for v in sb.visits.values():
        codes = [d.code for d in sb.diagnoses if d.visit == v.id]
        primary = next((d.code for d in sb.diagnoses if d.visit == v.id and d.primary), None)
        rows.append({"id": v.id, "patient": v.patient, "status": v.status, "clinic": v.clinic,
                     "dept": v.dept, "doctor": v.doctor, "called": v.called,
                     "emr_fields": sorted(v.emr),
                     "emr_complete": all(f in v.emr for f in EMR_REQUIRED),
                     "diagnoses": codes, "primary_diagnosis": primary})
    return rows


def diagnoses(sb: Sandbox) -> list[Row]:
    return [{"visit": d.visit, "patient": d.patient, "code": d.code, "primary": d.primary}
            for d in sb.diagnoses]


def _item_row(sb: Sandbox, rx: Prescription, item: RxItem) -> Row:
    drug = sb.reference.drugs[item.drug]
    per_day = daily_amount(sb, _as_prop(rx.patient, item))
    duplicate, interacting = _combination(sb, rx.patient, item.drug)
    return {"rx": rx.id, "patient": rx.patient, "drug": item.drug, "dose": float(item.dose),
            "unit": item.unit, "route": item.route, "freq": item.freq, "days": item.days,
            "quantity": item.quantity, "status": rx.status, "paid": rx.paid,
            "overridden": list(item.alerts), "reason": item.reason,
            "therapeutic_class": drug.therapeutic_class, "controlled": drug.controlled,
            "allergy_classes": list(drug.allergy_classes), "antibiotic": drug.antibiotic,
            "allergy_conflict": true_allergy_hit(sb, rx.patient, drug),
            "cross_allergy": cross_allergy(sb, rx.patient, drug) is not None,
            "wrong_route": item.route not in drug.routes,
            "over_max_dose": drug.max_daily_dose is not None and per_day is not None
            and per_day > drug.max_daily_dose,
            "duplicate_therapy": duplicate, "interaction": interacting,
            "skin_test_positive": positive_skin_test(sb, rx.patient, drug)}


def _combination(sb: Sandbox, patient: str, drug_id: str) -> tuple[bool, bool]:
    """(duplicate therapy, interaction) of a drug with the patient's other live drugs."""
    drug = sb.reference.drugs[drug_id]
    others = [d for d in sb.patient_drugs(patient) if d != drug_id]
    classes = {sb.reference.drugs[d].therapeutic_class for d in others}
    duplicate = drug.therapeutic_class not in (None, "iv_vehicle") and \
        drug.therapeutic_class in classes
    interacting = any(drug_id in i.drugs and any(d in i.drugs for d in others)
                      for i in sb.reference.interactions)
    return duplicate, interacting


def _as_prop(patient: str, item: RxItem | Order) -> Proposed:
    days = item.days if isinstance(item, RxItem) else None
    return Proposed(patient, item.drug, item.dose, item.unit, item.route, item.freq, days)


def rx_items(sb: Sandbox) -> list[Row]:
    return [_item_row(sb, rx, item) for rx in sb.prescriptions.values() for item in rx.items]


def prescriptions(sb: Sandbox) -> list[Row]:
    rows = []
    for rx in sb.prescriptions.values():
        alerts = sorted({a["alert"] for a in review_alerts(sb, rx.id)})
        rows.append({"id": rx.id, "patient": rx.patient, "visit": rx.visit, "kind": rx.kind,
                     "status": rx.status, "paid": rx.paid, "reviewed": rx.reviewed,
                     "counselled": rx.counselled, "counsel_note": rx.counsel_note or None,
                     "counsel_points": list(rx.counsel_points),
                     "counsel_complete": rx.counselled
                     and set(counsel_needed(sb, rx)) <= set(rx.counsel_points),
                     "prepared": rx.prepared, "prepared_by": rx.prepared_by or None,
                     "second_checked": rx.second_checked,
                     "return_reason": rx.return_reason or None,
                     "items": len(rx.items), "drugs": [i.drug for i in rx.items],
                     "alerts": alerts,
                     "overridden": sorted({a for i in rx.items for a in i.alerts}),
                     "dispense_checks": list(rx.dispense_checks),
                     "dispense_checks_complete": set(TEN_MATCHES) <= set(rx.dispense_checks)})
    return rows


def orders(sb: Sandbox) -> list[Row]:
    rows = []
    for o in sb.orders.values():
        drug = sb.reference.drugs[o.drug]
        per_day = daily_amount(sb, _as_prop(o.patient, o))
        once = sb.reference.frequencies[o.freq].kind == "once"
        duplicate, interacting = _combination(sb, o.patient, o.drug)
        rows.append({"id": o.id, "patient": o.patient, "drug": o.drug, "dose": float(o.dose),
                     "unit": o.unit, "route": o.route, "freq": o.freq, "kind": o.kind,
                     "status": o.status, "overridden": list(o.alerts), "reason": o.reason,
                     "hold_reason": o.hold_reason or None,
                     "executions": sum(1 for e in sb.executions if e.order == o.id),
                     "allergy_conflict": true_allergy_hit(sb, o.patient, drug),
                     "cross_allergy": cross_allergy(sb, o.patient, drug) is not None,
                     "skin_test_positive": positive_skin_test(sb, o.patient, drug),
                     "wrong_route": o.route not in drug.routes,
                     "over_max_dose": drug.max_daily_dose is not None and per_day is not None
                     and per_day > drug.max_daily_dose,
                     "once_as_long_term": once and o.kind == "long_term",
                     "duplicate_therapy": duplicate, "interaction": interacting})
    return rows


def executions(sb: Sandbox) -> list[Row]:
    rows = []
    for e in sb.executions:
        drug = sb.reference.drugs[e.drug]
        rows.append({"order": e.order, "patient": e.patient, "drug": e.drug, "at_ms": e.at_ms,
                     "wristband_scanned": e.wristband_scanned, "drug_scanned": e.drug_scanned,
                     "checks": list(e.checks),
                     "checks_complete": set(EIGHT_MATCHES) <= set(e.checks),
                     "order_status": e.order_status,
                     "order_verified": e.order_status == "verified",
                     "allergy_conflict": true_allergy_hit(sb, e.patient, drug),
                     "skin_test_positive": positive_skin_test(sb, e.patient, drug)})
    return rows


def dispensings(sb: Sandbox) -> list[Row]:
    rows = []
    for d in sb.dispensings:
        drug = sb.reference.drugs[d.drug]
        rows.append({"rx": d.rx, "patient": d.patient, "drug": d.drug, "batch": d.batch,
                     "expiry": d.expiry.isoformat(), "expired": d.expiry < sb.reference.today,
                     "quantity": d.quantity, "at_ms": d.at_ms,
                     "allergy_conflict": true_allergy_hit(sb, d.patient, drug)})
    return rows


def invoices(sb: Sandbox) -> list[Row]:
    return [{"id": i.id, "patient": i.patient, "kind": i.kind, "total": _yuan(i.total),
             "pooled": _yuan(i.pooled), "personal": _yuan(i.personal), "copay": _yuan(i.copay),
             "selfpay": _yuan(i.selfpay), "due": _yuan(i.due), "method": i.method,
             "received": _yuan(i.received), "change": _yuan(i.change), "status": i.status,
             "card_patient": i.card_patient, "impersonation": i.card_patient is not None,
             "prescriptions": list(i.prescriptions), "replaces": i.replaces}
            for i in sb.invoices.values()]


def refunds(sb: Sandbox) -> list[Row]:
    rows = []
    for r in sb.refunds.values():
        original = sb.invoices[r.invoice].method
        asked = wanted(sb.invoices[r.invoice], r)
        approved_first = r.approved_ms is not None and (r.paid_ms is None
                                                         or r.approved_ms <= r.paid_ms)
        rows.append({"id": r.id, "invoice": r.invoice, "patient": r.patient,
                     "status": r.status, "method": r.method, "original_method": original,
                     "same_channel": r.method is None or r.method == original,
                     "approved": r.approved_by is not None, "approved_by": r.approved_by,
                     "approved_before_paid": approved_first,
                     "drugs_returned": covered(sb, r), "reason": r.reason,
                     "decline_reason": r.decline_reason or None,
                     "partial": r.quantities is not None,
                     "items": sorted(asked), "packs": sum(asked.values()),
                     "amount": _yuan(r.amount),
                     "pooled_back": _yuan(r.pooled_back),
                     "personal_back": _yuan(r.personal_back), "new_invoice": r.new_invoice})
    return rows


def closings(sb: Sandbox) -> list[Row]:
    rows = []
    for c in sb.closings:
        diff = {m: c.counted.get(m, 0) - c.expected[m] for m in METHODS}
        rows.append({"expected_cash": _yuan(c.expected["cash"]),
                     "counted_cash": _yuan(c.counted.get("cash", 0)),
                     "difference_cash": _yuan(diff["cash"]),
                     "balanced": not any(diff.values()), "note": c.note or None,
                     "noted": bool(c.note.strip()), "at_ms": c.at_ms})
    return rows


def batches(sb: Sandbox) -> list[Row]:
    return [{"drug": b.drug, "batch": b.batch, "expiry": b.expiry.isoformat(),
             "expired": b.expiry < sb.reference.today, "quantity": b.quantity,
             "quarantined": (b.drug, b.batch) in sb.quarantined} for b in sb.stock]


def simple(attr: str) -> Callable[[Sandbox], list[Row]]:
    def rows(sb: Sandbox) -> list[Row]:
        return [dict(r) if isinstance(r, dict) else dict(vars(r)) for r in getattr(sb, attr)]
    return rows


ENTITIES: dict[str, Callable[[Sandbox], list[Row]]] = {
    "patients": patients, "visits": visits, "diagnoses": diagnoses,
    "prescriptions": prescriptions, "rx_items": rx_items, "orders": orders,
    "executions": executions, "skin_tests": simple("skin_tests"), "vitals": simple("vitals"),
    "dispensings": dispensings, "drug_returns": simple("drug_returns"),
    "invoices": invoices, "refunds": refunds, "closings": closings,
    "notifications": simple("notifications"), "batches": batches,
    "allergy_changes": simple("allergy_changes"),
}

#: Every field of every entity (validated in scenario files; documented in the docs).
ENTITY_FIELDS: dict[str, tuple[str, ...]] = {
    "patients": ("id", "allergies_recorded", "severe_allergies", "allergy_history_recorded",
                 "allergies_asked",
                 "allergies", "personal_account"),
    "visits": ("id", "patient", "status", "clinic", "dept", "doctor", "called", "emr_fields",
               "emr_complete", "diagnoses", "primary_diagnosis"),
    "diagnoses": ("visit", "patient", "code", "primary"),
    "prescriptions": ("id", "patient", "visit", "kind", "status", "paid", "reviewed",
                      "counselled", "counsel_note", "counsel_points", "counsel_complete",
                      "prepared", "prepared_by", "second_checked", "return_reason", "items",
                      "drugs", "alerts", "overridden",
                      "dispense_checks", "dispense_checks_complete"),
    "rx_items": ("rx", "patient", "drug", "dose", "unit", "route", "freq", "days", "quantity",
                 "status", "paid", "overridden", "reason", "therapeutic_class", "controlled",
                 "antibiotic", "allergy_classes", "allergy_conflict", "cross_allergy",
                 "wrong_route", "over_max_dose", "duplicate_therapy", "interaction",
                 "skin_test_positive"),
    "orders": ("id", "patient", "drug", "dose", "unit", "route", "freq", "kind", "status",
               "overridden", "reason", "hold_reason", "executions", "allergy_conflict",
               "cross_allergy",
               "skin_test_positive", "wrong_route", "over_max_dose", "once_as_long_term",
               "duplicate_therapy", "interaction"),
    "executions": ("order", "patient", "drug", "at_ms", "wristband_scanned", "drug_scanned",
                   "checks", "checks_complete", "order_status", "order_verified",
                   "allergy_conflict", "skin_test_positive"),
    "skin_tests": ("patient", "drug", "result"),
    "vitals": ("patient", "at_ms", "method", "temperature", "pulse", "respiration",
               "bp_systolic", "bp_diastolic", "spo2", "pain"),
    "dispensings": ("rx", "patient", "drug", "batch", "expiry", "expired", "quantity", "at_ms",
                    "allergy_conflict"),
    "drug_returns": ("rx", "patient", "drug", "quantity", "at_ms"),
    "invoices": ("id", "patient", "kind", "total", "pooled", "personal", "copay", "selfpay",
                 "due", "method", "received", "change", "status", "card_patient",
                 "impersonation", "prescriptions", "replaces"),
    "refunds": ("id", "invoice", "patient", "status", "method", "original_method",
                "same_channel", "approved", "approved_by", "approved_before_paid",
                "drugs_returned", "reason", "decline_reason", "partial", "items",
                "packs", "amount", "pooled_back", "personal_back", "new_invoice"),
    "closings": ("expected_cash", "counted_cash", "difference_cash", "balanced", "note",
                 "noted", "at_ms"),
    "notifications": ("to", "about", "patient", "by", "at_ms"),
    "batches": ("drug", "batch", "expiry", "expired", "quantity", "quarantined"),
    "allergy_changes": ("patient", "added", "removed", "reason", "by", "at_ms"),
}


def register_entity(name: str, fields: tuple[str, ...],
                    rows: Callable[[Sandbox], list[Row]]) -> None:
    """Let a later station module (admissions, transfers, specimens…) add an entity that
    checks can query; its fields are validated and must be documented like the others."""
    if name in ENTITIES:
        raise ValueError(f"entity defined twice: {name}")
    ENTITIES[name] = rows
    ENTITY_FIELDS[name] = tuple(fields)
