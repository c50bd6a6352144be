"""HTTP routes of the roster merge (:mod:`trainer.server.merge`, :mod:`trainer.server.clashes`):
``POST /v1/merge`` for a workstation that was standalone, and for administrators
``POST /v1/admin/enrol-codes/merge`` (a code that allows it), ``GET /v1/admin/merges``
(the clashes) and ``POST /v1/admin/merges/{device}/{staff}/resolve``.

No ``from __future__ import annotations`` (FastAPI reads the annotations).

May import: fastapi, pydantic, sqlalchemy, trainer.server.*, the standard library.
"""


from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Path
from pydantic import AfterValidator, BaseModel, Field, StringConstraints
from sqlalchemy import Engine, select

from trainer.server import clashes, merge
from trainer.server.enrolment import digest
from trainer.server.models import Department, Seq, StaffNumber
from trainer.server.models import _clean as clean
from trainer.server.schema import admin_session

Name = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(clean)]
RoleName = Annotated[str, StringConstraints(max_length=32), AfterValidator(clean)]
Hash = Annotated[str, StringConstraints(max_length=200), AfterValidator(clean)]
DeviceKey = Annotated[str, Path(min_length=1, max_length=36, pattern=r"^[A-Za-z0-9-]+$")]


class MergePerson(BaseModel):
    staff_id: StaffNumber
    name: Name
    departments: list[Department] = Field(default=[], max_length=50)
    roles: list[RoleName] = Field(default=[], max_length=20)
    password_hash: Hash | None = None


class MergeIn(BaseModel):
    people: list[MergePerson] = Field(max_length=20_000)
    history_upto: Seq


class MergeCodeIn(BaseModel):
    departments: list[Department] = Field(default=[], max_length=50)
    hours: float = Field(default=24.0, gt=0, le=24 * 30)


class ResolveIn(BaseModel):
    action: Literal["map", "rename"]
    new_staff_id: StaffNumber | None = None


def add_routes(app: FastAPI, engine: Engine, device_auth: Callable[..., str],
               admin: Callable[..., set[str]], need: Callable[..., None]) -> None:

    @app.post("/v1/merge")
    def offer(body: MergeIn, me: Annotated[str, Depends(device_auth)]) -> dict[str, Any]:
        people = [p.model_dump() for p in body.people]
        return merge.offer(engine, me, people, body.history_upto)

    @app.post("/v1/admin/enrol-codes/merge")
    def merge_code(body: MergeCodeIn,
                   roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        need(roles, "admin")
        code = merge.issue_merge_code(engine, body.departments, body.hours)
        return {"code": code.code, "expires_at": code.expires_at,
                "departments": list(code.departments), "merge": True}

    @app.get("/v1/admin/merges")
    def merges(roles: Annotated[set[str], Depends(admin)],
               all: bool = False) -> list[dict[str, Any]]:
        need(roles, "admin", "hr")
        return [c.as_dict() for c in clashes.list_clashes(engine, resolved_too=all)]

    @app.post("/v1/admin/merges/{device_id}/{staff_id}/resolve")
    def resolve(device_id: DeviceKey, staff_id: Annotated[StaffNumber, Path()], body: ResolveIn,
                roles: Annotated[set[str], Depends(admin)],
                authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        need(roles, "admin", "hr")
        return clashes.resolve(engine, device_id, staff_id, body.action, body.new_staff_id,
                               by=_who(engine, authorization))


def _who(engine: Engine, authorization: str | None) -> str | None:
    token = (authorization or "").removeprefix("Bearer ").strip()
    with engine.connect() as conn:
        return conn.scalar(select(admin_session.c.staff_id)
                           .where(admin_session.c.token_hash == digest(token)))
