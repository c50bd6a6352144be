"""The local database: SQLAlchemy models, engine with SQLite durability settings, and
Alembic migrations run at start-up.

May import: trainer.errors, trainer.config, SQLAlchemy, Alembic.
"""
