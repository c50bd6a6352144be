"""Reading: the course catalogue, the reader and search, over :mod:`trainer.reading`.

May import: PySide6, trainer.gui (shared parts), trainer.reading, trainer.content,
trainer.vocabulary.
"""
