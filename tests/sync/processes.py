"""A workstation's sync as a real process, to be killed with SIGKILL; the service process
is :class:`testkit.postgres.ServiceProcess`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from testkit.postgres import ServiceProcess
from tests.sync.helpers import pg_dsn

__all__ = ["ServiceProcess", "sync_process", "wait_for_advisory_waiter"]

REPO = Path(__file__).resolve().parents[2]


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HIS_TRAINER_DATA"] = str(data_dir)
    env["PYTHONPATH"] = str(REPO)
    return env


def sync_process(data_dir: Path) -> subprocess.Popen[bytes]:
    """``his-trainer sync`` on the profile in ``data_dir``."""
    return subprocess.Popen([sys.executable, "-m", "trainer", "sync", "--data-dir", str(data_dir)],
                            env=_env(data_dir), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def wait_for_advisory_waiter(db_url: str) -> None:
    """Block until some backend waits for an advisory lock (the push holding its batch)."""
    deadline = time.monotonic() + 60
    with psycopg.connect(pg_dsn(db_url), autocommit=True) as conn:
        while True:
            row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE "
                               "wait_event_type = 'Lock' AND wait_event = 'advisory'").fetchone()
            if row and row[0]:
                return
            if time.monotonic() > deadline:
                raise RuntimeError("no push is waiting on the sequence lock")
            time.sleep(0.02)
