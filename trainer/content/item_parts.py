"""Parts of bank items for the question types of Chinese hospital exams.

- **case** (A3/A4, 共用题干): one case stem and 2–5 single-best sub-questions, each with its
  own options; drawn and shown together, and never split by paper assembly.
- **matching** (B1, 配伍题): one shared list of 4–6 options (on the item) and 2–6 stems,
  each with one answer key; an option may answer several stems or none.
- **numerical**: a number with an absolute tolerance, optionally further values at partial
  credit (GIFT ``{#…}``, Moodle ``numerical``).
- **fill_in** may accept further answers at partial credit (GIFT ``=%75%…``).

The checks here are called by :class:`trainer.content.banks.Item`'s validators; each raises
``ValueError`` with a message that the loader locates (file:line: field: message).

May import: trainer.content.common, trainer.vocabulary, pydantic, the standard library.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field

from trainer.content.common import LocalText, Strict
from trainer.vocabulary import LANGUAGES

OPTION_KEYS = "ABCDEF"
#: Sub-questions of a case cluster; stems of a matching set.
CASE_QUESTIONS = (2, 5)
MATCHING_STEMS = (2, 6)
MATCHING_OPTIONS = (2, 6)  # B1 sets usually have 5; Moodle exports may have 2


class SubOption(Strict):
    """One option of a case sub-question."""

    key: str
    text: LocalText


class SubQuestion(Strict):
    """A sub-question of a case cluster (own options) or a stem of a matching set (none)."""

    stem: LocalText
    options: tuple[SubOption, ...] = ()
    answer: str
    explanation: LocalText | None = None


class PartialNumber(Strict):
    """A further accepted value of a numerical item, worth ``credit`` percent."""

    value: float = Field(allow_inf_nan=False)
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False)
    credit: float = Field(gt=0, le=100)


class PartialText(Strict):
    """A further accepted text of a fill-in item, worth ``credit`` percent."""

    text: str = Field(min_length=1)
    credit: float = Field(gt=0, le=100)


def check_questions(kind: str | None, questions: tuple[SubQuestion, ...],
                    options: tuple[Any, ...] | None) -> tuple[SubQuestion, ...]:
    """The sub-questions fit the item type (raises ValueError naming what is wrong)."""
    if kind not in ("case", "matching"):
        if questions:
            raise ValueError(f"{kind} items have no questions (only case and matching)")
        return questions
    low, high = CASE_QUESTIONS if kind == "case" else MATCHING_STEMS
    if not low <= len(questions) <= high:
        what = "sub-questions" if kind == "case" else "stems"
        raise ValueError(f"a {kind} item needs {low} to {high} {what}, not {len(questions)}")
    for number, question in enumerate(questions, start=1):
        if kind == "case":
            _check_case_question(number, question)
        else:
            _check_matching_stem(number, question, options or ())
    return questions


def _check_case_question(number: int, question: SubQuestion) -> None:
    keys = [o.key for o in question.options]
    expected = list(OPTION_KEYS[: len(keys)])
    if not 2 <= len(keys) <= len(OPTION_KEYS):
        raise ValueError(f"sub-question {number} needs 2 to 6 options")
    if keys != expected:
        raise ValueError(f"sub-question {number}: option keys must be "
                         f"{', '.join(expected)} in this order")
    if question.answer not in keys:
        raise ValueError(f"sub-question {number}: the answer is one option letter "
                         f"({', '.join(keys)}), not {question.answer!r}")


def _check_matching_stem(number: int, question: SubQuestion, options: tuple[Any, ...]) -> None:
    if question.options:
        raise ValueError(f"stem {number}: matching stems share the item's options "
                         "and have none of their own")
    keys = [o.key for o in options]
    if question.answer not in keys:
        raise ValueError(f"stem {number}: the answer is one of the shared options "
                         f"({', '.join(keys)}), not {question.answer!r}")


def check_matching_options(count: int) -> None:
    low, high = MATCHING_OPTIONS
    if not low <= count <= high:
        raise ValueError(f"matching items need {low} to {high} shared options")


def numerical_answer(answer: Any) -> float:
    """A numerical item's answer: a finite number (quoted numbers are refused: ambiguous)."""
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        raise ValueError("a numerical answer is a number such as 2.5")
    value = float(answer)
    if not math.isfinite(value):
        raise ValueError("a numerical answer must be a finite number")
    return value


def parse_number(text: object) -> float | None:
    """A trainee's typed number: full-width digits, a decimal comma and spaces allowed."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text) if math.isfinite(float(text)) else None
    if not isinstance(text, str):
        return None
    import unicodedata

    cleaned = unicodedata.normalize("NFKC", text).replace(" ", "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


FillInAnswer = dict[str, tuple[str, ...]]


def _known_languages(value: Any, what: str) -> dict[Any, Any]:
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{what} is a mapping from language (zh_CN, en) to text")
    unknown = sorted(str(k) for k in value if k not in LANGUAGES)
    if unknown:
        raise ValueError(f"unknown language(s) {', '.join(unknown)}; use {', '.join(LANGUAGES)}")
    return value


def fill_in_answer(answer: Any) -> FillInAnswer:
    out: FillInAnswer = {}
    for lang, given in _known_languages(answer, "the fill-in answer").items():
        alternatives = (given,) if isinstance(given, str) else given
        if not isinstance(alternatives, list | tuple) or not all(
                isinstance(a, str) for a in alternatives):
            raise ValueError(f"accepted answers for {lang} are a list of texts (quote numbers "
                             "and words such as yes: '3', 'yes')")
        cleaned = tuple(a.strip() for a in alternatives)
        if not cleaned or any(not a for a in cleaned):
            raise ValueError(f"empty accepted answer for {lang}")
        out[lang] = cleaned
    return out


def local_text(value: Any, what: str) -> dict[str, str]:
    checked = _known_languages(value, what)
    if not all(isinstance(v, str) and v.strip() for v in checked.values()):
        raise ValueError(f"{what} needs non-empty text in every language given")
    return dict(checked)
