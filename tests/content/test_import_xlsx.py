"""Excel import: Chinese and English sheets; every problem names row and column; no crashes."""

from __future__ import annotations

import datetime
import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.content.banks import Bank
from trainer.content.importers import ImportOptions, import_xlsx
from trainer.content.importers.xlsx import import_workbook

OPTIONS = ImportOptions(modules=("nurse_station",))
ZH_HEADER = ["序号", "题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "知识点",
             "难度"]
ZH_ROWS: list[list[Any]] = [
    [1, "单选", "三查指什么？", "操作前、中、后", "交班前、中、后", "入院时", None, "A",
     "三查见制度。", "three_checks", 1],
    [2, "多选题", "八对包括哪些？", "床号", "姓名", "籍贯", "药名", "A、B、D", None,
     "three_checks", 2],
    [3, "判断", "非抢救时可执行口头医嘱。", None, None, None, None, "错", None, "verbal_orders", 2],
    [4, "判断题", "腕带应在入院时佩戴。", None, None, None, None, "√", None, None, None],
    [None] * 11,
    [5, "填空", "三查____", None, None, None, None, "八对|8对", None, "three_checks", 3],
    [6, "简答", "发现给药差错怎么办？", None, None, None, None, "立即停止给药并上报。", "见制度。",
     "errors", 4],
    [7, "单选", 2024, 1, 3, 7.5, None, "b", None, "numbers", 3.0],
]


def _book(header: list[Any], rows: list[list[Any]], title: str = "Sheet1") -> Any:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    return workbook


def _run(workbook: Any, name: str = "nurse.xlsx",
         options: ImportOptions = OPTIONS) -> tuple[Bank | None, list[str], list[str]]:
    bank, problems, skipped = import_workbook(workbook, name, options)
    return bank, [str(p) for p in problems], [str(s) for s in skipped]


def test_a_chinese_sheet(tmp_path: Path) -> None:
    path = tmp_path / "护理题库.xlsx"
    _book(ZH_HEADER, ZH_ROWS).save(path)
    bank, problems, skipped = import_xlsx(path, OPTIONS)
    assert problems == [] and skipped == [] and bank is not None
    assert bank.bank.startswith("bank-") and bank.title == {"zh_CN": "护理题库"}
    items = bank.items
    assert [i.type for i in items] == ["single", "multiple", "true_false", "true_false",
                                       "fill_in", "short_answer", "single"]
    assert [i.id for i in items][:2] == [f"{bank.bank}-0002", f"{bank.bank}-0003"]
    assert items[0].options[2].text == {"zh_CN": "入院时"} and len(items[0].options) == 3
    assert items[0].explanation == {"zh_CN": "三查见制度。"} and items[0].difficulty == 1
    assert items[1].answer == "ABD"
    assert (items[2].answer, items[3].answer) == (False, True)
    assert items[3].knowledge_point == "general" and items[3].difficulty == 3
    assert items[4].answer == {"zh_CN": ("八对", "8对")}
    assert items[5].answer == {"zh_CN": "立即停止给药并上报。"}
    assert items[6].stem == {"zh_CN": "2024"}
    assert [o.text["zh_CN"] for o in items[6].options] == ["1", "3", "7.5"]
    assert items[6].answer == "B" and items[6].difficulty == 3
    assert items[0].source == "imported from 护理题库.xlsx"


def test_an_english_sheet() -> None:
    header = ["Type", "Stem", "Option A", "Option B", "Option C", "Answer", "Explanation",
              "Knowledge point", "Difficulty"]
    rows: list[list[Any]] = [
            ["Single choice", "Which check?", "Before", "After", "Never", "A", "Always before.",
             "checks", 2],
            ["True/False", "Wristbands at admission.", None, None, None, "T", None, "checks", 1],
            ["Fill in", "Three checks, eight ____", None, None, None, "matches | Matches",
             None, "checks", 1]]
    bank, problems, _ = _run(_book(header, rows), "ward.xlsx", ImportOptions(
        lang="en", modules=("nurse_station",), pool="exam"))
    assert problems == [] and bank is not None
    assert [i.type for i in bank.items] == ["single", "true_false", "fill_in"]
    assert bank.items[0].stem == {"en": "Which check?"} and bank.items[0].pool == "exam"
    assert bank.items[2].answer == {"en": ("matches", "Matches")}


def test_problems_name_row_and_column() -> None:
    rows = [row[:] for row in ZH_ROWS]
    rows[0][7] = "E"  # answer names an option the item does not have
    rows[1][2] = datetime.datetime(2024, 1, 1)  # a date where text is expected
    rows[2][1] = "连线"  # unknown type
    rows[3][10] = "hard"  # not a number
    rows[7][4] = None  # option gap: C given, B empty
    bank, problems, _ = _run(_book(ZH_HEADER, rows))
    assert bank is not None and len(bank.items) == 2
    assert problems == [
        "nurse.xlsx:2: H (答案): answer names option(s) E that the item does not have",
        "nurse.xlsx:3: C (题干): a datetime where text was expected (format the cell as text)",
        "nurse.xlsx:4: B (题型): unknown question type '连线'; use 单选, 多选, 判断, 填空, "
        "简答, 计算, 案例, 配伍 or 小题",
        "nurse.xlsx:5: K (难度): a whole number was expected",
        "nurse.xlsx:9: E (选项B): option B is empty but a later option is given",
    ]


def test_bilingual_columns() -> None:
    header = ["题型", "题干[zh_CN]", "Stem[en]", "选项A[zh_CN]", "选项A[en]", "选项B",
              "Option B[en]", "答案[zh_CN]", "答案[en]"]
    rows: list[list[Any]] = [["单选", "题", "Q", "甲", "a", "乙", "b", "A", "A"],
                             ["判断", "对吗", "Right?", None, None, None, None, "对", "F"]]
    bank, problems, _ = _run(_book(header, rows))
    assert problems == ["nurse.xlsx:3: H (答案[zh_CN]): the answer columns of the languages "
                        "disagree"]
    assert bank is not None and len(bank.items) == 1
    assert bank.items[0].options[1].text == {"zh_CN": "乙", "en": "b"}
    assert bank.items[0].stem == {"zh_CN": "题", "en": "Q"}


def test_merged_cells_and_unknown_columns() -> None:
    rows: list[list[Any]] = [[*row, "x" if any(row) else None] for row in ZH_ROWS]
    workbook = _book([*ZH_HEADER, "备注"], rows)
    workbook.active.merge_cells("J2:J3")
    bank, problems, skipped = _run(workbook)
    assert bank is not None and len(bank.items) == 5
    assert problems == ["nurse.xlsx:2: J: merged cells J2:J3: unmerge them and fill every cell"]
    assert skipped == ["nurse.xlsx:1: skipped column 'L (备注)': unknown column; its cells are "
                       "not imported"]


def test_missing_columns_sheets_and_files(tmp_path: Path) -> None:
    _, problems, _ = _run(_book(["题型", "题干"], [["单选", "x"]]))
    assert problems == ["nurse.xlsx:1: no answer column (题型, 题干 and 答案 are required)"]
    workbook = openpyxl.Workbook()
    workbook.active.title = "题库信息"
    assert _run(workbook)[1] == ["nurse.xlsx: no worksheet with questions"]
    assert _run(openpyxl.Workbook())[1] == ["nurse.xlsx: the sheet is empty (no header row)"]
    assert _run(_book(ZH_HEADER, []))[1] == ["nurse.xlsx: no questions found"]
    not_zip = tmp_path / "a.xlsx"
    not_zip.write_bytes(b"PK\x03\x04 not really")
    other_zip = tmp_path / "b.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "hi")
    for path in (not_zip, other_zip, tmp_path / "missing.xlsx"):
        bank, found, _ = import_xlsx(path, OPTIONS)
        assert bank is None and len(found) == 1 and found[0].file == str(path)


CELLS = st.one_of(st.none(), st.integers(-5, 10), st.floats(allow_nan=False, width=32),
                  st.booleans(), st.datetimes(min_value=datetime.datetime(2000, 1, 1)),
                  st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
                  st.sampled_from(["单选", "多选", "判断", "填空", "简答",
                                                        "A", "ABD", "对", "x|y", "A:50;B:50"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=11, max_size=11), max_size=6),
       st.lists(st.tuples(st.integers(0, 6), st.integers(0, 10)), max_size=2))
def test_random_cells_never_crash(rows: list[list[Any]], merges: list[tuple[int, int]]) -> None:
    workbook = _book(ZH_HEADER, rows)
    for row, col in merges:
        workbook.active.merge_cells(start_row=row + 1, start_column=col + 1,
                                    end_row=row + 2, end_column=col + 1)
    bank, problems, _ = import_workbook(workbook, "fuzz.xlsx", OPTIONS)
    assert bank is None or isinstance(bank, Bank)
    for problem in problems:
        assert problem.line is not None or problem.code == "import.empty", problem
        if problem.line is not None and problem.line > 1 and problem.code != "import.xlsx_merged":
            assert problem.field[:1].isupper(), problem  # a column such as "C (题干)"


def _valid_bytes() -> bytes:
    buffer = io.BytesIO()
    _book(ZH_HEADER, ZH_ROWS).save(buffer)
    return buffer.getvalue()


VALID = _valid_bytes()


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    changed = bytearray(data)
    for at, value in flips:
        changed[at] = value
    return bytes(changed)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=100) | st.lists(st.tuples(st.integers(0, len(VALID) - 1),
                                                    st.integers(0, 255)), min_size=1,
                                          max_size=8).map(lambda flips: _flip(VALID, flips))
       | st.integers(0, len(VALID)).map(lambda n: VALID[:n]))
def test_damaged_files_never_crash(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.xlsx"
        path.write_bytes(data)
        bank, problems, _ = import_xlsx(path, OPTIONS)
    assert bank is None or isinstance(bank, Bank)
    assert all(p.file == str(path) for p in problems)
    if bank is None:
        assert problems


def test_case_clusters_and_matching_sets_round_trip(tmp_path: Path) -> None:
    """Each 案例/配伍 row is followed by one 小题 row per question; the shipped bank of
    case clusters, matching sets and calculations comes back the same."""
    from tests.conftest import REPO
    from trainer.content.bank_export import export_xlsx
    from trainer.content.banks import load_bank

    bank = load_bank(REPO / "question_banks" / "cases.yaml")
    sheet = tmp_path / "cases.xlsx"
    export_xlsx(bank, sheet)
    again, problems, skipped = import_xlsx(sheet, ImportOptions())
    assert problems == [] and skipped == [] and again == bank
    rows = list(openpyxl.load_workbook(sheet).worksheets[0].iter_rows(values_only=True))
    assert [r[1] for r in rows[1:4]] == ["案例", "小题", "小题"]


def test_a_question_row_without_its_case_is_located(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["题型", "题干", "选项A", "选项B", "答案"])
    sheet.append(["小题", "孤立的小题", "甲", "乙", "A"])
    sheet.append(["单选", "单选题", "甲", "乙", "B"])
    path = tmp_path / "orphan.xlsx"
    book.save(path)
    bank, problems, _ = import_xlsx(path, ImportOptions(modules=("nurse_station",)))
    assert bank is not None and len(bank.items) == 1
    assert [(p.line, p.code) for p in problems] == [(2, "import.xlsx_orphan_question")]
    assert "must follow a 案例 (case) or 配伍 (matching) row" in problems[0].message
