"""退费: refund requests (whole invoice, or some lines and quantities), the supervisor's
approval, paying back, declining.

A partial refund re-settles the invoice: the original settlement is reversed (its 统筹 back to
the fund, its 个账 back to the personal account), the lines kept are settled again under the
same card, and the difference of what the patient paid goes back through ``method``; the
original e-invoice is cancelled (红冲) and a new one is issued for the lines kept.

The sandbox records what the cashier does — a refund paid without approval, to another
channel, or for more than the pharmacy took back is *recorded* (the scenario's checks fail it),
not prevented. :func:`refundable` says how much of a line may be refunded.

May import: trainer.sim.commands, trainer.sim.cashier, trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.cashier import METHODS, build_invoice
from trainer.sim.commands import Arg, Context, Refused, command, need
from trainer.sim.outpatient_requests import requests_of
from trainer.sim.state import Invoice, Refund, Sandbox


def billed(inv: Invoice) -> dict[str, int]:
    """Packs per item on the invoice."""
    out: dict[str, int] = {}
    for line in inv.lines:
        out[line["item"]] = out.get(line["item"], 0) + int(line["quantity"])
    return out


def refundable(sb: Sandbox, inv: Invoice, item: str) -> int:
    """Packs of ``item`` on ``inv`` that may be refunded: billed, less what the patient still
    holds (dispensed and not confirmed returned by the pharmacy)."""
    lines = [ln for ln in inv.lines if ln["item"] == item]
    total = sum(int(ln["quantity"]) for ln in lines)
    held = 0
    for rx in {ln.get("rx") for ln in lines if ln.get("rx")}:
        given = sum(d.quantity for d in sb.dispensings if d.rx == rx and d.drug == item)
        back = sum(int(r["quantity"]) for r in sb.drug_returns if r["rx"] == rx
                   and r["drug"] == item)
        held += max(0, given - back)
    return max(0, total - held)


def wanted(inv: Invoice, refund: Refund) -> dict[str, int]:
    """Packs per item the refund asks for (every pack for a whole refund)."""
    return billed(inv) if refund.quantities is None else dict(refund.quantities)


def covered(sb: Sandbox, refund: Refund) -> bool:
    """Every pack refunded is one the patient no longer holds (退药确认 where dispensed)."""
    inv = sb.invoices[refund.invoice]
    return all(q <= refundable(sb, inv, item) for item, q in wanted(inv, refund).items())


def _quantities(inv: Invoice, asked: dict[str, Any]) -> dict[str, int] | None:
    """The quantities asked, checked against the invoice; None when they are all of it."""
    on_invoice = billed(inv)
    out: dict[str, int] = {}
    for item, value in asked.items():
        if item not in on_invoice:
            raise Refused("not_on_invoice", patient=inv.patient, item=str(item)[:80])
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise Refused("bad_argument", argument="quantities", expected="item: packs")
        if value > on_invoice[item]:
            raise Refused("refund_exceeds_billed", patient=inv.patient, item=item,
                          billed=on_invoice[item], asked=value)
        if value:
            out[item] = value
    if not out:
        raise Refused("bad_argument", argument="quantities", expected="at least one pack")
    return None if out == on_invoice else out


@command("request_refund", "cashier", Arg("invoice"), Arg("reason", "reason"),
         Arg("quantities", "dict", False))
def request_refund(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """退费申请: open a refund for a paid invoice — all of it, or some packs of its lines."""
    inv: Invoice = need(sb.invoices, a["invoice"], "unknown_invoice")
    if inv.status != "paid":
        raise Refused("invoice_not_paid", patient=inv.patient, status=inv.status)
    quantities = _quantities(inv, a["quantities"]) if "quantities" in a else None
    refund = Refund(sb.next_id("ref", sb.refunds), inv.id, inv.patient, a["reason"],
                    quantities=quantities)
    sb.refunds[refund.id] = refund
    return {"patient": inv.patient, "refund": refund.id, "partial": quantities is not None}


@command("supervisor_login", "cashier", Arg("staff"))
def supervisor_login(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """The supervisor logs in on this PC for an approval step (their own authenticated act).

    At a station the supervisor's credentials are checked by trainer.auth before this
    command is issued; here the seed's roster stands for that check."""
    if a["staff"] not in sb.supervisors:
        raise Refused("not_a_supervisor", supervisor=a["staff"])
    sb.supervisor_on = a["staff"]
    return {}


@command("supervisor_logout", "any")
def supervisor_logout(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """The supervisor logs out; the PC is the cashier's again."""
    if sb.supervisor_on is None:
        raise Refused("no_supervisor_logged_in")
    sb.supervisor_on = None
    return {}


@command("approve_refund", "supervisor", Arg("refund"))
def approve_refund(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """主管审批: the logged-in supervisor approves a refund (recorded as their act)."""
    refund: Refund = need(sb.refunds, a["refund"], "unknown_refund")
    if refund.status != "requested":
        raise Refused("refund_closed", patient=refund.patient, status=refund.status)
    refund.approved_by, refund.approved_ms = sb.supervisor_on, ctx.t
    return {"patient": refund.patient}


def kept_lines(inv: Invoice, quantities: dict[str, int]) -> list[dict[str, Any]]:
    """The invoice's lines less the packs refunded, priced per pack as billed."""
    left = dict(quantities)
    kept = []
    for line in inv.lines:
        qty = int(line["quantity"])
        take = min(qty, left.get(line["item"], 0))
        left[line["item"]] = left.get(line["item"], 0) - take
        if qty - take:
            kept.append({**line, "quantity": qty - take,
                         "amount": int(line["amount"]) * (qty - take) // qty})
    return kept


def resettle(sb: Sandbox, inv: Invoice, quantities: dict[str, int] | None) -> Invoice | None:
    """Reverse the invoice's settlement (冲红) and settle the lines kept on a new invoice."""
    payer = inv.card_patient or inv.patient
    sb.patients[payer].personal_account += inv.personal
    inv.status = "reversed"
    if quantities is None:
        for rx_id in inv.prescriptions:
            sb.prescriptions[rx_id].paid = False
        for req_id in inv.requests:  # 检验/检查申请 billed on it are unpaid again
            requests_of(sb)[req_id].paid = False
        return None
    kept = kept_lines(inv, quantities)
    new = build_invoice(sb, sb.next_id("inv", sb.invoices), inv.patient, inv.kind, kept, payer)
    new.prescriptions, new.replaces = list(inv.prescriptions), inv.id
    new.requests = [r for r in inv.requests if any(line.get("request") == r for line in kept)]
    for req_id in set(inv.requests) - set(new.requests):
        requests_of(sb)[req_id].paid = False
    new.method, new.received, new.status = inv.method, new.due, "paid"
    sb.patients[payer].personal_account -= new.personal
    sb.invoices[new.id] = new
    return new


def preview(sb: Sandbox, inv: Invoice, quantities: dict[str, int] | None) -> dict[str, int]:
    """What paying the refund would give back (fen): ``pooled``, ``personal``, ``amount``
    (through the channel), ``kept`` (total of the reissued invoice). Changes nothing."""
    if quantities is None:
        return {"pooled": inv.pooled, "personal": inv.personal, "amount": inv.due, "kept": 0}
    payer = sb.patients[inv.card_patient or inv.patient]
    payer.personal_account += inv.personal  # as the reversal would leave it
    try:
        new = build_invoice(sb, "preview", inv.patient, inv.kind, kept_lines(inv, quantities),
                            inv.card_patient or inv.patient)
    finally:
        payer.personal_account -= inv.personal
    return {"pooled": inv.pooled - new.pooled, "personal": inv.personal - new.personal,
            "amount": inv.due - new.due, "kept": new.total}


@command("pay_refund", "cashier", Arg("refund"), Arg("method"))
def pay_refund(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """确定退费: reverse the settlement, pay the patient's part back through ``method``, cancel
    the invoice (冲红) and, for a partial refund, issue one for the lines kept."""
    refund: Refund = need(sb.refunds, a["refund"], "unknown_refund")
    if refund.status != "requested":
        raise Refused("refund_closed", patient=refund.patient, status=refund.status)
    if a["method"] not in METHODS:
        raise Refused("bad_argument", argument="method", expected="|".join(METHODS))
    inv = sb.invoices[refund.invoice]
    if inv.status != "paid":
        raise Refused("invoice_not_paid", patient=refund.patient, status=inv.status)
    new = resettle(sb, inv, refund.quantities)
    refund.status, refund.method, refund.paid_ms = "paid", a["method"], ctx.t
    refund.pooled_back = inv.pooled - (new.pooled if new else 0)
    refund.personal_back = inv.personal - (new.personal if new else 0)
    refund.amount = inv.due - (new.due if new else 0)
    refund.new_invoice = new.id if new else None
    sb.payments.append({"invoice": inv.id, "method": a["method"], "amount": -refund.amount,
                        "at_ms": ctx.t})
    return {"patient": refund.patient, "amount": refund.amount / 100,
            "pooled": refund.pooled_back / 100, "personal": refund.personal_back / 100,
            "new_invoice": refund.new_invoice}


@command("decline_refund", "cashier", Arg("refund"), Arg("reason", "reason"))
def decline_refund(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Decline a refund (no approval, drugs not returned…) and say why."""
    refund: Refund = need(sb.refunds, a["refund"], "unknown_refund")
    if refund.status != "requested":
        raise Refused("refund_closed", patient=refund.patient, status=refund.status)
    refund.status, refund.decline_reason = "declined", a["reason"]
    return {"patient": refund.patient}
