"""The one place that finds shipped files, in a source checkout and in the bundle.

Content folders (``courses/``, ``question_banks/``, ``simulators/``), ``assets/`` and the
built translations are found relative to the application root: the repository root in a
checkout, ``sys._MEIPASS`` in a PyInstaller bundle. ``HIS_TRAINER_ROOT`` overrides it (a
hospital may keep its content elsewhere). Nothing else builds such paths.

May import: the standard library only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CONTENT_FOLDERS = ("courses", "question_banks", "simulators")


def app_root() -> Path:
    """Folder holding ``courses/``, ``assets/`` … (the checkout or the unpacked bundle)."""
    override = os.environ.get("HIS_TRAINER_ROOT")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def is_bundled() -> bool:
    return getattr(sys, "_MEIPASS", None) is not None


def content_root(folder: str) -> Path:
    """``courses``, ``question_banks`` or ``simulators`` under the application root."""
    if folder not in CONTENT_FOLDERS:
        raise ValueError(f"not a content folder: {folder}")
    return app_root() / folder


def asset(*parts: str) -> Path:
    """A file under ``assets/``, e.g. ``asset("fonts", "LXGWWenKai-Regular.ttf")``."""
    return app_root().joinpath("assets", *parts)


def translations_dir() -> Path:
    """Folder of the built ``.qm`` translation files."""
    return app_root() / "trainer" / "i18n"
