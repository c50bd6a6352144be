"""Moodle XML import: a Moodle export gives the right items; malformed XML never crashes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.content.banks import Bank
from trainer.content.importers import ImportOptions, import_moodle_xml
from trainer.content.importers.common import id_from_name
from trainer.content.importers.moodle_xml import parse_moodle_xml

DATA = Path(__file__).parent / "data" / "banks"
OPTIONS = ImportOptions(modules=("nurse_station",), roles=("nurse", "trainer"))
FIXTURE = (DATA / "nursing.xml").read_bytes()
FILE_LEVEL = {"import.empty", "import.no_module"}


def _import() -> Bank:
    bank, problems, _ = import_moodle_xml(DATA / "nursing.xml", OPTIONS)
    assert problems == [] and bank is not None
    return bank


NAMES = ["三查的时间", "八对的内容", "口头医嘱", "八对", "给药差错", "频次配对", "体温上限"]


def test_items_keep_their_names_as_ids() -> None:
    bank, problems, skipped = import_moodle_xml(DATA / "nursing.xml", OPTIONS)
    assert problems == [] and skipped == [] and bank is not None
    assert [i.type for i in bank.items] == ["single", "multiple", "true_false", "fill_in",
                                            "short_answer", "matching", "numerical"]
    # Moodle's ID number where set (N-202), else the name; Chinese names are not
    # identifiers: a stable hash of the name, the same on every re-import
    expected = [id_from_name(n, "nursing") for n in NAMES]
    expected[1] = "n-202"
    assert [i.id for i in bank.items] == expected
    assert len({i.id for i in bank.items}) == 7
    assert all(i.roles == ("nurse", "trainer") for i in bank.items)
    renamed = FIXTURE.replace("<text>体温上限</text>".encode(), b"<text>Axillary Max</text>")
    again, _p, _s = parse_moodle_xml(renamed, str(DATA / "nursing.xml"), OPTIONS)
    assert again is not None and again.items[-1].id == "axillary_max"
    assert [i.id for i in again.items[:6]] == [i.id for i in bank.items[:6]]


def test_matching_and_numerical() -> None:
    items = _import().items
    matching, numerical = items[5], items[6]
    assert [o.text["zh_CN"] for o in matching.options] == ["每日一次", "每日两次"]
    assert [(q.stem["zh_CN"], q.answer) for q in matching.questions] == [
        ("qd", "A"), ("bid", "B")]
    assert numerical.answer == 37.3 and numerical.tolerance == 0.2


def test_html_is_sanitised_to_plain_text() -> None:
    first = _import().items[0]
    assert first.stem == {"zh_CN": "“三查”指的是在操作的哪些时间进行查对？"}
    assert first.answer == "A" and len(first.options) == 3
    assert first.explanation == {"zh_CN": "三查指操作前查、操作中查、操作后查。\nA. 正确。"}
    assert first.knowledge_point == "护理.查对"
    second = _import().items[1]
    assert second.stem == {"zh_CN": "以下哪些属于“八对”的内容？\n请选择所有正确答案"}


def test_fractions_become_weights() -> None:
    item = _import().items[1]
    assert item.partial_credit and item.answer == "ABC"
    assert [o.weight for o in item.options] == [33.33333, 33.33333, 33.33334, -100]
    assert item.explanation == {"zh_CN": "A. 床号需核对。\nD. 籍贯不在八对之内。"}


def test_true_false_short_answer_essay() -> None:
    items = _import().items
    assert items[2].answer is False and items[2].knowledge_point == "护理.给药"
    assert items[3].answer == {"zh_CN": ("八对", "8对")}
    assert items[3].explanation == {"zh_CN": "请复习三查八对。"}
    assert items[4].answer == {
        "zh_CN": "立即停止给药，评估患者；\n报告医生和护士长；按规定上报不良事件。"}
    assert items[4].explanation == {"zh_CN": "参见不良事件上报制度。"}


def test_invalid_questions_are_located() -> None:
    text = FIXTURE.replace(b'<answer fraction="100" format="html">\n      <text><![CDATA[<p>'
                           b'\xe6\x93\x8d', b'<answer fraction="lots" format="html">\n      '
                           b'<text><![CDATA[<p>\xe6\x93\x8d')
    bank, problems, _ = parse_moodle_xml(text, "x.xml", OPTIONS)
    assert bank is not None and len(bank.items) == 6
    assert [(p.line, p.field) for p in problems] == [(15, "answer")]


def test_doctype_and_entities_are_refused() -> None:
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">'
            b'<!ENTITY b "&a;&a;&a;">]>\n<quiz>&b;</quiz>')
    bank, problems, _ = parse_moodle_xml(bomb, "bomb.xml", OPTIONS)
    assert bank is None and problems[0].line == 2 and "DOCTYPE" in problems[0].message


def test_not_a_quiz_and_broken_xml() -> None:
    assert parse_moodle_xml(b"<html/>", "a.xml", OPTIONS)[1][0].code == "import.not_moodle_xml"
    bank, problems, _ = parse_moodle_xml(b"<quiz>\n<question type='essay'>\n</quiz>", "b.xml",
                                         OPTIONS)
    assert bank is None and problems[0].line == 3


def _check(data: bytes) -> None:
    bank, problems, skipped = parse_moodle_xml(data, "fuzz.xml", OPTIONS)
    assert bank is None or isinstance(bank, Bank)
    for problem in problems:
        assert problem.line is not None or problem.code in FILE_LEVEL or (
            problem.code == "import.xml_syntax"), problem
    if bank is None:
        assert problems or skipped


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=100).map(lambda t: t.encode("utf-8")))
def test_random_bytes_never_crash(data: bytes) -> None:
    _check(data)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(FIXTURE)), st.integers(0, 40),
                          st.sampled_from([b"", b"<", b">", b"</text>", b"<answer>",
                                           b'fraction="x"', b"&nbsp;", b"]]>", b"<![CDATA[",
                                           b'<question type="multichoice">', b"\xff",
                                           b"<single>false</single>", b"</question>"])),
                min_size=1, max_size=5))
def test_mutated_export_never_crashes(edits: list[tuple[int, int, bytes]]) -> None:
    data = FIXTURE
    for at, cut, insert in edits:
        data = data[:at] + insert + data[at + cut:]
    _check(data)
