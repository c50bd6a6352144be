"""A standalone PC holds practice pools only (the bundle ships no exam pool); an
administrator imports an exam pool with ``his-trainer bank import --pool exam`` into the
banks folder, and certifying attempts graded on that PC are self-attested (issue 17)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.exams import factory
from trainer.content.bank_cli import register
from trainer.content.shipping import exam_items_in, practice_only
from trainer.errors import TrainerError
from trainer.exams import sittings
from trainer.exams.assembly import assemble
from trainer.exams.content import ExamContent
from trainer.exams.service import ExamService
from trainer.resources import app_root
from trainer.services import Services
from trainer.vocabulary import Role

GIFT = Path(__file__).parent.parent / "content" / "data" / "banks" / "nursing.gift"
NURSE = factory.session("N001")
TRAINER = factory.session("T001", Role.TRAINER)


def _bank_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="his-trainer")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    result: int = args.handler(args)
    return result


def test_an_imported_exam_pool_serves_standalone_exams_graded_self_attested(
        services: Services, tmp_path: Path) -> None:
    banks = tmp_path / "app" / "question_banks"
    practice_only(app_root() / "question_banks", banks)  # as the bundle ships them
    (banks / "blueprints" / "nurse_station.yaml").write_text(
        "blueprint: nurse_station\nmodule: nurse_station\n"
        "title: {zh_CN: 护士站考试, en: Nurse station exam}\nversion: 1\n"
        "time_limit_minutes: 30\nsections:\n  - {count: 4}\n", encoding="utf-8")
    shipped = ExamService(services.journal, ExamContent.load(banks.parent))
    sittings.unlock_here(services.journal, TRAINER, "N001", "nurse_station")
    try:
        shipped.start_certifying(NURSE, "nurse_station", identity_confirmed=True)
        raise AssertionError("a certifying exam started without an exam pool")
    except TrainerError as refused:
        assert refused.code == "exam.blueprint_shortfall"

    assert _bank_cli("bank", "import", str(GIFT), "--out", str(banks / "imported.yaml"),
                     "--module", "nurse_station", "--pool", "exam", "--skip-invalid") == 0
    assert exam_items_in(banks)
    exams = ExamService(services.journal, ExamContent.reload(banks.parent))
    content = exams.content
    seed = next(s for s in range(1000) if all(  # no essay: graded without a trainer's mark
        content.items[i].type != "short_answer" for i in assemble(
            content.blueprint("nurse_station"), content.exam_index("nurse_station"),
            s).item_ids))
    running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True,
                                     seed=seed)
    for item_id in running.attempt.paper.item_ids:
        item = exams.content.items[item_id]
        running.save_answer(item_id, {str(n): q.answer for n, q in
                                      enumerate(item.questions, 1)} if item.questions
                            else next(iter(item.answer.values()))[0]
                            if isinstance(item.answer, dict) else item.answer)
    done = exams.submit(running)
    assert done.graded_here and done.result is not None and done.result.passed
    [graded] = list(services.journal.events(type="exam.graded"))
    assert graded.data()["self_attested"] is True and graded.data()["passed"] is True
