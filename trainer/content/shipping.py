"""What of the question banks ships in the workstation bundle: the practice pools only.

ARCHITECTURE §4: the exam pool never reaches a ward PC with its answers. The bundle
(``make dist``, ``build.spec``) carries a copy of ``question_banks`` made by
:func:`practice_only`: every bank file without its ``pool: exam`` items (the blueprints
and everything else as they are). A networked PC receives the exam pool from the service,
without answers; a standalone PC gets it only by an administrator's import
(``his-trainer bank import``) — its results are then self-attested.

:func:`exam_items_in` finds any exam-pool item left in a folder (read as plain YAML, so a
file the validator would refuse is searched too): the bundle's smoke run and a unit test
use it.

May import: yaml, trainer.content, the standard library.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from trainer.content.banks import bank_files


@dataclass(frozen=True)
class Shipped:
    files: int
    practice_items: int
    exam_items_left_out: int


#: Written into a practice-only copy: ``content check`` then neither asks the (absent) exam
#: pool to fill the blueprints nor applies the bank-balance thresholds to the remainder
#: (both were checked on the full banks before the copy was made).
MARKER = "PRACTICE_ONLY.txt"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _read(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_Loader)


def is_practice_only(folder: Path) -> bool:
    """Whether ``folder`` (a root or a banks folder) is a practice-only copy."""
    return (folder / MARKER).is_file() or (folder / "question_banks" / MARKER).is_file()


def _is_exam(entry: Any) -> bool:
    return isinstance(entry, dict) and str(entry.get("pool", "")).strip() == "exam"


def practice_only(source: Path, target: Path) -> Shipped:
    """Copy the banks folder ``source`` to ``target`` without its exam-pool items."""
    folder, banks = bank_files(source)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(folder, target)
    kept = dropped = 0
    for path in banks:
        data = _read(path)
        items = data.get("items") if isinstance(data, dict) else None
        if not isinstance(items, list):
            continue
        practice = [entry for entry in items if not _is_exam(entry)]
        kept += len(practice)
        dropped += len(items) - len(practice)
        header = "".join(line for line in _leading_comments(path))
        body = yaml.dump({**data, "items": practice}, Dumper=_Dumper, allow_unicode=True,
                         sort_keys=False, width=100)
        (target / path.name).write_text(header + body, encoding="utf-8")
    (target / MARKER).write_text(
        "Practice pools only: the exam pool comes from the sync service (networked) or an\n"
        "administrator's import (standalone, self-attested). See trainer/content/shipping.py\n",
        encoding="utf-8")
    return Shipped(len(banks), kept, dropped)


def _leading_comments(path: Path) -> list[str]:
    """The file's opening comment block (sample-data notices stay with the data)."""
    lines = []
    for line in path.read_text(encoding="utf-8-sig").splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def exam_items_in(root: Path) -> list[str]:
    """Ids of exam-pool items in any ``*.yaml`` under ``root`` (recursively)."""
    found: list[str] = []
    for path in sorted(root.rglob("*.yaml")):
        try:
            data = _read(path)
        except (OSError, yaml.YAMLError):
            continue
        items = data.get("items") if isinstance(data, dict) else None
        if isinstance(items, list):
            found += [str(entry.get("id")) for entry in items if _is_exam(entry)]
    return found
