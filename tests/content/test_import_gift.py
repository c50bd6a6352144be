"""GIFT import: a Moodle-style export gives the right items; malformed text never crashes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.content.banks import Bank
from trainer.content.importers import ImportOptions, import_gift
from trainer.content.importers.common import id_from_name
from trainer.content.importers.gift import parse_gift

DATA = Path(__file__).parent / "data" / "banks"
OPTIONS = ImportOptions(modules=("nurse_station",))
FILE_LEVEL = {"import.empty", "import.no_module", "content.encoding"}


def _import() -> tuple[Bank, list[str], list[tuple[str, str]]]:
    bank, problems, skipped = import_gift(DATA / "nursing.gift", OPTIONS)
    assert bank is not None
    return bank, [str(p) for p in problems], [(s.kind, s.name) for s in skipped]


def test_items_and_skipped_questions() -> None:
    bank, problems, skipped = _import()
    assert problems == []
    assert skipped == [("description", "说明")]
    assert bank.bank == "nursing"
    assert [i.type for i in bank.items] == ["single", "multiple", "true_false", "true_false",
                                            "fill_in", "single", "short_answer", "matching",
                                            "numerical"]
    # the source's own names are the ids ("true-simple", "escape: test" → escape_test);
    # Chinese names become a stable hash of the name
    names = ["三查的时间", "八对的内容", "口头医嘱", "true-simple", "八对", "escape: test",
             "给药差错", "配对", "数值"]
    assert [i.id for i in bank.items] == [id_from_name(n, "nursing") for n in names]
    assert bank.items[3].id == "true-simple" and bank.items[5].id == "escape_test"


def test_multiple_choice_with_html_and_feedback() -> None:
    first = _import()[0].items[0]
    assert first.stem == {"zh_CN": "“三查”指的是在操作的哪些时间进行查对？"}
    assert [o.text["zh_CN"] for o in first.options][:2] == ["操作前、操作中、操作后",
                                                            "交班前、交班中、交班后"]
    assert first.answer == "A"
    assert first.knowledge_point == "护理.查对"
    assert first.explanation == {"zh_CN": "三查指操作前查、操作中查、操作后查。\n"
                                          "A. 正确：操作前、中、后各查一次。\n"
                                          "B. 错误：与交班无关。"}
    assert first.roles == ("nurse",) and first.modules == ("nurse_station",)
    assert first.pool == "practice" and first.version == 1 and first.difficulty == 3
    assert first.source == "imported from nursing.gift"


def test_weights_become_partial_credit() -> None:
    item = _import()[0].items[1]
    assert item.partial_credit and item.answer == "AB"
    assert [o.weight for o in item.options] == [50, 50, -100, -100]


def test_true_false_short_answer_and_essay() -> None:
    items = _import()[0].items
    assert items[2].answer is False
    assert items[2].explanation == {"zh_CN": "口头医嘱仅限抢救时执行，并须复述确认。\n正确。\n"
                                             "只有抢救时才可执行口头医嘱。"}
    assert items[3].answer is True and items[3].explanation is None
    assert items[4].stem == {"zh_CN": "三查____是护理查对制度的核心。"}
    assert items[4].answer == {"zh_CN": ("八对", "8对")}
    assert items[4].knowledge_point == "护理.给药"
    assert items[6].type == "short_answer"
    assert items[6].answer == {
        "zh_CN": "立即停止给药，评估患者，报告医生和护士长，按规定上报不良事件。"}


def test_escapes() -> None:
    item = _import()[0].items[5]
    assert item.stem == {"zh_CN": "剂量比 1:2 中的{比例}应使用 = 号吗？"}
    assert [o.text["zh_CN"] for o in item.options] == ["是 = 号", "否 ~ 号"]
    assert item.explanation == {"zh_CN": "A. 说明#1"}


def test_options_from_the_command_line() -> None:
    options = ImportOptions(lang="en", modules=("pharmacy",), pool="exam", bank_id="ward",
                            difficulty=4)
    bank, _, _ = import_gift(DATA / "nursing.gift", options)
    assert bank is not None and bank.bank == "ward"
    item = bank.items[0]
    assert set(item.stem) == {"en"} and item.roles == ("pharmacist",)
    assert (item.pool, item.difficulty) == ("exam", 4)
    assert item.id == id_from_name("三查的时间", "ward")


def test_malformed_questions_are_located() -> None:
    text = ("::ok::A question {=yes ~no}\n\n"
            "::unclosed title {=a ~b}\n\n"
            "// a comment\nStem without end {=a ~b\n\n"
            "Too many answers {=a ~b ~c ~d ~e ~f ~g}\n\n"
            "No right answer {~a ~b}\n")
    bank, problems, skipped = parse_gift(text, "t.gift", OPTIONS)
    assert bank is not None and len(bank.items) == 1 and skipped == []
    assert [(p.line, p.field) for p in problems] == [
        (3, ""), (6, ""), (8, "options"), (10, "answer")]
    assert "not closed" in problems[0].message and "not closed" in problems[1].message


def test_true_false_forms() -> None:
    text = ("//comment\n::a::Q1 {TRUE#Right, because…}\n\n::b::Q2{F}\n\n"
            "::c::[plain]Q3 <b>kept</b> {false#No.#Yes.####General.}\n")
    bank, problems, _ = parse_gift(text, "tf.gift", OPTIONS)
    assert problems == [] and bank is not None
    assert [i.answer for i in bank.items] == [True, False, False]
    assert bank.items[0].explanation == {"zh_CN": "Right, because…"}
    assert bank.items[2].stem == {"zh_CN": "Q3 <b>kept</b>"}
    assert bank.items[2].explanation == {"zh_CN": "General.\nYes.\nNo."}


def test_missing_module_is_one_file_level_problem() -> None:
    bank, problems, _ = parse_gift("Q {T}", "t.gift", ImportOptions())
    assert bank is None and [p.code for p in problems] == ["import.no_module"]


def test_bad_encoding_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.gift"
    path.write_bytes(b"Q1 {T}\n\n\xff\xfe{F}")
    bank, problems, _ = import_gift(path, OPTIONS)
    assert bank is None and problems[0].line == 3


def _check(text: str) -> None:
    bank, problems, skipped = parse_gift(text, "fuzz.gift", OPTIONS)
    assert bank is None or isinstance(bank, Bank)
    for problem in problems:
        assert problem.file == "fuzz.gift"
        assert problem.line is not None or problem.code in FILE_LEVEL, problem
    for item in skipped:
        assert item.line is not None
    if bank is None:
        assert problems or skipped


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("{}=~#%:\\/$ \n\tTFab1-> [html]<p>"), max_size=80)
       | st.text(max_size=60))
def test_random_text_never_crashes(text: str) -> None:
    _check(text)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=120))
def test_random_bytes_never_crash(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.gift"
        path.write_bytes(data)
        bank, problems, _ = import_gift(path, OPTIONS)
    assert bank is None or isinstance(bank, Bank)
    assert all(p.line is not None or p.code in FILE_LEVEL for p in problems), problems


FIXTURE = (DATA / "nursing.gift").read_text(encoding="utf-8")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(FIXTURE)), st.integers(0, 12),
                          st.sampled_from(["", "{", "}", "=", "~", "#", "####", "::", "\\",
                                           "%50%", "\n\n", "->", "$CATEGORY: x", "[html]"])),
                min_size=1, max_size=6))
def test_mutated_export_never_crashes(edits: list[tuple[int, int, str]]) -> None:
    text = FIXTURE
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut:]
    _check(text)
