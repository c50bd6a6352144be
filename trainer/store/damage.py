"""A damaged database file: recognise it, say so plainly, and say how to restore it.

SQLite reports a damaged file as ``database disk image is malformed``, ``file is not a
database`` and the like, at whatever statement first touches the damaged page. Those
errors become one :class:`~trainer.errors.StoreError` with code ``store.corrupt`` (or
``store.corrupt_no_backup`` when the profile's ``backups/`` folder holds no copy) and the
facts a person needs: the file, what SQLite said, the backups folder and its newest copy.
:func:`integrity` looks at a file with the standard library only, for ``db check`` on a
file SQLAlchemy can no longer open.

May import: the standard library, SQLAlchemy, trainer.errors, trainer.words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from trainer import words
from trainer.errors import StoreError

#: What SQLite says about a damaged file (sqlite3's messages, lower case).
_SIGNS = ("malformed", "not a database", "disk image", "file is encrypted", "corrupt")

words.define_many({
    "store.corrupt": "The database {path} is damaged ({reason}). Close HIS Trainer on this "
                     "computer, move {path} aside (keep it for IT), and copy the newest "
                     "backup, {latest}, to {path}. Work done after that backup was made is "
                     "lost unless it was synced: an enrolled PC gets its synced history back "
                     "at the next sync.",
    "store.corrupt_no_backup": "The database {path} is damaged ({reason}) and {backups} holds "
                               "no backup. Move {path} aside (keep it for IT) and start again: "
                               "an enrolled PC gets its synced history back at the next sync.",
})


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` (sqlite3 or SQLAlchemy) says the file itself is damaged."""
    if isinstance(exc, DatabaseError):
        exc = exc.orig if exc.orig is not None else exc
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return any(sign in text for sign in _SIGNS)


def newest_backup(backups: Path) -> Path | None:
    copies = [p for p in backups.glob("*.db") if p.is_file()] if backups.is_dir() else []
    return max(copies, key=lambda p: p.stat().st_mtime) if copies else None


def damaged(path: Path, exc: BaseException, backups: Path | None = None) -> StoreError:
    """The error to raise for a damaged ``path`` (``backups``: the profile's folder)."""
    folder = backups if backups is not None else path.parent / "backups"
    latest = newest_backup(folder)
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
    code = "store.corrupt" if latest is not None else "store.corrupt_no_backup"
    return StoreError("database damaged", code=code, path=str(path), reason=reason,
                      backups=str(folder), latest=str(latest) if latest else "")


def integrity(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's ``integrity_check`` (``quick``: ``quick_check``, which skips comparing
    indexes with their tables) of ``path``, read-only; empty when sound."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        found = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if found == ["ok"] else found
