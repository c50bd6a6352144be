"""The service and a workstation's sync as real processes, to be killed with SIGKILL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg

from tests.sync.helpers import pg_dsn
from trainer.server.testing import free_port

REPO = Path(__file__).resolve().parents[2]


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HIS_TRAINER_DATA"] = str(data_dir)
    env["PYTHONPATH"] = str(REPO)
    return env


class ServiceProcess:
    """``his-trainer serve`` in its own process."""

    def __init__(self, db_url: str, data_dir: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "trainer", "serve", "--db", db_url, "--port", str(self.port)],
            env=_env(data_dir), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode() if self.proc.stderr else "")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("service did not come up")
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)


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
