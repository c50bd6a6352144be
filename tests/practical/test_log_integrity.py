"""The integrity chain of a practical attempt's command log: a station chains every
command, a resumed attempt continues the chain, the finish records its last link, and the
service's check (:func:`trainer.server.practicals.rerun`) accepts exactly that log —
and names what changed when it is not."""

from __future__ import annotations

import dataclasses
import json

from tests.practical.conftest import NURSE, PROCTOR, SCENARIO, log_lines
from trainer.exams import sittings
from trainer.journal import JournalWriter
from trainer.practical.service import PracticalService
from trainer.server.practicals import rerun
from trainer.sim import library
from trainer.sim.recording import RecordedAttempt, open_attempts, resume


def test_a_resumed_attempt_keeps_one_chain_the_service_accepts(
        practical: PracticalService) -> None:
    sittings.unlock_here(practical.journal, PROCTOR, NURSE.staff_id, "nurse_station")
    found, _ = practical.start(NURSE, "nurse_station", identity_confirmed=True, seed=0)
    loaded = library.scenario(SCENARIO)
    commands = log_lines()
    writer = JournalWriter(practical.journal, max_delay=0.02)
    first = RecordedAttempt(loaded, writer, NURSE.staff_id, "exam", found.attempt_id)
    for t, cmd, args in commands[:3]:
        first.apply(cmd, args, t)
    first.flush()  # the station crashes here
    [open_one] = open_attempts(practical.journal, NURSE.staff_id)
    second = resume(loaded, open_one, writer, NURSE.staff_id)
    for t, cmd, args in commands[3:]:
        second.apply(cmd, args, t)
    second.flush()
    writer.close()
    done = practical.finish(NURSE, found.attempt_id)
    events = list(practical.journal.events(type="sim.command", subject_id=found.attempt_id))
    finish = next(practical.journal.events(type="practical.finished")).data()
    assert finish["log_digest"] == events[-1].data()["chain"]
    assert rerun(done, loaded, events, finish)["outcome"] == "verified"

    # the same log with one command's time changed afterwards
    edited = events[2]
    data = edited.data()
    data["t"] += 1
    changed = dataclasses.replace(edited, payload=json.dumps(data))
    verdict = rerun(done, loaded, [*events[:2], changed, *events[3:]], finish)
    assert verdict["outcome"] == "flagged"
    assert verdict["reasons"] == ["log_chain", "log_digest"]  # the replay itself agrees
    # a command left out
    verdict = rerun(done, loaded, events[:2] + events[3:], finish)
    assert verdict["outcome"] == "flagged"
    assert {"log_gap", "log_chain", "log_digest"} <= set(verdict["reasons"])
