"""Child process for the crash test: append events forever, print each id once committed.

    python crash_writer.py PROFILE_DB

A line ``ok <event_id>`` is printed only after ``append`` (or the writer's future) has
returned, i.e. after the commit — exactly what the app would show as "saved".
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from trainer.journal import Journal, JournalWriter, NewEvent
from trainer.store.engine import open_database


def event(i: int) -> NewEvent:
    return NewEvent(
        "course.section_read",
        {
            "course_id": "nurse_station",
            "section_id": f"s{i % 7}",
            "course_version": 1,
            "lang": "zh_CN",
        },
        actor_id="N001",
    )


def main() -> None:
    journal = Journal(open_database(Path(sys.argv[1])))
    writer = JournalWriter(journal, max_delay=0.01)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        if random.random() < 0.5:
            batch = [event(i + k) for k in range(random.randint(1, 5))]
            stored = journal.append(*batch)
            ids = [e.event_id for e in stored]
        else:
            futures = [writer.submit(event(i + k)) for k in range(random.randint(1, 20))]
            ids = [f.result().event_id for f in futures]
        sys.stdout.write("".join(f"ok {x}\n" for x in ids))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
