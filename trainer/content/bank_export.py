"""Write a bank as YAML (what importers produce) or as an Excel workbook (for trainers).

YAML is block style, UTF-8 unescaped, keys in the order of the format document, multi-line
text as ``|`` blocks; it loads back with :func:`~trainer.content.banks.load_bank` to the same
bank. The workbook is what :func:`~trainer.content.importers.import_xlsx` reads: importing an
export gives the same bank (see ``docs/formats/importers.md``).

May import: trainer.errors, trainer.vocabulary, trainer.content, PyYAML, openpyxl,
the standard library.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import yaml
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError

from trainer.content.banks import Bank, Item
from trainer.content.importers.xlsx_columns import (
    META_NAMES,
    OPTION_LETTERS,
    TYPE_NAMES,
    header_text,
    join_alternatives,
)
from trainer.content.item_parts import SubQuestion
from trainer.errors import ContentError, Problem
from trainer.vocabulary import LANGUAGES

#: Column widths (characters) for trainers who edit in Excel.
_WIDTHS = {"stem": 40, "option": 20, "answer": 14, "explanation": 40, "rubric": 30,
           "source": 24, "knowledge_point": 18, "modules": 16}
_ITEM_ORDER = ("id", "type", "partial_credit", "stem", "options", "questions", "answer",
               "tolerance", "unit", "partial_values", "partial_answers", "explanation",
               "rubric", "knowledge_point", "difficulty", "roles", "modules", "pool",
               "version", "source")



class _Dumper(yaml.SafeDumper):
    """Block style; multi-line strings as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_str)


def _local(text: dict[str, Any]) -> dict[str, Any]:
    ordered = {lang: text[lang] for lang in LANGUAGES if lang in text}
    return {lang: list(v) if isinstance(v, tuple) else v for lang, v in ordered.items()}


def _item_data(item: Item) -> dict[str, Any]:
    raw = item.model_dump(mode="json", exclude_defaults=True)
    raw["type"] = item.type
    for field in ("stem", "explanation", "rubric", "unit"):
        if field in raw:
            raw[field] = _local(raw[field])
    for question in raw.get("questions", ()):
        for field in ("stem", "explanation"):
            if field in question:
                question[field] = _local(question[field])
        for option in question.get("options", ()):
            option["text"] = _local(option["text"])
    if isinstance(item.answer, dict):
        raw["answer"] = _local(raw["answer"])
    raw["options"] = [
        {"key": o.key, "text": _local(o.text), **({"weight": o.weight}
                                                   if o.weight is not None else {})}
        for o in item.options
    ]
    if not raw["options"]:
        del raw["options"]
    return {key: raw[key] for key in _ITEM_ORDER if key in raw}


def bank_to_yaml(bank: Bank) -> str:
    """The bank as stable, human-readable YAML text."""
    data = {"bank": bank.bank, "title": _local(bank.title), "version": bank.version,
            **({"review": bank.review.model_dump(mode="json")} if bank.review else {}),
            "items": [_item_data(item) for item in bank.items]}
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100, indent=2)


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, so a failure leaves no half file."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temp))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def write_bank_yaml(bank: Bank, path: Path) -> None:
    """Write ``bank`` to ``path`` as YAML; :class:`ContentError` if the file cannot be written."""
    text = bank_to_yaml(bank)
    try:
        _write_atomically(path, lambda p: _write_text(p, text))
    except OSError as exc:
        raise ContentError([Problem(str(path), None, "", f"cannot write: {exc.strerror or exc}",
                                    "content.unwritable")]) from exc


# --- Excel ---------------------------------------------------------------------------------


def bank_languages(bank: Bank) -> list[str]:
    """Languages used anywhere in the bank, in the order of LANGUAGES."""
    used = set(bank.title)
    for item in bank.items:
        for text in (item.stem, item.explanation or {}, item.rubric or {},
                     *(o.text for o in item.options),
                     *(q.stem for q in item.questions),
                     *(o.text for q in item.questions for o in q.options)):
            used |= set(text)
        if isinstance(item.answer, dict):
            used |= set(item.answer)
    return [lang for lang in LANGUAGES if lang in used]


def _columns(langs: list[str]) -> list[tuple[str, str | None, str | None]]:
    """(field, option letter, language) of every exported column."""
    def local(field: str, key: str | None = None) -> list[tuple[str, str | None, str | None]]:
        return [(field, key, lang) for lang in langs]
    plain = [("knowledge_point", None, None), ("difficulty", None, None), ("roles", None, None),
             ("modules", None, None), ("pool", None, None), ("version", None, None),
             ("source", None, None), ("partial_credit", None, None), ("weights", None, None),
             ("tolerance", None, None)]
    columns = [("id", None, None), ("type", None, None), *local("stem")]
    for letter in OPTION_LETTERS:
        columns += local("option", letter)
    columns += [*local("answer"), *local("explanation"), *plain, *local("rubric"),
                *local("unit")]
    return columns


def _answer_cell(item: Item, lang: str) -> str | None:
    answer = item.answer
    if isinstance(answer, bool):
        return ("对" if answer else "错") if lang == "zh_CN" else ("T" if answer else "F")
    if isinstance(answer, str):
        return answer
    if isinstance(answer, float | int):
        return f"{answer:g}"
    if answer is None:
        return None
    value = answer.get(lang)
    if value is None:
        return None
    return value if isinstance(value, str) else join_alternatives(value)


def _weights(item: Item) -> str | None:
    if not item.options or item.options[0].weight is None:
        return None
    return ";".join(f"{o.key}:{o.weight:g}" if o.weight is not None and o.weight.is_integer()
                    else f"{o.key}:{o.weight!r}" for o in item.options)


def _plain_cells(item: Item, english: bool) -> dict[str, Any]:
    return {
        "id": item.id, "type": TYPE_NAMES[item.type][english],
        "knowledge_point": item.knowledge_point, "difficulty": item.difficulty,
        "roles": ", ".join(r.value for r in item.roles),
        "modules": ", ".join(m.value for m in item.modules), "pool": item.pool,
        "version": item.version, "source": item.source,
        "partial_credit": ("yes" if english else "是") if item.partial_credit else None,
        "weights": _weights(item),
        "tolerance": item.tolerance if item.type == "numerical" and item.tolerance else None,
    }


def _cell(item: Item, plain: dict[str, Any], field: str, key: str | None, lang: str) -> Any:
    if field == "option":
        index = OPTION_LETTERS.index(key or "A")
        return item.options[index].text.get(lang) if index < len(item.options) else None
    if field in ("stem", "explanation", "rubric", "unit"):
        text: dict[str, str] | None = getattr(item, field)
        return None if text is None else text.get(lang)
    if field == "answer":
        return _answer_cell(item, lang)
    return plain[field]


def _question_cell(item: Item, question: SubQuestion, english: bool, field: str,
                   key: str | None, lang: str) -> Any:
    if field == "id":
        return item.id
    if field == "type":
        return TYPE_NAMES["question"][english]
    if field == "option":
        index = OPTION_LETTERS.index(key or "A")
        return question.options[index].text.get(lang) if index < len(question.options) else None
    if field == "answer":
        return question.answer
    if field in ("stem", "explanation"):
        text: dict[str, str] | None = getattr(question, field)
        return None if text is None else text.get(lang)
    return None


def _put(sheet: Any, row: int, column: int, value: Any) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text starting with "=" stays text, never a formula


def _fill(workbook: Any, bank: Bank, lang: str | None) -> None:
    english = lang == "en"
    langs = [lang] if lang else bank_languages(bank) or [LANGUAGES[0]]
    columns = _columns(langs)
    sheet = workbook.active
    sheet.title = "Items" if english else "题目"
    for index, (field, key, col_lang) in enumerate(columns, 1):
        _put(sheet, 1, index, header_text(field, english, key, None if lang else col_lang))
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(field, 12)
    sheet.freeze_panes = "C2"  # header row and ID/type stay visible while scrolling
    row = 2
    for item in bank.items:
        plain = _plain_cells(item, english)
        for index, (field, key, col_lang) in enumerate(columns, 1):
            _put(sheet, row, index, _cell(item, plain, field, key, col_lang or langs[0]))
        row += 1
        for question in item.questions:  # case and matching: one 小题 row per question
            for index, (field, key, col_lang) in enumerate(columns, 1):
                _put(sheet, row, index, _question_cell(item, question, english, field, key,
                                                       col_lang or langs[0]))
            row += 1
    meta = workbook.create_sheet("bank" if english else "题库信息")
    rows: list[tuple[str, Any]] = [(META_NAMES["bank"][english], bank.bank)]
    for title_lang in langs:
        if title_lang in bank.title:
            tag = "" if lang else f"[{title_lang}]"
            rows.append((META_NAMES["title"][english] + tag, bank.title[title_lang]))
    rows.append((META_NAMES["version"][english], bank.version))
    for number, (key_text, value) in enumerate(rows, 1):
        _put(meta, number, 1, key_text)
        _put(meta, number, 2, value)


def export_xlsx(bank: Bank, path: Path, *, lang: str | None = None) -> None:
    """Write ``bank`` as a workbook: every language (tagged columns), or only ``lang``.

    Raises :class:`ContentError` when a text cannot be stored in Excel (control characters)
    or the file cannot be written.
    """
    left_out = [Problem(str(path), None, f"items[{n}]", f"{item.id}: partial answers have no "
                        "Excel column; edit them in the YAML bank", "export.unsupported_field")
                for n, item in enumerate(bank.items)
                if item.partial_values or item.partial_answers]
    if left_out:
        raise ContentError(left_out)
    workbook = openpyxl.Workbook()
    try:
        _fill(workbook, bank, lang)
    except IllegalCharacterError as exc:
        raise ContentError([Problem(str(path), None, "", f"text Excel cannot store: {exc}",
                                    "export.illegal_character")]) from exc
    try:
        _write_atomically(path, lambda p: workbook.save(p))
    except OSError as exc:
        raise ContentError([Problem(str(path), None, "", f"cannot write: {exc.strerror or exc}",
                                    "content.unwritable")]) from exc
