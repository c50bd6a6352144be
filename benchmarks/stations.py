"""Station screens: a simulator command → the screen updated (median and p95, budget
16 ms median), and the resident memory of the app during an exam (budget 250 MB).

Runs in a fresh process (a ward PC runs one app): the doctor and the nurse stations are
opened in exam mode over a new profile and their scenarios' golden logs are played again
and again through the station host; each sample is one command applied, journalled
(queued to the group-commit writer), the screen re-rendered from the sandbox, and the
event loop run until the changed widgets are painted and flushed (``processEvents``).
Memory is the process's peak resident set at the end; the hosts of finished attempts are
deleted as the application's event loop deletes them (this child never runs ``exec()``).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import Figure

ROUNDS = 12
ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication, QEvent
from trainer.gui import operations
from trainer.gui.app import make_app
from trainer.gui.context import AppContext
from trainer.gui.stations.demo import golden_lines
from trainer.gui.stations.pages import DoctorStationPage, NurseStationPage
from trainer.services import open_services
from trainer.sim import library

services = open_services(sys.argv[1])
app = make_app()
ctx = AppContext(services.profile, services.settings, services)
samples = []
for page_class, scenario in ((DoctorStationPage, "doctor-penicillin-allergy"),
                             (NurseStationPage, "nurse-bedside-execution")):
    page = page_class(ctx)
    page.resize(1400, 900)
    page.show()
    lines = golden_lines(library.scenario(scenario))
    for _ in range(int(sys.argv[2])):
        page.open_scenario(scenario, "exam")
        operations.wait_for_all()
        app.processEvents()
        # the previous attempt's host was deleteLater()'d; a running event loop deletes it
        # at once, but this loop never runs exec(), so do what it would do
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        host = page.host
        for t, cmd, args in lines:
            start = time.perf_counter()
            host.issue(cmd, args, t)
            app.processEvents()  # layout, then paint what changed, flushed to the window
            samples.append((time.perf_counter() - start) * 1000)
        host.finish()
    page.back_to_list()
    operations.wait_for_all()
    page.close()
try:
    import resource
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
except ImportError:  # Windows
    import psutil
    peak_mb = psutil.Process().memory_info().peak_wset / 2**20
services.close()
print(json.dumps({"samples": samples, "peak_mb": peak_mb}))
"""


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-stations-") as profile:
        done = subprocess.run([sys.executable, "-c", CHILD, profile, str(ROUNDS)], cwd=ROOT,
                              capture_output=True, text=True, timeout=600, check=True)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    samples = sorted(data["samples"])
    p95 = samples[int(len(samples) * 0.95) - 1]
    note = f"{len(samples)} commands, doctor + nurse stations, exam mode"
    return [
        Figure("command → screen updated (median)", statistics.median(samples), "ms", 16, note),
        Figure("command → screen updated (p95)", p95, "ms", None, note),
        Figure("resident memory during an exam (peak)", data["peak_mb"], "MB", 250,
               "whole app process: Qt, services, both stations"),
    ]
