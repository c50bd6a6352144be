"""The sandbox commands behind the station gaps of issue 12: 嘱托 (entrusted orders), the
nurse's 交班记录 (handover note) and the outpatient 检验/检查申请 that the cashier charges."""

from __future__ import annotations

from typing import Any

from trainer.sim import catalogue  # noqa: F401  (the full command vocabulary)
from trainer.sim.attempt import SimAttempt
from trainer.sim.commands import REGISTRY, Context, Outcome, apply
from trainer.sim.entrusted import entrusted
from trainer.sim.handover import handover_notes, uncovered_critical
from trainer.sim.inpatient_state import ip
from trainer.sim.outpatient_requests import requests_of
from trainer.sim.state import Sandbox

ROLES = ("doctor", "nurse", "cashier")


class Desk:
    """A sandbox seeded from a scenario, driven by every station at once."""

    def __init__(self, loaded: Any) -> None:
        self.sb: Sandbox = SimAttempt(loaded.scenario, loaded.reference).sandbox
        self.t = 0

    def do(self, cmd: str, **args: Any) -> Outcome:
        self.t += 1000
        station = REGISTRY[cmd].station
        role = station if station in ROLES else "doctor"
        return apply(self.sb, cmd, args, Context(self.t, role), ROLES)


def test_an_entrusted_order_is_verified_carried_out_and_stopped(load: Any) -> None:
    desk = Desk(load("nurse-bedside-execution"))
    made = desk.do("new_entrusted_order", patient="p007", text="嘱托：明日晨空腹抽血",
                   kind="temporary")
    assert made.accepted and made.result["order"] == "zt-1"
    order = entrusted(desk.sb)["zt-1"]
    assert (order.text, order.kind, order.status) == ("嘱托：明日晨空腹抽血", "temporary", "new")
    assert "zt-1" not in desk.sb.orders  # no drug: 摆药, the bill and the safety checks skip it
    assert desk.do("verify_order", order="zt-1").accepted
    assert order.status == "verified"
    assert desk.do("verify_order", order="zt-1").code == "order_not_new"
    done = desk.do("execute_entrusted_order", order="zt-1", note="已告知患者晚餐后禁食")
    assert done.accepted and order.executions[0]["note"] == "已告知患者晚餐后禁食"
    assert order.executions[0]["status"] == "verified"
    assert desk.do("execute_entrusted_order", order="zt-1").code == "already_executed"
    assert desk.do("cancel_order", order="zt-1").code == "order_not_cancellable"
    assert desk.do("stop_order", order="zt-1").accepted and order.status == "stopped"
    assert desk.do("stop_order", order="zt-1").code == "order_not_active"


def test_a_long_term_entrusted_order_is_carried_out_each_time_until_stopped(load: Any) -> None:
    desk = Desk(load("nurse-bedside-execution"))
    desk.do("new_entrusted_order", patient="p009", text="嘱托：每日测体重", kind="long_term")
    assert desk.do("execute_entrusted_order", order="zt-1").accepted
    assert desk.do("execute_entrusted_order", order="zt-1").result["times"] == 2
    assert entrusted(desk.sb)["zt-1"].executions[0]["status"] == "new"  # never verified
    desk.do("stop_order", order="zt-1")
    assert desk.do("execute_entrusted_order", order="zt-1").code == "order_not_active"


def test_an_entrusted_order_needs_words_a_kind_and_a_patient(load: Any) -> None:
    desk = Desk(load("nurse-bedside-execution"))
    assert desk.do("new_entrusted_order", patient="p007", text=" 。", kind="temporary").code \
        == "reason_required"
    assert desk.do("new_entrusted_order", patient="p007", text="禁食水", kind="prn").code \
        == "bad_argument"
    assert desk.do("new_entrusted_order", patient="nobody", text="禁食水",
                   kind="temporary").code == "unknown_patient"
    assert desk.do("new_entrusted_order", patient="p007", text="禁食水", kind="temporary",
                   id="ord1").code == "duplicate_id"
    desk.do("new_entrusted_order", patient="p007", text="禁食水", kind="temporary")
    assert desk.do("cancel_order", order="zt-1").accepted
    assert entrusted(desk.sb)["zt-1"].status == "cancelled"
    assert desk.sb.patient_drugs("p007") == ["ceftriaxone"]  # the 嘱托 is not a drug


def test_a_handover_note_keeps_sbar_and_the_ward_census(load: Any) -> None:
    desk = Desk(load("inpatient-doctor-transfer-critical"))
    ip(desk.sb).admissions["zy2"].condition = "critical"
    assert uncovered_critical(desk.sb) == ["p011"]
    note = desk.do("write_handover_note", patient="p013", shift="day",
                   situation="华法林抗凝中", background="房颤", assessment="无出血征象",
                   recommendation="夜班观察牙龈及大便颜色")
    assert note.accepted and note.result["uncovered_critical"] == ["p011"]
    bedside = desk.do("write_handover_note", patient="p011", shift="day", situation="病危",
                      assessment="生命体征尚平稳", recommendation="床旁交接，每小时巡视",
                      bedside=True)
    assert bedside.accepted and bedside.result["uncovered_critical"] == []
    first, second = handover_notes(desk.sb)
    assert first["census"] == {"present": 2, "critical": 1, "serious": 0}
    assert (first["condition"], second["condition"], second["bedside"]) == (None, "critical",
                                                                              True)
    assert first["background"] == "房颤" and second["background"] == ""


def test_a_handover_note_without_an_assessment_or_with_a_bad_shift_is_refused(load: Any) -> None:
    desk = Desk(load("inpatient-doctor-transfer-critical"))
    base = {"patient": "p013", "situation": "华法林抗凝中", "recommendation": "观察出血"}
    assert desk.do("write_handover_note", shift="day", assessment="  ", **base).code \
        == "reason_required"
    assert desk.do("write_handover_note", shift="morning", assessment="平稳", **base).code \
        == "bad_argument"
    assert handover_notes(desk.sb) == []


def test_a_test_request_is_charged_paid_and_refunded_with_the_invoice(load: Any) -> None:
    desk = Desk(load("doctor-penicillin-allergy"))
    assert desk.do("request_test", visit="v1", item="cbc", specimen="venous_blood").code \
        == "visit_not_started"
    desk.do("start_visit", visit="v1")
    lab = desk.do("request_test", visit="v1", item="cbc", specimen="venous_blood",
                  note="发热3天，查感染指标")
    xray = desk.do("request_test", visit="v1", item="dr_chest", site="chest_pa")
    assert lab.accepted and xray.accepted and lab.result["amount"] == 20
    assert desk.do("request_test", visit="v1", item="cbc", specimen="venous_blood").code \
        == "duplicate_request"
    assert desk.do("request_test", visit="v1", item="cbc").code == "bad_argument"
    assert desk.do("request_test", visit="v1", item="dr_chest", site="head").code \
        == "bad_argument"
    assert desk.do("request_test", visit="v1", item="cbc", specimen="venous_blood",
                   site="chest_pa").code == "bad_argument"
    assert desk.do("request_test", visit="v1", item="bed_day").code == "not_requestable"
    invoice = desk.do("charge", patient="p003")
    assert invoice.accepted and invoice.result["total"] == 100  # ¥20 + ¥80
    inv = desk.sb.invoices[invoice.result["invoice"]]
    assert inv.requests == ["req-1", "req-2"] and inv.prescriptions == []
    assert {line["kind"] for line in inv.lines} == {"lab", "imaging"}
    assert desk.do("charge", patient="p003").code == "nothing_to_charge"  # already on it
    assert desk.do("settle", invoice=inv.id, method="wechat").accepted
    assert all(r.paid for r in requests_of(desk.sb).values())


def test_a_scenario_without_requests_charges_as_before(load: Any) -> None:
    desk = Desk(load("doctor-penicillin-allergy"))
    assert desk.do("charge", patient="p003").code == "nothing_to_charge"
    assert "requests" not in desk.sb.extra or requests_of(desk.sb) == {}



def test_checks_can_query_entrusted_orders_handover_notes_and_requests(load: Any) -> None:
    from trainer.sim.records import ENTITIES

    desk = Desk(load("nurse-bedside-execution"))
    desk.do("new_entrusted_order", patient="p007", text="嘱托：卧床休息", kind="long_term")
    desk.do("execute_entrusted_order", order="zt-1")  # before the nurse verified it
    desk.do("write_handover_note", patient="p007", shift="night", situation="卧床",
            assessment="平稳", recommendation="巡视")
    assert ENTITIES["entrusted_orders"](desk.sb) == [{
        "id": "zt-1", "patient": "p007", "text": "嘱托：卧床休息", "kind": "long_term",
        "status": "new", "executions": 1, "executed_unverified": True}]
    assert [(n["patient"], n["shift"], n["critical"], n["bedside"])
            for n in ENTITIES["handover_notes"](desk.sb)] == [("p007", "night", False, False)]
    desk = Desk(load("doctor-penicillin-allergy"))
    desk.do("start_visit", visit="v1")
    desk.do("request_test", visit="v1", item="ultrasound", site="abdomen")
    assert [(r["item"], r["kind"], r["site"], r["amount"], r["paid"])
            for r in ENTITIES["test_requests"](desk.sb)] == [
        ("ultrasound", "imaging", "abdomen", 120, False)]
