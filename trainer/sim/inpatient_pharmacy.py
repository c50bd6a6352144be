"""Inpatient pharmacy (住院药房): ward order review (医嘱审核), unit-dose dispensing (摆药)
with 四查十对, and returns from the ward (病区退药).

The review shows the order's alerts (the same safety facts the grader sees); approving an
order with an alert is the pharmacist's decision and the scenario grades it. 摆药 of an
order the pharmacist never reviewed, or from an expired batch, is possible — as on a
desktop HIS when the shelf is not kept — and graded.

Unit doses are counted in dosage units (片/支): ⌈dose ÷ strength⌉ × times per day × days;
the charge is price ÷ pack size × units, rounded to the fen (docs/simulator/inpatient.md).

May import: trainer.sim.commands, trainer.sim.inpatient_state, trainer.sim.pharmacy,
trainer.sim.records, trainer.sim.reference, trainer.sim.state, the standard library.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need, reason_of
from trainer.sim.inpatient_state import ip
from trainer.sim.pharmacy import TEN_MATCHES
from trainer.sim.records import orders as order_rows
from trainer.sim.reference import unit_factor
from trainer.sim.state import Order, Sandbox

#: The safety facts of an order a reviewing pharmacist is shown.
ALERT_FIELDS = ("allergy_conflict", "cross_allergy", "skin_test_positive", "wrong_route",
                "over_max_dose", "duplicate_therapy", "interaction", "once_as_long_term")


def order_alerts(sb: Sandbox, order_id: str) -> list[str]:
    row = next(r for r in order_rows(sb) if r["id"] == order_id)
    return [f for f in ALERT_FIELDS if row[f]]


def _order(sb: Sandbox, order_id: str) -> Order:
    order: Order = need(sb.orders, order_id, "unknown_order")
    return order


@command("review_ward_order", "pharmacist", Arg("order"), Arg("decision"),
         Arg("reason", "text", False))
def review_ward_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """医嘱审核: approve a ward order for 摆药, or reject it back to the doctor with a reason."""
    order = _order(sb, a["order"])
    if a["decision"] not in ("approve", "reject"):
        raise Refused("bad_argument", argument="decision", expected="approve|reject",
                      patient=order.patient)
    if order.status not in ("new", "verified"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    reason = None
    if a["decision"] == "reject":
        if a.get("reason") is None:
            raise Refused("reason_required", argument="reason", patient=order.patient)
        reason = reason_of(a, patient=order.patient)
        order.status, order.hold_reason = "held", str(reason)
    alerts = order_alerts(sb, order.id)
    ip(sb).reviews[order.id] = {"order": order.id, "patient": order.patient,
                                "drug": order.drug, "decision": a["decision"],
                                "reason": reason, "alerts": alerts, "at_ms": ctx.t}
    return {"patient": order.patient, "alerts": alerts}


def units_per_day(sb: Sandbox, order: Order) -> int:
    drug = sb.reference.drugs[order.drug]
    factor = unit_factor(order.unit, drug.strength.unit) or Decimal(1)
    per_dose = math.ceil(order.dose * factor / drug.strength.value)
    times = sb.reference.frequencies[order.freq].times_per_day
    return max(1, per_dose * math.ceil(times))


@command("unit_dose", "pharmacist", Arg("order"), Arg("days", "int", False),
         Arg("batch", required=False), Arg("checks", "list", False))
def unit_dose(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """摆药: put the order's doses for ``days`` (default 1) in the patient's drawer."""
    order = _order(sb, a["order"])
    if order.status not in ("new", "verified"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    days = a.get("days", 1)
    if not 1 <= days <= 3:
        raise Refused("bad_argument", argument="days", expected="1-3", patient=order.patient)
    unknown = [c for c in a.get("checks", []) if c not in TEN_MATCHES]
    if unknown:
        raise Refused("bad_argument", argument="checks", expected="|".join(TEN_MATCHES),
                      patient=order.patient)
    st = ip(sb)
    adm = next((x for x in st.admissions.values() if x.patient == order.patient
                and x.status == "in_ward"), None)
    if adm is None:
        raise Refused("not_in_ward", patient=order.patient, status="not admitted")
    drug = sb.reference.drugs[order.drug]
    units = units_per_day(sb, order) * days
    packs = max(1, math.ceil(units / drug.pack_size))
    shelf = [b for b in sb.stock if b.drug == order.drug
             and (b.drug, b.batch) not in sb.quarantined and b.quantity >= packs]
    if "batch" in a:
        shelf = [b for b in shelf if b.batch == a["batch"]]
    if not shelf:
        raise Refused("out_of_stock", patient=order.patient, drug=order.drug)
    batch = shelf[0]
    sb.stock[sb.stock.index(batch)] = batch.model_copy(
        update={"quantity": batch.quantity - packs})
    amount = int((Decimal(drug.price) * units / drug.pack_size).quantize(
        Decimal(1), ROUND_HALF_UP))
    st.charges.append({"admission": adm.id, "item": order.drug, "quantity": units,
                       "amount": amount, "category": drug.category})
    st.ward_drugs.append({"admission": adm.id, "drug": order.drug, "units": units,
                          "order": order.id})
    review = st.reviews.get(order.id)
    st.unit_doses.append({
        "order": order.id, "patient": order.patient, "drug": order.drug, "units": units,
        "batch": batch.batch, "expiry": batch.expiry.isoformat(),
        "expired": batch.expiry < sb.reference.today, "checks": list(a.get("checks", [])),
        "checks_complete": set(TEN_MATCHES) <= set(a.get("checks", [])),
        "order_reviewed": review is not None and review["decision"] == "approve",
        "order_status": order.status, "at_ms": ctx.t})
    return {"patient": order.patient, "units": units, "batch": batch.batch}


@command("confirm_ward_return", "pharmacist", Arg("return"))
def confirm_ward_return(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """病区退药确认: take the returned unit doses back; the charge is credited to the bill."""
    st = ip(sb)
    ret = need(st.returns, a["return"], "unknown_return")
    if ret["status"] != "requested":
        raise Refused("return_closed", patient=ret["patient"])
    drug = sb.reference.drugs[ret["drug"]]
    amount = int((Decimal(drug.price) * ret["units"] / drug.pack_size).quantize(
        Decimal(1), ROUND_HALF_UP))
    st.charges.append({"admission": ret["admission"], "item": ret["drug"],
                       "quantity": -ret["units"], "amount": -amount,
                       "category": drug.category})
    ret["status"], ret["confirmed_ms"] = "confirmed", ctx.t
    return {"patient": ret["patient"], "credited": amount / 100}
