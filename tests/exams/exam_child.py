"""Child process for the exam crash test: sit an exam, answering at random, forever.

    python -m tests.exams.exam_child PROFILE_DB SEED        # one exam process
    python -m tests.exams.exam_child --serve                # a fork server (POSIX)

The fork server imports everything once and then, for each ``run DB SEED OUT`` line on
stdin, forks a fresh process that sits the exam writing its lines to the file OUT, and
answers ``pid N``; ``wait N`` reaps it. On a loaded 2-core machine the imports take
seconds, so 50 spawned processes would spend most of the test importing.

On start it resumes the unfinished attempt (printing ``resumed <journalled elapsed ms>
<answers as JSON>``) or, the first time, unlocks and starts one (``started``). Then for
each answer it prints ``saving <item> <response JSON>`` before the save and ``saved <item>
<elapsed ms>`` after it returned — the moment the exam page would show "saved".
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from tests.exams import factory
from tests.exams.factory import small_content
from trainer.exams import sittings
from trainer.exams.runner import RunningAttempt
from trainer.exams.service import ExamService
from trainer.journal import Journal
from trainer.store.engine import open_database
from trainer.vocabulary import Role

NURSE = factory.session("N001")
TRAINER = factory.session("T001", Role.TRAINER)


OUT = [1]  # the file descriptor lines go to (stdout, or a file in a forked run)


def out(*words: object) -> None:
    os.write(OUT[0], (" ".join(str(w) for w in words) + "\n").encode())


def begin(exams: ExamService) -> RunningAttempt:
    found = exams.unfinished(NURSE)
    if found is None:
        sittings.unlock_here(exams.journal, TRAINER, "N001", "nurse_station")
        running = exams.start_certifying(NURSE, "nurse_station", identity_confirmed=True,
                                         seed=11)
        out("started", running.attempt_id)
        return running
    resumed = exams.resume(NURSE, found)
    assert isinstance(resumed, RunningAttempt), resumed
    out("resumed", resumed.journalled_ms,
        json.dumps(resumed.answers, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    return resumed


def response(rng: random.Random, kind: str) -> object:
    if kind in ("case", "matching"):
        return {str(n): rng.choice("ABCD") for n in range(1, 4) if rng.random() < 0.8}
    if kind == "true_false":
        return rng.random() < 0.5
    if kind == "numerical":
        return str(rng.randint(0, 50) / 10)
    if kind == "multiple":
        return "".join(sorted(rng.sample("ABCD", rng.randint(1, 3))))
    return rng.choice("ABCD")


def sit(db: str, seed: int) -> None:
    journal = Journal(open_database(Path(db)))
    exams = ExamService(journal, small_content())
    rng = random.Random(seed)
    running = begin(exams)
    items = running.attempt.paper.item_ids
    while True:
        item_id = rng.choice(items)
        given = response(rng, exams.content.items[item_id].type)
        out("saving", item_id, json.dumps(given, ensure_ascii=False, sort_keys=True,
                                          separators=(",", ":")))
        elapsed = running.save_answer(item_id, given)
        out("saved", item_id, elapsed)
        if rng.random() < 0.2:
            running.note_time()
        time.sleep(rng.uniform(0, 0.02))


def serve() -> None:
    small_content()  # warm every import
    for line in sys.stdin:
        words = line.split()
        if words[0] == "run":
            pid = os.fork()
            if pid == 0:
                OUT[0] = os.open(words[3], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                try:
                    sit(words[1], int(words[2]))
                finally:
                    os._exit(1)
            print("pid", pid, flush=True)
        elif words[0] == "wait":
            os.waitpid(int(words[1]), 0)
            print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve()
    else:
        sit(sys.argv[1], int(sys.argv[2]))
