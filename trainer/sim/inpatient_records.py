"""The inpatient entities for the check language, and the words of the inpatient refusals.

Registered with :func:`trainer.sim.records.register_entity` (documented in
docs/simulator/check-language.md §2, "Inpatient entities"); refusal words are ``sim.<code>``
like the outpatient ones (Chinese in ``trainer/i18n/zh_CN/inpatient.json``).

May import: trainer.words, trainer.sim.records, trainer.sim.inpatient_state,
trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer import words
from trainer.sim.inpatient_state import ip, live_long_term, pending_returns, ward_drugs_left
from trainer.sim.records import register_entity
from trainer.sim.state import Sandbox

Row = dict[str, Any]

REFUSALS: dict[str, str] = {
    "admission_closed": "This admission is already settled or discharged",
    "already_collected": "This specimen has already been collected",
    "already_started": "This transfusion has already been started",
    "bed_occupied": "The bed is occupied",
    "discharge_not_ordered": "There is no discharge order for this patient",
    "no_condition_set": "Set the condition (critical or serious) in the admission orders first",
    "no_specimen": "This exam needs no specimen",
    "no_transfer_order": "There is no transfer order for this patient",
    "not_a_nurse": "This staff member is not a nurse of this ward",
    "not_in_transit": "The patient is not being transferred",
    "not_in_ward": "The patient is not in the ward",
    "not_registered": "The patient has not been registered for admission, or is already in",
    "not_transferred": "The patient has not been transferred in",
    "notice_used": "This admission notice has already been registered",
    "return_closed": "This return has already been confirmed",
    "return_exceeds_ward_stock": "More returned than is left in the patient's drawer",
    "unknown_admission": "Unknown admission number",
    "unknown_bed": "No such bed in this ward",
    "unknown_lab": "Unknown test request",
    "unknown_notice": "Unknown admission notice",
    "unknown_return": "Unknown return",
    "unknown_test": "Not a test or exam the ward can order",
    "unknown_unit": "Unknown blood unit",
    "visit_already_seen":
        "The patient has been called or seen: the registration cannot be cancelled",
}
words.define_many({f"sim.{code}": text for code, text in REFUSALS.items()})


def _yuan(fen: int) -> float:
    return fen / 100


def admissions(sb: Sandbox) -> list[Row]:
    rows = []
    for a in ip(sb).admissions.values():
        summary = a.summary or {}
        out = a.discharged or {}
        rows.append({
            "id": a.id, "patient": a.patient, "status": a.status, "ward": a.ward,
            "bed": a.bed, "dept": a.dept, "card_patient": a.card_patient,
            "impersonation": a.card_patient is not None, "wristband_issued": a.wristband,
            "assessed": a.assessed, "nursing_level": a.nursing_level, "diet": a.diet,
            "condition": a.condition, "condition_notice": a.condition_notice,
            "reorganized": a.reorganized_ms is not None,
            "discharge_ordered": a.discharge_ordered_ms is not None,
            "take_home": list(a.take_home), "primary_diagnosis": summary.get("primary"),
            "other_diagnoses": list(summary.get("others", [])),
            "summary_written": a.summary is not None, "education": list(a.education),
            "discharged": a.discharged is not None,
            "live_at_discharge": list(out.get("live_orders", [])),
            "drugs_left_at_discharge": out.get("drugs_left", 0),
            "live_long_term": live_long_term(sb, a.patient),
            "drugs_in_drawer": ward_drugs_left(sb, a.id),
            "pending_returns": pending_returns(sb, a.id),
            "deposits": _yuan(sum(d["amount"] for d in ip(sb).deposits
                                  if d["admission"] == a.id))})
    return rows


def transfers(sb: Sandbox) -> list[Row]:
    return [{"admission": t["admission"], "patient": t["patient"],
             "from_ward": t["from_ward"], "to_ward": t["to_ward"],
             "live_long_term": list(t["live_long_term"]),
             "live_at_out": list(t.get("live_at_out", [])),
             "moved_out": t["out_ms"] is not None, "moved_in": t["in_ms"] is not None,
             "reorganized": t["reorganized"], "at_ms": t["ordered_ms"]}
            for t in ip(sb).transfers]


def deposits(sb: Sandbox) -> list[Row]:
    return [{"id": d["id"], "admission": d["admission"], "amount": _yuan(d["amount"]),
             "method": d["method"], "at_ms": d["at_ms"]} for d in ip(sb).deposits]


def settlements(sb: Sandbox) -> list[Row]:
    rows = []
    for s in ip(sb).settlements:
        refund = s["kind"] == "discharge" and s["balance"] > 0
        rows.append({
            "id": s["id"], "admission": s["admission"], "patient": s["patient"],
            "kind": s["kind"], "total": _yuan(s["total"]), "pooled": _yuan(s["pooled"]),
            "personal": _yuan(s["personal"]), "copay": _yuan(s["copay"]),
            "selfpay": _yuan(s["selfpay"]), "due": _yuan(s["due"]),
            "deposits_used": _yuan(s["deposits_used"]), "refund": _yuan(max(s["balance"], 0)),
            "method": s["method"], "deposit_methods": list(s["deposit_methods"]),
            "same_channel": not refund or s["method"] in s["deposit_methods"],
            "pending_returns": s["pending_returns"],
            "nurse_discharged": s["nurse_discharged"], "at_ms": s["at_ms"]})
    return rows


def plain(attr: str) -> Any:
    def rows(sb: Sandbox) -> list[Row]:
        value = getattr(ip(sb), attr)
        items = value.values() if isinstance(value, dict) else value
        return [{k: v for k, v in r.items() if k in INPATIENT_FIELDS[attr]} for r in items]
    return rows


INPATIENT_FIELDS: dict[str, tuple[str, ...]] = {
    "admissions": ("id", "patient", "status", "ward", "bed", "dept", "card_patient",
                   "impersonation", "wristband_issued", "assessed", "nursing_level", "diet",
                   "condition", "condition_notice", "reorganized", "discharge_ordered",
                   "take_home", "primary_diagnosis", "other_diagnoses", "summary_written",
                   "education", "discharged", "live_at_discharge", "drugs_left_at_discharge",
                   "live_long_term", "drugs_in_drawer", "pending_returns", "deposits"),
    "transfers": ("admission", "patient", "from_ward", "to_ward", "live_long_term",
                  "live_at_out", "moved_out", "moved_in", "reorganized", "at_ms"),
    "deposits": ("id", "admission", "amount", "method", "at_ms"),
    "settlements": ("id", "admission", "patient", "kind", "total", "pooled", "personal",
                    "copay", "selfpay", "due", "deposits_used", "refund", "method",
                    "deposit_methods", "same_channel", "pending_returns", "nurse_discharged",
                    "at_ms"),
    "labs": ("id", "patient", "test", "status", "at_ms"),
    "specimens": ("lab", "patient", "test", "tube", "right_tube", "wristband_scanned",
                  "label_scanned", "at_ms"),
    "transfusions": ("unit", "patient", "product", "checkers", "double_checked",
                     "wristband_scanned", "compatible", "expired", "at_ms"),
    "risks": ("patient", "scale", "score", "level", "measures", "at_ms"),
    "reviews": ("order", "patient", "drug", "decision", "reason", "alerts", "at_ms"),
    "unit_doses": ("order", "patient", "drug", "units", "batch", "expiry", "expired",
                   "checks", "checks_complete", "order_reviewed", "order_status", "at_ms"),
    "returns": ("id", "admission", "patient", "drug", "units", "reason", "status", "at_ms"),
    "cancellations": ("visit", "patient", "invoice", "amount", "method", "original_method",
                      "same_channel", "reason", "at_ms"),
}

_BUILT = {"admissions": admissions, "transfers": transfers, "deposits": deposits,
          "settlements": settlements}
#: Entity names as the check language sees them (a prefix keeps them apart from outpatient).
ENTITY_NAMES = {"admissions": "admissions", "transfers": "transfers",
                "deposits": "deposits", "settlements": "settlements", "labs": "lab_requests",
                "specimens": "specimens", "transfusions": "transfusions",
                "risks": "risk_assessments", "reviews": "order_reviews",
                "unit_doses": "unit_doses", "returns": "ward_returns",
                "cancellations": "cancelled_registrations"}

for _key, _name in ENTITY_NAMES.items():
    register_entity(_name, INPATIENT_FIELDS[_key], _BUILT.get(_key) or plain(_key))
