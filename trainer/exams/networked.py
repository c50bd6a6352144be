"""The exam content of a networked workstation: practice pools as shipped, the exam pool as
the service sent it — without answers (ARCHITECTURE §4; fetched by
:mod:`trainer.sync.exampool`) — and the service's blueprints, so the paper drawn here is
one the service's check (``trainer.server.grading``) draws too.

Answer-free items are built without validation (an exam item is otherwise refused for
lacking its answer): only what drawing, showing and pinning a paper read is set; every
answer field is empty, so nothing on this PC can grade them (it submits, and shows
"submitted — result after grading").

May import: trainer.content, trainer.exams, trainer.sync, trainer.vocabulary, the standard
library.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine

from trainer.content.banks import Item, Option
from trainer.content.blueprints import Blueprint
from trainer.content.item_parts import SubOption, SubQuestion
from trainer.exams.content import ExamContent
from trainer.sync.exampool import stored_pool
from trainer.vocabulary import Module, Role


def answer_free_item(data: Mapping[str, Any]) -> Item:
    """An item from its public form (:func:`trainer.exams.answerfree.public_form`)."""
    fields = {k: v for k, v in data.items() if k in Item.model_fields}
    fields["options"] = tuple(Option.model_construct(key=o["key"], text=o["text"],
                                                     weight=None)
                              for o in data.get("options") or ())
    fields["questions"] = tuple(
        SubQuestion.model_construct(
            stem=q["stem"], answer="", explanation=None,
            options=tuple(SubOption.model_construct(key=o["key"], text=o["text"])
                          for o in q.get("options") or ()))
        for q in data.get("questions") or ())
    fields["modules"] = tuple(Module(m) for m in data.get("modules") or ())
    fields["roles"] = tuple(Role(r) for r in data.get("roles") or ())
    return Item.model_construct(**fields)


def networked_content(shipped: ExamContent, pool: Mapping[str, Any] | None) -> ExamContent:
    """``shipped`` with its exam pool replaced by the service's answer-free one (as it
    stands when none has arrived yet: a certifying exam then cannot start here)."""
    if pool is None:
        return ExamContent.of([i for i in shipped.items.values() if i.pool != "exam"],
                              shipped.blueprints.values())
    exam = [answer_free_item(d) for d in pool.get("items") or ()]
    items = [i for i in shipped.items.values() if i.pool != "exam"] + exam
    blueprints = dict(shipped.blueprints)
    for module, data in (pool.get("blueprints") or {}).items():
        blueprints[module] = Blueprint.model_validate(data)
    return ExamContent.of(items, blueprints.values())


def content_of_workstation(engine: Engine, shipped: ExamContent, networked: bool
                           ) -> tuple[ExamContent, str]:
    """The content exams use on this PC and the pool version it came from ("" when the
    PC is standalone: its own banks, with whatever exam pool an administrator imported)."""
    if not networked:
        return shipped, ""
    pool = stored_pool(engine)
    return networked_content(shipped, pool), str((pool or {}).get("version", ""))
