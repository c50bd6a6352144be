"""Doctor station commands: queue, visit, EMR, diagnosis, prescriptions, ward orders.

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.entrusted, trainer.sim.safety,
trainer.sim.state.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need, reason_of
from trainer.sim.common import patient_of
from trainer.sim.entrusted import entrusted, stop_entrusted
from trainer.sim.safety import PAIN_INDICATIONS, Proposed, assess, packs_needed
from trainer.sim.state import DiagnosisEntry, Order, Prescription, RxItem, Sandbox, SkinTest, Visit

EMR_FIELDS = ("chief_complaint", "present_illness", "past_history", "allergy_history",
              "examination", "tests", "diagnosis", "plan")
RX_KINDS = ("ordinary", "emergency", "paediatric", "psych2", "psych1", "narcotic")
ORDER_KINDS = ("long_term", "temporary", "prn", "sos")
MAX_RX_ITEMS = 5


def _visit(sb: Sandbox, visit_id: str, *, open_only: bool = True) -> Visit:
    visit: Visit = need(sb.visits, visit_id, "unknown_visit")
    if open_only and visit.status != "in_consultation":
        raise Refused("visit_not_started", patient=visit.patient, status=visit.status)
    return visit


@command("call_patient", "doctor", Arg("visit"))
def call_patient(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """叫号: call a waiting patient from the queue."""
    visit = _visit(sb, a["visit"], open_only=False)
    if visit.status != "waiting":
        raise Refused("not_waiting", patient=visit.patient, status=visit.status)
    visit.called = True
    return {"patient": visit.patient}


@command("start_visit", "doctor", Arg("visit"))
def start_visit(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """开始诊疗: open the consultation of a waiting (or already started) visit."""
    visit = _visit(sb, a["visit"], open_only=False)
    if visit.status not in ("waiting", "in_consultation"):
        raise Refused("visit_closed", patient=visit.patient, status=visit.status)
    visit.status = "in_consultation"
    return {"patient": visit.patient}


@command("write_emr", "doctor", Arg("visit"), *(Arg(f, required=False) for f in EMR_FIELDS))
def write_emr(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Write or extend the outpatient record (病历) fields of an open visit."""
    visit = _visit(sb, a["visit"])
    fields = {f: a[f] for f in EMR_FIELDS if f in a}
    if not fields:
        raise Refused("missing_argument", argument="|".join(EMR_FIELDS), patient=visit.patient)
    visit.emr.update(fields)
    return {"patient": visit.patient, "fields": sorted(fields)}


@command("add_diagnosis", "doctor", Arg("visit"), Arg("code"), Arg("primary", "bool", False))
def add_diagnosis(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Add an ICD-10 diagnosis (primary or secondary) to an open visit."""
    visit = _visit(sb, a["visit"])
    if a["code"] not in sb.reference.diagnoses:
        raise Refused("unknown_diagnosis", patient=visit.patient, code=a["code"])
    if any(d.visit == visit.id and d.code == a["code"] for d in sb.diagnoses):
        raise Refused("duplicate_diagnosis", patient=visit.patient, code=a["code"])
    primary = bool(a.get("primary", False))
    if primary:
        for entry in sb.diagnoses:
            if entry.visit == visit.id:
                entry.primary = False
    sb.diagnoses.append(DiagnosisEntry(visit.id, visit.patient, a["code"], primary))
    return {"patient": visit.patient}


@command("new_prescription", "doctor", Arg("visit"), Arg("kind", required=False),
         Arg("id", required=False), Arg("indication", required=False))
def new_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Open a new prescription (西药处方) of a kind: ordinary, emergency, psych2, narcotic…

    ``indication: cancer_pain | chronic_pain`` marks a 麻精处方 for a 癌痛 / 中重度慢性疼痛
    patient (处方管理办法 第二十四条 day limits)."""
    visit = _visit(sb, a["visit"])
    kind = a.get("kind", "ordinary")
    if kind not in RX_KINDS:
        raise Refused("bad_argument", argument="kind", expected="|".join(RX_KINDS))
    indication = a.get("indication")
    if indication is not None and indication not in PAIN_INDICATIONS:
        raise Refused("bad_argument", argument="indication", expected="|".join(PAIN_INDICATIONS))
    rx_id = a.get("id") or sb.next_id("rx", sb.prescriptions)
    if rx_id in sb.prescriptions:
        raise Refused("duplicate_id", id=rx_id)
    sb.prescriptions[rx_id] = Prescription(rx_id, visit.id, visit.patient, kind, indication)
    return {"patient": visit.patient, "rx": rx_id}


def _line(sb: Sandbox, patient: str, a: dict[str, Any], days: int | None,
          kind: str | None, indication: str | None = None) -> Proposed:
    if a["drug"] not in sb.reference.drugs:
        raise Refused("unknown_drug", patient=patient, drug=a["drug"])
    if a["route"] not in sb.reference.routes:
        raise Refused("unknown_route", patient=patient, route=a["route"])
    if a["freq"] not in sb.reference.frequencies:
        raise Refused("unknown_frequency", patient=patient, freq=a["freq"])
    dose: Decimal = a["dose"]
    if dose <= 0:
        raise Refused("bad_argument", argument="dose", expected="> 0", patient=patient)
    unit = a.get("unit") or sb.reference.drugs[a["drug"]].strength.unit
    return Proposed(patient, a["drug"], dose, unit, a["route"], a["freq"], days, kind,
                    None, indication)


def _screen(sb: Sandbox, prop: Proposed, a: dict[str, Any]) -> list[str]:
    """Run the safety checks; refuse on a hard stop (whatever reason was typed: the attempt
    is recorded) or a soft alert without a real reason."""
    hard, soft = assess(sb, prop)
    if hard:
        raise Refused(hard[0], patient=prop.patient, drug=prop.drug, alerts=hard + soft)
    if soft and a.get("reason") is None:
        raise Refused("alert_needs_reason", patient=prop.patient, drug=prop.drug, alerts=soft)
    if soft:
        reason_of(a, patient=prop.patient, drug=prop.drug, alerts=soft)
    return soft


@command("add_rx_item", "doctor", Arg("rx"), Arg("drug"), Arg("dose", "number"),
         Arg("unit", required=False), Arg("route"), Arg("freq"), Arg("days", "int"),
         Arg("group", "int", False), Arg("reason", "text", False))
def add_rx_item(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Add one drug line to a draft prescription; safety checks fire here."""
    rx: Prescription = need(sb.prescriptions, a["rx"], "unknown_rx")
    if rx.status != "draft":
        raise Refused("rx_not_draft", patient=rx.patient, status=rx.status)
    if not 1 <= a["days"] <= 90:
        raise Refused("bad_argument", argument="days", expected="1–90", patient=rx.patient)
    if any(i.drug == a["drug"] for i in rx.items):
        raise Refused("duplicate_drug", patient=rx.patient, drug=a["drug"])
    if len(rx.items) >= MAX_RX_ITEMS:
        raise Refused("rx_full", patient=rx.patient, limit=MAX_RX_ITEMS)
    prop = _line(sb, rx.patient, a, a["days"], rx.kind, rx.indication)
    group = a.get("group")
    if group is not None and any(i.group == group and (i.route, i.freq) != (prop.route, prop.freq)
                                 for i in rx.items):
        raise Refused("group_mismatch", patient=rx.patient, group=group)
    alerts = _screen(sb, prop, a)
    reason = a.get("reason", "") if alerts else ""
    rx.items.append(RxItem(prop.drug, prop.dose, prop.unit, prop.route, prop.freq, a["days"],
                           packs_needed(sb, prop), group, alerts, reason))
    return {"patient": rx.patient, "alerts": alerts, "quantity": rx.items[-1].quantity}


@command("remove_rx_item", "doctor", Arg("rx"), Arg("drug"))
def remove_rx_item(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Delete a drug line from a draft prescription."""
    rx: Prescription = need(sb.prescriptions, a["rx"], "unknown_rx")
    if rx.status != "draft":
        raise Refused("rx_not_draft", patient=rx.patient, status=rx.status)
    kept = [i for i in rx.items if i.drug != a["drug"]]
    if len(kept) == len(rx.items):
        raise Refused("not_on_rx", patient=rx.patient, drug=a["drug"])
    rx.items = kept
    return {"patient": rx.patient}


@command("sign_prescription", "doctor", Arg("rx"))
def sign_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Sign and submit a draft prescription for review and payment."""
    rx: Prescription = need(sb.prescriptions, a["rx"], "unknown_rx")
    if rx.status != "draft":
        raise Refused("rx_not_draft", patient=rx.patient, status=rx.status)
    if not rx.items:
        raise Refused("rx_empty", patient=rx.patient)
    rx.status = "signed"
    return {"patient": rx.patient}


@command("void_prescription", "doctor", Arg("rx"))
def void_prescription(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """作废: void a prescription that has not been paid or dispensed."""
    rx: Prescription = need(sb.prescriptions, a["rx"], "unknown_rx")
    if rx.paid or rx.status in ("dispensed", "void"):
        raise Refused("rx_locked", patient=rx.patient, status=rx.status)
    rx.status = "void"
    return {"patient": rx.patient}


@command("order_skin_test", "doctor", Arg("patient"), Arg("drug"))
def order_skin_test(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Order a skin test (皮试) for a drug that needs one."""
    patient_of(sb, a["patient"])
    if a["drug"] not in sb.reference.drugs:
        raise Refused("unknown_drug", patient=a["patient"], drug=a["drug"])
    sb.skin_tests.append(SkinTest(a["patient"], a["drug"], "ordered"))
    return {"patient": a["patient"]}


@command("end_visit", "doctor", Arg("visit"))
def end_visit(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """结束就诊: close the consultation."""
    visit = _visit(sb, a["visit"])
    visit.status = "seen"
    return {"patient": visit.patient}


@command("new_order", "doctor", Arg("patient"), Arg("drug"), Arg("dose", "number"),
         Arg("unit", required=False), Arg("route"), Arg("freq"), Arg("kind"),
         Arg("reason", "text", False), Arg("id", required=False))
def new_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Ward order (医嘱): long_term, temporary, prn or sos; safety checks fire here."""
    patient_of(sb, a["patient"])
    if a["kind"] not in ORDER_KINDS:
        raise Refused("bad_argument", argument="kind", expected="|".join(ORDER_KINDS),
                      patient=a["patient"])
    order_id = a.get("id") or sb.next_id("ord", sb.orders)
    if order_id in sb.orders:
        raise Refused("duplicate_id", id=order_id, patient=a["patient"])
    prop = _line(sb, a["patient"], a, None, None)
    alerts = _screen(sb, prop, a)
    sb.orders[order_id] = Order(order_id, prop.patient, prop.drug, prop.dose, prop.unit,
                                prop.route, prop.freq, a["kind"], "new", alerts,
                                a.get("reason", "") if alerts else "", created_ms=ctx.t)
    return {"patient": prop.patient, "order": order_id, "alerts": alerts}


@command("stop_order", "doctor", Arg("order"))
def stop_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """停止: stop an active order, a drug or a 嘱托 (it is never edited)."""
    if a["order"] in entrusted(sb):
        return stop_entrusted(sb, a["order"], ctx.t)
    order: Order = need(sb.orders, a["order"], "unknown_order")
    if order.status in ("stopped", "cancelled"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    order.status = "stopped"
    return {"patient": order.patient}


@command("cancel_order", "doctor", Arg("order"))
def cancel_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """取消: cancel an order that has not been executed; it stays visible, marked cancelled."""
    if a["order"] in entrusted(sb):
        ent = entrusted(sb)[a["order"]]
        if ent.status in ("stopped", "cancelled") or ent.executions:
            raise Refused("order_not_cancellable", patient=ent.patient, status=ent.status)
        ent.status = "cancelled"
        return {"patient": ent.patient}
    order: Order = need(sb.orders, a["order"], "unknown_order")
    if order.status in ("stopped", "cancelled") or any(e.order == order.id
                                                        for e in sb.executions):
        raise Refused("order_not_cancellable", patient=order.patient, status=order.status)
    order.status = "cancelled"
    return {"patient": order.patient}
