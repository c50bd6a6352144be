"""The service's exam routes: the answer-free exam pool a workstation draws certifying
papers from, and the grading list for trainers and administrators.

- ``GET /v1/exam-pool`` (a workstation's token): the exam-pool items, without answers,
  of the HIS modules of the people in the device's scope, with the modules' blueprints
  and a ``version`` (the hash of the pool sent); ``?known=<version>`` answers only
  ``{"version", "unchanged": true}`` when nothing changed.
- ``GET /v1/admin/grading`` (trainer, HR or administrator): attempts held ("cannot grade:
  content version … missing"), refused, waiting for marks, or graded against a local
  result that disagrees — each with its reason in words.
- ``POST /v1/admin/grading/run`` (administrator): a grading pass now, retrying held
  attempts (after the content they pinned was added).

No ``from __future__ import annotations`` (FastAPI reads the route annotations).

May import: fastapi, sqlalchemy, trainer.server.*, trainer.words, the standard library.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI
from sqlalchemy import Engine, select

from trainer import words
from trainer.server.grading import ExamDesk
from trainer.server.pools import modules_of_roles
from trainer.server.roster import scope_of
from trainer.server.schema import staff_role
from trainer.server.verdicts import flagged

GRADING_ROLES = ("trainer", "hr", "admin")


def add_exam_routes(app: FastAPI, engine: Engine, desk: ExamDesk,
                    device_auth: Callable[..., str], admin: Callable[..., set[str]],
                    need: Callable[..., None]) -> None:

    @app.get("/v1/exam-pool")
    def exam_pool(me: Annotated[str, Depends(device_auth)],
                  known: str | None = None) -> dict[str, Any]:
        with engine.connect() as conn:
            scope = scope_of(conn, me)
            roles = set(conn.scalars(select(staff_role.c.role)
                                     .where(staff_role.c.staff_id.in_(scope))))
        pool = desk.pool(modules_of_roles(roles))
        if known is not None and known == pool["version"]:
            return {"version": pool["version"], "unchanged": True}
        return pool

    @app.get("/v1/admin/grading")
    def grading_list(roles: Annotated[set[str], Depends(admin)],
                     lang: str = "en") -> list[dict[str, Any]]:
        need(roles, *GRADING_ROLES)
        with engine.connect() as conn:
            rows = flagged(conn)
        for row in rows:
            code = row["reason"] or "grading.refused"
            row["words"] = words.say(code, lang if lang in words.LANGUAGES else "en",
                                     content_hash=row["content_hash"][:12])
        return rows

    @app.post("/v1/admin/grading/run")
    def grading_run(roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        need(roles, "admin")
        done = desk.run(retry_held=True)
        return {"graded": list(done.graded), "held": list(done.held),
                "refused": list(done.refused), "marking": list(done.marking)}
