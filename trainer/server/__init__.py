"""The central sync service (ARCHITECTURE §4): FastAPI on uvicorn over PostgreSQL.

The only package that may import fastapi, starlette and uvicorn. It may also import
trainer.journal (the envelope), trainer.auth.passwords, trainer.errors, sqlalchemy and
psycopg. Nothing in it trusts a workstation: every call is authenticated and checked here.
"""
