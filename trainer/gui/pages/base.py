"""The base of every page and the registry that names pages for navigation and
``his-trainer screenshot --page NAME``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from trainer.gui.context import AppContext
from trainer.vocabulary import Role


class Page(QWidget):
    """A screen. Subclasses build widgets in ``__init__`` and set texts in ``retranslate``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Apply the ``tr()`` texts; called at build time and on every language change."""

    def refresh(self) -> None:
        """Re-read what the page shows (after login, or when content changed)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: Callable[[], str]
    icon: str
    #: ``"module:Class"`` — imported when the page is first shown, so start-up stays fast.
    factory: str
    #: Roles that see the page in the navigation; None: everyone logged in.
    roles: frozenset[Role] | None = None
    in_nav: bool = True

    def visible_to(self, roles: frozenset[Role]) -> bool:
        return self.in_nav and (self.roles is None or bool(self.roles & roles))

    def create(self, ctx: AppContext) -> Page:
        module, _, name = self.factory.partition(":")
        page_class = getattr(importlib.import_module(module), name)
        page: Page = page_class(ctx)
        page.setObjectName(f"page-{self.name}")
        return page


def page_title(text: object) -> Callable[[], str]:
    """A title translated when shown (so a language switch renames the navigation).

    ``text`` comes from ``QT_TRANSLATE_NOOP`` (typed ``object``), which marks it for lupdate.
    """
    return lambda: QCoreApplication.translate("pages", str(text))
