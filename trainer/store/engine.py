"""Open the profile's SQLite database with the durability the journal needs.

- WAL mode, ``synchronous=FULL``: a commit that returned survives a crash or power cut.
- ``BEGIN IMMEDIATE`` for every transaction: the write lock is taken up front, so the
  gap-free ``device_seq`` counter is safe even with two app instances on one profile
  (fast user switching on Windows) and no transaction fails half-way on a lock upgrade.
- A damaged file is one clear error, ``store.corrupt``, with how to restore it from the
  profile's ``backups/`` (:mod:`trainer.store.damage`).
- Alembic migrations run at start; before an upgrade the file is copied aside, and a
  failed upgrade restores it, so the old file is never lost.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from trainer.errors import StoreError
from trainer.store.damage import damaged, is_damage
from trainer.store.probe import schema_revision

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

#: The newest migration. When the file is already there, Alembic is not even imported
#: (it costs a tenth of a second at every start); a test keeps this equal to the scripts.
SCHEMA_HEAD = "0003"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is
    # deferred and skips DDL); see SQLAlchemy's "Serializable isolation / Savepoints" notes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # 32 MB of page cache (default 2 MB): a pull or rebuild of 100,000 events touches the
    # journal's seven indexes all over; a small cache sends each touch to the OS
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def _relaxed(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    _on_connect(dbapi_connection, record)
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine on ``path``; each connection gets the pragmas above."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def redoable(engine: Engine) -> Engine:
    """A second engine on the same file for work that is redone if it is lost — a sync's
    own bookkeeping (acknowledgements, pulled pages and their cursor, projections, status).
    Its commits do not wait for the disk (``synchronous=NORMAL`` in WAL mode): a power cut
    may lose the last of them, whole and in order, never half of one, and never a commit
    of the durable engine made after them (the WAL is one ordered log; a durable commit
    flushes everything before it). The next sync then does the lost work again, which the
    protocol makes harmless. One per durable engine, so its compiled statements are kept
    from one sync to the next; its connections are pooled for the length of one sync —
    ``dispose()`` it when the sync ends (the file is then closed, as Windows needs for
    backups; the engine stays usable)."""
    found = _REDOABLE.get(engine)
    if found is None:
        found = create_engine(engine.url, future=True, pool_size=1, max_overflow=4,
                              connect_args={"check_same_thread": False})
        event.listen(found, "connect", _relaxed)
        event.listen(found, "begin", _on_begin)
        _REDOABLE[engine] = found
    return found


_REDOABLE: weakref.WeakKeyDictionary[Engine, Engine] = weakref.WeakKeyDictionary()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def open_database(path: Path, backups: Path | None = None) -> Engine:
    """Open (creating if needed) and migrate the database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    from trainer.protect import private_file

    private_file(path)  # 0600 (the hashes and the device token are in it)
    engine = make_engine(path)
    if schema_revision(path) == SCHEMA_HEAD:
        return engine
    try:
        current = current_revision(engine)
        head = head_revision(engine)
    except Exception as exc:
        if is_damage(exc):
            raise damaged(path, exc, backups) from exc
        raise StoreError(
            "cannot open database", code="store.unreadable", path=str(path), reason=str(exc)
        ) from exc
    if current == head:
        return engine
    backup = None
    if current is not None:
        backup = _backup(path, backups or path.parent, current)
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        engine.dispose()
        if backup is not None:
            _restore(backup, path)
        raise StoreError(
            "database upgrade failed",
            code="store.migration_failed",
            path=str(path),
            revision=current,
            reason=str(exc),
        ) from exc
    log.info("database %s migrated %s → %s", path, current, head)
    return engine


def _backup(path: Path, folder: Path, revision: str) -> Path:
    """Consistent copy through SQLite's backup API (includes what is still in the WAL)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{path.stem}-{revision}-{stamp}.db"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def _restore(backup: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    log.error("migration failed; restored %s from %s", path, backup)
