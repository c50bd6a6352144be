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
from dataclasses import dataclass, field
from typing import Any

from trainer.content.banks import Item
from trainer.content.blueprints import Blueprint, Section, exam_pool
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


Kind = tuple[str, int, str]  # knowledge point, difficulty, type


@dataclass(frozen=True)
class PoolIndex:
    """A module's pool grouped by (knowledge point, difficulty, type), each group in id order.

    Built once when content is loaded (:class:`trainer.exams.content.ExamContent` caches it);
    the items each blueprint section takes are worked out on first use and kept, so drawing
    a paper touches only the items a section may take.
    """

    module: str
    groups: tuple[tuple[Kind, tuple[Item, ...]], ...]
    _taken: dict[Section, tuple[tuple[str, Item], ...]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, items: Iterable[Item], module: str, pool: str = "exam") -> PoolIndex:
        buckets: dict[Kind, list[Item]] = {}
        for item in items:
            if item.pool == pool and module in item.modules:
                buckets.setdefault((item.knowledge_point, item.difficulty, item.type),
                                   []).append(item)
        return cls(module, tuple((kind, tuple(sorted(group, key=lambda i: i.id)))
                                 for kind, group in sorted(buckets.items())))

    def taken_by(self, section: Section) -> tuple[tuple[str, Item], ...]:
        """``(id, item)`` of every item ``section`` takes, in a fixed order."""
        found = self._taken.get(section)
        if found is None:
            found = tuple((item.id, item) for kind, group in self.groups
                          if section.takes_kind(*kind) for item in group)
            self._taken[section] = found
        return found

    def candidates(self, section: Section, used: set[str]) -> list[Item]:
        return [item for item_id, item in self.taken_by(section) if item_id not in used]


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


def draw(blueprint: Blueprint, pool: PoolIndex | Sequence[Item], seed: int) -> Paper:
    """The paper ``seed`` gives from ``pool`` (an index, or the module's exam-pool items).

    Raises :class:`BlueprintShortfall` naming the first section that cannot be filled.
    """
    if not isinstance(pool, PoolIndex):
        pool = PoolIndex.build(pool, blueprint.module.value)
    rng = random.Random(f"{blueprint.blueprint}:{blueprint.version}:{seed}")
    used: set[str] = set()
    chosen: list[tuple[int, Item]] = []
    for index, section in enumerate(blueprint.sections):
        candidates = pool.candidates(section, used)
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


def assemble(blueprint: Blueprint, items: Iterable[Item] | PoolIndex, seed: int) -> Paper:
    """The certifying paper of ``blueprint`` for ``seed`` from all ``items`` (every bank)
    or from the module's prebuilt :class:`PoolIndex`."""
    if isinstance(items, PoolIndex):
        return draw(blueprint, items, seed)
    return draw(blueprint, PoolIndex.build(items, blueprint.module.value), seed)


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
