"""The sandbox as an examiner: registration rules, a supervisor's own approval, a scenario's
own patients, per-leg verdicts, time bounds, real reasons, declarations, words."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from trainer import words
from trainer.sim.attempt import SimAttempt
from trainer.sim.commands import real_text
from trainer.sim.grading import grade
from trainer.sim.refusals import REFUSALS, REPORT
from trainer.sim.replay import run
from trainer.sim.scenario_files import check_simulators

ROOT = Path(__file__).resolve().parents[2] / "simulators"


def open_attempt(load: Any, scenario_id: str) -> SimAttempt:
    loaded = load(scenario_id)
    return SimAttempt(loaded.scenario, loaded.reference)


@pytest.mark.parametrize("text", ["", " ", "\u3000", "\n", "\t \n", "x", "。", "!!", "x。"])
def test_nonsense_is_not_a_reason(text: str) -> None:
    assert not real_text(text)


@pytest.mark.parametrize("text", ["皮试", "no", "患者过敏", "NSAID duplicate"])
def test_real_reasons(text: str) -> None:
    assert real_text(text)


def test_departments_are_validated_and_a_patient_is_registered_once(load: Any) -> None:
    s = open_attempt(load, "cashier-register-lookalike")
    base = {"patient": "p002", "clinic": "general", "method": "wechat"}
    assert s.apply(1, "register", {**base, "dept": "astrology"}).code == "unknown_department"
    assert s.apply(2, "register", {**base, "dept": "cardiology"}).accepted
    assert s.apply(3, "register", {**base, "dept": "cardiology"}).code == "already_registered"
    assert s.apply(4, "register", {**base, "dept": "internal_medicine"}).accepted


def test_a_scenarios_own_patient(load: Any) -> None:
    s = open_attempt(load, "cashier-register-lookalike")
    father = s.sandbox.patients["f001"].ref
    assert (father.name["zh_CN"], father.sex, father.dob.isoformat()) == \
        ("张国华", "M", "1958-06-01")
    assert s.apply(1, "verify_identity", {"patient": "f001", "name": "张国华",
                                          "dob": "1958-06-01"}).accepted
    assert s.apply(2, "verify_identity", {"patient": "f001", "name": "张国华",
                                          "dob": "1958-06-02"}).code == "identity_mismatch"


def test_approval_is_the_supervisors_own_act(load: Any) -> None:
    s = open_attempt(load, "cashier-refund-approval")
    e = s.apply(1, "approve_refund", {"refund": "ref1"})
    assert (e.accepted, e.code, e.role) == (False, "supervisor_login_required", "cashier")
    e = s.apply(2, "approve_refund", {"refund": "ref1", "supervisor": "s_zhou"})
    assert e.code == "supervisor_login_required"  # typing a supervisor's id approves nothing
    assert s.apply(3, "supervisor_login", {"staff": "c_li"}).code == "not_a_supervisor"
    login = s.apply(4, "supervisor_login", {"staff": "s_zhou"})
    assert (login.role, login.actor) == ("supervisor", "s_zhou")
    assert s.apply(5, "pay_refund", {"refund": "ref1", "method": "wechat"}).code == \
        "supervisor_logged_in"  # the PC is the supervisor's until logout
    assert s.apply(6, "approve_refund", {"refund": "ref1", "supervisor": "s_wu"}).code == \
        "unknown_argument"
    e = s.apply(6, "approve_refund", {"refund": "ref1"})
    assert (e.accepted, e.role, e.actor) == (True, "supervisor", "s_zhou")
    assert '"actor": "s_zhou"' in e.to_json()
    assert s.apply(7, "supervisor_logout", {}).actor == "s_zhou"
    e = s.apply(8, "pay_refund", {"refund": "ref1", "method": "wechat"})
    assert (e.accepted, e.role, e.actor) == (True, "cashier", None)
    assert s.sandbox.refunds["ref1"].approved_by == "s_zhou"


def test_journey_legs_have_their_own_verdicts(load: Any) -> None:
    loaded = load("journey-outpatient-infusion")
    golden = (loaded.folder / "expert.jsonl").read_text("utf-8")
    _attempt, result = run(loaded, golden)
    assert [(leg.role, leg.passed) for leg in result.legs] == [
        ("cashier", True), ("doctor", True), ("cashier", True), ("pharmacist", True),
        ("nurse", True)]
    no_counsel = "\n".join(line for line in golden.splitlines() if '"counsel"' not in line)
    _attempt, result = run(loaded, no_counsel)
    legs = {leg.role: leg for leg in result.legs}
    assert result.score >= result.pass_mark  # the whole journey's score alone would pass…
    assert not legs["pharmacist"].passed and legs["doctor"].passed
    assert not result.passed  # …but a leg failed
    _attempt, result = run(loaded, (loaded.folder / "critical" /
                                    "nurse_no_identity_check.jsonl").read_text("utf-8"))
    legs = {leg.role: leg for leg in result.legs}
    assert legs["nurse"].committed == ("nurse_no_identity_check",)
    assert legs["doctor"].committed == ()


def test_a_check_can_bound_the_time_between_two_steps(load: Any) -> None:
    loaded = load("nurse-fever-nsaid-allergy")
    golden = (loaded.folder / "expert.jsonl").read_text("utf-8")
    checks = {c.id: c.passed for c in run(loaded, golden)[1].checks}
    assert checks["temperature_rechecked"]
    too_soon = golden.replace('"t": 1860000', '"t": 400000')
    checks = {c.id: c.passed for c in run(loaded, too_soon)[1].checks}
    assert not checks["temperature_rechecked"]


def test_an_attempted_allergy_override_is_critical_whatever_follows(load: Any) -> None:
    loaded = load("doctor-penicillin-allergy")
    attempt, result = run(loaded, (loaded.folder / "critical" /
                                   "allergy_stop_override.jsonl").read_text("utf-8"))
    assert [e.code for e in attempt.log if not e.accepted] == ["allergy"]
    assert result.score == 100 and result.committed == ["allergy_stop_override"]
    assert not result.passed
    assert grade(attempt).committed == ["allergy_stop_override"]


def copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "simulators"
    shutil.copytree(ROOT, root)
    return root


def test_a_scenario_without_declarations_is_a_content_check_error(tmp_path: Path) -> None:
    root = copy_tree(tmp_path)
    path = root / "scenarios" / "nurse-verify-kcl" / "scenario.yaml"
    text = path.read_text("utf-8")
    path.write_text(text[:text.index("steps:")] + text[text.index("review:"):], "utf-8")
    problems = [str(p) for p in check_simulators(root)]
    assert len(problems) == 1
    assert "nurse-verify-kcl/scenario.yaml" in problems[0]
    assert "no step declarations" in problems[0]


def test_declarations_must_fit_the_golden_log(tmp_path: Path) -> None:
    root = copy_tree(tmp_path)
    path = root / "scenarios" / "nurse-verify-kcl" / "scenario.yaml"
    text = path.read_text("utf-8")
    text = text.replace("  - {id: notify, omit: fail}\n", "")
    text = text.replace("  - [identity, verify_order, notify, hold]\n", "")
    path.write_text(text, "utf-8")
    problems = " | ".join(str(p) for p in check_simulators(root))
    assert "3 steps declared but expert.jsonl has 4 commands" in problems
    assert "every step id exactly once" in problems


def test_every_simulator_word_has_chinese() -> None:
    for english in [*REFUSALS.values(), *REPORT.values()]:
        assert words.translate(english, "zh_CN") != english, english
    assert words.say("sim.rx_full", "zh_CN") == "同种药品超过5个 请添加新处方"
    assert words.say("sim.out_of_stock", "zh_CN") == "库存不足"


def test_identity_is_critical_in_every_roles_scenarios(load: Any) -> None:
    """Every golden identity check is declared critical; nurses also speak and scan."""
    from trainer.sim.mutation import golden_lines
    from trainer.sim.scenario_files import scenario_folders

    with_identity = 0
    for folder in scenario_folders(ROOT):
        loaded = load(folder.name)
        lines = golden_lines(loaded)
        for step, line in zip(loaded.scenario.steps, lines, strict=True):
            if line.cmd == "verify_identity":
                assert step.omit == "critical", (folder.name, step.id)
                with_identity += 1
        roles = {r.value for r in loaded.scenario.roles}
        if roles == {"nurse"}:
            cmds = [line.cmd for line in lines]
            spoken = [line.args for line in lines if line.cmd == "verify_identity"]
            bedside = {"execute_order", "record_vitals", "record_skin_test"} & set(cmds)
            assert spoken and ("scan_wristband" in cmds or not bedside), folder.name
            assert all({"name", "dob"} <= set(args) for args in spoken  # type: ignore[arg-type]
                       ), folder.name
    assert with_identity >= 21  # all but the daily closing, which has no patient


TELLING = ("核对身份", "不要", "暂停", "拒绝", "退回", "只能", "严禁", "注意", "请审核", "下架",
           "check identity", "do not", "hold it", "decline", "mind the", "must never")


def test_exam_briefs_state_the_situation_not_the_answer(load: Any) -> None:
    """Hazards and actions belong in guided-mode hints, never in the brief."""
    from trainer.sim.scenario_files import scenario_folders

    for folder in scenario_folders(ROOT):
        sc = load(folder.name).scenario
        texts = [sc.brief, *(leg.brief for leg in sc.legs)]
        for text in texts:
            for lang, words_ in text.items():
                found = [w for w in TELLING if w in words_.casefold()]
                assert found == [], (folder.name, lang, found)
