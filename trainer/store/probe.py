"""A quick look into the profile database with the standard library only.

Used at start-up to decide between the login screen and the first-run wizard before
SQLAlchemy and the migrations are loaded (they load in the background while the login
window is already on screen). Read-only; never creates or changes the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _query(database: Path, sql: str, *params: str) -> tuple[object, ...] | None:
    """First row of ``sql``, or None when the file or the table does not exist yet."""
    if not database.exists():
        return None
    try:
        uri = database.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        row: tuple[object, ...] | None = conn.execute(sql, params).fetchone()
        return row
    except sqlite3.Error:  # table missing: a profile that was never migrated
        return None
    finally:
        conn.close()


def roster_is_empty(database: Path) -> bool:
    """True when no staff exist yet (or the database does not exist yet)."""
    return _query(database, "SELECT 1 FROM staff LIMIT 1") is None


def is_demo(database: Path) -> bool:
    """True for a profile made by ``his-trainer demo``."""
    row = _query(database, "SELECT value FROM profile_meta WHERE key = ?", "demo")
    return row is not None and row[0] == "1"


def schema_revision(database: Path) -> str | None:
    """The Alembic revision the file is at, or None (new file, or never migrated)."""
    row = _query(database, "SELECT version_num FROM alembic_version LIMIT 1")
    return None if row is None else str(row[0])
