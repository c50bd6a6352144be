"""Registration with the 出诊表 (doctor schedule) and the 医保电子凭证 (insurance e-voucher)
— through commands only."""

from __future__ import annotations

from typing import Any

from trainer.sim.attempt import SimAttempt
from trainer.sim.records import ENTITIES


def open_attempt(load: Any) -> SimAttempt:
    loaded = load("cashier-register-lookalike")
    return SimAttempt(loaded.scenario, loaded.reference)


def reg(s: SimAttempt, t: int, **args: Any) -> Any:
    base = {"patient": "p002", "clinic": "general", "method": "wechat"}
    return s.apply(t, "register", {**base, **args})


def test_every_insured_reference_patient_has_a_voucher_and_no_uninsured_one(
        reference: Any) -> None:
    codes = []
    for p in reference.patients.values():
        insured = reference.payer_types[p.payer_type].insured
        assert (p.insurance_voucher is not None) == insured, p.id
        codes += [p.insurance_voucher] if p.insurance_voucher else []
    assert len(codes) == len(set(codes)) >= 10


def test_schedule_names_known_departments_and_has_a_full_doctor(reference: Any) -> None:
    assert {s.dept for s in reference.schedule} <= set(reference.departments)
    assert any(s.slots == 0 for s in reference.schedule)


def test_register_with_a_scheduled_doctor(load: Any) -> None:
    s = open_attempt(load)
    e = reg(s, 1, clinic="associate", dept="internal_medicine", doctor="d_chen")
    assert e.accepted, e.code
    visit = next(v for v in ENTITIES["visits"](s.sandbox) if v["id"] == e.result["visit"])
    assert (visit["doctor"], visit["clinic"]) == ("d_chen", "associate")


def test_doctor_must_be_scheduled_there_at_that_level(load: Any) -> None:
    s = open_attempt(load)
    assert reg(s, 1, clinic="general", dept="internal_medicine", doctor="d_chen").code == \
        "doctor_not_scheduled"  # 陈志强 sees 副主任号 patients, not 普通号
    assert reg(s, 2, clinic="associate", dept="cardiology", doctor="d_chen").code == \
        "doctor_not_scheduled"
    assert reg(s, 3, clinic="associate", doctor="nobody").code == "doctor_not_scheduled"
    assert not s.sandbox.visits and not s.sandbox.invoices  # nothing charged


def test_slots_run_out_and_come_back_on_cancellation(load: Any) -> None:
    s = open_attempt(load)
    assert reg(s, 1, clinic="expert", dept="cardiology", doctor="d_qian").code == \
        "no_slots_left"
    first = reg(s, 2, clinic="specialist", dept="cardiology", doctor="d_sun")
    assert first.accepted, first.code
    again = reg(s, 3, patient="p001", clinic="specialist", dept="cardiology", doctor="d_sun")
    assert again.code == "no_slots_left"
    assert s.apply(4, "cancel_registration", {"visit": first.result["visit"],
                                              "reason": "患者改约下周"}).accepted
    assert reg(s, 5, patient="p001", clinic="specialist", dept="cardiology",
               doctor="d_sun").accepted


def test_general_registration_needs_no_doctor(load: Any) -> None:
    s = open_attempt(load)
    e = reg(s, 1)
    assert e.accepted and s.sandbox.visits[e.result["visit"]].doctor is None


def test_insurance_voucher_identifies_the_insured(load: Any) -> None:
    s = open_attempt(load)
    own = s.sandbox.patients["p001"].ref
    assert own.insurance_voucher
    e = s.apply(1, "register", {"patient": "p001", "clinic": "general", "method": "wechat",
                                "card": own.insurance_voucher})
    assert e.accepted, e.code
    inv = s.sandbox.invoices[e.result["invoice"]]
    assert inv.card_patient is None and inv.pooled > 0  # her own insurance paid its part


def test_someone_elses_voucher_is_impersonation(load: Any) -> None:
    s = open_attempt(load)
    other = s.sandbox.patients["p001"].ref.insurance_voucher
    e = reg(s, 1, card=other)  # 张玮 (self-pay) offers 张伟's e-voucher
    assert e.accepted
    row = next(i for i in ENTITIES["invoices"](s.sandbox) if i["id"] == e.result["invoice"])
    assert row["impersonation"] is True and row["card_patient"] == "p001"
