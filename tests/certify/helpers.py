"""Building journals for certification tests: people, results on chosen days, courses."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from sqlalchemy import Engine

from trainer.auth.session import Session, StaffMember
from trainer.auth.staff import create_staff
from trainer.certify.standing import Courses
from trainer.journal import Journal, NewEvent
from trainer.vocabulary import Role

DAY0 = date(2026, 1, 5)
COURSES = Courses(by_module={"nurse_station": ("nurse_station",)},
                  sections={"nurse_station": (frozenset({"s1", "s2"}),),
                            "upgrade_2026": (frozenset({"u1"}),)})
_ids = itertools.count(1)


def at(day: date) -> str:
    return f"{day.isoformat()}T09:00:00.000Z"


def hr_session(staff_id: str = "HR01") -> Session:
    return Session(StaffMember(staff_id, "人事 HR", frozenset({Role.HR}), ("人事科",), True,
                               False), "test-pc")


def nurse_session(staff_id: str = "N100") -> Session:
    return Session(StaffMember(staff_id, "护士", frozenset({Role.NURSE}), ("内科",), True,
                               False), "test-pc")


def add_person(engine: Engine, staff_id: str, name: str, department: str = "内科",
               roles: frozenset[Role] = frozenset({Role.NURSE})) -> None:
    with engine.begin() as conn:
        create_staff(conn, staff_id, name, set(roles), [department], None)


def read_course(journal: Journal, staff: str, day: date, course: str = "nurse_station",
                sections: tuple[str, ...] = ("s1", "s2")) -> None:
    journal.append(*[NewEvent("course.section_read", {
        "course_id": course, "section_id": s, "course_version": 1, "lang": "zh_CN"},
        actor_id=staff, subject_id=course, device_time=at(day)) for s in sections])


def theory(journal: Journal, staff: str, day: date, score: float, *, pass_mark: float = 80,
           module: str = "nurse_station", certifying: bool = True) -> str:
    attempt = f"T{next(_ids)}"
    journal.append(NewEvent("exam.graded", {
        "attempt_id": attempt, "module": module, "score": score, "max_score": 100.0,
        "pass_mark": pass_mark, "passed": score >= pass_mark, "certifying": certifying},
        subject_id=staff, device_time=at(day)))
    return attempt


def practical(journal: Journal, staff: str, day: date, score: float, *,
              critical: tuple[str, ...] = (), pass_mark: float = 80,
              module: str = "nurse_station", passed: bool | None = None) -> str:
    attempt = f"P{next(_ids)}"
    journal.append(NewEvent("practical.signed_off", {
        "attempt_id": attempt, "module": module, "scenario_id": "sc1", "score": score,
        "pass_mark": pass_mark,
        "passed": (score >= pass_mark and not critical) if passed is None else passed,
        "critical_errors": list(critical)}, actor_id="T001", subject_id=staff,
        device_time=at(day)))
    return attempt


def days(n: int) -> timedelta:
    return timedelta(days=n)
