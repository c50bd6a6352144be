"""The layering of ARCHITECTURE §2, type checking and lint, enforced by the suite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / tool), *args], cwd=REPO, capture_output=True, text=True,
                          check=False, timeout=600)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def offenders(top_level: str, allowed_under: str) -> list[str]:
    bad = []
    for path in (REPO / "trainer").rglob("*.py"):
        rel = path.relative_to(REPO).as_posix()
        if rel.startswith(allowed_under):
            continue
        if top_level in imports_of(path):
            bad.append(rel)
    return bad


def test_only_gui_imports_qt() -> None:
    assert offenders("PySide6", "trainer/gui/") == []
    assert offenders("qtawesome", "trainer/gui/") == []


def test_only_reports_imports_reportlab() -> None:
    assert offenders("reportlab", "trainer/reports/") == []


def test_only_server_imports_the_web_framework() -> None:
    assert offenders("fastapi", "trainer/server/") == []
    assert offenders("uvicorn", "trainer/server/") == []


def test_import_linter_contracts_are_kept() -> None:
    result = run("lint-imports")
    assert result.returncode == 0, result.stdout[-3000:]


def test_mypy_strict_passes() -> None:
    result = run("mypy", "trainer")
    assert result.returncode == 0, result.stdout[-5000:]


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", "trainer", "tests", "benchmarks", "tools")
    assert result.returncode == 0, result.stdout[-5000:]


#: Modules may have at most this many lines (STYLE.md: aim for under ~400).
MAX_MODULE_LINES = 400


def test_no_module_exceeds_the_line_budget() -> None:
    long = {
        path.relative_to(REPO).as_posix(): lines
        for path in (REPO / "trainer").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}, f"split these modules (over {MAX_MODULE_LINES} lines): {long}"


def test_the_readme_describes_the_actual_layout() -> None:
    """Every package and module of trainer/ and every GUI feature folder is in the
    README's Develop section (so the description cannot drift from the tree)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    develop = readme[readme.index("## Develop"):]
    missing = [f"trainer/{p.name}" for p in sorted((REPO / "trainer").iterdir())
               if not p.name.startswith(("_", ".")) and (p.is_dir() or p.suffix == ".py")
               and f"trainer/{p.name}" not in develop]
    missing += [f"trainer/gui/{p.name}/" for p in sorted((REPO / "trainer" / "gui").iterdir())
                if p.is_dir() and not p.name.startswith("_") and f"`{p.name}/`" not in develop]
    assert missing == []
