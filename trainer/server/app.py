"""The HTTP API of the sync service (FastAPI). OpenAPI at ``/openapi.json``, docs at
``/docs``. Workstations authenticate with ``Authorization: Bearer <device token>``;
administrators with a short-lived token from ``/v1/admin/login`` and their roles are
checked here on every admin call. Tokens are never logged.

No ``from __future__ import annotations`` here: FastAPI reads the annotations of the
route functions, which name dependencies made per app (they close over its engine).

May import: fastapi, starlette, pydantic, sqlalchemy, trainer.server.*, trainer.auth,
trainer.journal.events, trainer.errors, the standard library.
"""


import json
import secrets
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine, delete, insert, select, text, update
from starlette.concurrency import run_in_threadpool

from trainer import __version__
from trainer.auth.passwords import verify_password
from trainer.journal.events import now_iso
from trainer.server import enrolment, ingest, outgoing
from trainer.server.db import SERVER_SCHEMA_HEAD
from trainer.server.enrolment import ServiceError, digest, iso_after
from trainer.server.roster import (
    StaffChange,
    apply_staff_change,
    change_own_password,
    is_admin,
)
from trainer.server.schema import admin_session, device, staff, staff_role


class EnrolIn(BaseModel):
    code: str = Field(max_length=40)
    device_id: str = Field(max_length=36)
    name: str = Field(default="", max_length=200)
    app_version: str = Field(default="", max_length=40)


class ReenrolIn(BaseModel):
    new_device_id: str = Field(max_length=36)
    reason: str = Field(default="restored", max_length=32)
    app_version: str = Field(default="", max_length=40)


class PullIn(BaseModel):
    after: int = 0
    limit: int = 1000
    roster_tag: str | None = None


class HistoryIn(BaseModel):
    staff_ids: list[str]
    after: int = 0
    upto: int
    limit: int = 1000


class PersonIn(BaseModel):
    staff_id: str = Field(max_length=64)
    password: str = Field(max_length=200)


class PasswordIn(BaseModel):
    staff_id: str = Field(max_length=64)
    old_password: str = Field(max_length=200)
    new_password: str = Field(max_length=200)


class EnrolCodeIn(BaseModel):
    departments: list[str] = []
    hours: float = Field(default=24.0, gt=0, le=24 * 30)


class StaffIn(BaseModel):
    name: str | None = None
    roles: list[str] | None = None
    departments: list[str] | None = None
    active: bool | None = None
    password: str | None = None


class PushEvent(BaseModel):
    event_id: str
    device_id: str
    device_seq: int
    type: str
    schema_version: int
    actor_id: str | None
    subject_id: str | None
    payload: str
    device_time: str


class PushColumns(BaseModel):
    """The compact form of a batch: one array per field, in ``device_seq`` order."""

    event_id: list[str]
    device_seq: list[int]
    type: list[str]
    schema_version: list[int]
    actor_id: list[str | None]
    subject_id: list[str | None]
    payload: list[str]
    device_time: list[str]


class PushIn(BaseModel):
    """Documentation of ``/v1/push`` (the body is parsed by hand: ingest must be fast).
    Either ``events`` (one object per event) or ``device_id`` + ``columns``."""

    events: list[PushEvent] | None = None
    device_id: str | None = None
    columns: PushColumns | None = None
    device_now: str | None = None
    waiting: int = 0
    app_version: str = ""


def _json(content: dict[str, Any]) -> Response:
    """Bulk answers skip FastAPI's per-value encoder (thousands of events per answer)."""
    return Response(json.dumps(content, ensure_ascii=False, separators=(",", ":")),
                    media_type="application/json")


def _bearer(authorization: str | None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise ServiceError("auth.no_token", 401)
    return authorization.removeprefix("Bearer ").strip()


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(title="HIS Trainer sync service", version=__version__)

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse({"code": exc.code}, status_code=exc.status)

    @app.get("/health")
    def health() -> dict[str, Any]:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "schema": SERVER_SCHEMA_HEAD, "server_time": now_iso(),
                "version": __version__}

    _enrolment_routes(app, engine)
    _sync_routes(app, engine)
    _admin_routes(app, engine)
    app.openapi_schema = None
    _document_push(app)
    return app


def _device_dependency(engine: Engine) -> Callable[..., str]:
    """A dependency: the device id behind the bearer token."""

    def device_id(authorization: Annotated[str | None, Header()] = None) -> str:
        with engine.connect() as conn:
            found = enrolment.device_for_token(conn, _bearer(authorization))
        if found is None:
            raise ServiceError("auth.unknown_device", 401)
        return found

    return device_id


def _enrolment_routes(app: FastAPI, engine: Engine) -> None:
    device_auth = _device_dependency(engine)

    @app.post("/v1/enrol")
    def enrol(body: EnrolIn) -> dict[str, Any]:
        done = enrolment.enrol(engine, body.code, body.device_id, body.name, body.app_version)
        return {"device_id": done.device_id, "token": done.token,
                "departments": list(done.departments), "server_time": now_iso()}

    @app.post("/v1/reenrol")
    def reenrol(body: ReenrolIn, me: Annotated[str, Depends(device_auth)]) -> dict[str, Any]:
        done = enrolment.reenrol(engine, me, body.new_device_id, body.reason, body.app_version)
        return {"device_id": done.device_id, "token": done.token,
                "departments": list(done.departments), "server_time": now_iso()}



def _sync_routes(app: FastAPI, engine: Engine) -> None:
    device_auth = _device_dependency(engine)

    @app.get("/v1/device")
    def whoami(me: Annotated[str, Depends(device_auth)],
               device_now: str | None = None) -> dict[str, Any]:
        skew = ingest.clock_skew(device_now)
        flagged = skew is not None and abs(skew) > ingest.SKEW_LIMIT_S
        with engine.begin() as conn:
            row = conn.execute(select(device.c.acked_seq, device.c.departments)
                               .where(device.c.device_id == me)).one()
            conn.execute(update(device).where(device.c.device_id == me).values(
                last_seen=now_iso(), clock_skew_s=skew, clock_flagged=flagged))
        return {"device_id": me, "acked_seq": row.acked_seq, "clock_skew_s": skew,
                "clock_flagged": flagged, "departments": list(row.departments),
                "server_time": now_iso()}

    @app.post("/v1/push", openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/PushIn"}}}}})
    async def push(request: Request, me: Annotated[str, Depends(device_auth)]) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError as exc:
            raise ServiceError("push.bad_json", 400) from exc
        if not isinstance(body, dict):
            raise ServiceError("push.bad_json", 400)
        result = await run_in_threadpool(ingest.ingest, engine, me, body)
        return _json(result)

    @app.post("/v1/pull")
    def pull(body: PullIn, me: Annotated[str, Depends(device_auth)]) -> Response:
        return _json(outgoing.pull(engine, me, body.after, body.limit, body.roster_tag))

    @app.post("/v1/history")
    def history(body: HistoryIn, me: Annotated[str, Depends(device_auth)]) -> Response:
        return _json(outgoing.history(engine, me, body.staff_ids, body.after, body.upto,
                                      body.limit))

    @app.post("/v1/person")
    def person(body: PersonIn, me: Annotated[str, Depends(device_auth)]) -> dict[str, Any]:
        return outgoing.person(engine, me, body.staff_id, body.password)

    @app.post("/v1/password")
    def password(body: PasswordIn, me: Annotated[str, Depends(device_auth)]) -> dict[str, Any]:
        return change_own_password(engine, me, body.staff_id, body.old_password,
                                   body.new_password)


def _document_push(app: FastAPI) -> None:
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = original()
            schema.setdefault("components", {}).setdefault("schemas", {})
            for model in (PushIn, PushEvent, PushColumns):
                found = model.model_json_schema(ref_template="#/components/schemas/{model}")
                found.pop("$defs", None)
                schema["components"]["schemas"][model.__name__] = found
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _admin_dependency(engine: Engine) -> Callable[..., set[str]]:
    """A dependency: the roles of the person behind an admin token."""

    def admin_roles(authorization: Annotated[str | None, Header()] = None) -> set[str]:
        token_hash = digest(_bearer(authorization))
        with engine.connect() as conn:
            staff_id = conn.scalar(select(admin_session.c.staff_id).where(
                admin_session.c.token_hash == token_hash,
                admin_session.c.expires_at > now_iso()))
            if staff_id is None:
                raise ServiceError("auth.no_session", 401)
            active = conn.scalar(select(staff.c.active).where(staff.c.staff_id == staff_id))
            roles = set(conn.scalars(select(staff_role.c.role)
                                     .where(staff_role.c.staff_id == staff_id)))
        return roles if active else set()

    return admin_roles


def _admin_routes(app: FastAPI, engine: Engine) -> None:
    admin = _admin_dependency(engine)

    def need(roles: set[str], *allowed: str) -> None:
        if not roles & set(allowed):
            raise ServiceError("auth.denied", 403)

    @app.post("/v1/admin/login")
    def admin_login(body: PersonIn) -> dict[str, Any]:
        with engine.begin() as conn:
            row = conn.execute(select(staff).where(staff.c.staff_id == body.staff_id)).first()
            if (row is None or not row.active or not row.password_hash
                    or not verify_password(row.password_hash, body.password)):
                raise ServiceError("auth.bad_credentials", 403)
            token, expires = secrets.token_urlsafe(32), iso_after(1.0)
            conn.execute(delete(admin_session).where(admin_session.c.expires_at < now_iso()))
            conn.execute(insert(admin_session).values(
                token_hash=digest(token), staff_id=body.staff_id, expires_at=expires))
        return {"token": token, "expires_at": expires}

    @app.get("/v1/admin/devices")
    def devices(roles: Annotated[set[str], Depends(admin)]) -> list[dict[str, Any]]:
        need(roles, "admin")
        return [d.as_dict() for d in enrolment.list_devices(engine)]

    @app.post("/v1/admin/enrol-codes")
    def enrol_code(body: EnrolCodeIn, roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        need(roles, "admin")
        code = enrolment.issue_code(engine, body.departments, body.hours)
        return {"code": code.code, "expires_at": code.expires_at,
                "departments": list(code.departments)}

    @app.put("/v1/admin/staff/{staff_id}")
    def put_staff(staff_id: str, body: StaffIn,
                  roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        need(roles, "admin", "hr")
        if body.roles is not None and "admin" in body.roles:
            need(roles, "admin")  # only an administrator makes another one
        if is_admin(engine, staff_id):
            need(roles, "admin")  # nor may HR reset, demote or disable an administrator
        change = StaffChange(staff_id, body.name, body.roles, body.departments, body.active,
                             body.password)
        return {"roster_version": apply_staff_change(engine, change)}
