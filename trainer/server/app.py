"""The HTTP API of the sync service (FastAPI): routes, request models and the mapping of
refusals to answers — nothing else (the work is in the modules each route calls).
OpenAPI at ``/openapi.json``, docs at ``/docs``. Workstations authenticate with
``Authorization: Bearer <device token>``; administrators with a short-lived token from
``/v1/admin/login``; roles are checked on every admin call. Tokens are never logged.

Every text field refuses NUL and lone surrogates, every number has a range, request bodies
are capped (413), so no data error reaches the database as a 500.

No ``from __future__ import annotations`` here: FastAPI reads the annotations of the
route functions, which name dependencies made per app (they close over its engine).

May import: fastapi, starlette, pydantic, sqlalchemy, trainer.server.*, trainer.sync.wire,
trainer.journal.events, the standard library.
"""


import json
import pathlib
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from sqlalchemy.exc import DataError
from starlette.concurrency import run_in_threadpool

from trainer import __version__, catalogue
from trainer.journal.events import now_iso
from trainer.server import authority, enrolment, ingest, issuing, outgoing, sessions
from trainer.server.authority import Settings
from trainer.server.db import SERVER_SCHEMA_HEAD
from trainer.server.errors import ServiceError
from trainer.server.exam_routes import add_exam_routes
from trainer.server.grading import ExamDesk
from trainer.server.limits import BodyLimit
from trainer.server.models import (
    CertIssueIn,
    CertRevokeIn,
    EnrolCodeIn,
    EnrolIn,
    HistoryIn,
    PasswordIn,
    PersonIn,
    PullIn,
    ReenrolIn,
    StaffIn,
    StaffNumber,
)
from trainer.server.roster import StaffChange, apply_staff_change, change_own_password, is_admin
from trainer.sync.wire import PushBody, Refusal


def _json(content: dict[str, Any]) -> Response:
    """Bulk answers skip FastAPI's per-value encoder (thousands of events per answer)."""
    return Response(json.dumps(content, ensure_ascii=False, separators=(",", ":")),
                    media_type="application/json")


def _bearer(authorization: str | None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise ServiceError("auth.no_token", 401)
    return authorization.removeprefix("Bearer ").strip()


def create_app(engine: Engine, settings: Settings | None = None,
               content_root: pathlib.Path | None = None, *, warm: bool = False) -> FastAPI:
    """``settings``: content and issuer key the service judges and issues with (default:
    as configured in the environment, :func:`trainer.server.authority.settings_from_env`).
    ``content_root``: the question banks (with exam pools and answers) the service grades
    theory with; default the ones shipped with the source (see trainer.server.grading).
    ``warm``: load them now, in the background, not on the first request needing them."""
    settings = settings or authority.settings_from_env()
    if settings.key is not None:
        issuing.publish_key(engine, settings.key)
    app = FastAPI(title="HIS Trainer sync service", version=__version__)
    catalogue.load()  # the registry pushes are checked against: now, not in the first push
    desk = ExamDesk(engine, content_root)
    if warm:
        desk.warm()
    app.add_middleware(BodyLimit)

    @app.exception_handler(Refusal)
    async def _refused(_request: Request, exc: Refusal) -> JSONResponse:
        facts = {k: v for k, v in exc.facts.items() if isinstance(v, str | int | float)}
        headers = ({"Retry-After": str(int(facts["retry_after"]))}
                   if "retry_after" in facts else None)
        return JSONResponse({"code": exc.code, **facts}, status_code=exc.status,
                            headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Fields only: the input is not echoed (it may be a password, or not UTF-8).
        fields = [".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()]
        return JSONResponse({"code": "request.invalid", "fields": fields[:20]},
                            status_code=422)

    @app.exception_handler(DataError)
    async def _bad_data(_request: Request, _exc: DataError) -> JSONResponse:
        return JSONResponse({"code": "request.bad_data"}, status_code=422)

    @app.get("/health")
    def health() -> dict[str, Any]:
        sessions.ping(engine)
        return {"status": "ok", "schema": SERVER_SCHEMA_HEAD, "server_time": now_iso(),
                "version": __version__}

    _enrolment_routes(app, engine)
    _sync_routes(app, engine, settings, desk)
    _admin_routes(app, engine, settings)
    add_exam_routes(app, engine, desk, _device_dependency(engine), _admin_dependency(engine),
                    _need)
    from trainer.server.merge_routes import add_routes

    add_routes(app, engine, _device_dependency(engine), _admin_dependency(engine), _need)
    _document_push(app)
    return app


def _document_push(app: FastAPI) -> None:
    """``/v1/push`` reads its body by hand (ingest must be fast); its schema is added to
    the OpenAPI description from :class:`trainer.sync.wire.PushBody`."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = original()
            found = PushBody.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(found.pop("$defs", {}))
            components["PushBody"] = found
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _device_dependency(engine: Engine, *, replaced_ok: bool = False) -> Callable[..., str]:
    """A dependency: the device id behind the bearer token."""

    def device_id(authorization: Annotated[str | None, Header()] = None) -> str:
        with engine.connect() as conn:
            return enrolment.device_for_token(conn, _bearer(authorization),
                                              replaced_ok=replaced_ok)

    return device_id


def _enrolment_routes(app: FastAPI, engine: Engine) -> None:
    spent_ok = _device_dependency(engine, replaced_ok=True)

    @app.post("/v1/enrol")
    def enrol(body: EnrolIn) -> dict[str, Any]:
        done = enrolment.enrol(engine, body.code, body.device_id, body.name, body.app_version)
        return {"device_id": done.device_id, "token": done.token,
                "departments": list(done.departments), "server_time": now_iso()}

    @app.post("/v1/reenrol")
    def reenrol(body: ReenrolIn, me: Annotated[str, Depends(spent_ok)]) -> dict[str, Any]:
        done = enrolment.reenrol(engine, me, body.new_device_id, body.reason, body.app_version)
        return {"device_id": done.device_id, "token": done.token,
                "departments": list(done.departments), "server_time": now_iso()}


def _judged_types(body: Any) -> bool:
    """Whether a push brought anything the service judges (practical exams)."""
    try:
        kinds = body["columns"]["type"]
        return any(isinstance(k, str) and (k.startswith("practical.") or k == "sim.command")
                   for k in kinds)
    except (KeyError, TypeError):
        return False


def _sync_routes(app: FastAPI, engine: Engine, settings: Settings,
                 desk: ExamDesk) -> None:
    device_auth = _device_dependency(engine)

    @app.get("/v1/device")
    def whoami(me: Annotated[str, Depends(device_auth)],
               device_now: str | None = None) -> dict[str, Any]:
        skew = ingest.clock_skew(device_now)
        flagged = skew is not None and abs(skew) > ingest.SKEW_LIMIT_S
        mark = enrolment.hello(engine, me, skew, flagged)
        return {"device_id": me, **mark, "clock_skew_s": skew, "clock_flagged": flagged,
                "server_time": now_iso()}

    @app.post("/v1/push", openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/PushBody"}}}}})
    async def push(request: Request, me: Annotated[str, Depends(device_auth)]) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError as exc:
            raise ServiceError("push.bad_json", 400) from exc
        answer = await run_in_threadpool(ingest.ingest, engine, me, body)
        # After the commit (ingest stays raw and fast): theory re-grading, then the
        # practical re-runs and any certificate the new results make due (auto-issue).
        types = body.get("columns", {}).get("type") if isinstance(body, dict) else None
        graded = await run_in_threadpool(desk.after_push, types)
        if _judged_types(body) or (graded is not None and graded.graded):
            await run_in_threadpool(authority.judge_new, engine, settings)
        return _json(answer)

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


def _admin_dependency(engine: Engine) -> Callable[..., set[str]]:
    """A dependency: the roles of the person behind an admin token."""

    def admin_roles(authorization: Annotated[str | None, Header()] = None) -> set[str]:
        return sessions.roles_for(engine, _bearer(authorization))

    return admin_roles


def _need(roles: set[str], *allowed: str) -> None:
    if not roles & set(allowed):
        raise ServiceError("auth.denied", 403)


def _admin_routes(app: FastAPI, engine: Engine, settings: Settings) -> None:
    admin = _admin_dependency(engine)
    _cert_routes(app, engine, settings)

    @app.post("/v1/admin/login")
    def admin_login(body: PersonIn, request: Request) -> dict[str, Any]:
        address = request.client.host if request.client else None
        token, expires = sessions.log_in(engine, body.staff_id, body.password, address)
        return {"token": token, "expires_at": expires}

    @app.get("/v1/admin/devices")
    def devices(roles: Annotated[set[str], Depends(admin)]) -> list[dict[str, Any]]:
        _need(roles, "admin")
        return [d.as_dict() for d in enrolment.list_devices(engine)]

    @app.post("/v1/admin/devices/{device_id}/revoke")
    def revoke(device_id: Annotated[str, Path(min_length=1, max_length=36,
                                              pattern=r"^[A-Za-z0-9-]+$")],
               roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        _need(roles, "admin")
        return {"revoked": enrolment.revoke(engine, device_id)}

    @app.post("/v1/admin/enrol-codes")
    def enrol_code(body: EnrolCodeIn, roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        _need(roles, "admin")
        code = enrolment.issue_code(engine, body.departments, body.hours)
        return {"code": code.code, "expires_at": code.expires_at,
                "departments": list(code.departments)}

    @app.put("/v1/admin/staff/{staff_id}")
    def put_staff(staff_id: Annotated[StaffNumber, Path()], body: StaffIn,
                  roles: Annotated[set[str], Depends(admin)]) -> dict[str, Any]:
        _need(roles, "admin", "hr")
        if body.roles is not None and "admin" in body.roles:
            _need(roles, "admin")  # only an administrator makes another one
        if is_admin(engine, staff_id):
            _need(roles, "admin")  # nor may HR reset, demote or disable an administrator
        roles_given = None if body.roles is None else [r.value for r in body.roles]
        change = StaffChange(staff_id, body.name, roles_given, body.departments, body.active,
                             body.password)
        return {"roster_version": apply_staff_change(engine, change)}


def _cert_routes(app: FastAPI, engine: Engine, settings: Settings) -> None:
    """Certificates are issued and revoked here in networked mode (HR's workstation calls
    these with an HR or admin session)."""
    who = _person_dependency(engine)

    @app.post("/v1/certs/issue")
    def cert_issue(body: CertIssueIn,
                   me: Annotated[tuple[str, set[str]], Depends(who)]) -> dict[str, Any]:
        _need(me[1], "hr", "admin")
        return {"issued": issuing.issue_for_hr(engine, settings, me[0], body.holder,
                                               body.module)}

    @app.post("/v1/certs/revoke")
    def cert_revoke(body: CertRevokeIn,
                    me: Annotated[tuple[str, set[str]], Depends(who)]) -> dict[str, Any]:
        _need(me[1], "hr", "admin")
        return {"revoked": issuing.revoke(engine, me[0], body.number, body.reason)}

    @app.post("/v1/admin/judge")
    def judge(me: Annotated[tuple[str, set[str]], Depends(who)]) -> dict[str, Any]:
        _need(me[1], "admin")
        return {"attempts": authority.judge_new(engine, settings, held=True)}


def _person_dependency(engine: Engine) -> Callable[..., tuple[str, set[str]]]:
    """A dependency: the staff id and roles behind an admin token."""

    def person(authorization: Annotated[str | None, Header()] = None
               ) -> tuple[str, set[str]]:
        return sessions.person_for(engine, _bearer(authorization))

    return person
