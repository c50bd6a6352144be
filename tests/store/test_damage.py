"""A damaged database file: one clear error with how to restore it, and ``db check``
reports instead of crashing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer import words
from trainer.cli import main
from trainer.errors import StoreError
from trainer.journal import NewEvent
from trainer.services import Services, open_services


def damage(db: Path, *, header: bool = False) -> None:
    with db.open("r+b") as handle:
        if header:
            handle.write(b"this is no database anymore" * 4)
        else:  # the pages after the schema: the tables' own pages
            handle.seek(4096)
            handle.write(bytes(range(256)) * 16 * 12)


@pytest.fixture
def filled(services: Services) -> Path:
    services.journal.append(*(NewEvent(
        "course.section_read", {"course_id": "nurse_station", "section_id": f"s{i}",
                                "course_version": 1, "lang": "en"}, actor_id="N001")
        for i in range(300)))
    root = services.profile.root
    services.close()
    return root


@pytest.mark.parametrize("header", [False, True], ids=["pages", "header"])
def test_a_damaged_file_is_one_clear_error(filled: Path, header: bool) -> None:
    damage(filled / "trainer.db", header=header)
    with pytest.raises(StoreError) as caught:
        open_services(filled).journal.rebuild()
    error = caught.value
    assert error.code == "store.corrupt_no_backup"
    assert error.facts["path"] == str(filled / "trainer.db")
    assert error.facts["backups"] == str(filled / "backups")
    text = words.say(error.code, "en", **error.facts)
    assert str(filled / "backups") in text and "damaged" in text


def test_the_message_names_the_newest_backup(filled: Path) -> None:
    backups = filled / "backups"
    shutil.copyfile(filled / "trainer.db", backups / "trainer-0002-20261201T000000.db")
    damage(filled / "trainer.db")
    with pytest.raises(StoreError) as caught:
        open_services(filled).journal.rebuild()
    assert caught.value.code == "store.corrupt"
    latest = str(backups / "trainer-0002-20261201T000000.db")
    assert caught.value.facts["latest"] == latest
    assert latest in words.say("store.corrupt", "en", **caught.value.facts)


def test_db_check_and_rebuild_report_a_damaged_file(  # type: ignore[no-untyped-def]
    filled: Path, capsys
) -> None:
    damage(filled / "trainer.db")
    assert main(["db", "check", "--data-dir", str(filled)]) == 1
    out, err = capsys.readouterr()
    assert "error: store.corrupt_no_backup:" in err and "Traceback" not in err + out
    assert "integrity:" in out
    assert main(["db", "rebuild", "--data-dir", str(filled)]) == 1
    assert "store.corrupt" in capsys.readouterr().err
