"""The result of an attempt: score, pass/fail, a breakdown per knowledge point, each item.

Objective items are graded at once; short answers wait for a trainer's mark and keep the
result *provisional* until every one is marked. Multiple choice is all-or-nothing unless
the blueprint (``partial_credit``) or the item asks for partial credit.

May import: trainer.content, trainer.exams.grading, trainer.exams.attempts, the standard
library.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.content.banks import Item
from trainer.exams.attempts import Attempt
from trainer.exams.grading import grade_item, question_results


@dataclass(frozen=True)
class ItemOutcome:
    item_id: str
    knowledge_point: str
    points: int
    score: float | None  # points obtained; None: waiting for a trainer's mark
    response: object
    #: case/matching: right or wrong per question, in order
    questions_right: tuple[bool, ...] = ()

    @property
    def right(self) -> bool:
        return self.score is not None and self.score >= self.points - 1e-9


@dataclass(frozen=True)
class KnowledgePointScore:
    knowledge_point: str
    score: float
    max_score: float

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


@dataclass(frozen=True)
class Result:
    attempt_id: str
    score: float
    max_score: float
    pass_mark: float
    provisional: bool  # short answers not yet marked
    outcomes: tuple[ItemOutcome, ...]
    by_knowledge_point: tuple[KnowledgePointScore, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    @property
    def passed(self) -> bool:
        return not self.provisional and self.percent >= self.pass_mark - 1e-9

    @property
    def unmarked(self) -> tuple[str, ...]:
        return tuple(o.item_id for o in self.outcomes if o.score is None)

    def weak_points(self, below: float | None = None) -> tuple[str, ...]:
        """Knowledge points scored under ``below`` percent (default: the pass mark)."""
        limit = self.pass_mark if below is None else below
        return tuple(k.knowledge_point for k in self.by_knowledge_point if k.percent < limit)


def _item_for_grading(item: Item, partial_credit: bool) -> Item:
    if partial_credit and item.type == "multiple" and not item.partial_credit:
        return item.model_copy(update={"partial_credit": True})
    return item


def outcome(item: Item, response: object, partial_credit: bool = False,
            mark: float | None = None) -> ItemOutcome:
    fraction = grade_item(_item_for_grading(item, partial_credit), response)
    if fraction is None and mark is not None:
        fraction = mark
    if fraction is None and response is None:
        fraction = 0.0  # an essay left empty needs no marking
    right = tuple(question_results(item, response)) if item.questions else ()
    score = None if fraction is None else fraction * item.points
    return ItemOutcome(item.id, item.knowledge_point, item.points, score, response, right)


def grade_attempt(attempt: Attempt, items: Mapping[str, Item]) -> Result:
    """Grade ``attempt`` against ``items`` (the content it pinned)."""
    outcomes = []
    for entry in attempt.paper.entries:
        item = items.get(entry.item_id)
        if item is None:
            continue  # content withdrawn since: not counted (the service re-grades)
        outcomes.append(outcome(item, attempt.answers.get(entry.item_id),
                                attempt.partial_credit, attempt.marks.get(entry.item_id)))
    per_kp: dict[str, list[float]] = {}
    for o in outcomes:
        got, top = per_kp.setdefault(o.knowledge_point, [0.0, 0.0])
        per_kp[o.knowledge_point] = [got + (o.score or 0.0), top + o.points]
    return Result(
        attempt_id=attempt.attempt_id,
        score=sum(o.score or 0.0 for o in outcomes),
        max_score=float(sum(o.points for o in outcomes)),
        pass_mark=attempt.pass_mark,
        provisional=any(o.score is None for o in outcomes),
        outcomes=tuple(outcomes),
        by_knowledge_point=tuple(KnowledgePointScore(k, v[0], v[1])
                                 for k, v in sorted(per_kp.items())),
    )


def result_of_graded(attempt: Attempt) -> Result:
    """The result the service wrote for ``attempt`` (a networked PC holds no answers to
    grade it with): score and knowledge points from its ``exam.graded``, no item detail."""
    graded = attempt.graded or {}
    points = graded.get("knowledge_points") or {}
    return Result(
        attempt_id=attempt.attempt_id, score=float(graded.get("score", 0.0)),
        max_score=float(graded.get("max_score", 0.0)),
        pass_mark=float(graded.get("pass_mark", attempt.pass_mark)), provisional=False,
        outcomes=(),
        by_knowledge_point=tuple(KnowledgePointScore(str(k), float(v[0]), float(v[1]))
                                 for k, v in sorted(points.items())))
