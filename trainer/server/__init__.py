"""The central sync service on PostgreSQL (the only package that imports the web
framework): enrolment, push/pull, re-grading, the certificate authority.

May import: trainer.journal, trainer.content, trainer.exams, trainer.certify,
trainer.errors, FastAPI, uvicorn, SQLAlchemy, psycopg.
"""
