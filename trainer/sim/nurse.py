"""Nurse station commands: order verification, skin tests, bedside scans, 三查八对, execution,
vital signs.

The sandbox lets a nurse make the mistakes a desktop HIS cannot always prevent (executing
without a scan, or an unverified order); the scenario's checks catch them. A PDA scan of
a drug label that belongs to another patient is refused, as a real PDA alarms.

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.entrusted, trainer.sim.state,
the standard library.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need
from trainer.sim.common import patient_of
from trainer.sim.entrusted import entrusted, verify_entrusted
from trainer.sim.state import Execution, Order, Sandbox, SkinTest

#: 八对 — the eight matches confirmed before giving a drug.
EIGHT_MATCHES = ("bed", "name", "drug", "concentration", "dose", "route", "time", "expiry")
TEMPERATURE_METHODS = ("oral", "axillary", "rectal")
#: Plausible ranges; a value outside is a typing slip (e.g. 385 for 38.5) and is refused.
VITAL_RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "temperature": (Decimal(34), Decimal("42.5")), "pulse": (Decimal(20), Decimal(250)),
    "respiration": (Decimal(4), Decimal(60)), "bp_systolic": (Decimal(50), Decimal(260)),
    "bp_diastolic": (Decimal(20), Decimal(160)), "spo2": (Decimal(50), Decimal(100)),
    "pain": (Decimal(0), Decimal(10)),
}


def _order(sb: Sandbox, order_id: str) -> Order:
    order: Order = need(sb.orders, order_id, "unknown_order")
    return order


@command("verify_order", "nurse", Arg("order"))
def verify_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """医嘱审核: the nurse checks a new order (a drug or a 嘱托) and accepts it for execution."""
    if a["order"] in entrusted(sb):
        return verify_entrusted(sb, a["order"])
    order = _order(sb, a["order"])
    if order.status != "new":
        raise Refused("order_not_new", patient=order.patient, status=order.status)
    order.status = "verified"
    return {"patient": order.patient}


@command("record_skin_test", "nurse", Arg("patient"), Arg("drug"), Arg("result"))
def record_skin_test(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """皮试录入: enter a skin-test result, positive or negative."""
    patient_of(sb, a["patient"])
    if a["drug"] not in sb.reference.drugs:
        raise Refused("unknown_drug", patient=a["patient"], drug=a["drug"])
    if a["result"] not in ("positive", "negative"):
        raise Refused("bad_argument", argument="result", expected="positive|negative")
    sb.skin_tests = [t for t in sb.skin_tests
                     if not (t.patient == a["patient"] and t.drug == a["drug"]
                             and t.result == "ordered")]
    sb.skin_tests.append(SkinTest(a["patient"], a["drug"], a["result"]))
    return {"patient": a["patient"]}


@command("scan_wristband", "any", Arg("code"))
def scan_wristband(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Scan a wristband barcode; the bedside context becomes that patient."""
    match = [p for p in sb.patients.values() if p.ref.wristband == a["code"]]
    if not match:
        raise Refused("unknown_wristband", code=a["code"])
    sb.scanned_patient = match[0].ref.id
    sb.scanned_orders = set()
    return {"patient": sb.scanned_patient}


@command("scan_drug", "nurse", Arg("order"))
def scan_drug(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Scan the drug label of an order; refused (PDA alarm) if it is another patient's."""
    order = _order(sb, a["order"])
    if sb.scanned_patient is None:
        raise Refused("scan_wristband_first", patient=order.patient)
    if sb.scanned_patient != order.patient:
        raise Refused("scan_mismatch", patient=order.patient, scanned=sb.scanned_patient)
    sb.scanned_orders.add(order.id)
    return {"patient": order.patient}


@command("confirm_checks", "nurse", Arg("order"), Arg("checks", "list"))
def confirm_checks(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """三查八对: confirm the eight matches (bed, name, drug, concentration, dose, route…)."""
    order = _order(sb, a["order"])
    unknown = [c for c in a["checks"] if c not in EIGHT_MATCHES]
    if unknown:
        raise Refused("bad_argument", argument="checks", expected="|".join(EIGHT_MATCHES),
                      patient=order.patient)
    done = sb.confirmed_checks.setdefault(order.id, [])
    done.extend(c for c in a["checks"] if c not in done)
    return {"patient": order.patient}


@command("execute_order", "nurse", Arg("order"))
def execute_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """执行: give the drug and sign; records the scans and checks that preceded it."""
    order = _order(sb, a["order"])
    if order.status in ("stopped", "cancelled"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    if order.kind in ("temporary", "sos") and any(e.order == order.id for e in sb.executions):
        raise Refused("already_executed", patient=order.patient)
    checks = sorted(sb.confirmed_checks.pop(order.id, []))
    sb.executions.append(Execution(
        order.id, order.patient, order.drug, ctx.t,
        wristband_scanned=sb.scanned_patient == order.patient,
        drug_scanned=order.id in sb.scanned_orders, checks=checks, order_status=order.status))
    sb.scanned_orders.discard(order.id)
    return {"patient": order.patient}


@command("hold_order", "nurse", Arg("order"), Arg("reason", "reason"))
def hold_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Withhold an order (e.g. positive skin test) and keep it for the doctor to review."""
    order = _order(sb, a["order"])
    if order.status in ("stopped", "cancelled"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    order.status = "held"
    order.hold_reason = a["reason"]
    return {"patient": order.patient}


@command("record_vitals", "nurse", Arg("patient"), Arg("method", required=False),
         *(Arg(k, "number", False) for k in VITAL_RANGES))
def record_vitals(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """体温单: chart vital signs; implausible values (decimal slips) are refused."""
    patient_of(sb, a["patient"])
    values = {k: a[k] for k in VITAL_RANGES if k in a}
    if not values:
        raise Refused("missing_argument", argument="|".join(VITAL_RANGES), patient=a["patient"])
    for key, value in values.items():
        low, high = VITAL_RANGES[key]
        if not low <= value <= high:
            raise Refused("implausible_value", patient=a["patient"], field=key)
    method = a.get("method")
    if "temperature" in values and method not in TEMPERATURE_METHODS:
        raise Refused("bad_argument", argument="method", expected="|".join(TEMPERATURE_METHODS),
                      patient=a["patient"])
    row: dict[str, Any] = {"patient": a["patient"], "at_ms": ctx.t, "method": method}
    row.update({k: float(v) for k, v in values.items()})
    sb.vitals.append(row)
    return {"patient": a["patient"]}
