"""Interface language: the system locale by default, switchable at run time.

Translations are Qt ``.qm`` files built by ``make`` from ``trainer/i18n/*.ts``. Switching
installs the new translator; Qt then sends every widget a LanguageChange event and each
page re-applies its ``tr()`` strings in ``retranslate()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trainer.resources import translations_dir
from trainer.vocabulary import LANGUAGES

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def install_language(lang: str) -> bool:
    """Load ``his_trainer_<lang>.qm`` (and Qt's own strings); True if found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    loaded = ours.load(f"his_trainer_{lang}", str(translations_dir()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s in %s", lang, translations_dir())
    # Qt's own words: the standard dialog buttons (关闭, 确定, 取消), file dialogs, context
    # menus of text fields — shipped with PySide6 (and collected into the bundle with it).
    qt_words = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    theirs = QTranslator(app)
    if theirs.load(f"qtbase_{lang}", qt_words):
        app.installTranslator(theirs)
        _installed.append(theirs)
    elif lang != "en":
        log.warning("no Qt translation for %s in %s", lang, qt_words)
    QLocale.setDefault(QLocale(lang))
    return loaded
