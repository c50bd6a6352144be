"""Fixtures: an exam service over a real profile database and a small all-types bank."""

from __future__ import annotations

import pytest

from tests.exams.factory import small_content
from trainer.exams.content import ExamContent
from trainer.exams.service import ExamService
from trainer.services import Services


@pytest.fixture
def content() -> ExamContent:
    return small_content()


@pytest.fixture
def exams(services: Services, content: ExamContent) -> ExamService:
    return ExamService(services.journal, content)
