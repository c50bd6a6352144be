"""Export: bank → xlsx → bank and bank → YAML → bank are the identity (hypothesis banks)."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.content.bank_export import bank_to_yaml, export_xlsx, write_bank_yaml
from trainer.content.banks import Bank, Item, load_bank
from trainer.content.importers import ImportOptions, import_xlsx
from trainer.content.yamlsource import load_yaml, validate
from trainer.errors import ContentError
from trainer.vocabulary import Module, Role

# Cells keep text exactly, except: surrounding white space is trimmed on import, and Excel
# cannot store control characters (export reports them).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn"))
               | st.sampled_from("\n|\\｜=- #'\"<>&:_x0D"), min_size=1,
               max_size=12).map(str.strip).filter(bool)
IDENT = st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,12}", fullmatch=True)
KP = st.from_regex(r"[a-z0-9护理查对][a-z0-9_.护理查对-]{0,10}", fullmatch=True)


def _local(draw: st.DrawFn, langs: list[str]) -> dict[str, str]:
    chosen = draw(st.lists(st.sampled_from(langs), min_size=1, unique=True))
    return {lang: draw(TEXT) for lang in chosen}


def _choice(draw: st.DrawFn, kind: str, langs: list[str]) -> dict[str, Any]:
    count = draw(st.integers(3 if kind == "multiple" else 2, 6))
    keys = string.ascii_uppercase[:count]
    options: list[dict[str, Any]] = [{"key": k, "text": _local(draw, langs)} for k in keys]
    if kind == "single":
        return {"options": options, "answer": draw(st.sampled_from(keys))}
    right = sorted(draw(st.lists(st.sampled_from(keys), min_size=2, unique=True)))
    data = {"options": options, "answer": "".join(right),
            "partial_credit": draw(st.booleans())}
    if data["partial_credit"] and draw(st.booleans()):
        for option in options:
            option["weight"] = (100 / len(right) if option["key"] in right
                                else draw(st.sampled_from([0.0, -50.0, -100.0, -12.5])))
    return data


@st.composite
def items(draw: st.DrawFn, item_id: str, langs: list[str]) -> Item:
    kind = draw(st.sampled_from(["single", "multiple", "true_false", "fill_in",
                                 "short_answer"]))
    data: dict[str, Any] = {
        "id": item_id, "type": kind, "stem": _local(draw, langs),
        "knowledge_point": draw(KP), "difficulty": draw(st.integers(1, 5)),
        "roles": draw(st.lists(st.sampled_from(list(Role)), min_size=1, max_size=2,
                               unique=True)),
        "modules": draw(st.lists(st.sampled_from(list(Module)), min_size=1, max_size=2,
                                 unique=True)),
        "pool": draw(st.sampled_from(["practice", "exam"])),
        "version": draw(st.integers(1, 9)), "source": draw(TEXT),
    }
    if draw(st.booleans()):
        data["explanation"] = _local(draw, langs)
    if kind in ("single", "multiple"):
        data.update(_choice(draw, kind, langs))
    elif kind == "true_false":
        data["answer"] = draw(st.booleans())
    elif kind == "fill_in":
        chosen = draw(st.lists(st.sampled_from(langs), min_size=1, unique=True))
        data["answer"] = {lang: draw(st.lists(TEXT, min_size=1, max_size=3)) for lang in chosen}
    else:
        data["answer"] = _local(draw, langs)
        if draw(st.booleans()):
            data["rubric"] = _local(draw, langs)
    return Item.model_validate(data)


@st.composite
def banks(draw: st.DrawFn) -> Bank:
    langs = draw(st.sampled_from([["zh_CN"], ["en"], ["zh_CN", "en"]]))
    count = draw(st.integers(1, 4))
    return Bank(bank=draw(IDENT), title=_local(draw, langs), version=draw(st.integers(1, 9)),
                items=tuple(draw(items(f"q-{n}", langs)) for n in range(count)))


def _round_trip(bank: Bank, lang: str | None = None,
                options: ImportOptions | None = None) -> Bank | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.xlsx"
        export_xlsx(bank, path, lang=lang)
        back, problems, skipped = import_xlsx(path, options or ImportOptions())
    assert problems == [] and skipped == []
    return back


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(banks())
def test_xlsx_round_trip_is_identity(bank: Bank) -> None:
    assert _round_trip(bank) == bank


@settings(max_examples=40, deadline=None)
@given(banks())
def test_yaml_round_trip_is_identity(bank: Bank) -> None:
    located = load_yaml(bank_to_yaml(bank), "bank.yaml")
    back, problems = validate(Bank, located)
    assert problems == [] and back == bank


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(banks(), st.sampled_from(["zh_CN", "en"]))
def test_one_language_export_imports_with_lang(bank: Bank, lang: str) -> None:
    single = Bank.model_validate(bank_to_single(bank, lang))
    assert _round_trip(single, lang, ImportOptions(lang=lang)) == single


def bank_to_single(bank: Bank, lang: str) -> dict[str, Any]:
    """The bank with every text in ``lang`` only (other languages renamed to it)."""
    def one(text: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if text is None else {lang: next(iter(text.values()))}
    data = bank.model_dump()
    data["title"] = one(data["title"])
    for item in data["items"]:
        for field in ("stem", "explanation", "rubric"):
            item[field] = one(item[field])
        if isinstance(item["answer"], dict):
            item["answer"] = one(item["answer"])
        for option in item["options"]:
            option["text"] = one(option["text"])
    return data


def test_bilingual_export_layout(tmp_path: Path) -> None:
    bank = load_bank(Path(__file__).parents[2] / "question_banks" / "pharmacist.yaml") if (
        Path(__file__).parents[2] / "question_banks" / "pharmacist.yaml").is_file() else None
    if bank is None:
        pytest.skip("no shipped pharmacist bank")
    export_xlsx(bank, tmp_path / "p.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["ID", "题型", "题干[zh_CN]", "题干[en]", "选项A[zh_CN]", "选项A[en]"]
    assert _round_trip(bank) == bank


def test_yaml_is_readable_and_loads_back(tmp_path: Path) -> None:
    bank = Bank.model_validate({"bank": "b", "title": {"zh_CN": "题库"}, "version": 1, "items": [{
        "id": "b-1", "type": "fill_in", "stem": {"zh_CN": "三查____\n第二行"},
        "answer": {"zh_CN": ["八对", "true"]}, "knowledge_point": "护理.查对", "difficulty": 1,
        "roles": ["nurse"], "modules": ["nurse_station"], "pool": "practice", "version": 1,
        "source": "s"}]})
    path = tmp_path / "b.yaml"
    write_bank_yaml(bank, path)
    text = path.read_text(encoding="utf-8")
    assert "三查____\n" in text and "\\u" not in text and "{" not in text
    assert "stem:\n    zh_CN: |-\n      三查____\n      第二行\n" in text
    assert "- 'true'" in text
    assert load_bank(path) == bank
    assert text.index("id:") < text.index("type:") < text.index("stem:") < text.index("answer:")


def test_export_reports_text_excel_cannot_store(tmp_path: Path) -> None:
    bank = Bank.model_validate({"bank": "b", "title": {"zh_CN": "a\x01b"}, "version": 1})
    with pytest.raises(ContentError) as caught:
        export_xlsx(bank, tmp_path / "x.xlsx")
    assert caught.value.problems[0].code == "export.illegal_character"
    assert not (tmp_path / "x.xlsx").exists()
