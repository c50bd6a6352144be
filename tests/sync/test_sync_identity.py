"""Identity and time: restored and copied profiles, wrong clocks."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from testkit.postgres import ServiceThread
from tests.sync.conftest import Workstation
from tests.sync.helpers import (
    assert_converged,
    local_ids,
    pg_dsn,
    read,
    server_events,
    sync_ok,
)
from trainer.services import Services, open_services
from trainer.store.models import DeviceHistory
from trainer.sync.client import SyncClient
from trainer.sync.state import read_status


def backup(services: Services, target: Path) -> None:
    """A consistent copy of the profile's database (as a backup tool would make)."""
    src = sqlite3.connect(services.profile.database)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def restore(services: Services, copy: Path) -> Services:
    folder = services.profile.root
    services.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(services.profile.database) + suffix).unlink(missing_ok=True)
    shutil.copyfile(copy, services.profile.database)
    return open_services(folder)


def test_a_profile_restored_from_an_old_copy_enrols_again_and_keeps_its_events(
    service: ServiceThread, server_db: str, workstation: Workstation, tmp_path: Path
) -> None:
    pc = workstation("pc", service.url, server_db)
    other = workstation("other", service.url, server_db)
    early = {read(pc, "N100", "nurse_station", s) for s in ("a", "b", "c")}
    sync_ok(pc)
    unsent = {read(pc, "N100", "nurse_station", s) for s in ("d", "e")}
    old_copy = tmp_path / "backup.db"
    backup(pc, old_copy)
    later = {read(pc, "N100", "nurse_station", "f")}
    sync_ok(pc)
    later.add(read(pc, "N100", "nurse_station", "g"))
    sync_ok(pc)
    old_id = pc.journal.device_id

    restored = restore(pc, old_copy)
    after = {read(restored, "N100", "nurse_station", "h")}
    outcome = sync_ok(restored)
    assert outcome.reenrolled is not None and outcome.reenrolled != old_id
    assert restored.journal.device_id == outcome.reenrolled
    with restored.engine.connect() as conn:
        retired = conn.execute(DeviceHistory.__table__.select().where(  # type: ignore[attr-defined]
            DeviceHistory.device_id == old_id)).mappings().one()
    assert (retired["reason"], retired["replaced_by"]) == ("restored", outcome.reenrolled)
    assert_converged(server_db, [restored, other])
    assert {e["event_id"] for e in server_events(server_db)} == early | unsent | later | after
    assert local_ids(restored) == early | unsent | later | after


def test_a_copied_profile_is_told_apart_and_both_keep_their_events(
    service: ServiceThread, server_db: str, workstation: Workstation, tmp_path: Path
) -> None:
    original = workstation("original", service.url, server_db)
    read(original, "N100", "nurse_station", "shared")
    sync_ok(original)
    folder = tmp_path / "copy"
    shutil.copytree(original.profile.root, folder, ignore=shutil.ignore_patterns("trainer.db*"))
    backup(original, folder / "trainer.db")
    copy = open_services(folder)
    try:
        assert copy.journal.device_id == original.journal.device_id
        mine = {read(original, "N100", "nurse_station", f"o{i}") for i in range(3)}
        theirs = {read(copy, "D100", "outpatient_doctor", f"c{i}") for i in range(2)}
        sync_ok(original)
        outcome = sync_ok(copy)
        assert outcome.reenrolled is not None
        assert copy.journal.device_id != original.journal.device_id
        assert_converged(server_db, [original, copy])
        stored = {e["event_id"] for e in server_events(server_db)}
        assert mine | theirs <= stored
    finally:
        copy.close()


def test_a_copy_pushing_first_still_keeps_both(
    service: ServiceThread, server_db: str, workstation: Workstation, tmp_path: Path
) -> None:
    original = workstation("original", service.url, server_db)
    folder = tmp_path / "copy"
    shutil.copytree(original.profile.root, folder, ignore=shutil.ignore_patterns("trainer.db*"))
    backup(original, folder / "trainer.db")
    copy = open_services(folder)
    try:
        read(original, "N100", "nurse_station", "one")
        read(copy, "N100", "nurse_station", "two")
        sync_ok(copy)
        assert sync_ok(original).reenrolled is not None  # now the original is second
        assert_converged(server_db, [original, copy])
        assert len(server_events(server_db)) == 2
    finally:
        copy.close()


@pytest.mark.parametrize("offset", [timedelta(days=1), timedelta(days=-1),
                                    timedelta(days=5 * 365), timedelta(days=-5 * 365)])
def test_a_wrong_clock_is_flagged_and_its_data_accepted(
    service: ServiceThread, server_db: str, workstation: Workstation, offset: timedelta
) -> None:
    pc = workstation("pc", service.url, server_db)
    other = workstation("other", service.url, server_db)

    def skewed() -> str:
        return (datetime.now(UTC) + offset).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    ids = {read(pc, "N100", "nurse_station", f"t{i}", device_time=skewed()) for i in range(3)}
    outcome = SyncClient(pc.engine, pc.journal, now=skewed).run()
    assert outcome.error_code is None and outcome.clock_flagged
    assert outcome.clock_skew_s is not None
    assert abs(outcome.clock_skew_s - offset.total_seconds()) < 3600
    status = read_status(pc.engine)
    assert status.clock_flagged
    stored = server_events(server_db)
    assert {e["event_id"] for e in stored} == ids
    for event in stored:
        server_time = datetime.fromisoformat(event["server_time"])
        assert abs((server_time - datetime.now(UTC)).total_seconds()) < 3600
    with psycopg.connect(pg_dsn(server_db)) as conn:
        row = conn.execute("SELECT clock_flagged FROM device WHERE device_id = %s",
                           (pc.journal.device_id,)).fetchone()
    assert row == (True,)
    assert_converged(server_db, [pc, other])
    assert not read_status(pc.engine).clock_flagged  # the next sync used the real clock
