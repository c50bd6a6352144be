"""Teaching: the trainers' question-bank browser (shows answers: trainers and administrators
only).

May import: PySide6, trainer.gui (shared parts), trainer.content, trainer.teaching.
"""
