"""Workstation side of sync: outbox push, pull with a cursor, enrolment, transport.

May import: trainer.journal, trainer.store, trainer.auth, trainer.errors, httpx.
"""
