"""The wrong-answer notebook (错题本), derived from a person's submitted attempts.

An item enters the notebook when it is answered wrong in any submitted attempt (an
unanswered item counts as wrong), and leaves it when it has been answered right **twice in
a row** since — in practice, in the notebook's own re-practice, or in an exam. Only items
whose right answer may be shown are listed (the practice pool always; the exam pool only
where the hospital allows review), so the notebook never leaks an exam answer.

May import: trainer.content, trainer.exams, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.exams.results import outcome

if TYPE_CHECKING:
    from trainer.exams.service import ExamService

RIGHT_IN_A_ROW = 2


@dataclass(frozen=True)
class NotebookEntry:
    item_id: str
    knowledge_point: str
    module: str
    times_wrong: int
    right_in_a_row: int  # since the last wrong answer (0 or 1 while listed)
    last_response: object


def history(service: ExamService, trainee: str) -> dict[str, list[tuple[bool, object]]]:
    """Item → results in order (right?, response) over the person's submitted attempts."""
    results: dict[str, list[tuple[bool, object]]] = {}
    for found in service.attempts(trainee):
        if found.open:
            continue
        for entry in found.paper.entries:
            item = service.content.items.get(entry.item_id)
            if item is None or item.type == "short_answer":
                continue
            response = found.answers.get(item.id)
            done = outcome(item, response, found.partial_credit)
            results.setdefault(item.id, []).append((done.right, response))
    return results


def notebook(service: ExamService, trainee: str, module: str | None = None
             ) -> list[NotebookEntry]:
    """The items ``trainee`` still has to get right twice in a row, most-missed first."""
    entries = []
    for item_id, results in history(service, trainee).items():
        item = service.content.items[item_id]
        if module is not None and module not in item.modules:
            continue
        if not service.may_show_answer(item_id):
            continue
        wrong = [i for i, (right, _r) in enumerate(results) if not right]
        if not wrong:
            continue
        streak = len(results) - 1 - wrong[-1]
        if streak >= RIGHT_IN_A_ROW:
            continue
        entries.append(NotebookEntry(item_id, item.knowledge_point, item.modules[0].value,
                                     len(wrong), streak, results[wrong[-1]][1]))
    entries.sort(key=lambda e: (-e.times_wrong, e.item_id))
    return entries
