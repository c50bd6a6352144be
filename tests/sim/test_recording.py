"""Journalling station attempts: sim.command per command (accepted or refused) through the
group-commit writer, sim.finished, resume from the journal in the same state, and the
exported log grading exactly as `sim run` grades it."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.journal import JournalWriter
from trainer.services import Services
from trainer.sim import library
from trainer.sim.log import parse_log
from trainer.sim.recording import (
    RecordedAttempt,
    export_jsonl,
    open_attempts,
    resume,
)
from trainer.sim.replay import run

SCENARIO = "doctor-penicillin-allergy"


def _golden() -> list[tuple[int, str, dict]]:  # type: ignore[type-arg]
    folder = library.simulators_root() / "scenarios" / SCENARIO
    lines = parse_log((folder / "expert.jsonl").read_text(encoding="utf-8"))
    return [(int(str(ln.t)), str(ln.cmd), dict(ln.args)) for ln in lines]  # type: ignore[call-overload]


def test_every_command_is_journalled_accepted_or_refused(services: Services) -> None:
    writer = JournalWriter(services.journal, max_delay=0.05)
    rec = RecordedAttempt(library.scenario(SCENARIO), writer, "D001", "practice")
    refused = rec.apply("add_rx_item", {"rx": "rx-9", "drug": "azithromycin", "dose": 0.5}, 1000)
    ok = rec.apply("call_patient", {"visit": "v1"}, 2000)
    rec.flush()
    writer.close()
    assert not refused.accepted and refused.code == "missing_argument"
    assert ok.accepted
    rows = [e.data() for e in services.journal.events(type="sim.command")]
    assert [(r["seq"], r["cmd"], r["ok"], r["code"]) for r in rows] == [
        (1, "add_rx_item", False, "missing_argument"), (2, "call_patient", True, None)]
    events = list(services.journal.events(type="sim.command"))
    assert {e.actor_id for e in events} == {"D001"}
    assert {e.subject_id for e in events} == {rec.attempt_id}


def test_resume_rebuilds_the_same_state_and_finish_closes_it(services: Services) -> None:
    writer = JournalWriter(services.journal, max_delay=0.05)
    rec = RecordedAttempt(library.scenario(SCENARIO), writer, "D001", "exam")
    for t, cmd, args in _golden()[:6]:
        rec.apply(cmd, args, t)
    rec.flush()
    [found] = open_attempts(services.journal, "D001")
    assert found.attempt_id == rec.attempt_id and found.mode == "exam"
    assert open_attempts(services.journal, "N001") == []
    again = resume(library.scenario(SCENARIO), found, writer, "D001")
    assert [e.to_json() for e in again.attempt.log] == [e.to_json() for e in rec.attempt.log]
    assert again.attempt.sandbox.patients["p003"].allergies_recorded == ["penicillin"]
    assert again.elapsed_ms() >= found.last_t
    for t, cmd, args in _golden()[6:]:
        again.apply(cmd, args, t)
    result = again.finish()
    again.flush()
    writer.close()
    assert result.passed and result.score == 100
    assert open_attempts(services.journal, "D001") == []
    [done] = [e.data() for e in services.journal.events(type="sim.finished")]
    assert done["passed"] is True and done["commands"] == len(_golden())


def test_exported_log_grades_as_the_recorded_attempt(tmp_path: Path) -> None:
    loaded = library.scenario(SCENARIO)
    rec = RecordedAttempt(loaded, None, None, "practice")
    golden = _golden()
    rec.apply("verify_identity", {"patient": "p003", "name": "李秀英", "bed": "3"}, 500)
    for t, cmd, args in golden:
        rec.apply(cmd, args, t)
    text = rec.export_jsonl()
    assert text == export_jsonl(rec.attempt.log)
    assert json.loads(text.splitlines()[0])["args"]["bed"] == "3"  # refusals are kept
    mine = rec.finish()
    _attempt, replayed = run(loaded, text)
    assert replayed.to_dict() == mine.to_dict()
    assert replayed.efficiency.refused == 1
