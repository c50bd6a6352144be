"""One spreadsheet row → one :class:`Draft`: cell values read as the bank format wants them.

Every problem names the row and the column (``D (选项A)``). Numbers are accepted where text
is expected (Excel turns ``100`` into a number); dates, booleans in text fields and other
values are reported.

May import: trainer.content.importers, the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from trainer.content.importers.common import Draft, ImportOptions
from trainer.content.importers.xlsx_columns import (
    FALSE_WORDS,
    OPTION_LETTERS,
    TRUE_WORDS,
    TYPE_WORDS,
    Column,
    split_alternatives,
    squash,
)
from trainer.errors import Problem

_LIST_SEP = re.compile(r"[\s,，、;；]+")
_ANSWER_SEP = re.compile(r"[\s,，、;；/]+")
_POOLS = {"practice": "practice", "练习": "practice", "exam": "exam", "考试": "exam"}


class CellError(Exception):
    """A cell whose value cannot be used; the message says why."""


def cell_text(value: Any) -> str | None:
    """Text of a cell (numbers as written); ``None`` when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError("TRUE/FALSE where text was expected")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value.strip() or None
    raise CellError(f"a {type(value).__name__} where text was expected (format the cell as text)")


def cell_int(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError("TRUE/FALSE where a whole number was expected")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    text = unicodedata.normalize("NFKC", value.strip()) if isinstance(value, str) else ""
    if text.isdecimal():  # ① or ⑴ look like digits but are not numbers
        return int(text)
    raise CellError("a whole number was expected")


def cell_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = cell_text(value)
    if text is None:
        return None
    word = squash(text)
    if word in TRUE_WORDS or word == "1":
        return True
    if word in FALSE_WORDS or word == "0":
        return False
    raise CellError("write 对/错, 正确/错误, T/F or √/×")


def cell_number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError("TRUE/FALSE where a number was expected")
    if isinstance(value, int | float):
        return float(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise CellError("a number was expected (such as 2.5)") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise CellError("a number was expected (such as 2.5)")
    return number


def choice_letters(value: Any) -> str | None:
    text = cell_text(value)
    if text is None:
        return None
    letters = _ANSWER_SEP.sub("", unicodedata.normalize("NFKC", text)).upper()
    return "".join(sorted(set(letters)))


def weights(value: Any) -> dict[str, float] | None:
    """``A:50;B:50;C:-100`` → {"A": 50.0, …}."""
    text = cell_text(value)
    if text is None:
        return None
    out: dict[str, float] = {}
    for part in re.split(r"[;；,，\s]+", unicodedata.normalize("NFKC", text)):
        key, sep, number = part.partition(":")
        try:
            if not sep or key.strip().upper() not in OPTION_LETTERS:
                raise ValueError(part)
            out[key.strip().upper()] = float(number)
        except ValueError:
            raise CellError("write weights as A:50;B:50;C:-100") from None
    return out


class RowReader:
    """Reads one row; collects problems located at row and column."""

    def __init__(self, file: str, row: int, values: Sequence[Any], columns: list[Column],
                 options: ImportOptions) -> None:
        self.file, self.row, self.values = file, row, values
        self.columns, self.options = columns, options
        self.problems: list[Problem] = []

    def lang(self, column: Column) -> str:
        return column.lang or self.options.lang

    def get(self, column: Column, read: Callable[[Any], Any]) -> Any:
        value = self.values[column.index] if column.index < len(self.values) else None
        try:
            return read(value)
        except CellError as exc:
            self.problems.append(Problem(self.file, self.row, column.label, str(exc),
                                         "import.xlsx_cell"))
            return None

    def of(self, field: str, key: str | None = None) -> list[Column]:
        return [c for c in self.columns if c.field == field and c.key == key]

    def local(self, field: str, key: str | None = None,
              read: Callable[[Any], Any] = cell_text) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for column in self.of(field, key):
            value = self.get(column, read)
            if value is not None:
                out[self.lang(column)] = value
        return out

    def single(self, field: str, read: Callable[[Any], Any] = cell_text) -> Any:
        found = self.of(field)
        return self.get(found[0], read) if found else None

    def report(self, field: str, message: str, key: str | None = None) -> None:
        columns = self.of(field, key)
        label = columns[0].label if columns else field
        self.problems.append(Problem(self.file, self.row, label, message, "import.xlsx_cell"))


def _options(reader: RowReader) -> list[dict[str, Any]]:
    texts = [reader.local("option", letter) for letter in OPTION_LETTERS]
    last = max((i for i, t in enumerate(texts) if t), default=-1)
    options = []
    for i in range(last + 1):
        if not texts[i]:
            reader.report("option", f"option {OPTION_LETTERS[i]} is empty but a later option "
                          "is given", OPTION_LETTERS[i])
        options.append({"key": OPTION_LETTERS[i], "text": texts[i]})
    return options


def _agreed(reader: RowReader, values: dict[str, Any]) -> Any:
    distinct = set(values.values())
    if len(distinct) > 1:
        reader.report("answer", "the answer columns of the languages disagree")
    return next(iter(values.values()), None)


def _answer(reader: RowReader, kind: str | None) -> Any:
    if kind in ("single", "multiple", "question"):
        return _agreed(reader, reader.local("answer", read=choice_letters))
    if kind == "true_false":
        return _agreed(reader, reader.local("answer", read=cell_bool))
    if kind == "fill_in":
        given = reader.local("answer")
        return {lang: split_alternatives(text) for lang, text in given.items()}
    if kind == "numerical":
        return _agreed(reader, reader.local("answer", read=cell_number))
    return reader.local("answer")


def _optional(reader: RowReader, data: dict[str, Any]) -> None:
    for field in ("id", "knowledge_point", "source"):
        text = reader.single(field)
        if text is not None:
            data[field] = text
    for field in ("difficulty", "version"):
        number = reader.single(field, cell_int)
        if number is not None:
            data[field] = number
    for field in ("roles", "modules"):
        text = reader.single(field)
        if text is not None:
            data[field] = [p for p in _LIST_SEP.split(text) if p]
    pool = reader.single("pool")
    if pool is not None:
        data["pool"] = _POOLS.get(squash(pool), pool)
    partial = reader.single("partial_credit", cell_bool)
    if partial:
        data["partial_credit"] = True
    for field in ("explanation", "rubric", "unit"):
        text = reader.local(field)
        if text:
            data[field] = text
    tolerance = reader.single("tolerance", cell_number)
    if tolerance is not None:
        data["tolerance"] = tolerance


def _apply_weights(reader: RowReader, data: dict[str, Any]) -> None:
    given = reader.single("weights", weights)
    if not given:
        return
    keys = {o["key"] for o in data.get("options", [])}
    if set(given) != keys:
        reader.report("weights", "give one weight for every option")
        return
    for option in data["options"]:
        option["weight"] = given[option["key"]]


def read_row(reader: RowReader) -> Draft | None:
    """The draft of one non-empty row, or ``None`` when a cell is unusable (see problems)."""
    kind_text = reader.single("type")
    kind = TYPE_WORDS.get(squash(kind_text)) if kind_text else None
    if kind_text is not None and kind is None:
        reader.report("type", f"unknown question type {kind_text!r}; use 单选, 多选, 判断, "
                      "填空, 简答, 计算, 案例, 配伍 or 小题")
    data: dict[str, Any] = {"type": kind or kind_text, "stem": reader.local("stem")}
    if not data["stem"]:
        del data["stem"]
    options = _options(reader)
    if options:
        data["options"] = options
    answer = _answer(reader, kind)
    if answer not in (None, {}):
        data["answer"] = answer
    _optional(reader, data)
    _apply_weights(reader, data)
    labels = {c.field if c.field != "option" else "options": c.label
              for c in reversed(reader.columns)}
    labels.update({f"options[{OPTION_LETTERS.index(c.key)}]": c.label
                   for c in reversed(reader.columns) if c.field == "option" and c.key})
    if reader.problems:
        return None
    return Draft(line=reader.row, ordinal=reader.row, data=data, labels=labels)
