"""Fixtures: an exam service over a real profile database and a small all-types bank."""

from __future__ import annotations

import pytest

from tests.exams import factory
from trainer.exams.content import ExamContent
from trainer.exams.service import ExamService
from trainer.services import Services


def small_content() -> ExamContent:
    exam = factory.bank(40, kinds=("single", "multiple", "true_false", "numerical"))
    exam += [factory.item("t-case-1", "case", kp="identity_check"),
             factory.item("t-match-1", "matching", kp="drug_interactions"),
             factory.item("t-essay-1", "short_answer", kp="privacy")]
    practice = factory.bank(20, pool="practice", kinds=("single", "true_false"))
    blueprint = factory.blueprint([
        {"count": 1, "types": ["case"]}, {"count": 1, "types": ["matching"]},
        {"count": 6, "types": ["single", "multiple", "true_false", "numerical"]}],
        attempts_per_day=2, cooldown_hours=1)
    return ExamContent.of(exam + practice, [blueprint])


@pytest.fixture
def content() -> ExamContent:
    return small_content()


@pytest.fixture
def exams(services: Services, content: ExamContent) -> ExamService:
    return ExamService(services.journal, content)
