"""The append-only event journal and the projections derived from it (ARCHITECTURE §3).

May import: trainer.store, trainer.errors, trainer.config, trainer.words, SQLAlchemy,
pydantic.
"""

from trainer.journal.changes import Changes
from trainer.journal.events import Event, NewEvent, now_iso
from trainer.journal.journal import Appended, Journal
from trainer.journal.writer import JournalWriter

__all__ = ["Appended", "Changes", "Event", "Journal", "JournalWriter", "NewEvent", "now_iso"]
