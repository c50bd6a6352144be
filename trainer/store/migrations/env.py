"""Alembic environment: the engine comes from :func:`trainer.store.engine.open_database`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from trainer.store.models import Base

engine = context.config.attributes["engine"]
assert isinstance(engine, Engine)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
