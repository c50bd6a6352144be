"""Inpatient cashier (住院收费处): 入院登记, 预交金, 中途结算, 出院结算, and 退号 of an
outpatient registration.

The bill of an admission is ``InpatientState.charges``: seeded fee lines, the tests the ward
doctor orders and the unit doses the pharmacy sends (minus confirmed ward returns). A
settlement splits the unsettled lines like an outpatient charge (insurance.yaml), takes the
deposits still held, and pays the balance back — by the channel the cashier chooses, which
the scenario grades against the deposit's original channel (原路退回).

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.cashier,
trainer.sim.inpatient_state, trainer.sim.state, the standard library.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from trainer.sim.cashier import METHODS, build_invoice
from trainer.sim.commands import Arg, Context, Refused, command, money, need
from trainer.sim.common import patient_of
from trainer.sim.inpatient_state import Admission, admission_of, ip, pending_returns
from trainer.sim.state import Sandbox, Visit


def _method(value: str, patient: str) -> str:
    if value not in METHODS:
        raise Refused("bad_argument", argument="method", expected="|".join(METHODS),
                      patient=patient)
    return value


def _settled(sb: Sandbox, adm: Admission) -> bool:
    return any(s["admission"] == adm.id and s["kind"] == "discharge"
               for s in ip(sb).settlements)


@command("admit_register", "cashier", Arg("notice"), Arg("card", required=False))
def admit_register(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """入院登记: register an admission from the doctor's admission notice (住院证)."""
    st = ip(sb)
    notice = need(st.notices, a["notice"], "unknown_notice")
    if any(x.notice == notice.id for x in st.admissions.values()):
        raise Refused("notice_used", patient=notice.patient)
    card_owner = notice.patient
    if "card" in a:
        owners = [p.ref.id for p in sb.patients.values() if p.ref.card_no == a["card"]]
        if not owners:
            raise Refused("unknown_card", patient=notice.patient, card=a["card"])
        card_owner = owners[0]
    adm = Admission(sb.next_id("zy", st.admissions), notice.patient, notice.id, notice.dept,
                    notice.ward,
                    card_patient=None if card_owner == notice.patient else card_owner)
    st.admissions[adm.id] = adm
    return {"patient": notice.patient, "admission": adm.id}


@command("deposit", "cashier", Arg("admission"), Arg("amount", "number"), Arg("method"))
def deposit(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """预交金: take a deposit (or a top-up) and print the receipt."""
    adm = admission_of(sb, a["admission"])
    if _settled(sb, adm):
        raise Refused("admission_closed", patient=adm.patient)
    method = _method(a["method"], adm.patient)
    amount = money(a["amount"], "amount")
    if amount <= 0:
        raise Refused("bad_argument", argument="amount", expected="> 0", patient=adm.patient)
    st = ip(sb)
    receipt = sb.next_id("dep", {d["id"] for d in st.deposits})
    st.deposits.append({"id": receipt, "admission": adm.id, "amount": amount,
                        "method": method, "at_ms": ctx.t})
    sb.payments.append({"invoice": receipt, "method": method, "amount": amount, "at_ms": ctx.t})
    return {"patient": adm.patient, "receipt": receipt}


def _bill(sb: Sandbox, adm: Admission) -> list[dict[str, Any]]:
    """The unsettled lines summed per category (returns are negative lines)."""
    per: dict[str, int] = defaultdict(int)
    for line in ip(sb).charges:
        if line["admission"] == adm.id and line.get("settled") is None:
            per[line["category"]] += line["amount"]
    return [{"item": f"class_{c}", "quantity": 1, "amount": max(v, 0), "category": c}
            for c, v in sorted(per.items())]


def _settle(sb: Sandbox, adm: Admission, kind: str, ctx: Context) -> dict[str, Any]:
    st = ip(sb)
    sid = sb.next_id("js", {s["id"] for s in st.settlements})
    inv = build_invoice(sb, sid, adm.patient, "inpatient", _bill(sb, adm),
                        adm.card_patient or adm.patient)
    for line in st.charges:
        if line["admission"] == adm.id and line.get("settled") is None:
            line["settled"] = sid
    held = sum(d["amount"] for d in st.deposits if d["admission"] == adm.id) - sum(
        s["deposits_used"] for s in st.settlements if s["admission"] == adm.id)
    used = min(held, inv.due) if kind == "interim" else held
    payer = sb.patients[adm.card_patient or adm.patient]
    payer.personal_account -= inv.personal
    row = {"id": sid, "admission": adm.id, "patient": adm.patient, "kind": kind,
           "total": inv.total, "pooled": inv.pooled, "personal": inv.personal,
           "copay": inv.copay, "selfpay": inv.selfpay, "due": inv.due,
           "deposits_used": used, "balance": used - inv.due if kind == "discharge" else 0,
           "method": None, "deposit_methods": sorted({d["method"] for d in st.deposits
                                                       if d["admission"] == adm.id}),
           "pending_returns": pending_returns(sb, adm.id),
           "nurse_discharged": adm.discharged is not None, "at_ms": ctx.t}
    st.settlements.append(row)
    return row


@command("interim_settle", "cashier", Arg("admission"))
def interim_settle(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """中途结算: settle the bill so far against the deposit; the patient stays in."""
    adm = admission_of(sb, a["admission"])
    if _settled(sb, adm):
        raise Refused("admission_closed", patient=adm.patient)
    row = _settle(sb, adm, "interim", ctx)
    return {"patient": adm.patient, "settlement": row["id"], "total": row["total"] / 100,
            "due": row["due"] / 100}


@command("discharge_settle", "cashier", Arg("admission"), Arg("method"))
def discharge_settle(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """出院结算: final split, deposits set off, the balance refunded (or paid) by ``method``."""
    adm = admission_of(sb, a["admission"])
    if _settled(sb, adm):
        raise Refused("admission_closed", patient=adm.patient)
    if adm.discharge_ordered_ms is None:
        raise Refused("discharge_not_ordered", patient=adm.patient)
    method = _method(a["method"], adm.patient)
    row = _settle(sb, adm, "discharge", ctx)
    row["method"] = method
    sb.payments.append({"invoice": row["id"], "method": method, "amount": -row["balance"],
                        "at_ms": ctx.t})
    return {"patient": adm.patient, "settlement": row["id"], "total": row["total"] / 100,
            "due": row["due"] / 100, "refund": max(row["balance"], 0) / 100,
            "to_pay": max(-row["balance"], 0) / 100}


@command("cancel_registration", "cashier", Arg("visit"), Arg("reason", "reason"),
         Arg("method", required=False))
def cancel_registration(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """退号/作废: cancel an outpatient registration not yet seen; the fee goes back."""
    visit: Visit = need(sb.visits, a["visit"], "unknown_visit")
    if visit.status != "waiting" or visit.called:
        raise Refused("visit_already_seen", patient=visit.patient, status=visit.status)
    patient_of(sb, visit.patient)
    inv = sb.invoices.get(visit.registration_invoice or "")
    original = inv.method if inv is not None else None
    method = _method(a["method"], visit.patient) if "method" in a else original
    visit.status = "cancelled"
    amount = 0
    if inv is not None and inv.status == "paid":
        inv.status, amount = "reversed", inv.due
        sb.patients[inv.card_patient or inv.patient].personal_account += inv.personal
        sb.payments.append({"invoice": inv.id, "method": method, "amount": -amount,
                            "at_ms": ctx.t})
    ip(sb).cancellations.append({"visit": visit.id, "patient": visit.patient,
                                 "invoice": inv.id if inv else None, "amount": amount,
                                 "method": method, "original_method": original,
                                 "same_channel": method == original, "reason": a["reason"],
                                 "at_ms": ctx.t})
    return {"patient": visit.patient, "refund": amount / 100}
