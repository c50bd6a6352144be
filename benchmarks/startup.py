"""Start → interactive login window, against a bare QApplication + window in the same run.

Each sample is a fresh process (that is what a nurse waits for): the clock starts before
the process is created and stops when the child reports its window shown and the event
loop idle. Also reports the resident memory of the app at that moment.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.harness import Figure

RUNS = 7

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(1280, 800); w.show(); app.processEvents()
print("shown", flush=True)
"""

# The same steps as trainer.gui.app.run: the login window first, the services behind it.
APP = """
import sys
from trainer.gui.app import make_app
from trainer.gui.context import AppContext
from trainer.gui.i18n import install_language
from trainer.gui.shell.main_window import MainWindow
from trainer.config import Settings, open_profile
app = make_app()
profile = open_profile(sys.argv[1])
ctx = AppContext(profile, Settings(profile))
install_language(ctx.language)
window = MainWindow(ctx)
window.show(); app.processEvents()
print("shown", flush=True)
ctx.services_ready.connect(app.quit)
ctx.load_services_in_background()
app.exec()
import psutil
print("ready", psutil.Process().memory_info().rss, flush=True)
"""


def sample(code: str, *args: str) -> tuple[float, float | None, str]:
    """(ms to window shown, ms to services ready or None, last line)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    shown = (time.perf_counter() - start) * 1000
    if not line.startswith("shown"):
        raise RuntimeError(f"child did not start: {line!r}")
    ready = None
    if code is APP:
        line = proc.stdout.readline()
        ready = (time.perf_counter() - start) * 1000
    proc.wait(timeout=60)
    return shown, ready, line


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as profile:
        from trainer.demo import make_demo
        from trainer.services import open_services

        services = open_services(profile)
        make_demo(services)
        services.close()
        sample(APP, profile)  # warm the OS file cache for both, as on a used PC
        sample(BARE)
        ours, ready, bare, rss = [], [], [], []
        for _ in range(RUNS):
            shown, loaded, line = sample(APP, profile)
            ours.append(shown)
            ready.append(loaded or 0.0)
            rss.append(int(line.split()[1]) / 1e6)
            bare.append(sample(BARE)[0])
    median, base = statistics.median(ours), statistics.median(bare)
    return [
        Figure("start → login window shown, typing works", median / 1000, "s", budget=1.0),
        Figure(
            "ratio to bare QApplication+window",
            median / base,
            "×",
            budget=2.0,
            note=f"bare {base:.0f} ms (median of {RUNS})",
        ),
        Figure(
            "start → services loaded, login accepted",
            statistics.median(ready) / 1000,
            "s",
            note="database + journal open on a worker thread",
        ),
        Figure("resident memory with services loaded", statistics.median(rss), "MB"),
    ]
