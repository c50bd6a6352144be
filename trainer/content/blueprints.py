"""Exam blueprints: what a theory paper of one HIS module is made of, and its rules.

One YAML file per HIS module under ``question_banks/blueprints/`` (format:
``docs/formats/question-bank.md``, "Exam blueprints"). A blueprint lists *sections* — how
many items of which knowledge points, difficulties and types — drawn in file order from the
module's exam pool, each from what earlier sections left. :func:`shortfalls` proves that
every draw succeeds whatever the seed: a section must have its count even if every earlier
section that could take the same items did take them; otherwise it is a located problem
naming the shortfall. Assembly itself is :mod:`trainer.exams.assembly`.

May import: trainer.errors, trainer.vocabulary, trainer.content.common,
trainer.content.banks, trainer.content.yamlsource, pydantic, the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import Field, model_validator

from trainer.content.banks import ITEM_TYPES, Bank, Item, KnowledgePoint, bank_files, load_bank
from trainer.content.common import Identifier, LocalText, Strict
from trainer.content.yamlsource import Located, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.vocabulary import Module

BLUEPRINT_FOLDER = "blueprints"


class Section(Strict):
    """``count`` items matching every criterion given (none given: any item)."""

    count: int = Field(ge=1, le=500)
    knowledge_points: tuple[KnowledgePoint, ...] = ()
    difficulty: tuple[int, int] = (1, 5)
    types: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _sane(self) -> Section:
        low, high = self.difficulty
        if not 1 <= low <= high <= 5:
            raise ValueError("difficulty is a range [low, high] within 1..5")
        unknown = [t for t in self.types if t not in ITEM_TYPES]
        if unknown:
            raise ValueError(f"unknown item type(s) {', '.join(unknown)}")
        return self

    def takes(self, item: Item) -> bool:
        return self.takes_kind(item.knowledge_point, item.difficulty, item.type)

    def takes_kind(self, knowledge_point: str, difficulty: int, item_type: str) -> bool:
        """Whether items of this knowledge point, difficulty and type belong here."""
        return (
            (not self.knowledge_points or knowledge_point in self.knowledge_points)
            and self.difficulty[0] <= difficulty <= self.difficulty[1]
            and (not self.types or item_type in self.types)
        )

    def describe(self) -> str:
        parts = [f"knowledge points {', '.join(self.knowledge_points)}"
                 if self.knowledge_points else "any knowledge point"]
        if self.difficulty != (1, 5):
            parts.append(f"difficulty {self.difficulty[0]}-{self.difficulty[1]}")
        if self.types:
            parts.append(f"type {', '.join(self.types)}")
        return "; ".join(parts)


class Blueprint(Strict):
    """The theory exam of one HIS module."""

    blueprint: Identifier
    module: Module
    title: LocalText
    version: int = Field(ge=1)
    time_limit_minutes: int = Field(ge=1, le=600)
    pass_mark: float = Field(default=80.0, gt=0, le=100)  # percent of the points
    attempts_per_day: int = Field(default=2, ge=1, le=20)
    cooldown_hours: float = Field(default=24.0, ge=0, le=24 * 90)
    shuffle_items: bool = True
    shuffle_options: bool = True
    resume_limit_minutes: int = Field(default=30, ge=0, le=24 * 60)
    partial_credit: bool = False  # multiple choice: all-or-nothing unless true
    sections: tuple[Section, ...] = Field(min_length=1)

    @property
    def item_count(self) -> int:
        return sum(s.count for s in self.sections)


def exam_pool(items: Iterable[Item], module: str, pool: str = "exam") -> list[Item]:
    """The items a paper of ``module`` draws from, in id order (same on every PC)."""
    return sorted((i for i in items if module in i.modules and i.pool == pool),
                  key=lambda i: i.id)


def shortfalls(blueprint: Blueprint, pool: Sequence[Item]) -> list[tuple[int, int, int]]:
    """``(section index, needed, guaranteed available)`` for each section that may fall short.

    Guaranteed = items the section takes, less what earlier overlapping sections could take
    of them. Zero shortfalls means assembly succeeds for every seed.
    """
    takes = [{i.id for i in pool if s.takes(i)} for s in blueprint.sections]
    found = []
    for index, section in enumerate(blueprint.sections):
        lost = sum(min(blueprint.sections[j].count, len(takes[j] & takes[index]))
                   for j in range(index))
        available = len(takes[index]) - lost
        if available < section.count:
            found.append((index, section.count, max(available, 0)))
    return found


def load_blueprint(path: Path, file: str | None = None) -> Blueprint:
    located = load_yaml_file(path, file)
    blueprint, problems = validate(Blueprint, located)
    if problems or blueprint is None:
        raise ContentError(problems)
    return blueprint


def blueprint_files(root: Path) -> list[Path]:
    folder, _files = bank_files(root)
    target = folder / BLUEPRINT_FOLDER
    return sorted(target.glob("*.yaml")) if target.is_dir() else []


def load_blueprints(root: Path) -> dict[str, Blueprint]:
    """Every blueprint under ``root``, by module (raises ContentError)."""
    return {b.module.value: b for b in map(load_blueprint, blueprint_files(root))}


def all_items(root: Path) -> list[Item]:
    """Every item of every valid bank under ``root`` (invalid banks are skipped here:
    ``content check`` reports them)."""
    items: list[Item] = []
    for path in bank_files(root)[1]:
        try:
            bank: Bank = load_bank(path)
        except ContentError:
            continue
        items.extend(bank.items)
    return items


def _check_one(path: Path, label: str, items: list[Item], seen: dict[str, str]
               ) -> list[Problem]:
    try:
        located: Located = load_yaml_file(path, label)
    except ContentError as exc:
        return list(exc.problems)
    blueprint, problems = validate(Blueprint, located)
    if blueprint is None:
        return problems
    if blueprint.blueprint != path.stem:
        problems.append(Problem(label, located.line_of(("blueprint",)), "blueprint",
                                f"blueprint id {blueprint.blueprint} differs from the file "
                                f"name {path.stem}", "blueprint.id_mismatch"))
    if blueprint.module.value in seen:
        problems.append(Problem(label, located.line_of(("module",)), "module",
                                f"{blueprint.module.value} already has a blueprint in "
                                f"{seen[blueprint.module.value]}", "blueprint.duplicate"))
    seen[blueprint.module.value] = label
    pool = exam_pool(items, blueprint.module.value)
    for index, needed, available in shortfalls(blueprint, pool):
        section = blueprint.sections[index]
        problems.append(Problem(
            label, located.line_of(("sections", index, "count")), f"sections[{index}].count",
            f"needs {needed} items ({section.describe()}) from the exam pool of "
            f"{blueprint.module.value}; only {available} are sure to be left "
            f"(short by {needed - available})", "blueprint.shortfall"))
    return problems


def check_blueprints(root: Path) -> list[Problem]:
    """Validate every blueprint under ``root`` against the banks there; never raises."""
    folder, _files = bank_files(root)
    items = all_items(root)
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    for path in blueprint_files(root):
        label = path.relative_to(folder.parent).as_posix()
        problems += _check_one(path, label, items, seen)
    return problems
