"""Staff, roles, passwords, login back-off and audit events.

Roles are checked here, in the service layer — never only by hiding buttons.

May import: trainer.store, trainer.journal, trainer.vocabulary, trainer.errors,
trainer.resources, argon2-cffi, SQLAlchemy.
"""
