"""Fixtures: a practical service over a real profile database, the shipped definitions and
scenarios, and attempts sat through the stations' journalled recording."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.exams.factory import session
from trainer.exams import sittings
from trainer.journal import JournalWriter
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.definitions import load_practicals
from trainer.practical.service import PracticalService
from trainer.services import Services
from trainer.sim import library
from trainer.sim.log import parse_log
from trainer.sim.recording import RecordedAttempt
from trainer.vocabulary import Role

NURSE = session("N001")
PROCTOR = session("T001", Role.TRAINER)
MARKER2 = session("T002", Role.TRAINER)
MARKER3 = session("T003", Role.TRAINER)
SCENARIO = "nurse-verify-kcl"


@pytest.fixture
def practical(services: Services) -> PracticalService:
    exams, problems = load_practicals(library.simulators_root())
    assert not problems
    return PracticalService(services.journal, exams)


def log_lines(name: str = "expert.jsonl") -> list[tuple[int, str, dict[str, Any]]]:
    folder = library.simulators_root() / "scenarios" / SCENARIO
    return [(int(str(ln.t)), str(ln.cmd), dict(ln.args))  # type: ignore[call-overload]
            for ln in parse_log((folder / name).read_text(encoding="utf-8"))]


def sit(practical: PracticalService, commands: list[tuple[int, str, dict[str, Any]]],
        trainee: Any = NURSE, proctor: Any = PROCTOR,
        snapshots: list[Any] | None = None) -> PracticalAttempt:
    """Unlock, start, play ``commands`` at a station (journalled), finish."""
    sittings.unlock_here(practical.journal, proctor, trainee.staff_id, "nurse_station")
    found, loaded = practical.start(trainee, "nurse_station", identity_confirmed=True,
                                    seed=0)
    loaded = library.scenario(SCENARIO) if found.scenario_id != SCENARIO else loaded
    writer = JournalWriter(practical.journal, max_delay=0.02)
    rec = RecordedAttempt(loaded, writer, trainee.staff_id, "exam", found.attempt_id)
    for t, cmd, args in commands:
        rec.apply(cmd, args, t)
        if snapshots is not None:
            snapshots.append(copy.deepcopy(rec.attempt.sandbox))
    rec.flush()
    writer.close()
    return practical.finish(trainee, found.attempt_id)


@pytest.fixture(autouse=True)
def kcl_only(monkeypatch: pytest.MonkeyPatch, practical: PracticalService) -> None:
    """Every nurse attempt draws the KCl scenario (the draw itself is tested apart)."""
    exam = practical.exams["nurse_station"]
    practical.exams["nurse_station"] = exam.model_copy(update={"scenarios": [SCENARIO]})
