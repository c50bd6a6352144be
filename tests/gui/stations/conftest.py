"""Fixtures for the station tests: the main window over a demo profile with a demo
trainee's session, showing a station page."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.app import build_window, make_app
from trainer.gui.pages import Page
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.stations.pages import StationPage
from trainer.services import Services

REPO = Path(__file__).resolve().parents[3]
OpenStation = Callable[[str, str], tuple[MainWindow, Page]]
Screen = TypeVar("Screen", bound=QWidget)


@pytest.fixture
def open_station(qtbot: QtBot, demo_services: Services) -> OpenStation:
    def open_(staff: str, page: str) -> tuple[MainWindow, Page]:
        make_app()
        ctx, win = build_window(demo_services, "en")
        qtbot.addWidget(win)
        win.resize(1400, 900)
        ctx.start_session(demo_services.login.demo_session(staff))
        shown = win.show_page(page)
        assert shown is not None
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
        operations.wait_for_all()
        return win, shown

    return open_


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a person does: Latin keys one by one, Chinese through the input method
    (a committed string, as Pinyin IMEs deliver it)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def start(qtbot: QtBot, page: StationPage, scenario: str, mode: str,
          kind: type[Screen]) -> Screen:
    """Pick ``scenario`` on a station page and start it in ``mode`` (guided, exam…);
    returns its station screen, which must be a ``kind``."""
    page.picker.select(scenario)
    qtbot.mouseClick(page.picker.mode_buttons[mode], Qt.MouseButton.LeftButton)
    operations.wait_for_all()
    assert page.host is not None
    screen = page.host.station_screen
    assert isinstance(screen, kind)
    return screen


def scan(qtbot: QtBot, widget: QWidget, code: str) -> None:
    """A card, wristband or voucher read into ``widget``: the reader types, then Enter."""
    type_text(qtbot, widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def sim_run(scenario: str, log: Path) -> dict:  # type: ignore[type-arg]
    """`his-trainer sim run --json` in a real process, as a trainer would re-grade."""
    done = subprocess.run(
        [sys.executable, "-m", "trainer", "sim", "run", scenario, "--actions", str(log),
         "--json", "--lang", "en"], cwd=REPO, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, check=False)
    assert done.stdout, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def verdicts(report: dict) -> tuple:  # type: ignore[type-arg]
    """What grading decided (not the efficiency, which depends on the clock)."""
    return (report["score"], report["passed"],
            [(c["id"], c["passed"]) for c in report["checks"]],
            sorted(report["committed_critical_errors"]))
