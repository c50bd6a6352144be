"""The service's copy of the exam content: every version of every exam-pool item it has
served, the answer-free pool it hands to workstations, and the items an attempt pinned.

The service loads the question banks it is given (``his-trainer serve --content DIR``,
default: the banks shipped with the source, exam pools *with* answers) and archives each
exam-pool item version in ``exam_item_version`` (kept for ever: ARCHITECTURE §5, "the
server keeps every version it has ever served so it can re-grade old attempts").

An attempt pins :func:`trainer.exams.answerfree.content_hash` of its paper. To grade it the
service takes, per item on the paper, the archived versions whose answer-free form matches,
and checks the combination against the pinned hash. Two versions that differ only in their
answer have the same answer-free form: the one the service held when the attempt started
(the newest first seen before it) is taken.

May import: sqlalchemy, trainer.content, trainer.exams, trainer.resources,
trainer.journal.events, trainer.vocabulary, the standard library.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from trainer.content.banks import Item
from trainer.exams.answerfree import content_hash, item_hash, public_form
from trainer.exams.content import ExamContent
from trainer.journal.events import now_iso
from trainer.vocabulary import Role, modules_for_roles

#: Most combinations of item versions tried for one paper (items rarely change).
MAX_COMBINATIONS = 256

ARCHIVE = text("""
INSERT INTO exam_item_version (item_id, full_hash, public_hash, body, first_seen)
SELECT u.item_id, u.full_hash, u.public_hash, u.body, CAST(:at AS text)
FROM unnest(CAST(:item_id AS text[]), CAST(:full_hash AS text[]),
            CAST(:public_hash AS text[]), CAST(:body AS text[]))
     AS u(item_id, full_hash, public_hash, body)
ON CONFLICT DO NOTHING
""")

VERSIONS = text("""
SELECT item_id, body, first_seen FROM exam_item_version
 WHERE item_id = ANY(CAST(:ids AS text[]))
 ORDER BY item_id, first_seen DESC
""")


@dataclass(frozen=True)
class ServiceContent:
    """What the service grades with: the loaded banks and blueprints."""

    exam: ExamContent
    root: Path | None = None

    @classmethod
    def load(cls, root: Path | None = None) -> ServiceContent:
        return cls(ExamContent.load(root), root)

    def exam_items(self) -> list[Item]:
        return sorted((i for i in self.exam.items.values() if i.pool == "exam"),
                      key=lambda i: i.id)


def _body(item: Item) -> str:
    return json.dumps(item.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def archive(engine: Engine, content: ServiceContent) -> int:
    """Keep every exam-pool item version of ``content``; returns how many were new."""
    items = content.exam_items()
    bodies = [_body(i) for i in items]
    with engine.begin() as conn:
        done = conn.execute(ARCHIVE, {
            "at": now_iso(), "item_id": [i.id for i in items],
            "full_hash": [hashlib.sha256(b.encode()).hexdigest() for b in bodies],
            "public_hash": [item_hash(i) for i in items], "body": bodies})
    return int(done.rowcount or 0)


def pinned_items(conn: Connection, item_ids: Sequence[str], pinned: str, started_at: str
                 ) -> dict[str, Item] | None:
    """The versions of ``item_ids`` whose answer-free forms hash to ``pinned`` (``None``:
    the service lacks that content version)."""
    found: dict[str, list[tuple[str, Item]]] = {}
    for item_id, body, first_seen in conn.execute(VERSIONS, {"ids": list(item_ids)}):
        found.setdefault(item_id, []).append((first_seen, Item.model_validate_json(body)))
    if any(i not in found for i in item_ids):
        return None
    choices = []
    for item_id in item_ids:
        versions = found[item_id]
        # Newest first. Among versions with one answer-free form (they differ in the
        # answer only), the newest the service held by then, else the oldest after it.
        held: dict[str, Item] = {}
        later: dict[str, Item] = {}
        for first_seen, item in versions:
            form = item_hash(item)
            if first_seen <= started_at:
                held.setdefault(form, item)
            else:
                later[form] = item
        by_form = {**later, **held}
        choices.append(list(by_form.values()))
    for combination in itertools.islice(itertools.product(*choices), MAX_COMBINATIONS):
        if content_hash(combination) == pinned:
            return {i.id: i for i in combination}
    return None


def pool_as_of(conn: Connection, module: str, at: str) -> list[Item]:
    """The module's exam pool as the service held it at ``at`` (each item's newest
    version first seen by then)."""
    rows = conn.execute(text("""
        SELECT DISTINCT ON (item_id) body FROM exam_item_version
         WHERE first_seen <= :at ORDER BY item_id, first_seen DESC"""), {"at": at})
    items = (Item.model_validate_json(body) for (body,) in rows)
    return [i for i in items if module in i.modules]


def modules_of_roles(roles: Iterable[str]) -> list[str]:
    known = {r.value for r in Role}
    return [m.value for m in modules_for_roles(frozenset(Role(r) for r in roles
                                                         if r in known))]


def answer_free_pool(content: ServiceContent, modules: Iterable[str]) -> dict[str, Any]:
    """The exam pools of ``modules`` as a workstation may hold them (no answers), with
    each module's blueprint."""
    wanted = set(modules)
    chosen = [i for i in content.exam_items() if any(m.value in wanted for m in i.modules)]
    blueprints = {m: b.model_dump(mode="json") for m, b in content.exam.blueprints.items()
                  if m in wanted}
    version = hashlib.sha256((content_hash(chosen) + json.dumps(
        blueprints, sort_keys=True, ensure_ascii=False)).encode()).hexdigest()
    return {"items": [public_form(i) for i in chosen], "blueprints": blueprints,
            "modules": sorted(wanted), "version": version}
