"""Who may open which course.

A course is open to the roles it names; trainers and administrators may open every
course (they teach and maintain them). Browsing the banks is :mod:`trainer.teaching`'s.

May import: trainer.auth, trainer.content, trainer.errors, trainer.vocabulary.
"""

from __future__ import annotations

from trainer.auth.permissions import allowed
from trainer.auth.session import Session
from trainer.content.courses import Course
from trainer.errors import PermissionDenied
from trainer.vocabulary import Role

#: Roles that may open every course, whatever roles the course names.
ALL_COURSES = frozenset({Role.TRAINER, Role.ADMIN})


def may_open(session: Session | None, course: Course) -> bool:
    if session is None or not allowed(session, "course.read"):
        return False
    return bool(course.roles & session.roles) or bool(ALL_COURSES & session.roles)


def require_course(session: Session | None, course: Course) -> Session:
    """``session`` if it may open ``course``; else PermissionDenied."""
    if session is None or not may_open(session, course):
        raise PermissionDenied(
            code="auth.denied",
            action="course.read",
            course_id=course.id,
            staff_id=None if session is None else session.staff_id,
        )
    return session

