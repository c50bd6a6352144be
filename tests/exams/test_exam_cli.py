"""``his-trainer exam paper``: the same seed gives the same paper; shortfalls are named."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from trainer.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def test_same_seed_same_paper_in_two_processes() -> None:
    first = run("exam", "paper", "pharmacy", "--seed", "9", "--json")
    second = run("exam", "paper", "pharmacy", "--seed", "9", "--json")
    assert first.returncode == 0, first.stderr
    paper = json.loads(first.stdout)
    assert paper == json.loads(second.stdout)
    assert len(paper["items"]) == 29 and paper["seed"] == 9
    assert {"case", "matching", "numerical"} <= {i["type"] for i in paper["items"]}
    assert all(set(i) == {"id", "section", "type", "knowledge_point", "difficulty", "options"}
               for i in paper["items"])  # never an answer


def test_shortfall_is_named(tmp_path: Path, capsys: object) -> None:
    banks = tmp_path / "question_banks"
    shutil.copytree(REPO / "question_banks", banks)
    plan = banks / "blueprints" / "cashier.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "  - {count: 1, types: [case]}", "  - {count: 9, types: [case]}"), encoding="utf-8")
    code = main(["exam", "paper", "cashier", "--seed", "1", "--content", str(banks)])
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert code == 1 and "section 0" in err and "needs 9" in err and "type case" in err
    from trainer.content.check import check_path

    problems = check_path(banks)
    short = [p for p in problems if p.code == "blueprint.shortfall"]
    assert len(short) >= 1 and short[0].file.endswith("blueprints/cashier.yaml")
    assert short[0].line == 14 and short[0].field == "sections[0].count"
    assert "short by" in short[0].message
