"""Load and validate all shipped content, cold (a fresh process), against 300 ms.

"Load" is what the application does: every course's front matter and structure, every
question bank and every scenario with its reference data, all validated. Course HTML is
rendered when a section is first shown, so the full ``content check`` (which also renders
and inspects every section) is reported beside it, as information.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from benchmarks.harness import Figure

RUNS = 5

CHILD = """
import time
start = time.perf_counter()
from trainer.content.banks import check_banks
from trainer.content.courses import load_catalogue
from trainer.sim.scenario_files import check_simulators
from trainer.content.check import check_content
from trainer.resources import content_root
imported = time.perf_counter()
catalogue = load_catalogue(content_root("courses"), deep=False)
problems = len(catalogue.unavailable)
problems += len(check_banks(content_root("question_banks")))
problems += len(check_simulators(content_root("simulators")))
loaded = time.perf_counter()
problems += len(check_content())
checked = time.perf_counter()
print((imported - start) * 1000, (loaded - imported) * 1000, (checked - loaded) * 1000, problems)
"""


def run() -> list[Figure]:
    subprocess.run([sys.executable, "-c", CHILD], check=True, capture_output=True)  # OS cache
    imports, loads, checks = [], [], []
    problems = "0"
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120
        ).stdout.split()
        imports.append(float(out[0]))
        loads.append(float(out[1]))
        checks.append(float(out[2]))
        problems = out[3]
    return [
        Figure(
            "load + validate all content, cold",
            statistics.median(loads),
            "ms",
            budget=300,
            note=f"after {statistics.median(imports):.0f} ms of imports; {problems} problems",
        ),
        Figure(
            "full `content check` (renders every section)",
            statistics.median(checks),
            "ms",
            note="CI and trainers; not at start-up",
        ),
    ]
