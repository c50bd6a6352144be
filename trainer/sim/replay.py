"""Replay a command log against a scenario, headless, and grade it.

The same function serves `his-trainer sim run`, the tests, the benchmark and (later) the
trainer's replay of a practical exam: state is a pure function of scenario + log.

May import: trainer.content, trainer.sim (attempt, grading, log), trainer.errors,
the standard library.
"""

from __future__ import annotations

from pathlib import Path

from trainer.errors import ContentError, Problem
from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import Result, grade
from trainer.sim.log import LogEntry, parse_log
from trainer.sim.reference import load_reference
from trainer.sim.scenario_files import LoadedScenario, load_scenario, reference_folder


def replay(loaded: LoadedScenario, log_text: str) -> SimAttempt:
    """A attempt with every line of ``log_text`` applied in order."""
    attempt = SimAttempt(loaded.scenario, loaded.reference)
    for line in parse_log(log_text):
        attempt.apply_line(line)
    return attempt


def expert_path(loaded: LoadedScenario) -> list[LogEntry] | None:
    """The golden log as recorded, or None when the scenario has none."""
    path = loaded.folder / "expert.jsonl"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return None
    return replay(loaded, text).log


def run(loaded: LoadedScenario, log_text: str) -> tuple[SimAttempt, Result]:
    """Replay and grade against the expert path."""
    attempt = replay(loaded, log_text)
    return attempt, grade(attempt, expert_path(loaded))


def load(root: Path, folder: Path) -> LoadedScenario:
    """Load the reference data under ``root`` and the scenario in ``folder``, or raise
    :class:`ContentError` with every located problem."""
    reference, problems = load_reference(reference_folder(root))
    if reference is None:
        raise ContentError(problems)
    loaded, problems = load_scenario(folder, reference)
    if loaded is None:
        raise ContentError(problems or [Problem(str(folder), None, "", "invalid scenario")])
    return loaded
