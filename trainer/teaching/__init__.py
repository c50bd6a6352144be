"""Teaching: what trainers (and administrators) use to teach and maintain the training —
today the question-bank browser, which shows every item *with its answer*, so every
function here requires ``bank.browse``. Learners' reading lives in :mod:`trainer.reading`.

May import: trainer.auth, trainer.content, trainer.errors, trainer.resources,
trainer.vocabulary, the standard library.
"""
