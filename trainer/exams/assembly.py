"""Paper assembly: the same seed gives the same paper on any PC.

A paper is drawn from the module's pool (items sorted by id, so bank file order does not
matter) with :class:`random.Random` seeded from the text ``"<blueprint>:<version>:<seed>"``
(str seeds are hashed with SHA-512 by the standard library: the same on every platform).
Sections are drawn in blueprint order, each from the items earlier sections left, so no item
appears twice; a case cluster is one item and so always whole. Items are then grouped by
type as Chinese papers are (A1 single-best, then multiple, … case clusters, matching sets)
and, with ``shuffle_items``, shuffled within their group; options are shuffled per item with
``shuffle_options`` (responses are always stored in the bank's own option keys).

May import: trainer.content, trainer.errors, the standard library.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.content.banks import Item
from trainer.content.blueprints import Blueprint, exam_pool
from trainer.errors import TrainerError

#: The order of type groups on a paper.
TYPE_ORDER = ("true_false", "single", "multiple", "fill_in", "numerical", "case", "matching",
              "short_answer")


@dataclass(frozen=True)
class PaperEntry:
    """One item on a paper. ``orders``: the displayed order of the bank's option keys —
    one string for single/multiple/matching, one per sub-question for a case cluster."""

    item_id: str
    section: int
    orders: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paper:
    blueprint: str
    module: str
    version: int
    seed: int
    entries: tuple[PaperEntry, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(e.item_id for e in self.entries)


class BlueprintShortfall(TrainerError):
    """The pool cannot fill a section: facts name the section, what it needs and has."""


def option_orders(item: Item, rng: random.Random, shuffle: bool) -> tuple[str, ...]:
    def order(keys: Sequence[str]) -> str:
        keys = list(keys)
        if shuffle:
            rng.shuffle(keys)
        return "".join(keys)

    if item.type in ("single", "multiple", "matching"):
        return (order([o.key for o in item.options]),)
    if item.type == "case":
        return tuple(order([o.key for o in q.options]) for q in item.questions)
    return ()


def draw(blueprint: Blueprint, pool: Sequence[Item], seed: int) -> Paper:
    """The paper ``seed`` gives from ``pool`` (already :func:`exam_pool`-filtered and sorted).

    Raises :class:`BlueprintShortfall` naming the first section that cannot be filled.
    """
    rng = random.Random(f"{blueprint.blueprint}:{blueprint.version}:{seed}")
    used: set[str] = set()
    chosen: list[tuple[int, Item]] = []
    for index, section in enumerate(blueprint.sections):
        candidates = [i for i in pool if i.id not in used and section.takes(i)]
        if len(candidates) < section.count:
            raise BlueprintShortfall(
                code="exam.blueprint_shortfall", blueprint=blueprint.blueprint,
                section=index, needed=section.count, available=len(candidates),
                criteria=section.describe())
        for item in rng.sample(candidates, section.count):
            used.add(item.id)
            chosen.append((index, item))
    groups: dict[str, list[tuple[int, Item]]] = {}
    for pair in chosen:
        groups.setdefault(pair[1].type, []).append(pair)
    entries = []
    for kind in TYPE_ORDER:
        group = groups.get(kind, [])
        if blueprint.shuffle_items:
            rng.shuffle(group)
        for index, item in group:
            entries.append(PaperEntry(item.id, index,
                                      option_orders(item, rng, blueprint.shuffle_options)))
    return Paper(blueprint.blueprint, blueprint.module.value, blueprint.version, seed,
                 tuple(entries))


def assemble(blueprint: Blueprint, items: Iterable[Item], seed: int) -> Paper:
    """The certifying paper of ``blueprint`` for ``seed`` from all ``items`` (every bank)."""
    return draw(blueprint, exam_pool(items, blueprint.module.value), seed)


def practice_paper(items: Iterable[Item], module: str, count: int, seed: int,
                   weakness: Mapping[str, float] | None = None) -> Paper:
    """A practice paper from the practice pool; with ``weakness`` (knowledge point → share
    of points lost, 0…1) the weakest knowledge points' items come first."""
    rng = random.Random(f"practice:{module}:{seed}")
    pool = exam_pool(items, module, "practice")
    weakness = weakness or {}
    keyed = [(-weakness.get(i.knowledge_point, 0.0), rng.random(), i) for i in pool]
    keyed.sort(key=lambda k: (k[0], k[1]))
    picked = [i for _w, _r, i in keyed[:count]]
    entries = tuple(PaperEntry(i.id, 0, option_orders(i, rng, True)) for i in picked)
    return Paper(f"practice-{module}", module, 1, seed, entries)


def paper_from_ids(blueprint: str, module: str, version: int, seed: int,
                   entries: Iterable[Mapping[str, Any]]) -> Paper:
    """A paper as stored in an ``exam.started`` payload."""
    return Paper(blueprint, module, version, seed, tuple(
        PaperEntry(str(e["item"]), int(e.get("section", 0)),
                   tuple(str(o) for o in e.get("orders") or ()))
        for e in entries))


def paper_payload(paper: Paper) -> list[dict[str, object]]:
    return [{"item": e.item_id, "section": e.section, "orders": list(e.orders)}
            for e in paper.entries]
