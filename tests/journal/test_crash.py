"""Kill a real process writing the journal at random moments (SIGKILL, ≥ 50 times):
the database stays sound, device_seq stays gap-free, and every event whose write had
returned is there."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from trainer.journal import Journal
from trainer.store.engine import open_database

KILLS = 50
CHILD = Path(__file__).with_name("crash_writer.py")


def run_and_kill(db: Path, delay: float, *, after_ready: bool = True) -> list[str]:
    """Kill the writer ``delay`` seconds after it is writing (``after_ready``), or after
    it was started (to land in start-up and migration): timing from the start alone
    missed the writing on a busy machine, where starting Python takes over a second."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout or []:
            lines.append(line)
            if line.startswith("ready"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if after_ready:
        ready.wait(60)
    time.sleep(delay)
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
    proc.wait()
    reader.join(5)
    return [line.split()[1] for line in lines if line.startswith("ok ")]


@pytest.mark.slow
@pytest.mark.timeout(900)  # 50 child starts of about a second each, more on a busy machine
def test_sigkill_during_writes_loses_nothing_that_was_saved(tmp_path: Path) -> None:
    db = tmp_path / "trainer.db"
    rng = random.Random(20261125)
    confirmed: set[str] = set()
    for n in range(KILLS):
        # most kills land while events are being written; a few during start-up/migration
        confirmed.update(run_and_kill(db, rng.uniform(0.02, 0.5), after_ready=n % 6 != 0))
    journal = Journal(open_database(db))
    assert journal.check() == []  # PRAGMA integrity_check ok and device_seq gap-free
    stored = {e.event_id for e in journal.events()}
    assert confirmed <= stored, f"{len(confirmed - stored)} saved events lost"
    assert len(confirmed) > 500  # the kills really interrupted a busy writer
