"""The bank browser for trainers: filter question-bank items and show one in full.

Items carry their answers, so every function here requires ``bank.browse`` (trainers
and administrators). Item statistics (facility, discrimination) need exam attempts and
are not offered until exams exist.

Banks are loaded once per folder and kept (about 0.15 s for the shipped banks — the GUI
loads them off its thread); a bank that fails its checks is left out and listed with
its first problem.

May import: trainer.auth, trainer.content, trainer.errors, trainer.resources,
trainer.vocabulary, the standard library.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from trainer.auth.permissions import require
from trainer.auth.session import Session
from trainer.content.banks import Item, bank_files, filter_items, load_bank
from trainer.content.common import pick
from trainer.errors import ContentError, TrainerError
from trainer.resources import content_root
from trainer.vocabulary import Module

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuestionBanks:
    """Every valid item under a banks folder, with the bank it came from."""

    items: tuple[Item, ...]
    bank_of: dict[str, str]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class BankFilters:
    """The values the filters offer, from the items themselves."""

    modules: tuple[Module, ...]
    knowledge_points: tuple[str, ...]
    difficulties: tuple[int, ...]
    pools: tuple[str, ...]


@dataclass(frozen=True)
class ItemSummary:
    item_id: str
    bank: str
    type: str
    knowledge_point: str
    difficulty: int
    pool: str
    stem: str


@dataclass(frozen=True)
class OptionView:
    key: str
    text: str
    correct: bool


@dataclass(frozen=True)
class ItemDetail:
    """One item in one language. ``answer`` is the keys (single, multiple), ``"true"`` or
    ``"false"`` (true_false); ``answer_texts`` the accepted or reference answers."""

    item_id: str
    bank: str
    type: str
    stem: str
    options: tuple[OptionView, ...]
    answer: str
    answer_texts: tuple[str, ...]
    explanation: str
    rubric: str
    source: str
    knowledge_point: str
    difficulty: int
    pool: str
    modules: tuple[Module, ...]
    version: int


def load_question_banks(session: Session, root: Path | None = None) -> QuestionBanks:
    """Every bank under ``root`` (default: the shipped ``question_banks/``)."""
    require(session, "bank.browse")
    return _load(root or content_root("question_banks"))


@functools.lru_cache(maxsize=4)
def _load(root: Path) -> QuestionBanks:
    folder, files = bank_files(root)
    items: list[Item] = []
    bank_of: dict[str, str] = {}
    problems: list[str] = []
    for path in files:
        try:
            bank = load_bank(path, path.relative_to(folder.parent).as_posix())
        except ContentError as exc:
            log.warning("bank %s left out: %s", path, exc)
            problems.append(str(exc))
            continue
        for item in bank.items:
            if item.id not in bank_of:
                items.append(item)
                bank_of[item.id] = bank.bank
    return QuestionBanks(tuple(items), bank_of, tuple(problems))


def bank_filters(session: Session, banks: QuestionBanks) -> BankFilters:
    require(session, "bank.browse")
    modules = {m for item in banks.items for m in item.modules}
    return BankFilters(
        tuple(m for m in Module if m in modules),
        tuple(sorted({item.knowledge_point for item in banks.items})),
        tuple(sorted({item.difficulty for item in banks.items})),
        tuple(p for p in ("practice", "exam") if any(i.pool == p for i in banks.items)),
    )


def browse_items(
    session: Session,
    banks: QuestionBanks,
    lang: str,
    *,
    module: str | None = None,
    knowledge_point: str | None = None,
    difficulty: int | Collection[int] | None = None,
    pool: str | None = None,
) -> list[ItemSummary]:
    """Items matching every given filter (``None``: any), in bank order."""
    require(session, "bank.browse")
    chosen = filter_items(banks.items, module, knowledge_point, difficulty, pool)
    return [
        ItemSummary(
            item.id,
            banks.bank_of[item.id],
            item.type,
            item.knowledge_point,
            item.difficulty,
            item.pool,
            pick(item.stem, lang),
        )
        for item in chosen
    ]


def item_detail(session: Session, banks: QuestionBanks, item_id: str, lang: str) -> ItemDetail:
    require(session, "bank.browse")
    item = next((i for i in banks.items if i.id == item_id), None)
    if item is None:
        raise TrainerError("no such item", code="reading.no_item", item_id=item_id)
    answer, texts = _answer(item, lang)
    keys = set(answer) if item.type in ("single", "multiple") else set()
    return ItemDetail(
        item.id,
        banks.bank_of[item.id],
        item.type,
        pick(item.stem, lang),
        tuple(OptionView(o.key, pick(o.text, lang), o.key in keys) for o in item.options),
        answer,
        texts,
        pick(item.explanation, lang) if item.explanation else "",
        pick(item.rubric, lang) if item.rubric else "",
        item.source,
        item.knowledge_point,
        item.difficulty,
        item.pool,
        tuple(item.modules),
        item.version,
    )


def _answer(item: Item, lang: str) -> tuple[str, tuple[str, ...]]:
    if isinstance(item.answer, bool):
        return ("true" if item.answer else "false"), ()
    if isinstance(item.answer, str):
        return item.answer, ()
    if isinstance(item.answer, float | int):  # numerical
        return f"{item.answer:g}", ()
    if item.answer is None:  # case/matching (answers per question) or an essay without one
        return " ".join(f"{n}:{q.answer}" for n, q in enumerate(item.questions, 1)), ()
    chosen = item.answer.get(lang) or item.answer.get("zh_CN") or next(iter(item.answer.values()))
    return "", ((chosen,) if isinstance(chosen, str) else tuple(chosen))
