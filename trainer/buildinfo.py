"""Version and build facts for ``--version`` and the About page.

``make dist`` writes ``trainer/_build.json`` (commit, date) into the bundle; in a source
checkout the facts come from git when it is there.

May import: the standard library, trainer.resources.
"""

from __future__ import annotations

import contextlib
import functools
import json
import platform
import subprocess
import sys
from pathlib import Path

from trainer import __version__

_BUILD_FILE = Path(__file__).with_name("_build.json")


@functools.cache
def build_facts() -> dict[str, str]:
    facts = {
        "version": __version__,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.release()} {platform.machine()}",
        "commit": "",
        "built": "",
    }
    if _BUILD_FILE.exists():
        with contextlib.suppress(OSError, ValueError):
            facts.update(json.loads(_BUILD_FILE.read_text(encoding="utf-8")))
    elif not getattr(sys, "frozen", False):
        facts["commit"] = _git_commit()
    return facts


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=2,
            cwd=Path(__file__).parent,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def build_info() -> str:
    f = build_facts()
    parts = [
        f"commit {f['commit']}" if f["commit"] else "",
        f"built {f['built']}" if f["built"] else "",
        f"Python {f['python']}",
        f["platform"],
    ]
    return ", ".join(p for p in parts if p)
