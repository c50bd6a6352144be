"""Register the shipped LXGW WenKai font so Chinese renders on PCs without Chinese fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from trainer.resources import asset

log = logging.getLogger(__name__)

FONT_FILES = ("LXGWWenKai-Regular.ttf", "LXGWWenKai-Bold.ttf")


def register_fonts(app: QApplication) -> str | None:
    """Add the shipped fonts and make them the application font; returns the family."""
    family = None
    for name in FONT_FILES:
        path = asset("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    if family:
        font = QFont(family)
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
    return family
