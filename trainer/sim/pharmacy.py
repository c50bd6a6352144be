"""Pharmacy commands: prescription review (审方), batches, preparation (配药确认),
dispensing (四查十对), counselling (用药交代), returns (退药), stocktake (盘点).

The pharmacist approves or returns a prescription with a reason — there is no command that
edits one. Dispensing picks the batch the trainee names, or else the first batch on the
shelf with enough stock (which may be the expired one a scenario planted).

May import: trainer.sim.commands, trainer.sim.safety, trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need, real_text, reason_of
from trainer.sim.reference import Batch
from trainer.sim.safety import review_alerts
from trainer.sim.state import Dispensing, Order, Prescription, Sandbox

#: 四查十对 — the ten matches confirmed at dispensing.
TEN_MATCHES = ("department", "name", "age", "drug", "form", "strength", "quantity",
               "appearance", "usage", "diagnosis")
#: 用药交代 — what a counselling may cover: dose, timing (when and how to take), the main
#: adverse effects, storage, for whom the drug is, and the special warning of a controlled or
#: high-alert drug (no sharing, keep locked, bring back what is left, no driving…).
COUNSEL_POINTS = ("dose", "timing", "adverse_effects", "storage", "for_whom",
                  "special_warning")


def _rx(sb: Sandbox, rx_id: str) -> Prescription:
    rx: Prescription = need(sb.prescriptions, rx_id, "unknown_rx")
    return rx


@command("review_prescription", "pharmacist", Arg("rx"))
def review_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """审方: open a signed prescription for review; the result lists the system's alerts."""
    rx = _rx(sb, a["rx"])
    if rx.status != "signed":
        raise Refused("rx_not_signed", patient=rx.patient, status=rx.status)
    rx.reviewed = True
    return {"patient": rx.patient, "alerts": review_alerts(sb, rx.id)}


@command("approve_prescription", "pharmacist", Arg("rx"))
def approve_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """审核通过: approve a signed prescription for dispensing."""
    rx = _rx(sb, a["rx"])
    if rx.status != "signed":
        raise Refused("rx_not_signed", patient=rx.patient, status=rx.status)
    rx.status = "approved"
    return {"patient": rx.patient}


@command("return_prescription", "pharmacist", Arg("rx"), Arg("reason", "reason"))
def return_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """退回: send a prescription back to the prescriber with the reason; never edit it."""
    rx = _rx(sb, a["rx"])
    if rx.status not in ("signed", "approved"):
        raise Refused("rx_not_signed", patient=rx.patient, status=rx.status)
    rx.status = "returned"
    rx.return_reason = a["reason"]
    return {"patient": rx.patient}


@command("quarantine_batch", "pharmacist", Arg("drug"), Arg("batch"))
def quarantine_batch(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """报损/下架: take a batch (e.g. expired) off the shelf so it cannot be dispensed."""
    if not any(b.drug == a["drug"] and b.batch == a["batch"] for b in sb.stock):
        raise Refused("unknown_batch", drug=a["drug"], batch=a["batch"])
    sb.quarantined.add((a["drug"], a["batch"]))
    return {}


def _pick(sb: Sandbox, rx: Prescription, drug: str, wanted: str | None, qty: int) -> Batch:
    shelf = [b for b in sb.stock if b.drug == drug]
    if wanted is not None:
        shelf = [b for b in shelf if b.batch == wanted]
        if not shelf:
            raise Refused("unknown_batch", patient=rx.patient, drug=drug, batch=wanted)
        if (drug, wanted) in sb.quarantined:
            raise Refused("batch_quarantined", patient=rx.patient, drug=drug, batch=wanted)
    for batch in shelf:
        if (drug, batch.batch) not in sb.quarantined and batch.quantity >= qty:
            return batch
    raise Refused("out_of_stock", patient=rx.patient, drug=drug)


@command("prepare_prescription", "pharmacist", Arg("rx"), Arg("by"))
def prepare_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """配药确认: the pharmacist who prepared an approved, paid prescription (``by``, a staff
    id) confirms it; the pharmacist at the window then checks it again and dispenses."""
    rx = _rx(sb, a["rx"])
    if rx.status != "approved":
        raise Refused("not_approved", patient=rx.patient, status=rx.status)
    if not rx.paid:
        raise Refused("not_paid", patient=rx.patient)
    if not real_text(a["by"]):
        raise Refused("bad_argument", argument="by", expected="staff id", patient=rx.patient)
    rx.prepared, rx.prepared_by = True, a["by"].strip()
    return {"patient": rx.patient}


@command("stocktake", "pharmacist", Arg("drug"), Arg("batch"), Arg("counted", "int"))
def stocktake(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """盘点: record the counted packs of one batch and the difference from the book stock;
    the book is not changed here (a loss or overage is reported, 报损报溢)."""
    found = [b for b in sb.stock if b.drug == a["drug"] and b.batch == a["batch"]]
    if not found:
        raise Refused("unknown_batch", drug=a["drug"], batch=a["batch"])
    if a["counted"] < 0:
        raise Refused("bad_argument", argument="counted", expected="packs ≥ 0")
    book = found[0].quantity
    counts: list[dict[str, Any]] = sb.extra.setdefault("stocktakes", [])
    counts.append({"drug": a["drug"], "batch": a["batch"], "book": book,
                   "counted": a["counted"], "difference": a["counted"] - book,
                   "at_ms": ctx.t})
    return {"book": book, "difference": a["counted"] - book}


@command("dispense", "pharmacist", Arg("rx"), Arg("batches", "dict", False),
         Arg("checks", "list", False))
def dispense(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """发药: hand over an approved, paid prescription; records batches and 四查十对."""
    rx = _rx(sb, a["rx"])
    if rx.status != "approved":
        raise Refused("not_approved", patient=rx.patient, status=rx.status)
    if not rx.paid:
        raise Refused("not_paid", patient=rx.patient)
    unknown = [c for c in a.get("checks", []) if c not in TEN_MATCHES]
    if unknown:
        raise Refused("bad_argument", argument="checks", expected="|".join(TEN_MATCHES),
                      patient=rx.patient)
    wanted = a.get("batches", {})
    picks = []
    for item in rx.items:
        choice = wanted.get(item.drug)
        picks.append((item, _pick(sb, rx, item.drug, choice if isinstance(choice, str) else None,
                                  item.quantity)))
    for item, batch in picks:
        index = sb.stock.index(batch)
        sb.stock[index] = batch.model_copy(update={"quantity": batch.quantity - item.quantity})
        sb.dispensings.append(Dispensing(rx.id, rx.patient, item.drug, batch.batch,
                                         batch.expiry, item.quantity, ctx.t))
    rx.status = "dispensed"
    rx.second_checked = rx.prepared
    rx.dispense_checks = sorted(set(a.get("checks", [])))
    created = _infusion_orders(sb, rx, ctx.t)
    return {"patient": rx.patient, "batches": {i.drug: b.batch for i, b in picks},
            "orders": created}


def _infusion_orders(sb: Sandbox, rx: Prescription, t: int) -> list[str]:
    """Parenteral lines go to the injection room as temporary orders for the nurse."""
    created = []
    for item in rx.items:
        if sb.reference.routes[item.route].parenteral:
            order_id = sb.next_id("ord", sb.orders)
            sb.orders[order_id] = Order(order_id, rx.patient, item.drug, item.dose, item.unit,
                                        item.route, item.freq, "temporary", created_ms=t)
            created.append(order_id)
    return created


@command("counsel", "pharmacist", Arg("rx"), Arg("note", "text", False),
         Arg("points", "list", False))
def counsel(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """用药交代: explain dose, timing and warnings; the note says what was told."""
    rx = _rx(sb, a["rx"])
    unknown = [p for p in a.get("points", []) if p not in COUNSEL_POINTS]
    if unknown:
        raise Refused("bad_argument", argument="points", expected="|".join(COUNSEL_POINTS),
                      patient=rx.patient)
    note = reason_of(a, "note", patient=rx.patient)  # given, it says something
    rx.counselled = True
    if note is not None:
        rx.counsel_note = note.strip()
    rx.counsel_points = sorted(set(rx.counsel_points) | set(a.get("points", [])))
    return {"patient": rx.patient, "needed": counsel_needed(sb, rx)}


def counsel_needed(sb: Sandbox, rx: Prescription) -> list[str]:
    """The points a counselling must cover for this prescription: dose, timing and main
    adverse effects always; the special warning for a controlled (麻/精) or high-alert
    drug; for whom the drug is when the form is paediatric."""
    needed = ["dose", "timing", "adverse_effects"]
    drugs = [sb.reference.drugs[i.drug] for i in rx.items if i.drug in sb.reference.drugs]
    if any(d.controlled != "none" or d.high_alert for d in drugs):
        needed.append("special_warning")
    if rx.kind == "paediatric":
        needed.append("for_whom")
    return needed


@command("confirm_return", "pharmacist", Arg("rx"), Arg("drug"), Arg("quantity", "int"))
def confirm_return(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """退药确认: confirm drugs came back; never more than was dispensed."""
    rx = _rx(sb, a["rx"])
    given = sum(d.quantity for d in sb.dispensings if d.rx == rx.id and d.drug == a["drug"])
    back = sum(r["quantity"] for r in sb.drug_returns if r["rx"] == rx.id
               and r["drug"] == a["drug"])
    if given == 0:
        raise Refused("not_dispensed", patient=rx.patient, drug=a["drug"])
    if a["quantity"] < 1 or back + a["quantity"] > given:
        raise Refused("return_exceeds_dispensed", patient=rx.patient, dispensed=given,
                      returned=back)
    sb.drug_returns.append({"rx": rx.id, "patient": rx.patient, "drug": a["drug"],
                            "quantity": a["quantity"], "at_ms": ctx.t})
    return {"patient": rx.patient}
