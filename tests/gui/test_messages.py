"""The exception hook: logged, and a copyable report naming the version and the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from trainer.gui import messages
from trainer.gui.app import make_app


def test_report_names_version_and_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError as exc:
        report = messages.error_report(type(exc), exc, exc.__traceback__)
    assert report.startswith("HIS Trainer 0.")
    assert "ValueError: boom" in report and "test_messages.py" in report


def test_uncaught_exception_shows_a_dialog_instead_of_dying(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    make_app()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    old_hook = sys.excepthook
    try:
        messages.install_exception_hook(tmp_path / "his-trainer.log")
        try:
            raise RuntimeError("unexpected in a slot")
        except RuntimeError as exc:
            with caplog.at_level(logging.CRITICAL):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    (box,) = shown
    assert str(tmp_path / "his-trainer.log") in box.text()
    assert "RuntimeError: unexpected in a slot" in box.detailedText()
    assert "uncaught exception" in caplog.text
