"""The pharmacy commands closing issue 13's gaps: the counselling note and the points it
must cover, 配药确认 before 发药 (the second check), 盘点 (stocktake) and the review alerts in
the pharmacist's words."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from trainer.sim import catalogue  # noqa: F401  (the full command vocabulary)
from trainer.sim.attempt import SimAttempt
from trainer.sim.commands import Context, Outcome, apply
from trainer.sim.records import ENTITIES
from trainer.sim.refusals import refusal, review_alert
from trainer.sim.state import Prescription, RxItem, Sandbox

ROLES = ("pharmacist",)


class Window:
    """The outpatient pharmacy window on a scenario's sandbox."""

    def __init__(self, loaded: Any) -> None:
        self.sb: Sandbox = SimAttempt(loaded.scenario, loaded.reference).sandbox
        self.t = 0

    def do(self, cmd: str, **args: Any) -> Outcome:
        self.t += 1000
        return apply(self.sb, cmd, args, Context(self.t, "pharmacist"), ROLES)

    def row(self, rx: str) -> dict[str, Any]:
        return next(r for r in ENTITIES["prescriptions"](self.sb) if r["id"] == rx)


def _diazepam(sb: Sandbox) -> None:
    """A correct 精二 prescription for diazepam, approved and paid."""
    sb.prescriptions["rxd"] = Prescription(
        "rxd", None, "p010", kind="psych2", status="approved", paid=True,
        items=[RxItem("diazepam", Decimal("2.5"), "mg", "po", "qn", 7, 1)])


def test_the_counselling_note_and_points_are_recorded(load: Any) -> None:
    w = Window(load("pharmacist-expired-batch"))
    said = "氯雷他定每日一次，每次1片；可能嗜睡；阴凉处保存"
    done = w.do("counsel", rx="rx1", note=f"  {said}\n", points=["dose", "timing", "storage"])
    assert done.accepted and done.result["needed"] == ["dose", "timing", "adverse_effects"]
    row = w.row("rx1")
    assert row["counselled"] and row["counsel_note"] == said
    assert row["counsel_points"] == ["dose", "storage", "timing"]
    assert not row["counsel_complete"]  # the adverse effects were not marked as covered
    assert w.do("counsel", rx="rx1", points=["adverse_effects"]).accepted  # points add up
    row = w.row("rx1")
    assert row["counsel_complete"] and row["counsel_note"] == said  # no note: the old one stays


def test_counselling_without_a_note_stays_valid_and_bad_points_are_refused(load: Any) -> None:
    w = Window(load("pharmacist-expired-batch"))
    assert w.do("counsel", rx="rx1", points=["weather"]).code == "bad_argument"
    for junk in ("。。！", " ", "x"):
        assert w.do("counsel", rx="rx1", note=junk).code == "reason_required"
    assert not w.row("rx1")["counselled"]
    assert w.do("counsel", rx="rx1").accepted  # the golden logs' form: rx only
    row = w.row("rx1")
    assert row["counselled"] and row["counsel_note"] is None and not row["counsel_complete"]


def test_a_controlled_drug_needs_its_special_warning(load: Any) -> None:
    w = Window(load("pharmacist-expired-batch"))
    _diazepam(w.sb)
    done = w.do("counsel", rx="rxd", note="地西泮睡前1片", points=["dose", "timing",
                                                              "adverse_effects"])
    assert done.result["needed"] == ["dose", "timing", "adverse_effects", "special_warning"]
    assert not w.row("rxd")["counsel_complete"]
    w.do("counsel", rx="rxd", points=["special_warning"])
    assert w.row("rxd")["counsel_complete"]


def test_preparation_by_a_second_pharmacist_is_the_second_check(load: Any) -> None:
    w = Window(load("pharmacist-expired-batch"))
    w.sb.prescriptions["rx1"].paid = False
    assert w.do("prepare_prescription", rx="rx1", by="P002").code == "not_paid"
    w.sb.prescriptions["rx1"].paid = True
    assert w.do("prepare_prescription", rx="rx1", by=" ").code == "bad_argument"
    assert w.do("prepare_prescription", rx="rx9", by="P002").code == "unknown_rx"
    assert w.do("prepare_prescription", rx="rx1", by="P002").accepted
    row = w.row("rx1")
    assert row["prepared"] and row["prepared_by"] == "P002" and not row["second_checked"]
    assert w.do("dispense", rx="rx1", batches={"loratadine": "LOR2406A"}).accepted
    assert w.row("rx1")["second_checked"]
    assert w.do("prepare_prescription", rx="rx1", by="P002").code == "not_approved"


def test_dispensing_without_preparation_is_not_second_checked(load: Any) -> None:
    w = Window(load("pharmacist-expired-batch"))
    assert w.do("dispense", rx="rx1", batches={"loratadine": "LOR2406A"}).accepted
    row = w.row("rx1")
    assert row["status"] == "dispensed" and not row["prepared"] and not row["second_checked"]


def test_a_stocktake_records_the_difference_and_leaves_the_book(load: Any) -> None:
    w = Window(load("pharmacist-expired-batch"))
    done = w.do("stocktake", drug="loratadine", batch="LOR2406A", counted=48)
    assert done.accepted and done.result == {"book": 50, "difference": -2}
    assert w.do("stocktake", drug="loratadine", batch="LOR2305X", counted=5).result[
        "difference"] == 0
    assert w.do("stocktake", drug="loratadine", batch="NOPE", counted=1).code == "unknown_batch"
    assert w.do("stocktake", drug="loratadine", batch="LOR2406A", counted=-1).code == \
        "bad_argument"
    rows = ENTITIES["stocktakes"](w.sb)
    assert [(r["batch"], r["book"], r["counted"], r["difference"]) for r in rows] == [
        ("LOR2406A", 50, 48, -2), ("LOR2305X", 5, 5, 0)]
    assert next(b for b in w.sb.stock if b.batch == "LOR2406A").quantity == 50


def test_review_alerts_speak_to_the_pharmacist_not_the_doctor() -> None:
    for code in ("interaction", "days_over_limit", "cross_allergy", "skin_test_required"):
        doctor, pharmacist = refusal(code, "zh_CN"), review_alert(code, "zh_CN")
        assert "请填写理由" in doctor or "填写理由" in doctor  # the doctor's words unchanged
        assert pharmacist.startswith("审方系统提示：") and "填写理由" not in pharmacist
        assert review_alert(code, "en").startswith("Review system: ")
        assert "give the reason" not in review_alert(code, "en")
    assert review_alert("interaction", "zh_CN", "已告知患者监测INR") == (
        "审方系统提示：与患者其他药物存在相互作用（医生理由：已告知患者监测INR）")
    assert review_alert("rx_full", "zh_CN").startswith("审方系统提示：")  # any other code
