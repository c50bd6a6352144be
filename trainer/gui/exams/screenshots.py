"""Demo attempts for ``his-trainer screenshot --page exam|exam-matching|exam-review|
wrong-answers`` (a labelled demo profile only): what the pages look like in use."""

from __future__ import annotations

from typing import Any

from trainer.exams import sittings
from trainer.exams.runner import RunningAttempt
from trainer.exams.service import ExamService
from trainer.gui.context import AppContext
from trainer.vocabulary import modules_for_roles

SEED = 3


def _module(ctx: AppContext) -> str:
    """The first HIS module of the person on screen (a nurse: nurse_station)."""
    assert ctx.session is not None
    return modules_for_roles(ctx.session.roles)[0].value


def _right(service: ExamService, item_id: str) -> Any:
    item = service.content.items[item_id]
    if item.questions:
        return {str(n): q.answer for n, q in enumerate(item.questions, start=1)}
    return item.answer


def exam_attempt(ctx: AppContext, service: ExamService) -> RunningAttempt:
    """A certifying nurse-station exam under a demo trainer's unlock, half answered."""
    assert ctx.session is not None
    trainer = ctx.services.login.demo_session("T001")
    module = _module(ctx)
    sittings.unlock_here(service.journal, trainer, ctx.session.staff_id, module)
    running = service.start_certifying(ctx.session, module, identity_confirmed=True, seed=SEED)
    for number, item_id in enumerate(running.attempt.paper.item_ids):
        if number % 3 == 2:
            continue
        item = service.content.items[item_id]
        given = _right(service, item_id)
        if number % 4 == 3 and item.type == "single":
            given = "B" if given == "A" else "A"  # a miss, for the review to show
        elif number % 4 == 3 and item.type == "true_false":
            given = not given
        if item.type == "case":
            given = dict(given)
            given.pop(str(len(item.questions)))  # the last sub-question still open
        running.save_answer(item_id, given)
    running.set_flag(running.attempt.paper.item_ids[2], True)
    return running


def practice_with_misses(ctx: AppContext, service: ExamService) -> None:
    """A submitted practice paper with some misses (fills the 错题本)."""
    assert ctx.session is not None
    running = service.start_practice(ctx.session, _module(ctx), count=12, seed=SEED)
    for number, item_id in enumerate(running.attempt.paper.item_ids):
        right = _right(service, item_id)
        running.save_answer(item_id, right if number % 2 else None)
    service.submit(running)
