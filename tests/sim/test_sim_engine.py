"""The sandbox engine: refusals, safety checks, money, determinism — through commands only."""

from __future__ import annotations

import json
from typing import Any

from trainer.sim.attempt import SimAttempt
from trainer.sim.cashier import split_line
from trainer.sim.grading import grade
from trainer.sim.reference import gb11643_check_digit
from trainer.sim.replay import replay


def open_attempt(load: Any, scenario_id: str) -> SimAttempt:
    loaded = load(scenario_id)
    return SimAttempt(loaded.scenario, loaded.reference)


def test_gb11643_check_digit() -> None:
    # GB 11643-1999 worked example
    assert gb11643_check_digit("11010519491231002") == "X"


def test_refusals_are_recorded_not_raised(load: Any) -> None:
    s = open_attempt(load, "doctor-penicillin-allergy")
    cases: list[tuple[object, object, object, str]] = [
        (1, "no_such_command", {}, "unknown_command"),
        (2, "verify_identity", {"patient": "p003", "bed": "12", "name": "李秀英"},
         "bed_not_identifier"),
        (3, "verify_identity", {"patient": "p003", "name": "李秀英"}, "too_few_identifiers"),
        (4, "verify_identity", {"patient": "p003", "name": "张伟", "dob": "1952-07-19"},
         "identity_mismatch"),
        (5, "verify_identity", {"patient": "nobody", "name": "x", "dob": "y"}, "unknown_patient"),
        (6, "start_visit", {"visit": "v1", "colour": "red"}, "unknown_argument"),
        (7, "start_visit", {}, "missing_argument"),
        (8, "start_visit", {"visit": 12}, "bad_argument"),
        (9, "start_visit", "v1", "bad_argument"),
        (10, "verify_order", {"order": "ord1"}, "wrong_station"),
        (11, "write_emr", {"visit": "v1", "plan": "x"}, "visit_not_started"),
        (5, "call_patient", {"visit": "v1"}, "time_went_backwards"),
        ("soon", "call_patient", {"visit": "v1"}, "bad_time"),
        (10**9, "call_patient", {"visit": "v1"}, "time_limit_exceeded"),
    ]
    for t, cmd, args, code in cases:
        entry = s.apply(t, cmd, args)
        assert (entry.accepted, entry.code) == (False, code), (cmd, entry)
    assert len(s.log) == len(cases)
    assert s.sandbox.visits["v1"].status == "waiting"


def test_allergy_hard_stop_only_once_recorded(load: Any) -> None:
    s = open_attempt(load, "doctor-penicillin-allergy")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1"})
    s.apply(3, "record_allergies", {"patient": "p003", "classes": ["penicillin"]})
    e = s.apply(4, "add_rx_item", {"rx": "rx-1", "drug": "amoxicillin", "dose": 0.5, "unit": "g",
                                   "route": "po", "freq": "tid", "days": 5})
    assert e.code == "allergy" and "skin_test_required" in e.facts["alerts"]
    # a typed reason never overrides a hard stop; the attempt is recorded
    e = s.apply(5, "add_rx_item", {"rx": "rx-1", "drug": "amoxicillin", "dose": 0.5, "unit": "g",
                                   "route": "po", "freq": "tid", "days": 5,
                                   "reason": "患者说只是轻微皮疹"})
    assert e.code == "allergy" and not e.accepted


def test_cephalosporin_after_penicillin_allergy_is_a_doctors_assessment(load: Any) -> None:
    """rules §1: soft alert 请医生评估 with a documented reason; hard stop if severe."""
    s = open_attempt(load, "doctor-penicillin-allergy")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1"})
    s.apply(3, "record_allergies", {"patient": "p003", "classes": ["penicillin"]})
    line = {"rx": "rx-1", "drug": "cefuroxime", "dose": 250, "unit": "mg", "route": "po",
            "freq": "bid", "days": 5}
    e = s.apply(4, "add_rx_item", line)
    assert e.code == "alert_needs_reason" and e.facts["alerts"] == ["cross_allergy"]
    for junk in (" ", "\u3000", "\n", "x", "。"):
        assert s.apply(5, "add_rx_item", {**line, "reason": junk}).code == "reason_required"
    e = s.apply(6, "add_rx_item", {**line, "reason": "皮疹史，非速发型，评估后可用头孢"})
    assert e.accepted and s.sandbox.prescriptions["rx-1"].items[0].alerts == ["cross_allergy"]
    s.apply(7, "remove_rx_item", {"rx": "rx-1", "drug": "cefuroxime"})
    e = s.apply(8, "record_allergies", {"patient": "p003", "classes": ["penicillin"],
                                        "severe": ["penicillin"]})
    assert e.accepted
    e = s.apply(9, "add_rx_item", {**line, "reason": "评估后使用"})
    assert e.code == "cross_allergy_severe"


def test_removing_a_recorded_allergy_needs_a_reason_and_is_kept(load: Any) -> None:
    s = open_attempt(load, "doctor-penicillin-allergy")
    s.apply(1, "record_allergies", {"patient": "p003", "classes": ["penicillin"]})
    assert s.apply(2, "record_allergies", {"patient": "p003", "classes": []}).code == \
        "allergy_removal_needs_reason"
    assert s.apply(3, "record_allergies", {"patient": "p003", "classes": [],
                                           "reason": "\u3000"}).code == "reason_required"
    e = s.apply(4, "record_allergies", {"patient": "p003", "classes": [],
                                        "reason": "皮试阴性，既往记录有误"})
    assert e.accepted
    assert [c["removed"] for c in s.sandbox.allergy_changes] == [[], ["penicillin"]]
    assert s.sandbox.allergy_changes[-1]["reason"] == "皮试阴性，既往记录有误"


def test_soft_alerts_need_a_reason_and_are_remembered(load: Any) -> None:
    s = open_attempt(load, "doctor-duplicate-nsaid")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1"})
    item = {"rx": "rx-1", "drug": "diclofenac_sr", "dose": 75, "unit": "mg", "route": "po",
            "freq": "qd", "days": 10}
    e = s.apply(3, "add_rx_item", item)
    assert e.code == "alert_needs_reason"
    assert e.facts["alerts"] == ["duplicate_therapy", "days_over_limit"]
    e = s.apply(4, "add_rx_item", {**item, "reason": "会诊意见"})
    assert e.accepted
    assert s.sandbox.prescriptions["rx-1"].items[0].alerts == [
        "duplicate_therapy", "days_over_limit"]


def test_max_daily_dose_is_a_hard_stop(load: Any) -> None:
    s = open_attempt(load, "doctor-duplicate-nsaid")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1"})
    e = s.apply(3, "add_rx_item", {"rx": "rx-1", "drug": "diclofenac_sr", "dose": 200,
                                   "unit": "mg", "route": "po", "freq": "qd", "days": 5,
                                   "reason": "会诊意见"})
    assert e.code == "max_daily_dose"


def test_prescription_rules(load: Any) -> None:
    s = open_attempt(load, "doctor-narcotic-prescription")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1"})
    morphine = {"rx": "rx-1", "drug": "morphine_sr", "dose": 10, "unit": "mg", "route": "po",
                "freq": "q12h", "days": 7}
    assert s.apply(3, "add_rx_item", morphine).code == "controlled_needs_special_rx"
    s.apply(4, "new_prescription", {"visit": "v1", "kind": "narcotic", "id": "red1"})
    assert s.apply(5, "add_rx_item", {**morphine, "rx": "red1", "days": 8}).code == \
        "controlled_day_limit"
    assert s.apply(6, "add_rx_item", {**morphine, "rx": "red1", "unit": "U"}).code == \
        "unit_mismatch"
    assert s.apply(7, "add_rx_item", {**morphine, "rx": "red1"}).accepted
    assert s.apply(8, "add_rx_item", {**morphine, "rx": "red1"}).code == "duplicate_drug"
    drugs = ["amlodipine", "atorvastatin", "omeprazole", "loratadine", "metformin"]
    for n, drug in enumerate(drugs[:5]):
        unit = "g" if drug == "metformin" else "mg"
        dose = {"amlodipine": 5, "atorvastatin": 20, "omeprazole": 20, "loratadine": 10,
                "metformin": 0.5}[drug]
        e = s.apply(10 + n, "add_rx_item", {"rx": "rx-1", "drug": drug, "dose": dose,
                                            "unit": unit, "route": "po", "freq": "qd",
                                            "days": 7})
        assert e.accepted, e
    e = s.apply(20, "add_rx_item", {"rx": "rx-1", "drug": "ambroxol", "dose": 30, "route": "po",
                                    "freq": "tid", "days": 3})
    assert e.code == "rx_full"


def test_controlled_day_limits_follow_articles_23_and_24(load: Any) -> None:
    """处方管理办法 第二十三、二十四条 (docs/simulator/rules.md §3)."""
    s = open_attempt(load, "doctor-narcotic-prescription")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1", "kind": "narcotic", "id": "plain"})
    s.apply(3, "new_prescription", {"visit": "v1", "kind": "narcotic", "id": "pain",
                                    "indication": "cancer_pain"})
    morphine = {"drug": "morphine_sr", "dose": 10, "unit": "mg", "route": "po",
                "freq": "q12h"}
    assert s.apply(4, "add_rx_item", {**morphine, "rx": "plain", "days": 8}).code == \
        "controlled_day_limit"  # 第二十三条: controlled release ≤ 7 days
    assert s.apply(5, "add_rx_item", {**morphine, "rx": "pain", "days": 16}).code == \
        "controlled_day_limit"  # 第二十四条: 癌痛 controlled release ≤ 15 days
    assert s.apply(6, "add_rx_item", {**morphine, "rx": "pain", "days": 14}).accepted
    assert s.apply(7, "new_prescription", {"visit": "v1", "indication": "migraine"}).code == \
        "bad_argument"


def test_psych2_over_seven_days_needs_a_documented_reason(load: Any) -> None:
    s = open_attempt(load, "doctor-narcotic-prescription")
    s.apply(1, "start_visit", {"visit": "v1"})
    s.apply(2, "new_prescription", {"visit": "v1", "kind": "psych2"})
    diazepam = {"rx": "rx-1", "drug": "diazepam", "dose": 2.5, "unit": "mg", "route": "po",
                "freq": "qn", "days": 14}
    e = s.apply(3, "add_rx_item", diazepam)
    assert e.code == "alert_needs_reason" and e.facts["alerts"] == ["days_over_limit"]
    assert s.apply(4, "add_rx_item", {**diazepam, "reason": "慢性失眠，长期随访"}).accepted


def test_wrong_route_is_a_hard_stop_on_ward_orders(load: Any) -> None:
    s = open_attempt(load, "doctor-ward-orders")
    e = s.apply(1, "new_order", {"patient": "p009", "drug": "insulin_glargine", "dose": 10,
                                 "unit": "U", "route": "iv", "freq": "qd", "kind": "long_term",
                                 "reason": "x"})
    assert e.code == "wrong_route"
    e = s.apply(2, "new_order", {"patient": "p009", "drug": "insulin_glargine", "dose": 10,
                                 "unit": "U", "route": "ih", "freq": "qd", "kind": "long_term"})
    assert e.accepted and e.result["order"] == "ord-1"


def test_pda_refuses_another_patients_label(load: Any) -> None:
    s = open_attempt(load, "nurse-bedside-execution")
    assert s.apply(1, "scan_drug", {"order": "ord1"}).code == "scan_wristband_first"
    assert s.apply(2, "scan_wristband", {"code": "WB00972"}).patient == "p009"
    assert s.apply(3, "scan_drug", {"order": "ord1"}).code == "scan_mismatch"
    assert s.apply(4, "scan_wristband", {"code": "nope"}).code == "unknown_wristband"
    assert s.apply(5, "record_vitals", {"patient": "p007", "temperature": 385,
                                        "method": "oral"}).code == "implausible_value"


def test_insurance_split(reference: Any) -> None:
    resident = reference.payer_types["resident"]
    assert split_line(1800, "B", resident) == {"pooled": 720, "copay": 1080, "selfpay": 0}
    assert split_line(1000, "A", resident) == {"pooled": 500, "copay": 500, "selfpay": 0}
    assert split_line(999, "C", resident) == {"pooled": 0, "copay": 0, "selfpay": 999}
    assert split_line(999, "A", reference.payer_types["self_pay"])["selfpay"] == 999


def test_cash_must_cover_the_amount_due(load: Any) -> None:
    s = open_attempt(load, "cashier-register-lookalike")
    e = s.apply(1, "register", {"patient": "p002", "clinic": "general", "method": "cash",
                                "received": 10})
    assert e.code == "insufficient_payment"
    e = s.apply(2, "register", {"patient": "p002", "clinic": "general", "method": "cash",
                                "received": 20.005})
    assert e.code == "bad_argument"
    e = s.apply(3, "register", {"patient": "p002", "clinic": "general", "method": "wechat"})
    assert e.accepted and e.result == {"visit": "v-1", "invoice": "inv-1", "change": 0.0}


def test_refund_cannot_be_paid_twice(load: Any) -> None:
    s = open_attempt(load, "cashier-refund-approval")
    s.apply(1, "request_refund", {"invoice": "inv1", "reason": "duplicate request"})
    assert s.apply(2, "pay_refund", {"refund": "ref1", "method": "wechat"}).accepted
    assert s.apply(3, "pay_refund", {"refund": "ref-1", "method": "wechat"}).code == \
        "invoice_not_paid"


def test_dispense_needs_approval_and_payment(load: Any) -> None:
    s = open_attempt(load, "pharmacist-allergy-return")
    assert s.apply(1, "dispense", {"rx": "rx1"}).code == "not_approved"
    s.apply(2, "approve_prescription", {"rx": "rx1"})
    assert s.apply(3, "dispense", {"rx": "rx1"}).code == "not_paid"
    assert s.apply(4, "add_rx_item", {"rx": "rx1", "drug": "azithromycin", "dose": 0.5,
                                      "route": "po", "freq": "qd", "days": 3}).code == \
        "wrong_station"


def test_review_shows_what_the_patient_says(load: Any) -> None:
    s = open_attempt(load, "pharmacist-allergy-return")
    e = s.apply(1, "review_prescription", {"rx": "rx1"})
    assert {"drug": "amoxicillin", "alert": "allergy"} in e.result["alerts"]


def test_replay_is_deterministic(load: Any) -> None:
    loaded = load("journey-outpatient-infusion")
    text = (loaded.folder / "expert.jsonl").read_text("utf-8")
    first, second = replay(loaded, text), replay(loaded, text)
    assert [e.to_json() for e in first.log] == [e.to_json() for e in second.log]
    assert grade(first) == grade(second)
    assert json.loads(first.log[0].to_json())["ok"] is True


def test_journey_legs_gate_the_stations(load: Any) -> None:
    s = open_attempt(load, "journey-outpatient-infusion")
    assert s.role == "cashier"
    assert s.apply(1, "start_visit", {"visit": "v-1"}).code == "wrong_station"
    assert s.apply(2, "hand_over", {}).accepted and s.role == "doctor"
    for n in range(3):
        s.apply(3 + n, "hand_over", None)
    assert s.role == "nurse"
    assert s.apply(9, "hand_over", None).code == "no_next_leg"


def test_malformed_lines_are_refused_entries(load: Any) -> None:
    loaded = load("doctor-penicillin-allergy")
    text = "\n".join(['not json', '[1, 2]', '{"t": 1, "cmd": "call_patient", "x": 1}',
                      '{"t": 2, "cmd": "call_patient", "args": {"visit": "v1"}}', '', '# c'])
    s = replay(loaded, text)
    assert [(e.accepted, e.code) for e in s.log] == [
        (False, "malformed_line"), (False, "malformed_line"), (False, "malformed_line"),
        (True, None)]


def test_guided_hints_follow_progress(load: Any) -> None:
    s = open_attempt(load, "doctor-penicillin-allergy")
    first = s.next_hint()
    assert first is not None and "v1" in first["en"]
    s.apply(1, "start_visit", {"visit": "v1"})
    second = s.next_hint()
    assert second is not None and second != first


def test_lenient_numbers(load: Any) -> None:
    s = open_attempt(load, "doctor-penicillin-allergy")
    assert s.apply(1.9, "start_visit", {"visit": "v1"}).t == 1
    s.apply(2, "new_prescription", {"visit": "v1"})
    e = s.apply(3, "add_rx_item", {"rx": "rx-1", "drug": "azithromycin", "dose": "0.5",
                                   "unit": "g", "route": "po", "freq": "qd", "days": "3"})
    assert e.accepted, e
