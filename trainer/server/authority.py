"""The service as an author: the events it writes itself (results — practical re-runs,
referrals to adjudication, certificates), reading stored events back as journal events,
and the step that judges what arrived after every push.

The service's events carry the device id :data:`SERVICE_DEVICE` with ``device_seq`` from
its own sequence, and take ``server_seq`` under the same advisory lock as a push
(:data:`trainer.server.schema.SEQ_LOCK`), so a pull cursor never skips one. Their
``device_time`` is the server's time. They reach the workstations of their subject's
scope by pull; hospital-wide ones (no actor, no subject: the issuer's public key) reach
every workstation (:mod:`trainer.server.outgoing`).

:func:`judge_new` runs after each push that brings practical events (and may be run by an
operator, or by whatever writes ``exam.graded``): it reads the events stored since its
cursor, in ``server_seq`` order, hands each practical attempt they touch to
:mod:`trainer.server.practicals`, and lets a passed certifying theory grade issue a
certificate when the rules say ``auto_issue`` (:func:`trainer.server.issuing.after_result`).
One judge at a time, across processes (a session advisory lock, tried, not waited for:
a push never queues behind another's judging; the next push or judge picks up what is
left).

May import: sqlalchemy, trainer.journal, trainer.server.*, the standard library.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from trainer.journal.events import Event, NewEvent, now_iso
from trainer.server.errors import ServiceError
from trainer.server.schema import SEQ_LOCK

if TYPE_CHECKING:
    from trainer.certify.keys import IssuerKey
    from trainer.certify.standing import Courses
    from trainer.practical.definitions import PracticalExam
    from trainer.server.practicals import Shelf

log = logging.getLogger(__name__)

SERVICE_DEVICE = "service"
JUDGE_LOCK = 0x5EC7_0017
CURSOR = "practicals"

COLUMNS = ("event_id", "device_id", "device_seq", "type", "schema_version", "actor_id",
           "subject_id", "payload", "device_time", "server_seq", "server_time")

class Settings:
    """What the service judges and issues with: its own copy of the content (scenario
    versions, practical definitions, courses; loaded when first needed) and, when
    configured, the issuer key."""

    def __init__(self, key: IssuerKey | None = None, *, shelf: Shelf | None = None,
                 exams: dict[str, PracticalExam] | None = None,
                 courses: Courses | None = None, archive: Sequence[Path] = ()) -> None:
        self.key = key
        self._shelf, self._exams, self._courses = shelf, exams, courses
        self.archive = list(archive)

    @property
    def shelf(self) -> Shelf:
        if self._shelf is None:
            from trainer.server.practicals import Shelf
            from trainer.sim import library

            self._shelf = Shelf([library.simulators_root(), *self.archive])
        return self._shelf

    @property
    def exams(self) -> dict[str, PracticalExam]:
        if self._exams is None:
            from trainer.practical.definitions import load_practicals
            from trainer.sim import library

            # problems are reported by `his-trainer content check` (CI)
            self._exams = load_practicals(library.simulators_root())[0]
        return self._exams

    @property
    def courses(self) -> Courses:
        if self._courses is None:
            from trainer.certify.service import courses_from_catalogue
            from trainer.content.courses import load_catalogue
            from trainer.resources import content_root

            self._courses = courses_from_catalogue(
                load_catalogue(content_root("courses"), deep=False))
        return self._courses


INSERT = text("""
INSERT INTO event (server_seq, event_id, device_id, device_seq, type, schema_version,
                   actor_id, subject_id, payload, device_time, server_time)
VALUES (nextval('event_server_seq'), :event_id, :device_id, nextval('service_event_seq'),
        :type, :schema_version, :actor_id, :subject_id, :payload, :now, :now)
RETURNING server_seq
""")


def write(conn: Connection, *events: NewEvent) -> list[int]:
    """Store ``events`` as the service's own (in the caller's transaction); returns their
    ``server_seq``. Payloads are validated against their types first."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEQ_LOCK})
    now = now_iso()
    out = []
    for new in events:
        version, payload = new.payload_text()
        out.append(int(conn.scalar(INSERT, {
            "event_id": new.event_id, "device_id": SERVICE_DEVICE, "type": new.type,
            "schema_version": version, "actor_id": new.actor_id,
            "subject_id": new.subject_id, "payload": payload, "now": now}) or 0))
    return out


def as_events(rows: Iterable[Sequence[Any]]) -> list[Event]:
    """Rows of :data:`COLUMNS` as journal events (``local_order`` = ``server_seq``)."""
    out = []
    for row in rows:
        data = dict(zip(COLUMNS, row, strict=True))
        out.append(Event(local_order=int(data["server_seq"]), **data))
    return out


def select_events(where: str) -> str:
    return f"SELECT {', '.join(COLUMNS)} FROM event WHERE {where} ORDER BY server_seq"


def events_where(conn: Connection, where: str, **params: Any) -> list[Event]:
    return as_events(conn.execute(text(select_events(where)), params))


def judge_new(engine: Engine, settings: Settings, *, limit: int = 20_000,
              held: bool = False) -> int:
    """Judge what arrived since the cursor (and, with ``held``, every attempt held for
    want of its scenario version, e.g. after content was added); returns how many attempts
    were looked at (0 as well when another process is judging now)."""
    from trainer.server import practicals

    with engine.connect() as lock_conn:
        if not lock_conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": JUDGE_LOCK}):
            return 0
        try:
            judged = _judge_held(engine, settings, practicals) if held else 0
            while True:
                done, more = _judge_page(engine, settings, practicals, limit)
                judged += done
                if not more:
                    return judged
        finally:
            lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": JUDGE_LOCK})
            lock_conn.commit()


def _judge_one(conn: Connection, settings: Settings, practicals: Any, attempt_id: str,
               trainee: str) -> None:
    """Judge one attempt in a savepoint: a failure (a bug, content the service cannot
    read) is logged and the attempt held as ``judge_failed`` — the judge run, the push
    before it and every other attempt go on."""
    try:
        with conn.begin_nested():
            practicals.judge(conn, settings, attempt_id, trainee)
    except Exception:
        log.exception("judging practical attempt %s failed", attempt_id)
        with conn.begin_nested():
            practicals.hold(conn, attempt_id, trainee, "judge_failed")


def _graded(conn: Connection, settings: Settings, rows: Sequence[Sequence[Any]]) -> None:
    """Certifying theory grades the service wrote may complete a person's eligibility."""
    from trainer.server.issuing import after_result

    for _seq, _kind, trainee, _actor, payload in rows:
        data = json.loads(payload)
        if trainee and data.get("certifying") and data.get("passed"):
            try:
                with conn.begin_nested():
                    after_result(conn, settings, trainee, str(data["module"]))
            except ServiceError:
                log.info("no certificate for %s after a theory grade", trainee)


def _judge_held(engine: Engine, settings: Settings, practicals: Any) -> int:
    with engine.begin() as conn:
        rows = conn.execute(text(
            "SELECT payload, subject_id FROM event WHERE type = 'practical.rerun' "
            "AND device_id = :d ORDER BY server_seq"), {"d": SERVICE_DEVICE}).all()
        outcomes: dict[tuple[str, str], str] = {}
        for payload, trainee in rows:  # the latest verdict of each attempt
            data = json.loads(payload)
            outcomes[(str(data["attempt_id"]), str(trainee))] = str(data["outcome"])
        waiting = [key for key, outcome in outcomes.items() if outcome == "held"]
        for attempt_id, trainee in waiting:
            _judge_one(conn, settings, practicals, attempt_id, trainee)
    return len(waiting)


def _judge_page(engine: Engine, settings: Settings, practicals: Any, limit: int
                ) -> tuple[int, bool]:
    snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    with snapshot as conn, conn.begin():
        cursor = int(conn.scalar(text("SELECT server_seq FROM authority_cursor WHERE "
                                      "name = :n"), {"n": CURSOR}) or 0)
        # One snapshot: rows below the highest one visible in it can no longer appear
        # (SEQ_LOCK), so the cursor may pass every number read here.
        rows = conn.execute(text(
            "SELECT server_seq, type, subject_id, actor_id, payload FROM event "
            "WHERE server_seq > :c "
            "AND (type LIKE 'practical.%' OR type IN ('sim.command', 'exam.graded')) "
            "ORDER BY server_seq LIMIT :limit"), {"c": cursor, "limit": limit}).all()
        more = len(rows) == limit
        top = rows[-1][0] if more else int(conn.scalar(
            text("SELECT coalesce(max(server_seq), 0) FROM event")) or 0)
        attempts = practicals.attempts_touched([r for r in rows if r[1] != "exam.graded"])
        for attempt_id, trainee in attempts.items():
            _judge_one(conn, settings, practicals, attempt_id, trainee)
        _graded(conn, settings, [r for r in rows if r[1] == "exam.graded"])
        conn.execute(text(
            "INSERT INTO authority_cursor (name, server_seq) VALUES (:n, :s) "
            "ON CONFLICT (name) DO UPDATE SET server_seq = greatest("
            "authority_cursor.server_seq, EXCLUDED.server_seq)"), {"n": CURSOR, "s": top})
    return len(attempts), more


def settings_from_env() -> Settings:
    """Settings as ``his-trainer serve`` was configured: ``HIS_TRAINER_ISSUER_KEY`` (the
    key's folder) unlocked with ``HIS_TRAINER_ISSUER_PASSPHRASE``;
    ``HIS_TRAINER_SCENARIO_ARCHIVE`` (folders, ``os.pathsep``-separated)."""
    import os

    key = None
    folder = os.environ.get("HIS_TRAINER_ISSUER_KEY")
    if folder:
        from trainer.server.issuing import load_key

        key = load_key(folder, os.environ.get("HIS_TRAINER_ISSUER_PASSPHRASE", ""))
    archive = [Path(p) for p in os.environ.get("HIS_TRAINER_SCENARIO_ARCHIVE", "")
               .split(os.pathsep) if p]
    return Settings(key, archive=archive)
