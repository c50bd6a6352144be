"""Shared fixtures. Qt runs offscreen; each test gets its own profile, copied from a
template database that is migrated once per session (Anki's trick: build the expensive
empty database once); the demo profile is built once too and copied.

Hygiene for every test (novelWriter's habits): a message box or file dialog nobody
expected fails the test instead of hanging it (``dialogs`` lists them for a test that
expects one); a window, a background operation or a thread left behind fails it too."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HIS_TRAINER_DATA", None)

from trainer.services import Services, open_services

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template-profile")
    open_services(folder).close()
    return folder


@pytest.fixture
def profile_dir(tmp_path: Path, template_profile: Path) -> Path:
    target = tmp_path / "profile"
    shutil.copytree(template_profile, target)
    return target


@pytest.fixture
def services(profile_dir: Path) -> Iterator[Services]:
    svc = open_services(profile_dir)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, template_profile: Path) -> Path:
    """The demo profile, built once (hashing its passwords takes seconds)."""
    from trainer.demo import make_demo

    folder = tmp_path_factory.mktemp("demo-profile")
    shutil.rmtree(folder)
    shutil.copytree(template_profile, folder)
    built = open_services(folder)
    make_demo(built)
    built.close()
    return folder


@pytest.fixture
def demo_services(tmp_path: Path, demo_template: Path) -> Iterator[Services]:
    """A demo profile of this test's own (a copy; it keeps the template's device id, which
    no test syncs)."""
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    svc = open_services(target)
    yield svc
    svc.close()


# hygiene ------------------------------------------------------------------------------

#: What a patched dialog answers: the safe "no" / "cancel".
_ANSWERS: dict[str, Any] = {
    "information": 0x400, "warning": 0x400, "critical": 0x400, "about": None,
    "question": 0x10000, "exec": 0, "getOpenFileName": ("", ""),
    "getSaveFileName": ("", ""), "getExistingDirectory": "",
}


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every message box and file dialog is recorded instead of shown; the test fails if
    any was left in this list (a test that expects one reads and clears it)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    shown: list[str] = []

    def recorder(kind: str) -> Callable[..., Any]:
        def record(*args: Any, **_kwargs: Any) -> Any:
            words = [a for a in args if isinstance(a, str)]
            box = args[0] if args and isinstance(args[0], QMessageBox) else None
            if box is not None:
                words.append(box.text())
            shown.append(f"{kind}: {' | '.join(words)}")
            return _ANSWERS[kind]

        return record

    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(recorder(name)))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(recorder(name)))
    monkeypatch.setattr(QMessageBox, "exec", recorder("exec"))
    monkeypatch.setattr(QDialog, "exec", recorder("exec"))
    yield shown
    assert shown == [], f"unexpected dialog(s): {shown}"


@pytest.fixture(autouse=True)
def nothing_left_behind() -> Iterator[None]:
    """After the test: no window, no background operation, no thread of its own left."""
    threads_before = set(threading.enumerate())
    yield
    problems = _leftover_operations() + _leftover_windows()
    problems += _leftover_threads(threads_before)
    assert problems == [], f"left behind by the test: {problems}"


def _leftover_operations() -> list[str]:
    import sys

    operations = sys.modules.get("trainer.gui.operations")
    if operations is None:
        return []
    # A page's last background read may still be finishing when the test ends (a login
    # opens pages that load): that is not a leak. One still running after 10 s is.
    left = [op for op in operations.running() if not op.wait(10_000)]
    for op in left:  # end them, so the next test starts clean
        op.cancel()
        op.wait(30_000)
    return [f"background operation {op.call!r}" for op in left]


def _leftover_windows() -> list[str]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in app.topLevelWidgets()
            if w.isVisible() or isinstance(w, QMainWindow)]
    names = [f"window {type(w).__name__} {w.windowTitle()!r}" for w in left]
    for window in left:  # so the next test starts clean
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return names


def _leftover_threads(before: set[threading.Thread]) -> list[str]:
    deadline = time.monotonic() + 10
    while True:
        new = [t for t in threading.enumerate() if t not in before and t.is_alive()
               and not isinstance(t, threading._DummyThread)]  # Qt's own threads
        if not new or time.monotonic() > deadline:
            return [f"thread {t.name}" for t in new]
        time.sleep(0.05)
