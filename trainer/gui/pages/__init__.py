"""Every page the application shows, by name (for navigation and screenshots)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from trainer.gui.pages.about import AboutPage
from trainer.gui.pages.base import Page, PageSpec, page_title
from trainer.gui.pages.home import HomePage
from trainer.gui.pages.login import LoginPage
from trainer.gui.pages.settings import SettingsPage

#: Navigation order. ``login`` is shown before anyone is logged in, outside the shell.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", page_title(QT_TRANSLATE_NOOP("pages", "Home")), "fa5s.home", HomePage),
    PageSpec(
        "settings", page_title(QT_TRANSLATE_NOOP("pages", "Settings")), "fa5s.cog", SettingsPage
    ),
    PageSpec(
        "about", page_title(QT_TRANSLATE_NOOP("pages", "About")), "fa5s.info-circle", AboutPage
    ),
)
LOGIN = PageSpec(
    "login",
    page_title(QT_TRANSLATE_NOOP("pages", "Log in")),
    "fa5s.sign-in-alt",
    LoginPage,
    in_nav=False,
)


def spec(name: str) -> PageSpec | None:
    return next((p for p in (*PAGES, LOGIN) if p.name == name), None)


__all__ = ["LOGIN", "PAGES", "Page", "PageSpec", "spec"]
