"""The workstation side of sync: push the outbox, pull what the server holds for this
workstation's scope, keep the roster current, detect a restored or copied profile.

May import: trainer.journal, trainer.store, trainer.auth, trainer.config, trainer.errors,
sqlalchemy, httpx and the standard library — never Qt, never the web framework.
"""
