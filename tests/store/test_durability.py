"""The profile database's two kinds of commit: the durable engine waits for the disk
(``synchronous=FULL``: what a person saw as saved survives a power cut); the engine a sync
keeps its own bookkeeping on does not (``NORMAL``: all of it is redone if lost)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from trainer.store.engine import make_engine, redoable

FULL, NORMAL = 2, 1


def level(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())


def test_durable_and_redoable_commits(tmp_path: Path) -> None:
    durable = make_engine(tmp_path / "trainer.db")
    with durable.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        assert level(conn) == FULL
    books = redoable(durable)
    try:
        with books.begin() as conn:
            assert level(conn) == NORMAL
            conn.execute(text("INSERT INTO t VALUES (1)"))
        with durable.connect() as conn:  # one file: each sees the other's commits
            assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 1
            assert level(conn) == FULL
        with durable.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (2)"))
        with books.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 2
    finally:
        books.dispose()
