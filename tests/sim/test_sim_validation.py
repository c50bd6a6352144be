"""Reference data and scenario files: every problem is located as file:line: field: message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.sim.reference import load_reference
from trainer.sim.scenario_files import check_simulators

ROOT = Path(__file__).resolve().parents[2] / "simulators"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "simulators"
    shutil.copytree(ROOT, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if needle in line)


def messages(root: Path) -> list[str]:
    return [str(p) for p in check_simulators(root)]


def test_unknown_route_in_formulary(tree: Path) -> None:
    path = tree / "reference" / "formulary.yaml"
    edit(path, "routes: [ih]", "routes: [sc]")
    line = line_of(path, "routes: [sc]")
    assert messages(tree) == [f"{path}:{line}: drugs[21].routes[0]: unknown route code 'sc'"]


def test_bad_identity_checksum(tree: Path) -> None:
    path = tree / "reference" / "patients.yaml"
    edit(path, '"110101198503020112"', '"110101198503020113"')
    problems = load_reference(tree / "reference")[1]
    assert len(problems) == 1
    p = problems[0]
    assert (p.file, p.line, p.field) == (str(path), line_of(path, "110101198503020113"),
                                         "patients[0].id_number")
    assert "GB 11643" in p.message


def test_reference_must_be_marked_sample(tree: Path) -> None:
    path = tree / "reference" / "fees.yaml"
    edit(path, "sample_data: true", "sample_data: false")
    [problem] = check_simulators(tree)
    assert problem.field == "sample_data" and problem.line == line_of(path, "sample_data")


def test_duplicate_drug_id(tree: Path) -> None:
    path = tree / "reference" / "formulary.yaml"
    edit(path, "{id: cefuroxime,", "{id: amoxicillin,")
    problem, *_follow_ups = check_simulators(tree)
    assert problem.field == "drugs[1]" and "duplicate" in problem.message
    assert problem.line == line_of(path, "头孢呋辛酯片")


SCENARIO = "doctor-penicillin-allergy"


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {exist: {entity: visits}}", "checks[5].check.exist", "unknown predicate"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {exists: {entity: visit}}", "checks[5].check.exists.entity", "unknown entity"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {exists: {entity: visits, where: {colour: red}}}",
     "checks[5].check.exists.where.colour", "no field"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {done: {cmd: fly_away}}", "checks[5].check.done.cmd", "unknown command"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {done: {cmd: end_visit, args: {patient: p003}}}",
     "checks[5].check.done.args.patient", "has no argument"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {done: {cmd: end_visit, patient: p999}}", "checks[5].check.done.patient",
     "unknown patient"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {exists: {entity: rx_items, where: {drug: aspirine}}}",
     "checks[5].check.exists.where.drug", "unknown drug"),
    ("check: {exists: {entity: visits, where: {id: v1, status: seen}}}",
     "check: {exists: {entity: visits, where: {status: {like: seen}}}}",
     "checks[5].check.exists.where.status.like", "unknown operator"),
    ("- {id: v1, patient: p003, clinic: general}", "- {id: v1, patient: p777, clinic: general}",
     "seed.visits[0].patient", "unknown patient"),
    ("- {id: p003}", "- {id: p303}", "seed.patients[0].id", "unknown patient"),
    ("weight: 30", "weight: lots", "checks[4].weight", "integer"),
    ("module: outpatient_doctor", "module: radiology", "module", "Input should be"),
    ("pass_mark: 80", "pass_mark: 80\npass_mrk: 70", "pass_mrk", "Extra inputs"),
])
def test_scenario_problems_are_located(tree: Path, old: str, new: str, field: str,
                                       words: str) -> None:
    path = tree / "scenarios" / SCENARIO / "scenario.yaml"
    edit(path, old, new)
    problems = check_simulators(tree)
    p = next(p for p in problems if p.field == field)  # later ones may follow from it
    assert p.file == str(path) and words in p.message
    wanted = new.splitlines()[-1].strip()
    assert p.line == line_of(path, wanted)


def test_yaml_syntax_error_is_located(tree: Path) -> None:
    path = tree / "scenarios" / SCENARIO / "scenario.yaml"
    edit(path, "time_limit_s: 600", "time_limit_s: [600")
    [problem] = check_simulators(tree)
    assert problem.file == str(path) and problem.line is not None
    assert "YAML syntax" in problem.message


def test_folder_name_and_expert_log(tree: Path) -> None:
    folder = tree / "scenarios" / SCENARIO
    folder.rename(tree / "scenarios" / "renamed")
    (tree / "scenarios" / "renamed" / "expert.jsonl").unlink()
    found = messages(tree)
    assert any(": id: id 'doctor-penicillin-allergy' must equal the folder name" in m
               for m in found)
    assert any("expert.jsonl (the golden log) is missing" in m for m in found)


def test_check_simulators_never_raises(tmp_path: Path) -> None:
    problems = check_simulators(tmp_path / "nowhere")
    assert problems and all(p.message == "file not found" for p in problems)
