"""The main window shell: first run, login, navigation by role, language switch,
screenshots of every page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from trainer.cli import main
from trainer.gui.accounts.login import LoginPage
from trainer.gui.app import build_window, make_app
from trainer.gui.pages import PAGES
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.shell.settings import SettingsPage
from trainer.services import Services

LogIn = Callable[[MainWindow, str, str], None]


def nav_titles(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_wrong_password_stays_on_login_with_a_message(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "not the password")
    assert window.screens.currentWidget() is window.login_page
    assert window.login_page.message.text() == "Staff number or password is wrong."
    assert window.login_page.password.text() == ""


def test_login_shows_the_shell_and_logout_returns(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "demo-nurse")
    assert window.screens.currentWidget() is window.shell
    titles = nav_titles(window)
    assert titles[0] == "Home" and titles[-2:] == ["Settings", "About"]
    assert "Staff" not in titles and "Audit log" not in titles
    assert "Demo Nurse" in window.who.text()
    assert window.demo_badge.isVisible() or window.demo_badge.text().startswith("DEMO")
    qtbot.mouseClick(window.logout_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.login_page
    types = [e.type for e in window.ctx.services.journal.events()]
    assert types[-2:] == ["auth.login", "auth.logout"]


def test_first_run_creates_the_administrator(qtbot: QtBot, services: Services) -> None:
    make_app()
    _ctx, win = build_window(services, "en")
    qtbot.addWidget(win)
    page = win.login_page
    assert isinstance(page, LoginPage)
    assert page.modes.currentIndex() == 1
    page.admin_id.setText("A0001")
    page.admin_name.setText("王管理")
    page.admin_password.setText("123456")
    page.admin_repeat.setText("123456")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "The password needs at least 8 characters."
    page.admin_id.setText("A 0001")
    page.admin_password.setText("ward seven admin")
    page.admin_repeat.setText("ward seven admin")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("A staff number has letters, digits")
    page.admin_id.setText("A0001")
    page.admin_password.setText("ward seven admin")
    page.admin_repeat.setText("ward seven admin")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert win.screens.currentWidget() is win.shell
    assert "王管理" in win.who.text()


def test_switching_language_retranslates_the_open_window(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "D001", "demo-doctor")
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    settings.language.activated.emit(settings.language.currentIndex())
    qtbot.waitUntil(lambda: nav_titles(window)[-2:] == ["设置", "关于"])
    assert nav_titles(window)[0] == "首页"
    assert window.logout_button.text() == "退出登录"
    assert settings.title.text() == "设置"
    assert window.ctx.services.settings.get("language") == "zh_CN"
    settings.language.activated.emit(settings.language.findData("en"))
    qtbot.waitUntil(lambda: nav_titles(window)[-2:] == ["Settings", "About"])


def test_idle_lock_setting_is_disabled_for_non_admins(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "demo-nurse")
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    assert not settings.idle_lock.isEnabled()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("page", ["login", "first-run", *[p.name for p in PAGES]])
def test_screenshot_renders_every_page(tmp_path: Path, page: str, lang: str) -> None:
    out = tmp_path / f"{page}-{lang}.png"
    assert (
        main(
            [
                "screenshot",
                "--page",
                page,
                "--lang",
                lang,
                "--out",
                str(out),
                "--data-dir",
                str(tmp_path / "profile"),
            ]
        )
        == 0
    )
    image = QImage(str(out))
    assert image.width() == 1280 and image.height() == 800
    colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
    assert len(colours) > 3  # not a blank canvas


def test_screenshot_refuses_unknown_pages(tmp_path: Path) -> None:
    assert (
        main(
            [
                "screenshot",
                "--page",
                "nope",
                "--out",
                str(tmp_path / "x.png"),
                "--data-dir",
                str(tmp_path / "p"),
            ]
        )
        == 2
    )


def test_login_window_appears_before_services_and_login_waits_for_them(
    log_in: LogIn, qtbot: QtBot, demo_services: Services
) -> None:
    """The start-up path of `his-trainer`: window first, database on a worker thread."""
    from trainer.gui.context import AppContext

    make_app()
    profile = demo_services.profile
    demo_services.close()
    ctx = AppContext(profile, demo_services.settings)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    page = win.login_page
    assert isinstance(page, LoginPage)
    assert not ctx.ready and not page.login_button.isEnabled()
    assert page.modes.currentIndex() == 0  # the probe saw staff: login, not first run
    with qtbot.waitSignal(ctx.services_ready, timeout=30_000):
        ctx.load_services_in_background()
    assert page.login_button.isEnabled()
    log_in(win, "N001", "demo-nurse")
    assert win.screens.currentWidget() is win.shell
    ctx.services.close()


def test_repeated_wrong_passwords_show_the_growing_delay(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    for _ in range(3):
        log_in(window, "P001", "guessing-again")
    log_in(window, "P001", "demo-pharmacist")  # right password, but must wait
    assert window.screens.currentWidget() is window.login_page
    assert window.login_page.message.text() == "Too many failed attempts. Try again in 2 seconds."
