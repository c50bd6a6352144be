"""The few SQL forms the projection engine needs on both SQLite (workstations) and
PostgreSQL (the service, which may run the same projections later).

May import: SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def upsert(conn: Connection, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An ``INSERT`` with ``on_conflict_do_update``/``excluded`` for ``conn``'s dialect."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def quoted(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def copy_rows(conn: Connection, source: str, target: str) -> None:
    """Replace every row of table ``target`` by those of ``source`` (same columns)."""
    src, dst = quoted(conn, source), quoted(conn, target)
    conn.exec_driver_sql(f"DELETE FROM {dst}")
    conn.exec_driver_sql(f"INSERT INTO {dst} SELECT * FROM {src}")


def recreate_copy(conn: Connection, source: str, target: str) -> None:
    """``target`` as an empty table with ``source``'s columns (made here, not by a
    migration, so projections added later get their copies without anyone remembering)."""
    src, dst = quoted(conn, source), quoted(conn, target)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {dst}")
    conn.exec_driver_sql(f"CREATE TABLE {dst} AS SELECT * FROM {src} WHERE 1 = 0")


class Prepared:
    """A statement compiled once per dialect and run with plain tuples (``names`` gives
    their order) straight through the driver: no per-row work in SQLAlchemy's compiler or
    parameter processing, which cost more than SQLite itself on bulk writes."""

    def __init__(self, build: Callable[[Connection], Any], names: Sequence[str]) -> None:
        self.build = build
        self.names = tuple(names)
        self._forms: dict[str, tuple[str, list[int] | None]] = {}

    def _form(self, conn: Connection) -> tuple[str, list[int] | None]:
        form = self._forms.get(conn.dialect.name)
        if form is None:
            compiled = self.build(conn).compile(dialect=conn.dialect)
            order = None
            if compiled.positional:
                order = [self.names.index(name) for name in compiled.positiontup or ()]
            form = self._forms[conn.dialect.name] = (str(compiled), order)
        return form

    def executemany(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        sql, order = self._form(conn)
        params: Any
        if order is None:
            params = [dict(zip(self.names, row, strict=True)) for row in rows]
        elif order == list(range(len(self.names))):
            params = list(rows)
        else:
            params = [tuple(row[i] for i in order) for row in rows]
        conn.exec_driver_sql(sql, params)


def raw_rows(conn: Connection, query: Any, size: int) -> Iterator[Sequence[Any]]:
    """The rows of ``query`` as plain tuples, ``size`` at a time, from the driver's cursor
    on ``conn`` (same transaction): reading 100,000 events without building Row objects."""
    compiled = query.compile(dialect=conn.dialect)
    values = compiled.construct_params()
    params: Any = (tuple(values[name] for name in compiled.positiontup or ())
                   if compiled.positional else values)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        while rows := cursor.fetchmany(size):
            yield rows
    finally:
        cursor.close()
