"""A locked screen pauses a station attempt: ``sim.paused`` and ``sim.resumed`` are
journalled, and the time away is in no command time, so efficiency, the exam's time limit
and the practical replay's timeline leave it out."""

from __future__ import annotations

import pytest

from trainer.journal import JournalWriter
from trainer.practical.replay import commands_of, timeline
from trainer.services import Services
from trainer.sim import library
from trainer.sim.recording import RecordedAttempt, pauses_of

SCENARIO = "doctor-penicillin-allergy"
HOUR_MS = 3_600_000


class WallClock:
    """The PC's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.ms = 1_000_000.0

    def __call__(self) -> float:
        return self.ms


def test_the_time_away_is_journalled_and_not_counted(services: Services) -> None:
    wall = WallClock()
    writer = JournalWriter(services.journal, max_delay=0.05)
    loaded = library.scenario(SCENARIO)
    rec = RecordedAttempt(loaded, writer, "D001", "exam", clock=wall)
    wall.ms += 20_000
    assert rec.apply("call_patient", {"visit": "v1"}).t == 20_000
    wall.ms += 5_000
    rec.pause("lock")
    wall.ms += HOUR_MS  # lunch, with the PC locked
    assert rec.elapsed_ms() == 25_000
    rec.pause("switch_user")  # already paused: nothing more
    rec.unpause()
    wall.ms += 10_000
    started = rec.apply("start_visit", {"visit": "v1"})
    assert started.accepted and started.t == 35_000  # not 3,635,000: inside the time limit
    result = rec.finish()
    rec.flush()
    writer.close()
    assert result.efficiency.time_ms == 35_000  # the results screen's time
    paused = [e.data() for e in services.journal.events(type="sim.paused")]
    resumed = [e.data() for e in services.journal.events(type="sim.resumed")]
    assert [(p["t"], p["reason"]) for p in paused] == [(25_000, "lock")]
    assert [(r["t"], r["paused_ms"]) for r in resumed] == [(25_000, HOUR_MS)]
    assert [(p.t, p.reason, p.paused_ms) for p in pauses_of(services.journal, rec.attempt_id)] \
        == [(25_000, "lock", HOUR_MS)]
    finished = next(services.journal.events(type="sim.finished")).data()
    assert finished["time_ms"] == 35_000
    steps = timeline(loaded, commands_of(services.journal, rec.attempt_id)).steps
    assert [s.t for s in steps] == [20_000, 35_000]
    assert [s.pause_before_ms for s in steps] == [0, 0]  # the lock is not a trainee's pause


def test_a_pause_left_unresumed_is_shown_as_open(services: Services) -> None:
    wall = WallClock()
    writer = JournalWriter(services.journal, max_delay=0.05)
    rec = RecordedAttempt(library.scenario(SCENARIO), writer, "D001", "practice", clock=wall)
    wall.ms += 3_000
    rec.pause("switch_user")
    rec.flush()
    writer.close()
    assert [(p.t, p.reason, p.paused_ms) for p in pauses_of(services.journal, rec.attempt_id)] \
        == [(3_000, "switch_user", None)]
    with pytest.raises(ValueError):
        rec.pause("coffee")
