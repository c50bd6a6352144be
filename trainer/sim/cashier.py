"""Cashier commands: registration, charging with the insurance split, settlement, daily
closing (refunds are in trainer.sim.refunds).

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.outpatient_requests,
trainer.sim.state, trainer.content, the standard library.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, money, need
from trainer.sim.common import patient_of
from trainer.sim.outpatient_requests import requests_of, unpaid_requests
from trainer.sim.reference import PayerType, Session
from trainer.sim.state import Closing, Invoice, Sandbox, Visit

METHODS = ("cash", "wechat", "alipay", "bank_card")
CLINIC_FEES = {"general": "reg_general", "associate": "reg_associate",
               "specialist": "reg_specialist", "expert": "reg_expert",
               "emergency": "reg_emergency"}


def _fen(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_line(amount: int, category: str, payer: PayerType) -> dict[str, int]:
    """统筹 / 自付 / 自费 for one line (see simulators/reference/insurance.yaml)."""
    if not payer.insured or category == "C":
        return {"pooled": 0, "copay": 0, "selfpay": amount}
    first = _fen(amount * payer.class_b_self_ratio) if category == "B" else 0
    eligible = amount - first
    pooled = _fen(eligible * payer.pooled_ratio)
    return {"pooled": pooled, "copay": amount - pooled, "selfpay": 0}


def build_invoice(sb: Sandbox, inv_id: str, patient: str, kind: str,
                  lines: list[dict[str, Any]], card_patient: str) -> Invoice:
    """Price and split the lines; the personal account pays 自付 as far as it goes."""
    owner = sb.patients[card_patient]
    payer = sb.reference.payer_types[owner.ref.payer_type]
    pooled = copay = selfpay = 0
    for line in lines:
        part = split_line(line["amount"], line["category"], payer)
        pooled, copay, selfpay = (pooled + part["pooled"], copay + part["copay"],
                                  selfpay + part["selfpay"])
    personal = min(copay, owner.personal_account) if payer.insured else 0
    total = pooled + copay + selfpay
    return Invoice(inv_id, patient, kind, lines, total, pooled, personal, copay - personal,
                   selfpay, due=copay - personal + selfpay,
                   card_patient=None if card_patient == patient else card_patient)


def card_holder(sb: Sandbox, code: str) -> str | None:
    """Whose card it is: a visit/insurance card number or a 医保电子凭证 QR code."""
    code = code.strip()
    owners = [p.ref.id for p in sb.patients.values()
              if code and code in (p.ref.card_no, p.ref.insurance_voucher)]
    return owners[0] if owners else None


def _card_owner(sb: Sandbox, patient: str, card: str | None) -> str:
    if card is None:
        return patient
    owners = [o for o in (card_holder(sb, card),) if o is not None]
    if not owners:
        raise Refused("unknown_card", patient=patient, card=card)
    return owners[0]


def _pay(sb: Sandbox, inv: Invoice, method: str, received: Decimal | None, t: int) -> None:
    if method not in METHODS:
        raise Refused("bad_argument", argument="method", expected="|".join(METHODS),
                      patient=inv.patient)
    got = inv.due if received is None and method != "cash" else None
    if got is None:
        if received is None:
            raise Refused("missing_argument", argument="received", patient=inv.patient)
        got = money(received, "received")
    if got < inv.due:
        raise Refused("insufficient_payment", patient=inv.patient, due=inv.due, received=got)
    payer = inv.card_patient or inv.patient
    sb.patients[payer].personal_account -= inv.personal
    inv.method, inv.received, inv.change, inv.status = method, got, got - inv.due, "paid"
    sb.payments.append({"invoice": inv.id, "method": method, "amount": inv.due, "at_ms": t})


def slots_left(sb: Sandbox, session: Session) -> int:
    """号源 left: the schedule's slots less the registrations with that doctor not cancelled."""
    taken = sum(1 for v in sb.visits.values() if v.doctor == session.doctor
                and v.status != "cancelled")
    return max(0, session.slots - taken)


def _doctor(sb: Sandbox, a: dict[str, Any], dept: str) -> str | None:
    """The doctor asked for, checked against the 出诊表 (department, clinic level, 号源)."""
    doctor = a.get("doctor")
    if doctor is None:
        return None
    session = next((s for s in sb.reference.schedule if s.doctor == doctor
                    and s.dept == dept and s.clinic == a["clinic"]), None)
    if session is None:
        raise Refused("doctor_not_scheduled", patient=a["patient"], doctor=doctor, dept=dept,
                      clinic=a["clinic"])
    if not slots_left(sb, session):
        raise Refused("no_slots_left", patient=a["patient"], doctor=doctor)
    return str(doctor)


@command("register", "cashier", Arg("patient"), Arg("clinic"), Arg("dept", required=False),
         Arg("method"), Arg("received", "number", False), Arg("card", required=False),
         Arg("doctor", required=False))
def register(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """挂号: register a patient for a clinic and take the fee; the visit joins the queue."""
    patient_of(sb, a["patient"])
    if a["clinic"] not in CLINIC_FEES:
        raise Refused("bad_argument", argument="clinic", expected="|".join(CLINIC_FEES))
    dept = a.get("dept", "internal_medicine")
    if dept not in sb.reference.departments:
        raise Refused("unknown_department", patient=a["patient"], dept=dept)
    if any(v.patient == a["patient"] and v.dept == dept and v.status in ("waiting",
                                                                          "in_consultation")
           for v in sb.visits.values()):
        raise Refused("already_registered", patient=a["patient"], dept=dept)
    doctor = _doctor(sb, a, dept)
    fee = sb.reference.fees[CLINIC_FEES[a["clinic"]]]
    owner = _card_owner(sb, a["patient"], a.get("card"))
    inv = build_invoice(sb, sb.next_id("inv", sb.invoices), a["patient"], "registration",
                        [{"item": fee.id, "quantity": 1, "amount": fee.price,
                          "category": fee.category}], owner)
    _pay(sb, inv, a["method"], a.get("received"), ctx.t)
    sb.invoices[inv.id] = inv
    visit = Visit(sb.next_id("v", sb.visits), a["patient"], a["clinic"], dept,
                  registration_invoice=inv.id, doctor=doctor)
    sb.visits[visit.id] = visit
    return {"patient": a["patient"], "visit": visit.id, "invoice": inv.id,
            "change": inv.change / 100}


@command("charge", "cashier", Arg("patient"), Arg("card", required=False))
def charge(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """收费: load the patient's unpaid signed prescriptions and test requests; split the bill."""
    patient_of(sb, a["patient"])
    owner = _card_owner(sb, a["patient"], a.get("card"))
    taken = {rx for inv in sb.invoices.values() if inv.status != "reversed"
             for rx in inv.prescriptions}
    rxs = [rx for rx in sb.prescriptions.values() if rx.patient == a["patient"]
           and rx.status in ("signed", "approved") and not rx.paid and rx.id not in taken]
    requests = unpaid_requests(sb, a["patient"], {r for inv in sb.invoices.values()
                                                  if inv.status != "reversed"
                                                  for r in inv.requests})
    if not rxs and not requests:
        raise Refused("nothing_to_charge", patient=a["patient"])
    lines = []
    for rx in rxs:
        for item in rx.items:
            drug = sb.reference.drugs[item.drug]
            lines.append({"item": item.drug, "rx": rx.id, "quantity": item.quantity,
                          "amount": drug.price * item.quantity, "category": drug.category})
    for req in requests:  # 检验/检查申请: the item is a fee item, not a drug
        lines.append({"item": req.item, "request": req.id, "kind": req.kind, "quantity": 1,
                      "amount": req.amount, "category": req.category})
    inv = build_invoice(sb, sb.next_id("inv", sb.invoices), a["patient"], "charge", lines, owner)
    inv.prescriptions = [rx.id for rx in rxs]
    inv.requests = [req.id for req in requests]
    sb.invoices[inv.id] = inv
    return {"patient": a["patient"], "invoice": inv.id, "total": inv.total / 100,
            "due": inv.due / 100, "pooled": inv.pooled / 100, "personal": inv.personal / 100}


@command("settle", "cashier", Arg("invoice"), Arg("method"), Arg("received", "number", False))
def settle(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """结算: take payment for a charged invoice; cash needs ``received`` ≥ amount due."""
    inv: Invoice = need(sb.invoices, a["invoice"], "unknown_invoice")
    if inv.status != "unpaid":
        raise Refused("invoice_not_unpaid", patient=inv.patient, status=inv.status)
    _pay(sb, inv, a["method"], a.get("received"), ctx.t)
    for rx_id in inv.prescriptions:
        sb.prescriptions[rx_id].paid = True
    for req_id in inv.requests:
        requests_of(sb)[req_id].paid = True
    return {"patient": inv.patient, "change": inv.change / 100}


def expected_takings(sb: Sandbox) -> dict[str, int]:
    """What each payment method should hold now: cash float plus payments minus refunds."""
    expected = dict.fromkeys(METHODS, 0)
    expected["cash"] = sb.cash_float
    for pay in sb.payments:
        expected[pay["method"]] += pay["amount"]
    return expected


@command("daily_closing", "cashier", Arg("counted", "dict"), Arg("note", "reason", False))
def daily_closing(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """日结: count takings per method (yuan) against the system; a difference needs a note."""
    counted: dict[str, int] = {}
    for method, value in a["counted"].items():
        if method not in METHODS or isinstance(value, bool) or not isinstance(value, int | float):
            raise Refused("bad_argument", argument="counted", expected="method: yuan")
        if not math.isfinite(value) or not 0 <= value < 10**7:
            raise Refused("bad_argument", argument="counted", expected="≥ 0")
        counted[method] = money(Decimal(str(value)), "counted")
    expected = expected_takings(sb)
    sb.closings.append(Closing(expected, counted, a.get("note", ""), ctx.t))
    differences = {m: (counted.get(m, 0) - expected[m]) / 100 for m in METHODS
                   if counted.get(m, 0) != expected[m]}
    return {"expected": {m: v / 100 for m, v in expected.items()}, "differences": differences}
