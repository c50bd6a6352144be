"""The append-only event journal and the projections derived from it (ARCHITECTURE §3).

May import: trainer.store, trainer.errors, trainer.config, SQLAlchemy, pydantic.
"""

from trainer.journal.events import Event, NewEvent, now_iso
from trainer.journal.journal import Journal
from trainer.journal.writer import JournalWriter

__all__ = ["Event", "Journal", "JournalWriter", "NewEvent", "now_iso"]
