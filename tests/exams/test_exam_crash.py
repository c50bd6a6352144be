"""SIGKILL a real process sitting an exam, ≥ 50 times at random moments: every resume shows
every answer that was shown as saved, and the remaining time the journal records."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
KILLS = 50
LIMIT_MS = 30 * 60_000  # the small blueprint's time limit


class ForkServer:
    """One process with everything imported, forking a fresh exam process per run."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.exams.exam_child", "--serve"], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def run_and_kill(self, db: Path, seed: int, out: Path, delay: float) -> list[list[str]]:
        pid = int(self.ask(f"run {db} {seed} {out}").split()[1])
        if delay >= 0:  # most kills: a random moment once the exam is on screen
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
                time.sleep(0.005)
            time.sleep(delay)
        else:  # some kills: a random moment during start-up (resume, migration)
            time.sleep(-delay)
        os.kill(pid, signal.SIGKILL)
        assert self.ask(f"wait {pid}") == "done"
        text = out.read_text() if out.exists() else ""
        return [line.split(" ", 2) for line in text.splitlines(keepends=True)
                if line.endswith("\n")]

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


def journalled_elapsed(db: Path) -> int:
    """The largest elapsed_ms any event of the attempt carries, read with plain sqlite3."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT payload FROM journal_event WHERE type LIKE 'exam.%'")
        return max((json.loads(p).get("elapsed_ms", 0) for (p,) in rows), default=0)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs POSIX fork")
def test_sigkill_during_an_exam_always_resumes_with_saved_answers_and_time(
        tmp_path: Path) -> None:
    db = tmp_path / "trainer.db"
    rng = random.Random(20261202)
    saved: dict[str, str] = {}  # item → last response shown as saved
    pending: tuple[str, str] | None = None  # a save under way when the process died
    max_saved_elapsed = 0
    resumes = answers_saved = 0
    server = ForkServer()
    for run in range(KILLS):
        before = journalled_elapsed(db) if db.exists() else 0
        delay = rng.uniform(0.02, 0.5) if rng.random() < 0.85 else -rng.uniform(0.1, 1.5)
        lines = server.run_and_kill(db, run, tmp_path / f"run{run}.out", delay)
        for word, *rest in lines:
            if word == "resumed":
                resumes += 1
                base, shown = int(rest[0]), json.loads(rest[1])
                # the right remaining time: exactly what the journal recorded, never less
                # than the time of the last answer shown as saved
                assert base == before and base >= max_saved_elapsed
                assert LIMIT_MS - base == LIMIT_MS - before
                for item, given in saved.items():
                    value = json.dumps(shown.get(item), ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":"))
                    if pending is not None and pending[0] == item:
                        assert value in (given, pending[1]), (item, value)
                    else:
                        assert value == given, (item, value, given)
                saved = {k: json.dumps(v, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":")) for k, v in shown.items()}
                pending = None
            elif word == "saving":
                pending = (rest[0], rest[1].strip())
            elif word == "saved":
                assert pending is not None and pending[0] == rest[0]
                saved[pending[0]] = pending[1]
                max_saved_elapsed = max(max_saved_elapsed, int(rest[1]))
                pending = None
                answers_saved += 1
    server.close()
    print(f"{KILLS} SIGKILLs, {resumes} resumes checked, {answers_saved} answers saved")
    assert resumes >= KILLS * 2 // 3, resumes  # nearly every run got as far as resuming
    assert answers_saved > 150, answers_saved  # the kills interrupted a busy exam
