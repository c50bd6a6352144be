"""Exam items without their answers: what a networked workstation holds of the exam pool,
and what an attempt's content version is computed over.

ARCHITECTURE §4: in networked mode the exam pool reaches workstations without answers and
the service grades. The *public form* of an item is its bank entry less every field that
gives the answer away (answers, accepted alternatives, option weights, explanations, the
marking rubric). Everything a paper is drawn and shown from stays: id, type, stem, options
and their keys, sub-questions, knowledge point, difficulty, roles, modules, pool, version.

An attempt pins :func:`content_hash` of its paper's items: the hash of their public forms.
A PC holding answer-free items and the service holding the full bank compute the same
value, so the service can tell which version of the content a paper was drawn from.

May import: trainer.content, the standard library.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from trainer.content.banks import Item

#: Item fields that give the answer away (never sent to a networked workstation).
SECRET_FIELDS = ("answer", "tolerance", "partial_values", "partial_answers", "explanation",
                 "rubric")
#: Fields of options and sub-questions that do.
SECRET_OPTION_FIELDS = ("weight",)
SECRET_QUESTION_FIELDS = ("answer", "explanation")


def public_form(item: Item | Mapping[str, Any]) -> dict[str, Any]:
    """The item as a networked workstation may hold it (JSON-able)."""
    data = dict(item.model_dump(mode="json") if isinstance(item, Item) else item)
    for name in SECRET_FIELDS:
        data.pop(name, None)
    data["options"] = [{k: v for k, v in o.items() if k not in SECRET_OPTION_FIELDS}
                       for o in data.get("options") or ()]
    data["questions"] = [
        {**{k: v for k, v in q.items() if k not in SECRET_QUESTION_FIELDS},
         "options": list(q.get("options") or ())}
        for q in data.get("questions") or ()]
    return data


def item_hash(item: Item | Mapping[str, Any]) -> str:
    """SHA-256 of one item's public form (its version as far as a paper is concerned)."""
    text = json.dumps(public_form(item), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def content_hash(items: Iterable[Item | Mapping[str, Any]]) -> str:
    """What an attempt pins: SHA-256 over its paper's items' public forms, by id."""
    digest = hashlib.sha256()
    for form in sorted((public_form(i) for i in items), key=lambda f: str(f["id"])):
        digest.update(json.dumps(form, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def has_answer(item: Item) -> bool:
    """Whether ``item`` carries what grading it needs (a short answer never does: a
    trainer marks it)."""
    if item.type == "short_answer":
        return True
    if item.type in ("case", "matching"):
        return all(q.answer for q in item.questions)
    return item.answer is not None
