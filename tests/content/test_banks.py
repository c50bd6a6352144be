"""Question bank model: validation with located errors, loading, checking, grading, filtering."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from trainer.content.banks import (
    Bank,
    Item,
    check_banks,
    filter_items,
    load_bank,
)
from trainer.errors import ContentError
from trainer.exams.grading import grade_item, normalise_fill_in

GOOD = textwrap.dedent("""\
    bank: nurse
    title: {zh_CN: 护士站题库, en: Nurse station bank}
    version: 1
    items:
      - id: nurse-0001
        type: single
        stem: {zh_CN: 三查指什么？, en: "What are the three checks?"}
        options:
          - key: A
            text: {zh_CN: 操作前中后, en: "Before, during, after"}
          - key: B
            text: {zh_CN: 交班前中后, en: Around handover}
        answer: A
        explanation: {zh_CN: 操作前、中、后各查一次。, en: "Check before, during and after."}
        knowledge_point: three_checks
        difficulty: 1
        roles: [nurse]
        modules: [nurse_station]
        pool: practice
        version: 1
        source: "三查八对 [P15]"
      - id: nurse-0002
        type: fill_in
        stem: {zh_CN: 三查____, en: Three checks and eight ____}
        answer: {zh_CN: [八对, 8对], en: [matches]}
        knowledge_point: three_checks
        difficulty: 2
        roles: [nurse]
        modules: [nurse_station]
        pool: exam
        version: 1
        source: "三查八对 [P15]"
    """)


def _item(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": "x-1", "type": "multiple", "stem": {"zh_CN": "题"},
        "options": [{"key": k, "text": {"zh_CN": k}} for k in "ABCD"],
        "answer": "ABD", "knowledge_point": "kp", "difficulty": 3, "roles": ["nurse"],
        "modules": ["nurse_station"], "pool": "practice", "version": 1, "source": "test",
    }
    data.update(changes)
    return data


def _write(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "question_banks"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_bank_loads(tmp_path: Path) -> None:
    bank = load_bank(_write(tmp_path, "nurse.yaml", GOOD))
    assert [i.id for i in bank.items] == ["nurse-0001", "nurse-0002"]
    assert bank.items[1].answer == {"zh_CN": ("八对", "8对"), "en": ("matches",)}
    assert check_banks(tmp_path) == []


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"answer": "AE"}, "answer", "does not have"),
    ({"answer": "A"}, "answer", "at least two"),
    ({"answer": "BA"}, "answer", "in order"),
    ({"options": [{"key": k, "text": {"zh_CN": k}} for k in "ABD"]}, "options", "A, B, C"),
    ({"options": [{"key": "A", "text": {"zh_CN": "a"}}, {"key": "B", "text": {"zh_CN": "b"}}]},
     "options", "3 to 6"),
    ({"type": "true_false", "answer": "A"}, "options", "no options"),
    ({"type": "true_false", "options": [], "answer": "yes"}, "answer", "true or false"),
    ({"type": "fill_in", "options": [], "answer": {"fr": ["x"]}}, "answer", "unknown language"),
    ({"type": "single", "answer": "AB"}, "answer", "one option letter"),
    ({"type": "fill_in", "options": [], "answer": {"zh_CN": [3]}}, "answer", "quote numbers"),
    ({"type": "short_answer", "options": [], "answer": "text"}, "answer", "mapping"),
    ({"partial_credit": True, "options": [{"key": "A", "text": {"zh_CN": "a"}, "weight": 50},
                                          {"key": "B", "text": {"zh_CN": "b"}, "weight": 40},
                                          {"key": "C", "text": {"zh_CN": "c"}, "weight": -100}],
      "answer": "AB"}, "answer", "not 100"),
    ({"options": [{"key": "A", "text": {"zh_CN": "a"}, "weight": 50},
                  {"key": "B", "text": {"zh_CN": "b"}, "weight": 50},
                  {"key": "C", "text": {"zh_CN": "c"}, "weight": -100}],
      "answer": "AB"}, "options", "partial_credit"),
    ({"difficulty": 6}, "difficulty", "less than or equal to 5"),
    ({"pool": "test"}, "pool", "practice"),
    ({"knowledge_point": "Has Space"}, "knowledge_point", "knowledge point"),
    ({"modules": ["radiology"]}, "modules.0", "nurse_station"),
    ({"rubric": {"zh_CN": "r"}}, "rubric", "short_answer"),
])
def test_type_rules_are_located_errors(tmp_path: Path, change: dict[str, object], field: str,
                                       words: str) -> None:
    import yaml

    text = yaml.safe_dump({"bank": "b", "title": {"zh_CN": "题库"}, "version": 1,
                           "items": [_item(), _item(id="x-2", **change)]}, allow_unicode=True)
    path = _write(tmp_path, "b.yaml", text)
    with pytest.raises(ContentError) as caught:
        load_bank(path)
    problems = caught.value.problems
    wanted = f"items[1].{field}".replace(".0", "[0]")
    hits = [p for p in problems if p.field == wanted and words in p.message]
    assert hits, [str(p) for p in problems]
    item_line = text.splitlines().index("- answer: ABD", 1) + 1  # the second item's first line
    assert hits[0].line is not None and hits[0].line >= item_line


def test_error_names_file_line_and_field(tmp_path: Path) -> None:
    broken = GOOD.replace("    answer: A\n", "    answer: F\n")
    _write(tmp_path, "nurse.yaml", broken)
    problems = check_banks(tmp_path)
    assert len(problems) == 1
    line = broken.splitlines().index("    answer: F") + 1
    assert str(problems[0]).startswith(f"question_banks/nurse.yaml:{line}: items[0].answer: ")


def test_check_banks_reports_duplicate_ids_at_both_places(tmp_path: Path) -> None:
    _write(tmp_path, "nurse.yaml", GOOD)
    _write(tmp_path, "other.yaml", GOOD.replace("bank: nurse", "bank: other")
           .replace("nurse-0002", "other-0002"))
    problems = check_banks(tmp_path)
    assert {(p.file, p.line, p.field) for p in problems} == {
        ("question_banks/nurse.yaml", 5, "items[0].id"),
        ("question_banks/other.yaml", 5, "items[0].id"),
    }
    assert all("nurse-0001" in p.message for p in problems)


def test_duplicate_ids_inside_one_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "nurse.yaml", GOOD.replace("nurse-0002", "nurse-0001"))
    with pytest.raises(ContentError) as caught:
        load_bank(path)
    second = GOOD.splitlines().index("  - id: nurse-0002") + 1
    assert sorted(p.line or 0 for p in caught.value.problems) == [5, second]


def test_shipped_banks_need_every_language(tmp_path: Path) -> None:
    _write(tmp_path, "nurse.yaml", GOOD.replace(", en: [matches]", ""))
    problems = check_banks(tmp_path)
    line = GOOD.splitlines().index("    answer: {zh_CN: [八对, 8对], en: [matches]}") + 1
    assert [(p.field, p.line) for p in problems] == [("items[1].answer", line)]
    assert "missing en" in problems[0].message
    assert check_banks(tmp_path, shipped=False) == []


def test_check_banks_never_raises(tmp_path: Path) -> None:
    _write(tmp_path, "nurse.yaml", "bank: [unclosed")
    (tmp_path / "question_banks" / "bad.yaml").write_bytes(b"\xff\xfe bad")
    _write(tmp_path, "wrong.yaml", GOOD)
    problems = check_banks(tmp_path)
    assert {p.file for p in problems} == {"question_banks/nurse.yaml", "question_banks/bad.yaml",
                                          "question_banks/wrong.yaml"}
    assert any("differs from the file name" in p.message for p in problems)


def test_check_banks_accepts_the_banks_folder_itself(tmp_path: Path) -> None:
    path = _write(tmp_path, "nurse.yaml", GOOD.replace("answer: A", "answer: Z"))
    assert check_banks(path.parent)[0].field == "items[0].answer"


@pytest.mark.parametrize(("given", "expected"), [
    ("ＡＢＣ１２３", "abc123"), ("  Eight  Matches ", "eightmatches"), ("八　对", "八对"),
    ("ＭＡＲ", "mar"), ("Straße", "strasse"),
])
def test_normalise_fill_in(given: str, expected: str) -> None:
    assert normalise_fill_in(given) == expected


def test_grading() -> None:
    multiple = Item.model_validate(_item())
    assert grade_item(multiple, "ABD") == 1.0
    assert grade_item(multiple, ["D", "B", "A"]) == 1.0
    assert grade_item(multiple, "AB") == 0.0
    assert grade_item(multiple, None) == 0.0
    partial = Item.model_validate(_item(partial_credit=True))
    assert grade_item(partial, "AB") == pytest.approx(2 / 3)
    assert grade_item(partial, "ABC") == pytest.approx(1 / 3)
    assert grade_item(partial, "C") == 0.0
    weighted = Item.model_validate(_item(partial_credit=True, answer="AB", options=[
        {"key": "A", "text": {"zh_CN": "a"}, "weight": 50},
        {"key": "B", "text": {"zh_CN": "b"}, "weight": 50},
        {"key": "C", "text": {"zh_CN": "c"}, "weight": -100}]))
    assert grade_item(weighted, "A") == 0.5
    assert grade_item(weighted, "AC") == 0.0
    assert grade_item(weighted, "AB") == 1.0
    single = Item.model_validate(_item(type="single", answer="B"))
    assert grade_item(single, "b") == 1.0 and grade_item(single, "A") == 0.0
    true_false = Item.model_validate(_item(type="true_false", options=[], answer=False))
    assert grade_item(true_false, False) == 1.0 and grade_item(true_false, "false") == 0.0
    fill = Item.model_validate(_item(type="fill_in", options=[],
                                     answer={"zh_CN": ["八对"], "en": ["Eight matches"]}))
    assert grade_item(fill, " eight  MATCHES") == 1.0
    assert grade_item(fill, "八对") == 1.0 and grade_item(fill, "") == 0.0
    short = Item.model_validate(_item(type="short_answer", options=[], answer={"zh_CN": "参考"}))
    assert grade_item(short, "anything") is None


def test_filter_items(tmp_path: Path) -> None:
    bank = load_bank(_write(tmp_path, "nurse.yaml", GOOD))
    assert [i.id for i in filter_items(bank, pool="exam")] == ["nurse-0002"]
    assert len(filter_items(bank, module="nurse_station", knowledge_point="three_checks")) == 2
    assert filter_items(bank.items, module="pharmacy") == []
    assert [i.id for i in filter_items(bank, difficulty={1, 3})] == ["nurse-0001"]
    assert [i.id for i in filter_items(bank, difficulty=2)] == ["nurse-0002"]


def test_cjk_knowledge_points_are_allowed() -> None:
    item = Item.model_validate(_item(knowledge_point="护理.查对"))
    assert item.knowledge_point == "护理.查对"
    assert isinstance(Bank(bank="b", title={"en": "B"}, version=1, items=(item,)), Bank)


# --- case clusters, matching sets, numerical items (located errors) ------------------------

NEW_TYPES = textwrap.dedent("""\
    bank: cases
    title: {zh_CN: 病例, en: Cases}
    version: 1
    items:
      - id: c-1
        type: case
        stem: {zh_CN: 病例}
        questions:
          - stem: {zh_CN: 小题一}
            options:
              - {key: A, text: {zh_CN: 甲}}
              - {key: B, text: {zh_CN: 乙}}
            answer: C
          - stem: {zh_CN: 小题二}
            options:
              - {key: A, text: {zh_CN: 甲}}
              - {key: B, text: {zh_CN: 乙}}
            answer: A
        knowledge_point: identity_check
        difficulty: 2
        roles: [nurse]
        modules: [nurse_station]
        pool: exam
        version: 1
        source: test
      - id: m-1
        type: matching
        stem: {zh_CN: 配伍}
        options:
          - {key: A, text: {zh_CN: 甲}}
          - {key: B, text: {zh_CN: 乙}}
          - {key: C, text: {zh_CN: 丙}}
        questions:
          - {stem: {zh_CN: 一}, answer: A}
          - {stem: {zh_CN: 二}, answer: E}
        knowledge_point: identity_check
        difficulty: 2
        roles: [nurse]
        modules: [nurse_station]
        pool: exam
        version: 1
        source: test
      - id: n-1
        type: numerical
        stem: {zh_CN: 滴速}
        answer: "42"
        tolerance: -1
        knowledge_point: infusion
        difficulty: 2
        roles: [nurse]
        modules: [nurse_station]
        pool: exam
        version: 1
        source: test
      - id: s-1
        type: single
        stem: {zh_CN: 单选}
        options:
          - {key: A, text: {zh_CN: 甲}}
          - {key: B, text: {zh_CN: 乙}}
        answer: A
        tolerance: 2
        knowledge_point: infusion
        difficulty: 2
        roles: [nurse]
        modules: [nurse_station]
        pool: exam
        version: 1
        source: test
    """)


def test_new_types_have_located_errors(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(NEW_TYPES, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_bank(path, "cases.yaml")
    found = {(p.line, p.field): p.message for p in caught.value.problems}
    assert "sub-question 1: the answer is one option letter (A, B), not 'C'" in found[
        (8, "items[0].questions")]
    assert "stem 2: the answer is one of the shared options (A, B, C), not 'E'" in found[
        (33, "items[1].questions")]
    assert found[(46, "items[2].answer")] == "a numerical answer is a number such as 2.5"
    assert "greater than or equal to 0" in found[(47, "items[2].tolerance")]
    assert found[(62, "items[3].tolerance")] == "tolerance is only for numerical items"


def test_shipped_case_matching_and_calculation_items() -> None:
    from tests.conftest import REPO
    from trainer.exams.grading import grade_item

    bank = load_bank(REPO / "question_banks" / "cases.yaml")
    kinds = [i.type for i in bank.items]
    assert kinds.count("case") >= 10 and kinds.count("matching") >= 10
    assert kinds.count("numerical") >= 10
    for module in ("outpatient_doctor", "inpatient_doctor", "nurse_station", "pharmacy",
                   "cashier"):
        for kind in ("case", "matching", "numerical"):
            assert any(i.type == kind and i.pool == "exam" and module in i.modules
                       for i in bank.items), (module, kind)
    drip = next(i for i in bank.items if i.id == "cases-0201")
    assert grade_item(drip, "42") == 1.0 and grade_item(drip, "４１") == 1.0
    assert grade_item(drip, "45") == 0.0
    # keys spread over A-D, and the longest option is right no more often than chance
    subs = [q for i in bank.items if i.type == "case" for q in i.questions]
    def strictly_longest(q: object, lang: str) -> str | None:
        lengths = sorted(((len(o.text[lang]), o.key) for o in q.options), reverse=True)
        return lengths[0][1] if lengths[0][0] > lengths[1][0] else None

    longest = sum(1 for q in subs for lang in ("zh_CN", "en")
                  if strictly_longest(q, lang) == q.answer)
    assert longest <= 0.3 * 2 * len(subs)
    assert max(sum(q.answer == k for q in subs) for k in "ABCD") <= len(subs) // 2
