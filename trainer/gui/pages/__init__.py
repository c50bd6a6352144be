"""Every page the application shows, by name (for navigation and screenshots).

Pages are imported when first shown: the login window must appear before the services
and the heavier pages are loaded (ARCHITECTURE §10, start-up budget).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from trainer.gui.pages.base import Page, PageSpec, page_title

#: Navigation order. ``login`` is shown before anyone is logged in, outside the shell.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "home",
        page_title(QT_TRANSLATE_NOOP("pages", "Home")),
        "fa5s.home",
        "trainer.gui.pages.home:HomePage",
    ),
    PageSpec(
        "settings",
        page_title(QT_TRANSLATE_NOOP("pages", "Settings")),
        "fa5s.cog",
        "trainer.gui.pages.settings:SettingsPage",
    ),
    PageSpec(
        "about",
        page_title(QT_TRANSLATE_NOOP("pages", "About")),
        "fa5s.info-circle",
        "trainer.gui.pages.about:AboutPage",
    ),
)
LOGIN = PageSpec(
    "login",
    page_title(QT_TRANSLATE_NOOP("pages", "Log in")),
    "fa5s.sign-in-alt",
    "trainer.gui.pages.login:LoginPage",
    in_nav=False,
)


def spec(name: str) -> PageSpec | None:
    return next((p for p in (*PAGES, LOGIN) if p.name == name), None)


__all__ = ["LOGIN", "PAGES", "Page", "PageSpec", "spec"]
