"""``his-trainer content check``: validate shipped or given content, list every problem.

A PATH may be the application root, a content folder (``courses/``,
``question_banks/``, ``simulators/``) or one course folder; with no PATH the shipped
content is checked.

May import: every trainer.content module, trainer.resources, trainer.errors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trainer.content.bank_lint import threshold_problems
from trainer.content.banks import check_banks
from trainer.content.blueprints import check_blueprints
from trainer.content.courses import check_courses, load_course
from trainer.content.shipping import is_practice_only
from trainer.errors import Problem
from trainer.resources import app_root

Checker = Callable[[Path], list[Problem]]

#: Checkers that live in other features (the simulator's scenarios: ``trainer.sim``
#: registers ``simulators`` when it is imported), so content never imports them.
_REGISTERED: dict[str, Checker] = {}


def register_checker(folder: str, check: Checker) -> None:
    """Let a feature check its own content folder (``simulators/``…) in `content check`."""
    _REGISTERED[folder] = check


def _checkers() -> dict[str, Checker]:
    return {"courses": check_courses,
            "question_banks": lambda p: check_banks(p) + check_blueprints(p), **_REGISTERED}


def check_path(path: Path) -> list[Problem]:
    """Problems in ``path``, chosen by what kind of folder it is."""
    checkers = _checkers()
    path = path.resolve()
    if not path.exists():
        return [Problem(str(path), None, "", "no such file or folder", "content.missing")]
    if path.is_dir() and path.name in checkers:
        return checkers[path.name](path)
    if path.is_dir() and path.parent.name == "courses":
        return load_course(path, path.parent)[1]
    if path.is_dir() and any((path / name).is_dir() for name in checkers):
        return [
            p
            for name, check in checkers.items()
            if (path / name).is_dir()
            for p in check(path / name)
        ]
    if path.is_file() and path.parent.name in checkers:
        return checkers[path.parent.name](path.parent)
    return [
        Problem(
            str(path),
            None,
            "",
            "not a content folder (expected courses/, "
            "question_banks/, simulators/ or a course folder)",
            "content.unknown_path",
        )
    ]


def check_content(paths: list[Path] | None = None) -> list[Problem]:
    """Every problem in ``paths`` (default: the shipped content), in file order."""
    targets = paths or [app_root()]
    problems: list[Problem] = []
    for target in targets:
        if is_practice_only(target):  # a workstation bundle: see trainer.content.shipping
            problems.extend(p for p in check_path(target) if p.code != "blueprint.shortfall")
            continue
        problems.extend(check_path(target))
        problems.extend(threshold_problems(target))  # shipped-bank quality thresholds
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.field, p.message))
