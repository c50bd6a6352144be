"""Practical exam definitions (ARCHITECTURE §5): one YAML file per HIS module under
``simulators/practicals/``.

A definition names the exam scenarios it draws from (one of them per attempt, at
random), the pass mark, the time limit, the rubric items a trainer ticks on top of the
automatic checks, the share of the score the rubric carries, and the tolerance (points)
within which two markers count as agreeing. Every problem is located as
``file:line: field: message``; importing this module adds the check to
`his-trainer content check` (``simulators/``, next to the scenarios' own checker).

May import: trainer.content (common, yamlsource, check registry), trainer.errors,
trainer.vocabulary, trainer.sim (scenario_files), pydantic, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from trainer.content.check import register_checker
from trainer.content.common import Identifier, LocalText, Strict, missing_languages
from trainer.content.yamlsource import Located, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.sim.scenario_files import check_simulators
from trainer.vocabulary import Module

FOLDER = "practicals"


class RubricItem(Strict):
    """What no machine can judge, for the trainer to tick (e.g. 口述核对, 告知患者)."""

    id: Identifier
    text: LocalText
    points: Annotated[int, Field(ge=1, le=100)]


class PracticalExam(Strict):
    id: Identifier
    version: Annotated[int, Field(ge=1)]
    module: Module
    title: LocalText
    scenarios: Annotated[list[Identifier], Field(min_length=1)]
    pass_mark: Annotated[float, Field(ge=1, le=100)] = 80.0
    time_limit_minutes: Annotated[int, Field(ge=1, le=240)] = 20
    rubric: list[RubricItem] = []  # noqa: RUF012
    rubric_weight: Annotated[int, Field(ge=0, le=50)] = 20  # percent of the score
    tolerance: Annotated[float, Field(ge=0, le=50)] = 5.0  # points two markers may differ

    @model_validator(mode="after")
    def _consistent(self) -> PracticalExam:
        if len(set(self.scenarios)) != len(self.scenarios):
            raise ValueError("a scenario is listed twice")
        if len({r.id for r in self.rubric}) != len(self.rubric):
            raise ValueError("rubric item ids must be unique")
        if self.rubric_weight and not self.rubric:
            raise ValueError("rubric_weight needs rubric items (or set it to 0)")
        return self

    @property
    def rubric_points(self) -> int:
        return sum(r.points for r in self.rubric)


@dataclass(frozen=True)
class ScenarioFacts:
    """What a definition needs to know of a scenario: its module and modes."""

    module: str
    modes: tuple[str, ...]


def _scenario_facts(root: Path) -> dict[str, ScenarioFacts]:
    """Scenario id → facts, read cheaply from each ``scenarios/*/scenario.yaml``."""
    facts = {}
    for path in sorted((root / "scenarios").glob("*/scenario.yaml")):
        try:
            data = load_yaml_file(path, str(path)).data
        except ContentError:
            continue  # the scenarios' own checker reports it
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            modes = data.get("modes") or ["guided", "practice", "exam"]
            facts[data["id"]] = ScenarioFacts(str(data.get("module")),
                                              tuple(str(m) for m in modes))
    return facts


def _cross_check(exam: PracticalExam, located: Located,
                 scenarios: dict[str, ScenarioFacts]) -> list[Problem]:
    problems = []
    for n, name in enumerate(exam.scenarios):
        line = located.line_of(("scenarios", n))
        found = scenarios.get(name)
        if found is None:
            problems.append(Problem(located.file, line, f"scenarios[{n}]",
                                    f"no scenario '{name}' in scenarios/"))
        elif found.module != exam.module.value:
            problems.append(Problem(located.file, line, f"scenarios[{n}]",
                                    f"scenario '{name}' is for {found.module}, "
                                    f"not {exam.module.value}"))
        elif "exam" not in found.modes:
            problems.append(Problem(located.file, line, f"scenarios[{n}]",
                                    f"scenario '{name}' does not offer exam mode"))
    texts = [("title", exam.title)] + [(f"rubric[{n}].text", r.text)
                                        for n, r in enumerate(exam.rubric)]
    for field, text in texts:
        for lang in missing_languages(text):
            loc = tuple(int(p) if p.isdigit() else p
                        for p in field.replace("[", ".").replace("]", "").split("."))
            problems.append(Problem(located.file, located.line_of(loc), field,
                                    f"missing the {lang} text"))
    return problems


def load_practicals(root: Path) -> tuple[dict[str, PracticalExam], list[Problem]]:
    """Every valid definition under ``root/practicals`` (by module) and every problem."""
    folder = root / FOLDER
    exams: dict[str, PracticalExam] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return exams, problems
    scenarios = _scenario_facts(root)
    for path in sorted(folder.glob("*.yaml")):
        try:
            located = load_yaml_file(path, str(path))
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        exam, found = validate(PracticalExam, located)
        problems.extend(found)
        if exam is None:
            continue
        crossed = _cross_check(exam, located, scenarios)
        problems.extend(crossed)
        if exam.module.value in exams:
            problems.append(Problem(located.file, located.line_of(("module",)), "module",
                                    f"a second practical exam for {exam.module.value}"))
        elif not crossed:
            exams[exam.module.value] = exam
    return exams, problems


def check_practicals(root: Path) -> list[Problem]:
    return load_practicals(root)[1]


def check_simulators_and_practicals(root: Path) -> list[Problem]:
    """The ``simulators/`` folder: its scenarios, then its practical exam definitions."""
    return check_simulators(root) + check_practicals(root)


register_checker("simulators", check_simulators_and_practicals)
