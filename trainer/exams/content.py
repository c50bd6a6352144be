"""What exams draw from: every bank item by id, and the blueprints by module.

Loaded once per content folder (``ExamContent.load``); tests pass their own folders.

May import: trainer.content, trainer.resources, trainer.errors, trainer.exams.assembly,
the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from trainer.content.banks import Item
from trainer.content.blueprints import Blueprint, all_items, load_blueprints
from trainer.errors import TrainerError
from trainer.exams.assembly import PoolIndex


@dataclass(frozen=True)
class ExamContent:
    items: Mapping[str, Item]
    blueprints: Mapping[str, Blueprint]
    _indexes: dict[str, PoolIndex] = field(default_factory=dict, compare=False, repr=False)

    def exam_index(self, module: str) -> PoolIndex:
        """The module's exam pool, indexed once (papers are drawn from it)."""
        if module not in self._indexes:
            self._indexes[module] = PoolIndex.build(self.items.values(), module)
        return self._indexes[module]

    @classmethod
    def of(cls, items: Iterable[Item], blueprints: Iterable[Blueprint]) -> ExamContent:
        return cls({i.id: i for i in items}, {b.module.value: b for b in blueprints})

    @staticmethod
    def load(root: Path | None = None) -> ExamContent:
        """The banks and blueprints under ``root`` (default: the shipped question banks)."""
        if root is None:
            from trainer.resources import content_root

            root = content_root("question_banks")
        return _load(root.resolve())

    @staticmethod
    def reload(root: Path | None = None) -> ExamContent:
        """Read the banks again (after an administrator imported one, e.g. an exam pool
        on a standalone PC)."""
        _load.cache_clear()
        return ExamContent.load(root)

    def blueprint(self, module: str) -> Blueprint:
        found = self.blueprints.get(module)
        if found is None:
            raise TrainerError(code="exam.no_blueprint", module=module)
        return found


@lru_cache(maxsize=4)
def _load(root: Path) -> ExamContent:
    return ExamContent.of(all_items(root), load_blueprints(root).values())
