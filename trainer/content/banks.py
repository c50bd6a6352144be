"""Question banks: the item model, loading, checking and filtering.

The format is described in ``docs/formats/question-bank.md``. :func:`load_bank` reads one
bank (raising :class:`~trainer.errors.ContentError` with located problems),
:func:`check_banks` validates every bank under ``question_banks/`` and never raises, and
:func:`filter_items` serves the bank browser. Grading lives with the exams
(:mod:`trainer.exams.grading`); the parts of case, matching and numerical items in
:mod:`trainer.content.item_parts`.

May import: trainer.errors, trainer.vocabulary, trainer.content.common,
trainer.content.item_parts, trainer.content.yamlsource, pydantic, the standard library.
"""

from __future__ import annotations

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
from trainer.content.item_parts import (
    OPTION_KEYS,
    FillInAnswer,
    PartialNumber,
    PartialText,
    SubQuestion,
    check_matching_options,
    check_questions,
    fill_in_answer,
    local_text,
    numerical_answer,
)
from trainer.content.yamlsource import Loc, Located, format_loc, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.vocabulary import Module, Role

ItemType = Literal["single", "multiple", "true_false", "fill_in", "short_answer",
                   "numerical", "case", "matching"]
Pool = Literal["practice", "exam"]
ITEM_TYPES: tuple[str, ...] = ("single", "multiple", "true_false", "fill_in", "short_answer",
                               "numerical", "case", "matching")
CHOICE_TYPES = ("single", "multiple")
#: Types whose item holds several scored questions (one point each).
CLUSTER_TYPES = ("case", "matching")
#: How the stem of a fill-in item marks the blank.
BLANK = "____"
#: Positive option weights of a partial-credit item must add up to 100 (± this).
WEIGHT_TOLERANCE = 0.5

Answer = bool | float | str | dict[str, str] | FillInAnswer | None


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
    questions: tuple[SubQuestion, ...] = ()
    answer: Answer = Field(default=None, validate_default=True)
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False)
    unit: LocalText | None = None
    partial_values: tuple[PartialNumber, ...] = ()
    partial_answers: tuple[PartialText, ...] = ()
    explanation: LocalText | None = None
    rubric: LocalText | None = None
    knowledge_point: KnowledgePoint
    difficulty: int = Field(ge=1, le=5)
    roles: tuple[Role, ...] = Field(min_length=1)
    modules: tuple[Module, ...] = Field(min_length=1)
    pool: Pool
    version: int = Field(ge=1)
    source: NonEmptyText

    @property
    def points(self) -> int:
        """What the item is worth on a paper: one point per scored question."""
        return len(self.questions) if self.type in CLUSTER_TYPES else 1

    @field_validator("partial_credit")
    @classmethod
    def _partial_only_multiple(cls, value: bool, info: ValidationInfo) -> bool:
        if value and info.data.get("type", "multiple") not in CHOICE_TYPES:
            raise ValueError("partial_credit is only for single- and multiple-choice items")
        return value

    @field_validator("options")
    @classmethod
    def _options_fit_type(cls, options: tuple[Option, ...],
                          info: ValidationInfo) -> tuple[Option, ...]:
        kind = info.data.get("type")
        if kind is None:
            return options
        if kind == "matching":
            check_matching_options(len(options))
        elif kind not in CHOICE_TYPES:
            if options:
                where = " (case options belong to each sub-question)" if kind == "case" else ""
                raise ValueError(f"{kind} items have no options{where}")
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

    @field_validator("questions")
    @classmethod
    def _questions_fit_type(cls, questions: tuple[SubQuestion, ...],
                            info: ValidationInfo) -> tuple[SubQuestion, ...]:
        return check_questions(info.data.get("type"), questions, info.data.get("options"))

    # "before": the checks below replace pydantic's union errors, which name union members.
    @field_validator("answer", mode="before")
    @classmethod
    def _answer_fits_type(cls, answer: Any, info: ValidationInfo) -> Answer:
        kind = info.data.get("type")
        if kind in CLUSTER_TYPES:
            if answer is not None:
                raise ValueError(f"a {kind} item has its answers on its questions")
            return None
        if kind == "short_answer":  # an essay may have no reference answer
            return None if answer is None else local_text(answer, "the reference answer")
        if answer is None and kind is not None:
            raise ValueError("Field required")
        if kind in CHOICE_TYPES:
            return _choice_answer(kind, answer, info.data.get("options"))
        if kind == "true_false":
            if not isinstance(answer, bool):
                raise ValueError("a true_false answer is true or false")
            return answer
        if kind == "fill_in":
            return fill_in_answer(answer)
        if kind == "numerical":
            return numerical_answer(answer)
        return False  # the type itself is invalid and reported; say nothing more here

    @field_validator("tolerance", "unit", "partial_values")
    @classmethod
    def _only_numerical(cls, value: Any, info: ValidationInfo) -> Any:
        if value and info.data.get("type", "numerical") != "numerical":
            raise ValueError(f"{info.field_name} is only for numerical items")
        return value

    @field_validator("partial_answers")
    @classmethod
    def _only_fill_in(cls, value: Any, info: ValidationInfo) -> Any:
        if value and info.data.get("type", "fill_in") != "fill_in":
            raise ValueError("partial_answers is only for fill_in items")
        return value

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
    if options and options[0].weight is not None and kind == "single":
        full = [o.key for o in options if abs((o.weight or 0) - 100) <= WEIGHT_TOLERANCE]
        if full != [answer]:
            raise ValueError("the answer of a weighted single-choice item is the one option "
                             "with weight 100")
    elif options and options[0].weight is not None:
        positive = [o for o in options if (o.weight or 0) > 0]
        if "".join(o.key for o in positive) != answer:
            raise ValueError("the options with a positive weight must be exactly the answer")
        total = sum(o.weight or 0 for o in positive)
        if abs(total - 100) > WEIGHT_TOLERANCE:
            raise ValueError(f"positive option weights add up to {total:g}, not 100")
    return answer


class Bank(Strict):
    """One bank file: ``question_banks/<bank>.yaml``."""

    bank: Identifier
    title: LocalText
    version: int = Field(ge=1)
    review: Review | None = None  # clinical sign-off, shown to trainers
    items: tuple[Item, ...] = ()


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
    for index, question in enumerate(item.questions):
        yield ("questions", index, "stem"), question.stem
        for number, sub in enumerate(question.options):
            yield ("questions", index, "options", number, "text"), sub.text
        if question.explanation is not None:
            yield ("questions", index, "explanation"), question.explanation
    if isinstance(item.answer, dict):
        yield ("answer",), item.answer
    if item.unit is not None:
        yield ("unit",), item.unit
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
