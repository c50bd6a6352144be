"""Fixtures for GUI tests: a main window over a demo profile, and logging in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui.accounts.login import LoginPage
from trainer.gui.app import build_window, make_app
from trainer.gui.shell.main_window import MainWindow
from trainer.services import Services

LogIn = Callable[[MainWindow, str, str], None]


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services) -> MainWindow:
    """The whole window over a demo profile, in English."""
    make_app()
    _ctx, win = build_window(demo_services, "en")
    qtbot.addWidget(win)
    return win


@pytest.fixture
def log_in(qtbot: QtBot) -> LogIn:
    """Type a staff number and password into the login page and press the button."""

    def type_and_click(win: MainWindow, staff: str, password: str) -> None:
        page = win.login_page
        assert isinstance(page, LoginPage)
        page.staff_id.setText(staff)
        page.password.setText(password)
        qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)

    return type_and_click
