"""Reading services: who sees which course, sections read as journal events, resume,
unavailable courses, search limited to the person's courses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.auth.session import Session
from trainer.errors import PermissionDenied, TrainerError
from trainer.journal.projections.course_progress import CourseProgress
from trainer.reading import catalogue_for, open_course, record_section_read, search_courses
from trainer.reading.courses import resume_at
from trainer.services import Services

REPO = Path(__file__).resolve().parents[2]


def session(services: Services, staff_id: str) -> Session:
    return services.login.demo_session(staff_id)


def test_a_nurse_sees_nurse_courses_and_her_knowledge_base(demo_services: Services) -> None:
    view = catalogue_for(demo_services, session(demo_services, "N001"), "en")
    assert [e.course_id for e in view.courses] == ["nurse_station", "info_security"]
    assert {e.course_id for e in view.knowledge_base} == {"nurse_faq", "nurse_shortcuts"}
    assert view.courses[0].title.startswith("Nurse station")
    assert view.unavailable == ()


def test_trainers_see_every_course(demo_services: Services) -> None:
    view = catalogue_for(demo_services, session(demo_services, "T001"), "zh_CN")
    assert len(view.courses) + len(view.knowledge_base) == len(demo_services.catalogue().courses)


def test_a_course_for_another_role_is_refused(demo_services: Services) -> None:
    nurse = session(demo_services, "N001")
    with pytest.raises(PermissionDenied):
        open_course(demo_services, nurse, "pharmacy", "en")
    with pytest.raises(PermissionDenied):
        record_section_read(demo_services, nurse, "pharmacy", "prescription-review", "en")
    with pytest.raises(TrainerError):
        open_course(demo_services, nurse, "no_such_course", "en")


def test_reading_is_journalled_and_resumes_after_the_last_section(
    demo_services: Services,
) -> None:
    nurse = session(demo_services, "N001")
    course = open_course(demo_services, nurse, "nurse_station", "zh_CN")
    first, second, third = (s.id for s in course.sections[:3])
    assert course.resume_section == first and course.sections_read == frozenset()
    record_section_read(demo_services, nurse, "nurse_station", first, "zh_CN")
    read = record_section_read(demo_services, nurse, "nurse_station", second, "zh_CN")
    assert read == {first, second}
    event = list(demo_services.journal.events(type="course.section_read"))[-1]
    assert (event.actor_id, event.subject_id) == ("N001", "nurse_station")
    assert event.data()["section_id"] == second
    again = open_course(demo_services, nurse, "nurse_station", "en")
    assert again.resume_section == third and again.lang == "en"
    entry = catalogue_for(demo_services, nurse, "en").get("nurse_station")
    assert entry is not None and entry.sections_read == 2 and entry.resume_section == third
    with pytest.raises(TrainerError):
        record_section_read(demo_services, nurse, "nurse_station", "no-such-section", "en")


def test_resume_goes_to_the_first_unread_section() -> None:
    ids = ("a", "b", "c")
    assert resume_at(ids, None) == "a"
    assert resume_at(ids, CourseProgress("x", frozenset({"a", "b"}), "b", "t")) == "c"
    assert resume_at(ids, CourseProgress("x", frozenset({"b", "c"}), "c", "t")) == "a"
    assert resume_at(ids, CourseProgress("x", frozenset(ids), "b", "t")) == "b"


def test_a_broken_course_is_listed_as_unavailable_with_its_reason(
    demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "courses" / "info_security", tmp_path / "courses" / "info_security")
    broken = tmp_path / "courses" / "broken_course"
    broken.mkdir()
    (broken / "zh_CN.md").write_text("no front matter here\n", encoding="utf-8")
    monkeypatch.setenv("HIS_TRAINER_ROOT", str(tmp_path))
    demo_services.reload_content()
    view = catalogue_for(demo_services, session(demo_services, "N001"), "en")
    assert [e.course_id for e in view.courses] == ["info_security"]
    assert [u.name for u in view.unavailable] == ["broken_course"]
    assert "front-matter" in view.unavailable[0].problems[0]


def test_search_covers_only_the_persons_courses(demo_services: Services) -> None:
    nurse = session(demo_services, "N001")
    hits = search_courses(demo_services, nurse, "处方", "zh_CN")
    assert hits and not {h.course_id for h in hits} & {"pharmacy", "pharmacy_faq"}
    pharmacist = session(demo_services, "P001")
    assert any(h.course_id == "pharmacy" for h in search_courses(
        demo_services, pharmacist, "处方", "zh_CN"))
