"""One place that shows messages to people, and the exception hook.

An unexpected error shows a dialog with a copyable report and the log path instead of
closing the application (the work under it is journalled and kept).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from trainer import __version__
from trainer.buildinfo import build_info

log = logging.getLogger(__name__)


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("messages", "HIS Trainer"), text)


def warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "HIS Trainer"), text)


def ask(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("messages", "HIS Trainer"), text
    )
    return answer == QMessageBox.StandardButton.Yes


def error_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"HIS Trainer {__version__} ({build_info()})\n\n" + "".join(lines)


def install_exception_hook(log_file: Path) -> None:
    """Log every uncaught exception and show it in a dialog instead of dying."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("messages", "HIS Trainer — unexpected error"),
            QCoreApplication.translate(
                "messages",
                "Something went wrong. Your saved work is kept.\n"
                "Please send this report to IT. The log is at:\n%1",
            ).replace("%1", str(log_file)),
        )
        box.setDetailedText(error_report(exc_type, exc, tb))
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()

    sys.excepthook = hook
