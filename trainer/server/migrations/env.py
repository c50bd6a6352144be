"""Alembic environment of the service database (PostgreSQL only); the engine comes from
:func:`trainer.server.db.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from trainer.server.schema import metadata

engine = context.config.attributes["engine"]
assert isinstance(engine, Engine)

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
