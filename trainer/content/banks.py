"""Question banks: the item model, loading, checking, grading and filtering.

The format is described in ``docs/formats/question-bank.md``. :func:`load_bank` reads one
bank (raising :class:`~trainer.errors.ContentError` with located problems),
:func:`check_banks` validates every bank under ``question_banks/`` and never raises,
:func:`grade_item` scores one response and :func:`filter_items` serves the bank browser.

May import: trainer.errors, trainer.vocabulary, trainer.content.common,
trainer.content.yamlsource, pydantic, the standard library.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from trainer.content.common import (
    Identifier,
    LocalText,
    NonEmptyText,
    Review,
    Strict,
    missing_languages,
)
from trainer.content.yamlsource import Loc, Located, format_loc, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.vocabulary import LANGUAGES, Module, Role

ItemType = Literal["single", "multiple", "true_false", "fill_in", "short_answer"]
Pool = Literal["practice", "exam"]
ITEM_TYPES: tuple[str, ...] = ("single", "multiple", "true_false", "fill_in", "short_answer")
CHOICE_TYPES = ("single", "multiple")
OPTION_KEYS = "ABCDEF"
#: How the stem of a fill-in item marks the blank.
BLANK = "____"
#: Positive option weights of a partial-credit item must add up to 100 (± this).
WEIGHT_TOLERANCE = 0.5

FillInAnswer = dict[str, tuple[str, ...]]
Answer = bool | str | dict[str, str] | FillInAnswer


def _check_knowledge_point(value: str) -> str:
    """Lower-case ASCII ``[a-z0-9_.-]`` or CJK (any non-ASCII letter or digit), ≤ 80."""
    ok = 0 < len(value) <= 80 and value[0].isalnum() and all(
        (ch.isascii() and (ch in "_.-" or ch.isdigit() or "a" <= ch <= "z"))
        or (not ch.isascii() and ch.isalnum())
        for ch in value
    )
    if not ok:
        raise ValueError("knowledge point must be lower-case letters, digits, CJK characters, "
                         "'_', '.' or '-' (at most 80, starting with a letter or digit)")
    return value


KnowledgePoint = Annotated[str, AfterValidator(_check_knowledge_point)]


class Option(Strict):
    """One choice of a single- or multiple-choice item."""

    key: str
    text: LocalText
    #: Moodle-style fraction in percent (-100 … 100); only on partial-credit items.
    weight: float | None = Field(default=None, ge=-100, le=100, allow_inf_nan=False)


class Item(Strict):
    """One question. Field order matters: validators read the fields defined before them."""

    id: Identifier
    type: ItemType
    partial_credit: bool = False
    stem: LocalText
    options: tuple[Option, ...] = ()
    answer: bool | str | dict[str, str | tuple[str, ...]]
    explanation: LocalText | None = None
    rubric: LocalText | None = None
    knowledge_point: KnowledgePoint
    difficulty: int = Field(ge=1, le=5)
    roles: tuple[Role, ...] = Field(min_length=1)
    modules: tuple[Module, ...] = Field(min_length=1)
    pool: Pool
    version: int = Field(ge=1)
    source: NonEmptyText

    @field_validator("partial_credit")
    @classmethod
    def _partial_only_multiple(cls, value: bool, info: ValidationInfo) -> bool:
        if value and info.data.get("type", "multiple") != "multiple":
            raise ValueError("partial_credit is only for multiple-choice items")
        return value

    @field_validator("options")
    @classmethod
    def _options_fit_type(cls, options: tuple[Option, ...],
                          info: ValidationInfo) -> tuple[Option, ...]:
        kind = info.data.get("type")
        if kind is None:
            return options
        if kind not in CHOICE_TYPES:
            if options:
                raise ValueError(f"{kind} items have no options")
            return options
        low = 3 if kind == "multiple" else 2
        if not low <= len(options) <= len(OPTION_KEYS):
            raise ValueError(f"{kind} items need {low} to {len(OPTION_KEYS)} options")
        expected = list(OPTION_KEYS[: len(options)])
        if [o.key for o in options] != expected:
            raise ValueError(f"option keys must be {', '.join(expected)} in this order")
        weighted = [o.weight is not None for o in options]
        if any(weighted):
            if not info.data.get("partial_credit"):
                raise ValueError("option weights need partial_credit: true")
            if not all(weighted):
                raise ValueError("give every option a weight, or none")
        return options

    # "before": the checks below replace pydantic's union errors, which name union members.
    @field_validator("answer", mode="before")
    @classmethod
    def _answer_fits_type(cls, answer: Any, info: ValidationInfo) -> Answer:
        kind = info.data.get("type")
        if kind in CHOICE_TYPES:
            return _choice_answer(kind, answer, info.data.get("options"))
        if kind == "true_false":
            if not isinstance(answer, bool):
                raise ValueError("a true_false answer is true or false")
            return answer
        if kind == "fill_in":
            return _fill_in_answer(answer)
        if kind == "short_answer":
            return _local_text(answer, "the reference answer")
        return False  # the type itself is invalid and reported; say nothing more here

    @field_validator("rubric")
    @classmethod
    def _rubric_only_short(cls, value: dict[str, str] | None,
                           info: ValidationInfo) -> dict[str, str] | None:
        if value is not None and info.data.get("type", "short_answer") != "short_answer":
            raise ValueError("rubric is only for short_answer items")
        return value


def _choice_answer(kind: str, answer: Any, options: tuple[Option, ...] | None) -> str:
    if not isinstance(answer, str) or not answer:
        raise ValueError("the answer is option letters such as A or ABD")
    if any(ch not in OPTION_KEYS for ch in answer) or list(answer) != sorted(set(answer)):
        raise ValueError("the answer is option letters A-F, each once, in order (e.g. ABD)")
    if kind == "single" and len(answer) != 1:
        raise ValueError("a single-choice answer is one option letter")
    if kind == "multiple" and len(answer) < 2:
        raise ValueError("a multiple-choice item needs at least two correct options")
    if options is None:
        return answer
    keys = {o.key for o in options}
    unknown = [ch for ch in answer if ch not in keys]
    if unknown:
        raise ValueError(f"answer names option(s) {''.join(unknown)} that the item does not have")
    if options and options[0].weight is not None:
        positive = [o for o in options if (o.weight or 0) > 0]
        if "".join(o.key for o in positive) != answer:
            raise ValueError("the options with a positive weight must be exactly the answer")
        total = sum(o.weight or 0 for o in positive)
        if abs(total - 100) > WEIGHT_TOLERANCE:
            raise ValueError(f"positive option weights add up to {total:g}, not 100")
    return answer


def _known_languages(value: Any, what: str) -> dict[Any, Any]:
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{what} is a mapping from language (zh_CN, en) to text")
    unknown = sorted(str(k) for k in value if k not in LANGUAGES)
    if unknown:
        raise ValueError(f"unknown language(s) {', '.join(unknown)}; use {', '.join(LANGUAGES)}")
    return value


def _fill_in_answer(answer: Any) -> FillInAnswer:
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


def _local_text(value: Any, what: str) -> dict[str, str]:
    checked = _known_languages(value, what)
    if not all(isinstance(v, str) and v.strip() for v in checked.values()):
        raise ValueError(f"{what} needs non-empty text in every language given")
    return dict(checked)


class Bank(Strict):
    """One bank file: ``question_banks/<bank>.yaml``."""

    bank: Identifier
    title: LocalText
    version: int = Field(ge=1)
    review: Review | None = None  # clinical sign-off, shown to trainers
    items: tuple[Item, ...] = ()


# --- grading ------------------------------------------------------------------------------


def normalise_fill_in(text: str) -> str:
    """What fill-in matching compares: NFKC (full-width → half-width), case-folded, no spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace())


def _chosen_keys(response: object) -> set[str] | None:
    if isinstance(response, str):
        return {ch for ch in response.upper() if not ch.isspace() and ch != ","}
    if isinstance(response, Iterable):
        keys = set()
        for key in response:
            if not isinstance(key, str):
                return None
            keys.add(key.upper())
        return keys
    return None


def _grade_multiple(item: Item, chosen: set[str]) -> float:
    correct = set(str(item.answer))
    if not item.partial_credit:
        return 1.0 if chosen == correct else 0.0
    if item.options and item.options[0].weight is not None:
        total = sum(o.weight or 0.0 for o in item.options if o.key in chosen)
        return min(1.0, max(0.0, total / 100))
    hits = len(chosen & correct) - len(chosen - correct)
    return max(0.0, hits / len(correct))


def grade_item(item: Item, response: object) -> float | None:
    """Score ``response`` to ``item`` from 0 to 1; ``None`` for short answers (a trainer grades).

    Responses: a key (``"B"``) for single, keys (``"ABD"`` or ``["A", "B"]``) for multiple,
    ``True``/``False`` for true_false, text for fill_in. Anything else scores 0.
    """
    if item.type == "short_answer":
        return None
    if response is None:
        return 0.0
    if item.type == "single":
        return 1.0 if isinstance(response, str) and response.strip().upper() == item.answer else 0.0
    if item.type == "multiple":
        chosen = _chosen_keys(response)
        return 0.0 if chosen is None else _grade_multiple(item, chosen)
    if item.type == "true_false":
        return 1.0 if isinstance(response, bool) and response is item.answer else 0.0
    if not isinstance(response, str) or not isinstance(item.answer, dict):
        return 0.0
    given = normalise_fill_in(response)
    accepted = {normalise_fill_in(a) for alts in item.answer.values() for a in alts}
    return 1.0 if given and given in accepted else 0.0


def filter_items(bank_or_items: Bank | Iterable[Item], module: str | None = None,
                 knowledge_point: str | None = None,
                 difficulty: int | Collection[int] | None = None,
                 pool: str | None = None) -> list[Item]:
    """Items matching every given criterion, in bank order (``None`` matches anything)."""
    items = bank_or_items.items if isinstance(bank_or_items, Bank) else bank_or_items
    levels = {difficulty} if isinstance(difficulty, int) else difficulty
    return [
        item for item in items
        if (module is None or module in item.modules)
        and (knowledge_point is None or item.knowledge_point == knowledge_point)
        and (levels is None or item.difficulty in levels)
        and (pool is None or item.pool == pool)
    ]


# --- loading and checking ------------------------------------------------------------------


def _validated(located: Located) -> tuple[Bank | None, list[Problem]]:
    bank, problems = validate(Bank, located)
    if bank is None:
        return None, problems
    seen: dict[str, int] = {}
    for index, item in enumerate(bank.items):
        if item.id in seen:
            problems += _duplicate_pair(item.id, (located, ("items", seen[item.id], "id")),
                                        (located, ("items", index, "id")))
        else:
            seen[item.id] = index
    return bank, problems


def _duplicate_pair(item_id: str, first: tuple[Located, Loc],
                    second: tuple[Located, Loc]) -> list[Problem]:
    (loc_a, path_a), (loc_b, path_b) = first, second
    line_a, line_b = loc_a.line_of(path_a), loc_b.line_of(path_b)
    where_a, where_b = f"{loc_a.file}:{line_a}", f"{loc_b.file}:{line_b}"
    return [
        Problem(loc_a.file, line_a, format_loc(path_a),
                f"item id {item_id} is used again at {where_b}", "bank.duplicate_id"),
        Problem(loc_b.file, line_b, format_loc(path_b),
                f"item id {item_id} is already used at {where_a}", "bank.duplicate_id"),
    ]


def load_bank(path: Path, file: str | None = None) -> Bank:
    """Load and validate one bank file; raise :class:`ContentError` listing every problem."""
    located = load_yaml_file(path, file)
    bank, problems = _validated(located)
    if problems or bank is None:
        raise ContentError(problems)
    return bank


def _localised_fields(item: Item) -> Iterator[tuple[Loc, Mapping[str, Any]]]:
    yield ("stem",), item.stem
    for index, option in enumerate(item.options):
        yield ("options", index, "text"), option.text
    if isinstance(item.answer, dict):
        yield ("answer",), item.answer
    if item.explanation is not None:
        yield ("explanation",), item.explanation
    if item.rubric is not None:
        yield ("rubric",), item.rubric


def _language_problems(bank: Bank, located: Located) -> list[Problem]:
    fields: list[tuple[Loc, Mapping[str, Any]]] = [(("title",), bank.title)]
    for index, item in enumerate(bank.items):
        fields += [(("items", index, *loc), text) for loc, text in _localised_fields(item)]
    return [
        Problem(located.file, located.line_of(loc), format_loc(loc),
                f"missing {', '.join(missing)} (shipped banks need every language)",
                "bank.missing_language")
        for loc, text in fields
        if (missing := missing_languages(dict(text)))
    ]


def bank_files(root: Path) -> tuple[Path, list[Path]]:
    """The banks folder under ``root`` (or ``root`` itself) and its ``*.yaml`` banks.

    Only files directly in the folder are banks; subfolders (blueprints) are not.
    """
    folder = root / "question_banks" if (root / "question_banks").is_dir() else root
    files = sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []
    return folder, files


def _check_one(path: Path, label: str, shipped: bool) -> tuple[Located | None, Bank | None,
                                                                list[Problem]]:
    try:
        located = load_yaml_file(path, label)
    except ContentError as exc:
        return None, None, list(exc.problems)
    bank, problems = _validated(located)
    if bank is None:
        return located, None, problems
    if bank.bank != path.stem:
        problems.append(Problem(label, located.line_of(("bank",)), "bank",
                                f"bank id {bank.bank} differs from the file name {path.stem}",
                                "bank.id_mismatch"))
    if shipped:
        problems += _language_problems(bank, located)
    return located, bank, problems


def check_banks(root: Path, *, shipped: bool = True) -> list[Problem]:
    """Validate every bank under ``root/question_banks`` (or ``root``); never raises.

    Reports each file's problems, item ids used twice across all banks (at both places),
    and for ``shipped`` banks every localised field that lacks a language.
    """
    folder, files = bank_files(root)
    problems: list[Problem] = []
    first_use: dict[str, tuple[Located, Loc]] = {}
    for path in files:
        label = path.relative_to(folder.parent).as_posix()
        located, bank, found = _check_one(path, label, shipped)
        problems += found
        if located is None or bank is None:
            continue
        for index, item in enumerate(bank.items):
            here: tuple[Located, Loc] = (located, ("items", index, "id"))
            if item.id not in first_use:
                first_use[item.id] = here
            elif first_use[item.id][0] is not located:
                problems += _duplicate_pair(item.id, first_use[item.id], here)
    return problems
