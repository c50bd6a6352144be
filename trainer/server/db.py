"""Open the service's PostgreSQL database and bring its schema to the newest revision.

PostgreSQL only (ARCHITECTURE §4): the pull cursor relies on its advisory locks and the
ingest on ``INSERT … ON CONFLICT``. Migrations are the service's own Alembic folder
(``trainer/server/migrations``), separate from the workstation's SQLite migrations.

May import: sqlalchemy, alembic, trainer.errors, the standard library.
"""

from __future__ import annotations

import functools
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from trainer.errors import ConfigError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SERVER_SCHEMA_HEAD = "s0005"


def make_server_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ConfigError("the sync service needs PostgreSQL", code="server.not_postgresql",
                          backend=parsed.get_backend_name())
    if parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=20)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
        if not exists:
            return None
        value = conn.scalar(text("SELECT version_num FROM alembic_version"))
        return None if value is None else str(value)


#: Session-level advisory lock held while migrating: several service processes starting
#: together on one database (behind a load balancer) migrate it once, one after another.
MIGRATE_LOCK = 0x5EC7_0002


def migrate(engine: Engine) -> None:
    """Upgrade to :data:`SERVER_SCHEMA_HEAD` (each migration in one transaction)."""
    if current_revision(engine) == SERVER_SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.config import Config

    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATE_LOCK})
        lock.commit()
        try:
            if current_revision(engine) != SERVER_SCHEMA_HEAD:
                cfg = Config()
                cfg.set_main_option("script_location", str(MIGRATIONS))
                cfg.attributes["engine"] = engine
                command.upgrade(cfg, "head")
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATE_LOCK})
            lock.commit()


@functools.cache
def open_server_db(url: str) -> Engine:
    """An engine on ``url`` with the schema migrated (one per URL and process)."""
    engine = make_server_engine(url)
    migrate(engine)
    return engine
