"""``db rebuild`` yields exactly the projections maintained incrementally."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.cli import main
from trainer.journal import NewEvent
from trainer.journal.projections.course_progress import progress_for, snapshot
from trainer.services import Services, open_services

reads = st.lists(
    st.tuples(
        st.sampled_from(["N001", "N002", "D001"]),
        st.sampled_from(["nurse_station", "pharmacy", "info_security"]),
        st.sampled_from(["intro", "verify", "execute", "返回"]),
        st.integers(1, 3),
        st.sampled_from(["zh_CN", "en"]),
    ),
    min_size=0,
    max_size=40,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batches=st.lists(reads, min_size=1, max_size=4))
def test_rebuild_equals_incremental_state(
    services: Services, batches: list[list[tuple[str, str, str, int, str]]]
) -> None:
    services.journal.rebuild()  # hypothesis reuses the fixture: start from this state
    for batch in batches:
        services.journal.append(
            *[
                NewEvent(
                    "course.section_read",
                    {"course_id": c, "section_id": s, "course_version": v, "lang": lang},
                    actor_id=who,
                )
                for who, c, s, v, lang in batch
            ]
        )
    before = snapshot(services.engine)
    services.journal.rebuild()
    assert snapshot(services.engine) == before


def test_resume_position_is_the_last_section_read(services: Services) -> None:
    for section in ("intro", "verify", "execute", "verify"):
        services.journal.append(
            NewEvent(
                "course.section_read",
                {
                    "course_id": "nurse_station",
                    "section_id": section,
                    "course_version": 1,
                    "lang": "zh_CN",
                },
                actor_id="N001",
            )
        )
    progress = progress_for(services.engine, "N001")["nurse_station"]
    assert progress.resume_section == "verify"
    assert progress.sections_read == {"intro", "verify", "execute"}


def test_db_rebuild_command(services: Services, capsys) -> None:  # type: ignore[no-untyped-def]
    services.journal.append(
        NewEvent(
            "course.section_read",
            {"course_id": "pharmacy", "section_id": "review", "course_version": 1, "lang": "en"},
            actor_id="P001",
        )
    )
    before = snapshot(services.engine)
    root = str(services.profile.root)
    services.close()
    assert main(["db", "rebuild", "--data-dir", root]) == 0
    assert "from 1 events" in capsys.readouterr().out
    assert main(["--data-dir", root, "db", "check"]) == 0
    reopened = open_services(root)
    assert snapshot(reopened.engine) == before
    reopened.close()
