"""Grading one response to one bank item (moved here from ``trainer.content.banks``).

:func:`grade_item` gives a fraction 0…1 of the item's :attr:`~trainer.content.banks.Item.points`
(``None``: a trainer marks it). Case clusters and matching sets score one point per question
answered right; responses to them are ``{"1": "B", "2": "D"}`` (question number → key).

May import: trainer.content, the standard library.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from trainer.content.banks import Item
from trainer.content.item_parts import parse_number

#: Objective types: graded at once. ``short_answer`` goes to the trainers' marking queue.
MARKED_BY_TRAINER = ("short_answer",)


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


def _grade_fill_in(item: Item, response: object) -> float:
    if not isinstance(response, str) or not isinstance(item.answer, dict):
        return 0.0
    given = normalise_fill_in(response)
    if not given:
        return 0.0
    accepted = {normalise_fill_in(a) for alts in item.answer.values() for a in alts}
    if given in accepted:
        return 1.0
    partial = [p.credit for p in item.partial_answers if normalise_fill_in(p.text) == given]
    return max(partial, default=0.0) / 100


def _grade_numerical(item: Item, response: object) -> float:
    value = parse_number(response)
    if value is None or not isinstance(item.answer, float | int):
        return 0.0
    # A little slack for binary floating point (0.1 + 0.2 style), never more.
    slack = 1e-9 * max(1.0, abs(float(item.answer)))
    if abs(value - float(item.answer)) <= item.tolerance + slack:
        return 1.0
    credits = [p.credit for p in item.partial_values
               if abs(value - p.value) <= p.tolerance + slack]
    return max(credits, default=0.0) / 100


def question_results(item: Item, response: object) -> list[bool]:
    """Per question of a case or matching item: answered right? (missing → wrong)."""
    given = response if isinstance(response, Mapping) else {}
    results = []
    for number, question in enumerate(item.questions, start=1):
        key = given.get(str(number))
        results.append(isinstance(key, str) and key.strip().upper() == question.answer)
    return results


def grade_item(item: Item, response: object) -> float | None:
    """Score ``response`` to ``item`` from 0 to 1; ``None`` for short answers (a trainer grades).

    Responses: a key (``"B"``) for single, keys (``"ABD"`` or ``["A", "B"]``) for multiple,
    ``True``/``False`` for true_false, text for fill_in, a number or numeric text for
    numerical, ``{"1": key, …}`` for case and matching. Anything else scores 0.
    """
    if item.type in MARKED_BY_TRAINER:
        return None
    if response is None:
        return 0.0
    if item.type in ("case", "matching"):
        results = question_results(item, response)
        return sum(results) / len(results) if results else 0.0
    if item.type == "single":
        key = response.strip().upper() if isinstance(response, str) else None
        if item.partial_credit and item.options[0].weight is not None:
            weight = next((o.weight or 0.0 for o in item.options if o.key == key), 0.0)
            return min(1.0, max(0.0, weight / 100))
        return 1.0 if key == item.answer else 0.0
    if item.type == "multiple":
        chosen = _chosen_keys(response)
        return 0.0 if chosen is None else _grade_multiple(item, chosen)
    if item.type == "true_false":
        return 1.0 if isinstance(response, bool) and response is item.answer else 0.0
    if item.type == "numerical":
        return _grade_numerical(item, response)
    return _grade_fill_in(item, response)
