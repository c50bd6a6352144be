"""Migrations: run at start, skipped when current, never lose the old file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from trainer.errors import StoreError
from trainer.journal import Journal, NewEvent
from trainer.journal.projections.course_progress import progress_for
from trainer.store import engine as store_engine
from trainer.store.engine import SCHEMA_HEAD, head_revision, make_engine, open_database
from trainer.store.probe import schema_revision

RELEASES = Path(__file__).with_name("releases")


def read_payloads(db: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT payload FROM journal_event").fetchall()
    finally:
        conn.close()


def test_schema_head_constant_matches_the_migration_scripts(tmp_path: Path) -> None:
    assert head_revision(make_engine(tmp_path / "x.db")) == SCHEMA_HEAD


def test_a_new_file_is_migrated_to_head(tmp_path: Path) -> None:
    db = tmp_path / "trainer.db"
    open_database(db)
    assert schema_revision(db) == SCHEMA_HEAD
    tables = {
        r[0]
        for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert {"journal_event", "staff", "profile_meta", "proj_course_section"} <= tables


@pytest.mark.parametrize("release", sorted(p.name for p in RELEASES.glob("*.db")))
def test_databases_from_earlier_releases_open_and_keep_their_events(
    tmp_path: Path, release: str
) -> None:
    db = tmp_path / "trainer.db"
    shutil.copyfile(RELEASES / release, db)
    journal = Journal(open_database(db, tmp_path / "backups"))
    events = list(journal.events())
    assert len(events) == 3
    assert journal.check() == []
    assert events[0].data()["course_id"] == "nurse_station"
    # projections whose layout changed (0003) are rebuilt from the journal on opening
    progress = progress_for(journal.engine, "N001")["nurse_station"]
    assert progress.sections_read == {"intro", "verify", "execute"}
    assert progress.resume_section == "execute" and progress.last_read == events[-1].time


def test_a_failed_upgrade_restores_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "trainer.db"
    journal = Journal(open_database(db))
    journal.append(
        NewEvent(
            "course.section_read",
            {"course_id": "c", "section_id": "s", "course_version": 1, "lang": "en"},
        )
    )
    before = read_payloads(db)
    # pretend a newer release with a migration that breaks half-way
    monkeypatch.setattr(store_engine, "SCHEMA_HEAD", "9999")
    monkeypatch.setattr(store_engine, "head_revision", lambda engine: "9999")

    def broken_upgrade(config: object, target: str) -> None:
        conn = sqlite3.connect(db)
        conn.execute("DROP TABLE journal_event")
        conn.commit()
        conn.close()
        raise RuntimeError("migration 9999 failed")

    from alembic import command

    monkeypatch.setattr(command, "upgrade", broken_upgrade)
    with pytest.raises(StoreError) as exc:
        open_database(db, tmp_path / "backups")
    assert exc.value.code == "store.migration_failed"
    assert read_payloads(db) == before
    assert list((tmp_path / "backups").glob(f"trainer-{SCHEMA_HEAD}-*.db"))
