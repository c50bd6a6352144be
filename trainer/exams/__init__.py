"""Theory exams: blueprints, paper assembly, attempts, grading and review.

May import: trainer.content, trainer.journal, trainer.store, trainer.auth, trainer.errors.
"""
