"""The exam service of an open profile: content, mode, review setting and retraining wiring.

Retraining (补训) maps weak knowledge points to the courses of the module that teach them
(a course's front matter lists its knowledge points), and counts a course's unread sections
from the course-progress projection.

Lives in the GUI layer because it wires the profile's services (the core ``trainer.exams``
does not import ``trainer.services``). May import: trainer.services, trainer.content,
trainer.journal, trainer.exams, trainer.sync, the standard library.
"""

from __future__ import annotations

from trainer.exams.content import ExamContent
from trainer.exams.networked import content_of_workstation
from trainer.exams.service import ExamService
from trainer.journal.projections.course_progress import progress_for
from trainer.services import Services
from trainer.sync.exampool import pool_version

_CACHE: dict[int, ExamService] = {}
_POOLS: dict[int, str] = {}  # the exam-pool version each cached service's content is from


def exam_service(services: Services) -> ExamService:
    """One :class:`ExamService` per open profile."""
    found = _CACHE.get(id(services))
    networked = services.networked()
    version = pool_version(services.engine) if networked else ""
    if found is not None and found.journal is services.journal:
        if _POOLS.get(id(services), version) != version:  # a new exam pool from the service
            found.content, _POOLS[id(services)] = content_of_workstation(
                services.engine, ExamContent.load(), networked)
        return found

    def courses_for(module: str, points: list[str]) -> list[str]:
        catalogue = services.catalogue()
        return [c.id for c in catalogue.courses
                if module in {m.value for m in c.modules}
                and set(points) & set(c.knowledge_points)]

    def unread(trainee: str, course_id: str) -> int:
        course = services.catalogue().get(course_id)
        if course is None:
            return 0
        read = progress_for(services.engine, trainee).get(course_id)
        done = read.sections_read if read else frozenset()
        return sum(1 for s in course.section_ids if s not in done)

    # Networked: the exam pool is the service's, without answers (trainer.exams.networked).
    content, _POOLS[id(services)] = content_of_workstation(services.engine,
                                                           ExamContent.load(), networked)
    service = ExamService(
        services.journal, content, networked=services.networked,
        review_shows_answers=lambda: bool(services.settings.get("exam_review_shows_answers")),
        retraining_courses=courses_for, unread_sections=unread)
    _CACHE[id(services)] = service
    return service


def install(services: Services, service: ExamService) -> None:
    """Use ``service`` for this profile (tests, with their own content)."""
    _CACHE[id(services)] = service
