"""Replay a command log against a scenario, headless, and grade it.

The same function serves `his-trainer sim run`, the tests, the benchmark and (later) the
trainer's replay of a practical exam: state is a pure function of scenario + log.

May import: trainer.content, trainer.sim (session, grading, log), trainer.errors,
the standard library.
"""

from __future__ import annotations

from pathlib import Path

from trainer.content.reference import load_reference
from trainer.content.scenarios import LoadedScenario, load_scenario, reference_folder
from trainer.errors import ContentError, Problem
from trainer.sim.grading import Result, grade
from trainer.sim.log import LogEntry, parse_log
from trainer.sim.session import Session


def replay(loaded: LoadedScenario, log_text: str) -> Session:
    """A session with every line of ``log_text`` applied in order."""
    session = Session(loaded.scenario, loaded.reference)
    for line in parse_log(log_text):
        session.apply_line(line)
    return session


def expert_path(loaded: LoadedScenario) -> list[LogEntry] | None:
    """The golden log as recorded, or None when the scenario has none."""
    path = loaded.folder / "expert.jsonl"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return None
    return replay(loaded, text).log


def run(loaded: LoadedScenario, log_text: str) -> tuple[Session, Result]:
    """Replay and grade against the expert path."""
    session = replay(loaded, log_text)
    return session, grade(session, expert_path(loaded))


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
