"""Certification: the pass rule, eligibility, issuing and verifying signed certificates.

May import: trainer.exams, trainer.sim, trainer.journal, trainer.store, trainer.errors,
cryptography.
"""
