"""The inpatient workflow: commands refuse with their codes, the hazards are recorded, each
role's scenario and the journey grade as declared (golden, critical logs, mutation proof)."""

from __future__ import annotations

from typing import Any

import pytest

from trainer import words
from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import grade
from trainer.sim.inpatient_records import REFUSALS
from trainer.sim.log import parse_log
from trainer.sim.mutation import prove
from trainer.sim.records import ENTITIES

ROLE_SCENARIOS = {
    "cashier": ["inpatient-cashier-discharge", "inpatient-cashier-admission"],
    "nurse": ["inpatient-nurse-specimen-transfusion", "inpatient-nurse-admit-discharge"],
    "doctor": ["inpatient-doctor-transfer-critical", "inpatient-doctor-discharge"],
    "pharmacist": ["inpatient-pharmacy-unit-dose", "inpatient-pharmacy-allergy-review"],
}
INPATIENT = [*(s for pair in ROLE_SCENARIOS.values() for s in pair), "inpatient-journey"]


def replay(loaded: Any, text: str) -> SimAttempt:
    attempt = SimAttempt(loaded.scenario, loaded.reference)
    for line in parse_log(text):
        attempt.apply_line(line)
    return attempt


@pytest.mark.parametrize("scenario_id", INPATIENT)
def test_golden_passes_and_each_critical_log_commits_its_error(load: Any,
                                                               scenario_id: str) -> None:
    loaded = load(scenario_id)
    golden = grade(replay(loaded, (loaded.folder / "expert.jsonl").read_text("utf-8")))
    assert golden.passed and golden.score == 100
    ids = {c.id for c in loaded.scenario.critical_errors}
    logs = sorted((loaded.folder / "critical").glob("*.jsonl"))
    assert {p.stem for p in logs} == ids
    for path in logs:
        result = grade(replay(loaded, path.read_text("utf-8")))
        assert path.stem in result.committed and not result.passed, path.name


@pytest.mark.parametrize("scenario_id", INPATIENT)
def test_mutation_proof(load: Any, scenario_id: str) -> None:
    proof = prove(load(scenario_id))
    assert [o.variant.label for o in proof.disagreements] == []
    assert proof.unproved_checks == []


def test_two_scenarios_per_role_each_with_two_planted_hazards(load: Any) -> None:
    for role, scenario_ids in ROLE_SCENARIOS.items():
        for scenario_id in scenario_ids:
            sc = load(scenario_id).scenario
            assert [r.value for r in sc.roles] == [role]
            hazards = [c for c in sc.critical_errors if "identity" not in c.id]
            assert len(hazards) >= 2, scenario_id


def test_journey_grades_every_leg(load: Any) -> None:
    loaded = load("inpatient-journey")
    text = (loaded.folder / "critical" / "symptom_as_main_diagnosis.jsonl").read_text("utf-8")
    result = grade(replay(loaded, text))
    verdicts = [(leg.role, leg.passed) for leg in result.legs]
    assert len(verdicts) == 8
    assert [r for r, ok in verdicts if not ok] == ["doctor", "doctor"]


def test_refusals_are_recorded_with_their_codes(load: Any) -> None:
    loaded = load("inpatient-doctor-transfer-critical")
    attempt = replay(loaded, "\n".join([
        '{"t": 1, "cmd": "condition_notice", "args": {"admission": "zy2"}}',
        '{"t": 2, "cmd": "order_transfer", "args": {"admission": "zy9", "to_ward": "ward_5"}}',
        '{"t": 3, "cmd": "reorganize_orders", "args": {"admission": "zy1"}}',
        '{"t": 4, "cmd": "discharge_summary", "args": {"admission": "zy1", "primary": "J18.9",'
        ' "summary": "好转出院"}}',
        '{"t": 5, "cmd": "unit_dose", "args": {"order": "ord1"}}',
    ]))
    assert [e.code for e in attempt.log] == ["no_condition_set", "unknown_admission",
                                             "not_transferred", "discharge_not_ordered",
                                             "wrong_station"]


def test_transfer_records_the_surviving_anticoagulant(load: Any) -> None:
    loaded = load("inpatient-doctor-transfer-critical")
    text = (loaded.folder / "critical" / "order_survives_transfer.jsonl").read_text("utf-8")
    attempt = replay(loaded, text)
    rows = ENTITIES["transfers"](attempt.sandbox)
    assert rows[0]["live_long_term"] == ["warfarin"]
    assert "order_survives_transfer" in grade(attempt).committed


def test_every_inpatient_refusal_has_chinese() -> None:
    for code, english in REFUSALS.items():
        assert words.translate(english, "zh_CN") != english, code
    assert words.say("sim.visit_already_seen", "zh_CN") == "患者已叫号或已就诊，不能退号"


def _all_stations(loaded: Any, **inpatient: Any) -> Any:
    """The scenario's seed with every station active and extra inpatient seed rows."""
    sc = loaded.scenario
    seed_ip = sc.seed.inpatient.model_copy(update=inpatient)
    seed = sc.seed.model_copy(update={"inpatient": seed_ip})
    from trainer.vocabulary import Role

    roles = [Role.DOCTOR, Role.NURSE, Role.PHARMACIST, Role.CASHIER]
    return type(loaded)(**{**vars(loaded), "scenario": sc.model_copy(
        update={"roles": roles, "seed": seed, "legs": []})})


def test_transfer_out_in_and_reorganize(load: Any) -> None:
    from trainer.sim.inpatient_state import SeedBed

    loaded = _all_stations(load("inpatient-doctor-transfer-critical"),
                           beds=[SeedBed(ward="ward_5", bed="03")])
    attempt = replay(loaded, "\n".join([
        '{"t": 1, "cmd": "stop_order", "args": {"order": "ord1"}}',
        '{"t": 2, "cmd": "transfer_out", "args": {"admission": "zy1"}}',
        '{"t": 3, "cmd": "order_transfer", "args": {"admission": "zy1", "to_ward": "ward_5"}}',
        '{"t": 4, "cmd": "transfer_in", "args": {"admission": "zy1", "bed": "03"}}',
        '{"t": 5, "cmd": "transfer_out", "args": {"admission": "zy1"}}',
        '{"t": 6, "cmd": "transfer_in", "args": {"admission": "zy1", "bed": "04"}}',
        '{"t": 7, "cmd": "transfer_in", "args": {"admission": "zy1", "bed": "03"}}',
        '{"t": 8, "cmd": "reorganize_orders", "args": {"admission": "zy1"}}',
    ]))
    assert [e.code for e in attempt.log] == [None, "no_transfer_order", None, "not_in_transit",
                                             None, "unknown_bed", None, None]
    row = ENTITIES["transfers"](attempt.sandbox)[0]
    assert row["live_long_term"] == ["amlodipine"] and row["moved_in"] and row["reorganized"]
    admission = next(a for a in ENTITIES["admissions"](attempt.sandbox) if a["id"] == "zy1")
    assert (admission["ward"], admission["bed"]) == ("ward_5", "03")


def test_specimen_tube_scan_and_wrong_patient_alarm(load: Any) -> None:
    loaded = load("inpatient-nurse-specimen-transfusion")
    attempt = replay(loaded, "\n".join([
        '{"t": 1, "cmd": "scan_specimen", "args": {"lab": "lab1"}}',
        '{"t": 2, "cmd": "scan_wristband", "args": {"code": "WB00690"}}',
        '{"t": 3, "cmd": "scan_specimen", "args": {"lab": "lab2"}}',
        '{"t": 4, "cmd": "scan_specimen", "args": {"lab": "lab1"}}',
        '{"t": 5, "cmd": "collect_specimen", "args": {"lab": "lab1", "tube": "blue"}}',
        '{"t": 6, "cmd": "collect_specimen", "args": {"lab": "lab1", "tube": "purple"}}',
        '{"t": 7, "cmd": "blood_check", "args": {"unit": "bu1", "by": "n_zhao",'
        ' "checks": ["name"]}}',
    ]))
    assert [e.code for e in attempt.log] == ["scan_wristband_first", None, "scan_mismatch",
                                             None, None, "already_collected", "not_a_nurse"]
    (row,) = ENTITIES["specimens"](attempt.sandbox)
    assert row["right_tube"] is False and row["label_scanned"] and row["wristband_scanned"]


def test_interim_then_discharge_settlement_sets_off_the_deposit(load: Any) -> None:
    loaded = load("inpatient-cashier-discharge")
    attempt = replay(loaded, "\n".join([
        '{"t": 1, "cmd": "interim_settle", "args": {"admission": "zy1"}}',
        '{"t": 2, "cmd": "deposit", "args": {"admission": "zy1", "amount": 100.005,'
        ' "method": "cash"}}',
        '{"t": 3, "cmd": "discharge_settle", "args": {"admission": "zy1", "method": "wechat"}}',
        '{"t": 4, "cmd": "discharge_settle", "args": {"admission": "zy1", "method": "wechat"}}',
        '{"t": 5, "cmd": "deposit", "args": {"admission": "zy1", "amount": 10,'
        ' "method": "cash"}}',
    ]))
    assert [e.code for e in attempt.log] == [None, "bad_argument", None, "admission_closed",
                                             "admission_closed"]
    interim, final = ENTITIES["settlements"](attempt.sandbox)
    assert interim["kind"] == "interim" and interim["total"] == 220.0
    assert final["total"] == 0.0 and final["refund"] == round(2000 - interim["due"], 2)
    assert final["same_channel"] is True


def test_cancel_registration_only_while_waiting(load: Any) -> None:
    loaded = _all_stations(load("inpatient-cashier-discharge"))
    attempt = replay(loaded, "\n".join([
        '{"t": 1, "cmd": "register", "args": {"patient": "p009", "clinic": "general",'
        ' "method": "wechat"}}',
        '{"t": 2, "cmd": "cancel_registration", "args": {"visit": "v-1", "reason": " "}}',
        '{"t": 3, "cmd": "cancel_registration", "args": {"visit": "v-1",'
        ' "reason": "患者挂错科室", "method": "cash"}}',
        '{"t": 4, "cmd": "cancel_registration", "args": {"visit": "v-1",'
        ' "reason": "患者挂错科室"}}',
    ]))
    assert [e.code for e in attempt.log] == [None, "reason_required", None,
                                             "visit_already_seen"]
    (row,) = ENTITIES["cancelled_registrations"](attempt.sandbox)
    assert row["same_channel"] is False and row["original_method"] == "wechat"
    # the fee came from the personal account (个账): it goes back there, the invoice is 冲红
    assert attempt.sandbox.invoices[row["invoice"]].status == "reversed"
    p009 = next(p for p in ENTITIES["patients"](attempt.sandbox) if p["id"] == "p009")
    assert p009["personal_account"] == 150.0
