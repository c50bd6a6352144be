"""The vocabulary of bank spreadsheets: column headers, type words, true/false words.

Shared by the Excel importer and the Excel export so that what one writes the other reads.
A header is a field name in Chinese or English (``题干``/``Stem``), optionally tagged with a
language (``题干[en]``); untagged localised columns are in the import's ``--lang``.

May import: the standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

OPTION_LETTERS = "ABCDEF"
#: Fields whose text differs per language.
LOCALISED = frozenset({"stem", "option", "answer", "explanation", "rubric", "unit"})

#: field → (Chinese header, English header), in export order.
HEADERS: dict[str, tuple[str, str]] = {
    "id": ("ID", "ID"),
    "type": ("题型", "Type"),
    "stem": ("题干", "Stem"),
    "option": ("选项", "Option "),
    "answer": ("答案", "Answer"),
    "explanation": ("解析", "Explanation"),
    "knowledge_point": ("知识点", "Knowledge point"),
    "difficulty": ("难度", "Difficulty"),
    "roles": ("角色", "Roles"),
    "modules": ("模块", "Modules"),
    "pool": ("用途", "Pool"),
    "version": ("版本", "Version"),
    "source": ("来源", "Source"),
    "partial_credit": ("部分得分", "Partial credit"),
    "weights": ("选项权重", "Weights"),
    "rubric": ("评分要点", "Rubric"),
    "tolerance": ("误差", "Tolerance"),
    "unit": ("单位", "Unit"),
}
_ALIASES = {
    "编号": "id", "题号": "id", "试题类型": "type", "题目类型": "type", "questiontype": "type",
    "题目": "stem", "试题": "stem", "question": "stem", "正确答案": "answer",
    "参考答案": "answer", "答案解析": "explanation", "试题解析": "explanation",
    "knowledgepoint": "knowledge_point", "分类": "knowledge_point", "category": "knowledge_point",
    "题库类型": "pool", "partialcredit": "partial_credit", "权重": "weights",
    "允许误差": "tolerance", "容差": "tolerance",
}
#: Columns that hold nothing for the bank (row numbers), read and ignored without comment.
IGNORED = frozenset({"序号", "no", "no.", "#", "行号"})

TYPE_WORDS: dict[str, str] = {}
for _kind, _words in {
    "single": "单选 单选题 单项选择 单项选择题 single singlechoice",
    "multiple": "多选 多选题 多项选择 多项选择题 不定项 multiple multiplechoice multi",
    "true_false": "判断 判断题 是非题 truefalse tf",
    "fill_in": "填空 填空题 fillin fill blank",
    "short_answer": "简答 简答题 问答 问答题 shortanswer short essay",
    "numerical": "计算 计算题 数值 数值题 numerical number",
    "case": "案例 案例题 共用题干 病例 a3 a4 case",
    "matching": "配伍 配伍题 共用备选答案 b1 matching",
    "question": "小题 子题 subquestion question",  # a row of the case or matching above it
}.items():
    TYPE_WORDS.update(dict.fromkeys(_words.split(), _kind))
#: How the export names each type, (Chinese, English).
TYPE_NAMES = {"single": ("单选", "single"), "multiple": ("多选", "multiple"),
              "true_false": ("判断", "true_false"), "fill_in": ("填空", "fill_in"),
              "short_answer": ("简答", "short_answer"), "numerical": ("计算", "numerical"),
              "case": ("案例", "case"), "matching": ("配伍", "matching"),
              "question": ("小题", "question")}

TRUE_WORDS = frozenset(["对", "正确", "是", "√", "✓", "✔", "t", "true", "y", "yes"])
FALSE_WORDS = frozenset(["错", "错误", "否", "×", "✗", "✘", "x", "f", "false", "n", "no"])

META_SHEETS = frozenset({"题库信息", "bank"})
META_KEYS = {"题库": "bank", "bank": "bank", "标题": "title", "title": "title",
             "版本": "version", "version": "version"}
META_NAMES = {"bank": ("题库", "bank"), "title": ("标题", "title"), "version": ("版本", "version")}

_TAG = re.compile(r"^(.*?)\s*\[\s*(zh_cn|en)\s*\]\s*$", re.IGNORECASE)
_LANG = {"zh_cn": "zh_CN", "en": "en"}


def squash(text: str) -> str:
    """Compare words loosely: NFKC, case-folded, without spaces, ``_``, ``-`` or ``/``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "_-/")


@dataclass(frozen=True)
class Column:
    """What a spreadsheet column holds."""

    index: int  # 0-based
    letter: str  # A, B … AA
    header: str
    field: str  # a key of HEADERS
    key: str | None = None  # option letter for field "option"
    lang: str | None = None  # language tag, None when untagged

    @property
    def label(self) -> str:
        return f"{self.letter} ({self.header})"


def split_tag(header: str) -> tuple[str, str | None]:
    """``题干[en]`` → (``题干``, ``en``); untagged headers give ``None``."""
    normal = unicodedata.normalize("NFKC", header).strip()
    match = _TAG.match(normal)
    if not match:
        return normal, None
    return match.group(1), _LANG[match.group(2).lower()]


def header_field(name: str) -> tuple[str, str | None] | None:
    """(field, option letter) of an untagged header, ``None`` when unknown."""
    word = squash(name)
    if len(word) == 1 and word.upper() in OPTION_LETTERS:
        return "option", word.upper()
    for field, (zh, en) in HEADERS.items():
        if field == "option":
            for letter in OPTION_LETTERS:
                if word in (squash(zh + letter), squash(en + letter)):
                    return field, letter
        elif word in (squash(zh), squash(en), field.replace("_", "")):
            return field, None
    alias = _ALIASES.get(word)
    return (alias, None) if alias else None


def header_text(field: str, english: bool, key: str | None = None,
                lang: str | None = None) -> str:
    """The header the export writes for a column."""
    base = HEADERS[field][1 if english else 0].strip() if field != "option" else (
        HEADERS[field][1 if english else 0] + (key or ""))
    return f"{base}[{lang}]" if lang else base


def split_alternatives(text: str) -> list[str]:
    r"""``a|b\|c`` → ``["a", "b|c"]``; ``|`` or ``｜`` separate, ``\`` escapes."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i + 1])
            i += 2
            continue
        if ch in "|｜":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current).strip())
    return parts


def join_alternatives(alternatives: tuple[str, ...] | list[str]) -> str:
    """Inverse of :func:`split_alternatives`."""
    def escape(text: str) -> str:
        return "".join("\\" + ch if ch in "\\|｜" else ch for ch in text)
    return "|".join(escape(a) for a in alternatives)
