"""One bad event stops nothing: it is set aside with the reason, everything else goes on.

The case from the review: a ``course.section_read`` whose payload is not JSON, under an
administrator (so in every PC's scope), arriving by pull. Before the quarantine it broke
the sync's projection step, ``db rebuild`` and the audit page for good."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Connection

from tests.journal.ordering import READ, Service, catch_up, payload
from trainer.auth.audit import audit_log, quarantined_events
from trainer.cli import main
from trainer.errors import PermissionDenied
from trainer.journal import Journal
from trainer.journal.events import REGISTRY
from trainer.journal.projections import Item
from trainer.journal.projections.course_progress import (
    SECTION_READ,
    CourseProgressProjection,
    progress_for,
)
from trainer.services import Services
from trainer.sync import inbox


def pulled(service: Service, staff: str, section: str, text: str | None = None,
           **fields: object) -> dict[str, object]:
    row = service.foreign(staff, section)
    if text is not None:
        row["payload"] = text
    row.update(fields)
    return row


def pull(services: Services, rows: list[dict[str, object]]) -> None:
    with services.engine.begin() as conn:
        inbox.insert_events(conn, rows)
    catch_up(services.journal)


BAD = {
    "not JSON": ({"text": "{not json"}, "quarantine.not_json"),
    "not an object": ({"text": "[1, 2]"}, "quarantine.not_object"),
    "missing field": ({"text": '{"course_id":"c","lang":"en","section_id":"s"}'},
                      "quarantine.bad_payload"),
    "newer schema": ({"schema_version": 7}, "quarantine.newer_schema"),
    "no upcaster": ({"schema_version": 0}, "quarantine.no_upcaster"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_an_unreadable_pulled_event_is_set_aside_and_the_rest_counts(
    services: Services, case: str
) -> None:
    service = Service()
    fields, code = BAD[case]
    text = fields.pop("text", None) if "text" in fields else None
    bad = pulled(service, "A001", "bad", text, **fields)  # type: ignore[arg-type]
    pull(services, [pulled(service, "A001", "before"), bad, pulled(service, "A001", "after")])
    held = services.journal.quarantined()
    assert [(q.event_id, q.code) for q in held] == [(bad["event_id"], code)]
    assert held[0].type == READ and held[0].actor_id == "A001" and held[0].describe()
    assert progress_for(services.engine, "A001")["nurse_station"].sections_read == {
        "before", "after"}
    assert bad["event_id"] not in {e.event_id for e in services.journal.events()}
    assert bad["event_id"] in {e.event_id for e in services.journal.events(quarantined=True)}
    assert services.journal.rebuild() == 3  # rebuild goes on too …
    assert len(services.journal.quarantined()) == 1  # … and looks at it again


def test_the_audit_log_goes_on_past_a_bad_audit_event(demo_services: Services) -> None:
    services = demo_services
    service = Service()
    bad = pulled(service, "A001", "x", "\x00not json", type="auth.login")
    pull(services, [bad])
    session = services.login.login("A001", "demo-admin")
    entries = audit_log(services.journal, session)  # raised JSONDecodeError before
    assert entries and "other-pc" not in {e.device_id for e in entries}
    assert [q.code for q in services.journal.quarantined()] == ["quarantine.not_json"]
    assert [q.event_id for q in quarantined_events(services.journal, session)] == [
        bad["event_id"]]
    nurse = services.login.login("N001", "demo-nurse")
    with pytest.raises(PermissionDenied):
        quarantined_events(services.journal, nurse)


def test_an_upgrade_that_brings_the_upcaster_reads_the_event_after_a_rebuild(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = Service()
    old = pulled(service, "N001", "old-section", payload("nurse_station", "old-section"),
                 schema_version=0)
    pull(services, [old])
    assert [q.code for q in services.journal.quarantined()] == ["quarantine.no_upcaster"]
    upgraded = dataclasses.replace(SECTION_READ, upcasters={0: lambda data: {**data}})
    monkeypatch.setitem(REGISTRY, READ, upgraded)  # the next release
    services.journal.rebuild()
    assert services.journal.quarantined() == []
    assert progress_for(services.engine, "N001")["nurse_station"].sections_read == {
        "old-section"}


class Picky(CourseProgressProjection):
    """Fails on one section, as a projection with a bug would."""

    def apply_all(self, conn: Connection, items: list[Item]) -> None:  # type: ignore[override]
        if any(item.data["section_id"] == "boom" for item in items):
            raise KeyError("boom")
        super().apply_all(conn, items)


def test_an_event_a_projection_fails_on_is_set_aside_alone(services: Services) -> None:
    journal = Journal(services.engine, (Picky(),))
    service = Service()
    rows = [pulled(service, "N001", s) for s in ("one", "boom", "two")]
    with services.engine.begin() as conn:
        inbox.insert_events(conn, rows)
    catch_up(journal)
    held = journal.quarantined()
    assert [(q.event_id, q.code) for q in held] == [
        (rows[1]["event_id"], "quarantine.projection_failed")]
    assert "KeyError" in held[0].detail
    assert progress_for(services.engine, "N001")["nurse_station"].sections_read == {
        "one", "two"}


def test_db_check_lists_what_was_set_aside(services: Services, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = pulled(Service(), "A001", "bad", "{not json")
    pull(services, [bad])
    root = str(services.profile.root)
    services.close()
    assert main(["db", "check", "--data-dir", root]) == 1
    out = capsys.readouterr().out
    assert f"quarantined: {bad['event_id']} {READ} (quarantine.not_json)" in out
    assert "1 set aside" in out
    assert main(["db", "rebuild", "--data-dir", root]) == 0
    assert "1 event(s) set aside" in capsys.readouterr().out
