"""Import an Excel ``.xlsx`` question sheet (题型/题干/选项A…/答案/解析/知识点/难度).

The first worksheet (other than a ``题库信息``/``bank`` sheet) holds the items: the first
non-empty row is the header row, every later non-empty row one item. Headers may be Chinese
or English and may carry a language tag (``题干[en]``); see ``docs/formats/importers.md``.
An optional ``题库信息`` sheet gives the bank id, title and version (written by the export).
Problems name the row and the column; a damaged workbook is a problem, never a traceback.

May import: trainer.errors, trainer.content, openpyxl, the standard library.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from trainer.content.importers.common import (
    BankHeader,
    Draft,
    ImportOptions,
    ImportResult,
    Skipped,
    assemble,
    bank_identifier,
)
from trainer.content.importers.xlsx_columns import (
    IGNORED,
    LOCALISED,
    META_KEYS,
    META_SHEETS,
    Column,
    header_field,
    split_tag,
    squash,
)
from trainer.content.importers.xlsx_rows import CellError, RowReader, cell_int, cell_text, read_row
from trainer.errors import Problem

MAX_ROWS = 100_000
REQUIRED = ("type", "stem", "answer")


def _unreadable(file: str, exc: Exception) -> Problem:
    return Problem(file, None, "", f"not a readable Excel .xlsx workbook ({type(exc).__name__}); "
                   "save it from Excel as .xlsx", "import.xlsx_unreadable")


def _open(path: Path, file: str) -> tuple[Any, Problem | None]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it drops
            return openpyxl.load_workbook(path, data_only=True), None
    except FileNotFoundError:
        return None, Problem(file, None, "", "file not found", "content.missing")
    except Exception as exc:  # a damaged workbook fails in many ways
        return None, _unreadable(file, exc)


def _columns(header: Sequence[Any], row: int, file: str
             ) -> tuple[list[Column], list[Problem], list[Skipped]]:
    columns: list[Column] = []
    problems: list[Problem] = []
    skipped: list[Skipped] = []
    seen: dict[tuple[str, str | None, str | None], str] = {}
    for index, value in enumerate(header):
        letter = get_column_letter(index + 1)
        text = "" if value is None else str(value).strip()
        if not text or squash(text) in IGNORED:
            continue
        name, lang = split_tag(text)
        found = header_field(name)
        if found is None or (lang is not None and found[0] not in LOCALISED):
            skipped.append(Skipped(file, row, f"{letter} ({text})", "column",
                                   "unknown column; its cells are not imported"))
            continue
        column = Column(index, letter, text, found[0], found[1], lang)
        ident = (column.field, column.key, column.lang)
        if ident in seen:
            problems.append(Problem(file, row, column.label, f"same column as {seen[ident]}",
                                    "import.xlsx_header"))
            continue
        seen[ident] = column.label
        columns.append(column)
    fields = {c.field for c in columns}
    problems += [Problem(file, row, "", f"no {name} column (题型, 题干 and 答案 are required)",
                         "import.xlsx_header") for name in REQUIRED if name not in fields]
    return columns, problems, skipped


def _merged_rows(sheet: Any, file: str) -> tuple[set[int], list[Problem]]:
    rows: set[int] = set()
    problems = []
    for merged in sorted(sheet.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
        rows.update(range(merged.min_row, merged.max_row + 1))
        problems.append(Problem(file, merged.min_row, get_column_letter(merged.min_col),
                                f"merged cells {merged.coord}: unmerge them and fill every "
                                "cell", "import.xlsx_merged"))
    return rows, problems


def _meta(workbook: Any, file: str, options: ImportOptions) -> tuple[BankHeader, list[Problem]]:
    stem = Path(file).stem
    bank_id = options.bank_id or bank_identifier(stem)
    title: dict[str, str] = {}
    version = 1
    problems: list[Problem] = []
    sheet = next((s for s in workbook.worksheets if squash(s.title) in META_SHEETS), None)
    for number, row in enumerate(sheet.iter_rows(values_only=True) if sheet else (), 1):
        key_text = cell_text(row[0]) if row and isinstance(row[0], str) else None
        if key_text is None or len(row) < 2:
            continue
        name, lang = split_tag(key_text)
        key = META_KEYS.get(squash(name))
        try:
            if key == "bank" and options.bank_id is None:
                bank_id = cell_text(row[1]) or bank_id
            elif key == "title" and (text := cell_text(row[1])):
                title[lang or options.lang] = text
            elif key == "version":
                version = cell_int(row[1]) or version
        except CellError as exc:
            problems.append(Problem(f"{file}[{sheet.title}]" if sheet else file, number,
                                    "B", str(exc), "import.xlsx_cell"))
    return BankHeader(bank_id, title or {options.lang: stem or "Excel"}, version), problems


def _attach(drafts: list[Draft], row: Draft, file: str) -> list[Problem]:
    """A 小题 row: one sub-question of the case, or one stem of the matching set, above it."""
    parent = drafts[-1] if drafts else None
    if parent is None or parent.data.get("type") not in ("case", "matching"):
        return [Problem(file, row.line, row.labels.get("type", "type"), "a 小题 (question) row "
                        "must follow a 案例 (case) or 配伍 (matching) row or its questions",
                        "import.xlsx_orphan_question")]
    question = {k: row.data[k] for k in ("stem", "options", "answer", "explanation")
                if k in row.data}
    parent.data.setdefault("questions", []).append(question)
    return []


def _drafts(sheet: Any, file: str, options: ImportOptions
            ) -> tuple[list[Draft], list[Problem], list[Skipped]]:
    merged, problems = _merged_rows(sheet, file)
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    columns: list[Column] | None = None
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        if number > MAX_ROWS:
            problems.append(Problem(file, number, "", f"more than {MAX_ROWS} rows",
                                    "content.too_large"))
            break
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if columns is None:
            columns, found, skipped = _columns(values, number, file)
            problems += found
            if found:
                return [], problems, skipped
            continue
        if number in merged:
            continue
        reader = RowReader(file, number, values, columns, options)
        draft = read_row(reader)
        problems += reader.problems
        if draft is not None and draft.data.get("type") == "question":
            problems += _attach(drafts, draft, file)
        elif draft is not None:
            drafts.append(draft)
    if columns is None:
        problems.append(Problem(file, None, "", "the sheet is empty (no header row)",
                                "import.empty"))
    return drafts, problems, skipped


def import_workbook(workbook: Any, file: str, options: ImportOptions) -> ImportResult:
    """Import an opened openpyxl workbook; ``file`` names it in problems."""
    sheets = [s for s in workbook.worksheets if squash(s.title) not in META_SHEETS]
    if not sheets:
        return None, [Problem(file, None, "", "no worksheet with questions",
                              "import.empty")], []
    drafts, problems, skipped = _drafts(sheets[0], file, options)
    header, found = _meta(workbook, file, options)
    problems += found
    if not drafts:
        if not problems and not skipped:
            problems.append(Problem(file, None, "", "no questions found", "import.empty"))
        return None, problems, skipped
    bank, found = assemble(drafts, file, options, header)
    problems = sorted(problems + found, key=lambda p: (p.line or 0, p.field))
    return bank, problems, skipped


def import_xlsx(path: Path, options: ImportOptions) -> ImportResult:
    """Import an ``.xlsx`` workbook."""
    file = str(path)
    workbook, problem = _open(path, file)
    if problem is not None:
        return None, [problem], []
    try:
        return import_workbook(workbook, file, options)
    except Exception as exc:  # openpyxl reads lazily: damage shows late
        return None, [_unreadable(file, exc)], []
    finally:
        workbook.close()
