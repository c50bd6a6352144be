"""Ward doctor (住院医生站): admission orders, 病危/病重 notice, ward lab and exam orders,
转科 with 重整医嘱, discharge orders and the discharge summary with the 病案首页 主要诊断.

Drug orders are the existing ``new_order`` / ``stop_order``. Transfer and discharge do not
stop the long-term orders by themselves: the doctor stops them (``stop_order``), and what
was still running at the order is recorded for the scenario to grade (a warfarin order that
survives a transfer).

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.inpatient_state,
trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command
from trainer.sim.common import patient_of
from trainer.sim.inpatient_state import WARD_TESTS, Admission, admission_of, ip, live_long_term
from trainer.sim.state import Sandbox

NURSING_LEVELS = ("special", "level1", "level2", "level3")
DIETS = ("regular", "soft", "semi_liquid", "liquid", "diabetic", "low_salt_low_fat",
         "fasting")
CONDITIONS = ("critical", "serious", "stable")


def _in_ward(adm: Admission) -> Admission:
    if adm.status != "in_ward":
        raise Refused("not_in_ward", patient=adm.patient, status=adm.status)
    return adm


def _choice(value: str, allowed: tuple[str, ...], argument: str, patient: str) -> str:
    if value not in allowed:
        raise Refused("bad_argument", argument=argument, expected="|".join(allowed),
                      patient=patient)
    return value


@command("admission_orders", "doctor", Arg("admission"), Arg("nursing_level"), Arg("diet"),
         Arg("condition", required=False))
def admission_orders(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """入院医嘱: nursing level (护理级别), diet (饮食) and the condition (病危/病重/一般)."""
    adm = admission_of(sb, a["admission"])
    if adm.status == "discharged":
        raise Refused("admission_closed", patient=adm.patient)
    adm.nursing_level = _choice(a["nursing_level"], NURSING_LEVELS, "nursing_level",
                                adm.patient)
    adm.diet = _choice(a["diet"], DIETS, "diet", adm.patient)
    if "condition" in a:
        adm.condition = _choice(a["condition"], CONDITIONS, "condition", adm.patient)
    return {"patient": adm.patient}


@command("condition_notice", "doctor", Arg("admission"))
def condition_notice(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """病危/病重通知书: issue the notice to the family for a critical or serious patient."""
    adm = admission_of(sb, a["admission"])
    if adm.condition not in ("critical", "serious"):
        raise Refused("no_condition_set", patient=adm.patient)
    adm.condition_notice = True
    return {"patient": adm.patient}


@command("order_test", "doctor", Arg("patient"), Arg("test"), Arg("id", required=False))
def order_test(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """检验/检查申请: order a ward lab test or exam; a lab test gets a specimen request."""
    patient_of(sb, a["patient"])
    if a["test"] not in WARD_TESTS:
        raise Refused("unknown_test", patient=a["patient"], expected="|".join(WARD_TESTS))
    st = ip(sb)
    adm = next((x for x in st.admissions.values() if x.patient == a["patient"]
                and x.status == "in_ward"), None)
    if adm is None:
        raise Refused("not_in_ward", patient=a["patient"], status="not admitted")
    if "id" in a and a["id"] in st.labs:
        raise Refused("duplicate_id", patient=a["patient"], id=a["id"])
    lab_id = a.get("id") or sb.next_id("lab", st.labs)
    st.labs[lab_id] = {"id": lab_id, "patient": a["patient"], "test": a["test"],
                       "status": "ordered", "at_ms": ctx.t}
    fee = sb.reference.fees[a["test"]]
    st.charges.append({"admission": adm.id, "item": a["test"], "quantity": 1,
                       "amount": fee.price, "category": fee.category})
    return {"patient": a["patient"], "lab": lab_id}


@command("order_transfer", "doctor", Arg("admission"), Arg("to_ward"))
def order_transfer(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """转科医嘱: transfer the patient to another ward; running long-term orders are recorded."""
    adm = _in_ward(admission_of(sb, a["admission"]))
    if a["to_ward"] == adm.ward:
        raise Refused("bad_argument", argument="to_ward", expected="another ward",
                      patient=adm.patient)
    adm.transfer_to = a["to_ward"]
    ip(sb).transfers.append({"admission": adm.id, "patient": adm.patient,
                             "from_ward": adm.ward, "to_ward": a["to_ward"],
                             "live_long_term": live_long_term(sb, adm.patient),
                             "ordered_ms": ctx.t, "out_ms": None, "in_ms": None,
                             "reorganized": False})
    return {"patient": adm.patient}


@command("reorganize_orders", "doctor", Arg("admission"))
def reorganize_orders(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """重整医嘱: in the new ward, draw the line under the old orders and carry on afresh."""
    adm = _in_ward(admission_of(sb, a["admission"]))
    moves = [t for t in ip(sb).transfers if t["admission"] == adm.id and t["in_ms"] is not None]
    if not moves:
        raise Refused("not_transferred", patient=adm.patient)
    moves[-1]["reorganized"] = True
    adm.reorganized_ms = ctx.t
    return {"patient": adm.patient, "carried": live_long_term(sb, adm.patient)}


@command("discharge_order", "doctor", Arg("admission"), Arg("take_home", "list", False))
def discharge_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """出院医嘱: discharge today, with the drugs to take home (出院带药)."""
    adm = _in_ward(admission_of(sb, a["admission"]))
    unknown = [d for d in a.get("take_home", []) if d not in sb.reference.drugs]
    if unknown:
        raise Refused("unknown_drug", patient=adm.patient, drug=", ".join(unknown))
    adm.discharge_ordered_ms = ctx.t
    adm.take_home = list(a.get("take_home", []))
    return {"patient": adm.patient, "still_running": live_long_term(sb, adm.patient)}


@command("discharge_summary", "doctor", Arg("admission"), Arg("primary"),
         Arg("others", "list", False), Arg("summary", "reason"))
def discharge_summary(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """出院记录 and 病案首页: the 主要诊断 (``primary``), other diagnoses and the summary."""
    adm = admission_of(sb, a["admission"])
    if adm.discharge_ordered_ms is None:
        raise Refused("discharge_not_ordered", patient=adm.patient)
    codes = [a["primary"], *a.get("others", [])]
    unknown = [c for c in codes if c not in sb.reference.diagnoses]
    if unknown:
        raise Refused("unknown_diagnosis", patient=adm.patient, code=", ".join(unknown))
    adm.summary = {"primary": a["primary"], "others": list(a.get("others", [])),
                   "text": a["summary"], "at_ms": ctx.t}
    return {"patient": adm.patient}
