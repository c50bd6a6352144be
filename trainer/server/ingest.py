"""Push: store a workstation's batch idempotently and advance its contiguous mark.

One transaction per batch (ARCHITECTURE §4):

1. lock the device row (``FOR UPDATE``): one push per device at a time;
2. refuse the batch if any ``(device_id, device_seq)`` is already taken by another event —
   two profiles are writing as one device (a copy) and the second must re-enrol;
3. take the transaction-level advisory lock :data:`SEQ_LOCK`, then
   ``INSERT … ON CONFLICT (event_id) DO NOTHING`` with ``server_seq`` from a sequence (big
   batches: the same effect through ``COPY``, see :func:`_copy_new`): the lock is held
   until commit, so no row can ever commit behind a pull cursor;
4. events the server already holds under another envelope become aliases;
5. advance the device's contiguous mark and return it with each event's
   ``server_seq``/``server_time``.

Replays, reordered batches and lost answers are harmless: nothing is stored twice and
the mark only moves over contiguous sequence numbers. The workstation's clock is only
compared, never believed: a skew over :data:`SKEW_LIMIT_S` flags the device.

May import: sqlalchemy, trainer.server.*, trainer.journal.events, the standard library.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, text

from trainer.journal.events import now_iso
from trainer.server.enrolment import ServiceError
from trainer.server.roster import add_to_scope
from trainer.server.schema import SEQ_LOCK

SKEW_LIMIT_S = 300.0
MAX_BATCH = 10_000
#: From this many events a batch is written with COPY (see :func:`_copy_new`).
COPY_FROM = 200
COPY_EVENTS = ("COPY event (server_seq, device_id, server_time, clock_skew_s, event_id, "
               "device_seq, type, schema_version, actor_id, subject_id, payload, device_time) "
               "FROM STDIN")
FIELDS = ("event_id", "device_seq", "type", "schema_version", "actor_id", "subject_id",
          "payload", "device_time")

INSERT_EVENTS = text("""
INSERT INTO event (server_seq, event_id, device_id, device_seq, type, schema_version,
                   actor_id, subject_id, payload, device_time, server_time, clock_skew_s)
SELECT nextval('event_server_seq'), u.event_id, CAST(:device_id AS text), u.device_seq, u.type,
       u.schema_version, u.actor_id, u.subject_id, u.payload, u.device_time,
       CAST(:server_time AS text), CAST(:skew AS double precision)
FROM unnest(CAST(:event_id AS text[]), CAST(:device_seq AS bigint[]), CAST(:type AS text[]),
            CAST(:schema_version AS int[]), CAST(:actor_id AS text[]),
            CAST(:subject_id AS text[]), CAST(:payload AS text[]),
            CAST(:device_time AS text[]))
     WITH ORDINALITY AS u(event_id, device_seq, type, schema_version, actor_id, subject_id,
                          payload, device_time, ord)
ORDER BY u.ord
ON CONFLICT (event_id) DO NOTHING
RETURNING event_id, server_seq
""")

INSERT_ALIASES = text("""
INSERT INTO event_alias (device_id, device_seq, event_id)
SELECT CAST(:device_id AS text), u.device_seq, u.event_id
FROM unnest(CAST(:event_id AS text[]), CAST(:device_seq AS bigint[])) AS u(event_id, device_seq)
JOIN event e ON e.event_id = u.event_id
WHERE NOT (e.device_id = CAST(:device_id AS text) AND e.device_seq = u.device_seq)
ON CONFLICT DO NOTHING
""")

TOP = text("""
SELECT greatest((SELECT max(device_seq) FROM event WHERE device_id = :device_id),
                (SELECT max(device_seq) FROM event_alias WHERE device_id = :device_id))
""")

TAKEN = text("""
SELECT device_seq, event_id FROM event
 WHERE device_id = :device_id AND device_seq = ANY(CAST(:seqs AS bigint[]))
UNION ALL
SELECT device_seq, event_id FROM event_alias
 WHERE device_id = :device_id AND device_seq = ANY(CAST(:seqs AS bigint[]))
""")

FOLLOWING = text("""
SELECT device_seq FROM event WHERE device_id = :device_id AND device_seq > :mark
UNION
SELECT device_seq FROM event_alias WHERE device_id = :device_id AND device_seq > :mark
ORDER BY 1
""")


def _text(value: Any, limit: int, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ServiceError("push.bad_event", 400)
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2**62:
        raise ServiceError("push.bad_event", 400)
    return value


def checked_events(raw: Any, device_id: str) -> dict[str, list[Any]]:
    """The batch as column arrays, in ``device_seq`` order; nothing in it is trusted."""
    if not isinstance(raw, list) or len(raw) > MAX_BATCH:
        raise ServiceError("push.bad_batch", 400)
    rows = []
    for item in raw:
        if not isinstance(item, dict) or item.get("device_id") != device_id:
            raise ServiceError("push.wrong_device", 403)
        rows.append((
            _text(item.get("event_id"), 36), _int(item.get("device_seq")),
            _text(item.get("type"), 64), _int(item.get("schema_version")),
            _text(item.get("actor_id"), 64, optional=True),
            _text(item.get("subject_id"), 128, optional=True),
            _text(item.get("payload"), 1_000_000), _text(item.get("device_time"), 32),
        ))
    rows.sort(key=lambda r: r[1])
    columns: dict[str, list[Any]] = {name: [r[i] for r in rows] for i, name in enumerate(FIELDS)}
    seqs = columns["device_seq"]
    if len(set(seqs)) != len(seqs) or len(set(columns["event_id"])) != len(seqs):
        raise ServiceError("push.bad_batch", 400)
    return columns


LIMITS: dict[str, tuple[int, bool]] = {  # text columns: maximum length, may be null
    "event_id": (36, False), "type": (64, False), "actor_id": (64, True),
    "subject_id": (128, True), "payload": (1_000_000, False), "device_time": (32, False),
}


def checked_columns(raw: Any, device_id: str, sent_for: Any) -> dict[str, list[Any]]:
    """The compact form: one array per field (the workstation's usual form; less to
    encode and parse than one object per event). Same checks as :func:`checked_events`."""
    if sent_for != device_id:
        raise ServiceError("push.wrong_device", 403)
    if not isinstance(raw, dict) or set(raw) != set(FIELDS):
        raise ServiceError("push.bad_batch", 400)
    size = len(raw["event_id"]) if isinstance(raw["event_id"], list) else -1
    if not 0 <= size <= MAX_BATCH or any(
            not isinstance(raw[name], list) or len(raw[name]) != size for name in FIELDS):
        raise ServiceError("push.bad_batch", 400)
    for name, (limit, optional) in LIMITS.items():
        for value in raw[name]:
            _text(value, limit, optional=optional)
    for name in ("device_seq", "schema_version"):
        for value in raw[name]:
            _int(value)
    seqs = raw["device_seq"]
    if any(a >= b for a, b in itertools.pairwise(seqs)) or len(
            set(raw["event_id"])) != size:
        raise ServiceError("push.bad_batch", 400)  # must be increasing, ids unique
    return {name: raw[name] for name in FIELDS}


def clock_skew(device_now: Any) -> float | None:
    if not isinstance(device_now, str):
        return None
    try:
        then = datetime.fromisoformat(device_now)
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return (then - datetime.now(UTC)).total_seconds()


def ingest(engine: Engine, device_id: str, body: dict[str, Any]) -> dict[str, Any]:
    if "columns" in body:
        columns = checked_columns(body["columns"], device_id, body.get("device_id"))
    else:
        columns = checked_events(body.get("events", []), device_id)
    skew = clock_skew(body.get("device_now"))
    raw_waiting = body.get("waiting")
    waiting = raw_waiting if isinstance(raw_waiting, int) else 0
    version = str(body.get("app_version") or "")[:40]
    acks: list[list[Any]] = []
    with engine.begin() as conn:
        mark = conn.scalar(text("SELECT acked_seq FROM device WHERE device_id = :d FOR UPDATE"),
                           {"d": device_id})
        if mark is None:
            raise ServiceError("auth.unknown_device", 401)
        if columns["event_id"]:
            acks = _store(conn, device_id, columns, skew)
        mark = _advance(conn, device_id, _covered(int(mark), columns["device_seq"]))
        flagged = skew is not None and abs(skew) > SKEW_LIMIT_S
        conn.execute(text("""UPDATE device SET acked_seq = :mark, last_seen = :now,
            events_waiting = :waiting, app_version = :version, clock_skew_s = :skew,
            clock_flagged = :flagged WHERE device_id = :d"""),
            {"mark": mark, "now": now_iso(), "waiting": max(0, waiting), "version": version,
             "skew": skew, "flagged": flagged, "d": device_id})
        _note_logins(conn, device_id, columns)
    return {"acked_seq": mark, **_compact(columns, acks), "server_time": now_iso(),
            "clock_skew_s": skew, "clock_flagged": flagged}


def _store(conn: Connection, device_id: str, columns: dict[str, list[Any]],
           skew: float | None) -> list[list[Any]]:
    _refuse_clashes(conn, device_id, columns)
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEQ_LOCK})
    server_time = now_iso()
    if len(columns["event_id"]) >= COPY_FROM:
        acks = _copy_new(conn, device_id, columns, server_time, skew)
    else:
        params = {"device_id": device_id, "server_time": server_time, "skew": skew, **columns}
        acks = [[r[0], r[1], server_time] for r in conn.execute(INSERT_EVENTS, params)]
    if len(acks) == len(columns["event_id"]):
        return acks  # all new: no replays, no aliases (the common case, kept fast)
    conn.execute(INSERT_ALIASES, {"device_id": device_id, "event_id": columns["event_id"],
                                  "device_seq": columns["device_seq"]})
    rows = conn.execute(
        text("SELECT event_id, server_seq, server_time FROM event "
             "WHERE event_id = ANY(CAST(:ids AS text[]))"), {"ids": columns["event_id"]})
    return [[r[0], r[1], r[2]] for r in rows]


def _refuse_clashes(conn: Connection, device_id: str, columns: dict[str, list[Any]]) -> None:
    """409 when one of the batch's numbers already names another event of this device.
    Numbers above everything stored for the device cannot clash (the usual case)."""
    top = conn.scalar(TOP, {"device_id": device_id})
    if top is None or columns["device_seq"][0] > top:
        return
    sent = dict(zip(columns["device_seq"], columns["event_id"], strict=True))
    for seq, event_id in conn.execute(TAKEN, {"device_id": device_id,
                                              "seqs": columns["device_seq"]}):
        if sent[seq] != event_id:
            raise ServiceError("push.device_clash", 409, device_seq=seq)


def _copy_new(conn: Connection, device_id: str, columns: dict[str, list[Any]],
              server_time: str, skew: float | None) -> list[list[Any]]:
    """Big batches: the same effect as ``INSERT … ON CONFLICT (event_id) DO NOTHING``, at
    the speed of ``COPY``. Safe because every insert into ``event`` happens under the
    advisory lock held here: the events stored cannot change until commit. The batch is
    first copied whole inside a savepoint (the usual case: every event is new); if one
    is already stored, that is rolled back and only the missing rows are copied."""
    everything = list(range(len(columns["event_id"])))
    try:
        with conn.begin_nested():
            return _copy_rows(conn, device_id, columns, everything, server_time, skew)
    except psycopg.errors.UniqueViolation:
        pass
    known = set(conn.scalars(text("SELECT event_id FROM event WHERE event_id = "
                                  "ANY(CAST(:ids AS text[]))"), {"ids": columns["event_id"]}))
    rows = [i for i in everything if columns["event_id"][i] not in known]
    return _copy_rows(conn, device_id, columns, rows, server_time, skew)


def _copy_rows(conn: Connection, device_id: str, columns: dict[str, list[Any]],
               rows: list[int], server_time: str, skew: float | None) -> list[list[Any]]:
    """COPY the batch's ``rows`` (indexes) with server_seq values reserved in one step."""
    if not rows:
        return []
    first = int(conn.scalar(text("SELECT nextval('event_server_seq')")) or 0)
    if len(rows) > 1:
        conn.execute(text("SELECT setval('event_server_seq', :last)"),
                     {"last": first + len(rows) - 1})
    names = ("event_id", "device_seq", "type", "schema_version", "actor_id", "subject_id",
             "payload", "device_time")
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(COPY_EVENTS) as copy:
        for offset, i in enumerate(rows):
            copy.write_row((first + offset, device_id, server_time, skew,
                            *(columns[name][i] for name in names)))
    return [[columns["event_id"][i], first + offset, server_time]
            for offset, i in enumerate(rows)]


def _compact(columns: dict[str, list[Any]], acks: list[list[Any]]) -> dict[str, Any]:
    """Acknowledgements as sent back: one range when the batch was consecutive numbers,
    all new, numbered in order with one server time (the usual case), else one per event.
    A range ``[first_seq, last_seq, first_server_seq, server_time]`` means event
    ``device_seq`` got ``first_server_seq + (device_seq - first_seq)``."""
    seqs = columns["device_seq"]
    if (len(acks) > 1 and len(acks) == len(seqs) and seqs[-1] - seqs[0] + 1 == len(seqs)
            and [a[0] for a in acks] == columns["event_id"]
            and acks[-1][1] - acks[0][1] + 1 == len(acks) and acks[0][2] == acks[-1][2]):
        return {"acks": [], "ranges": [[seqs[0], seqs[-1], acks[0][1], acks[0][2]]]}
    return {"acks": acks, "ranges": []}


def _covered(mark: int, seqs: list[int]) -> int:
    """Every event of the batch is stored now: a batch of consecutive numbers starting at
    or before ``mark + 1`` moves the mark to its end without reading them back."""
    if seqs and seqs[0] <= mark + 1 and seqs[-1] - seqs[0] + 1 == len(seqs):
        return max(mark, seqs[-1])
    return mark


def _advance(conn: Connection, device_id: str, mark: int) -> int:
    for (seq,) in conn.execute(FOLLOWING, {"device_id": device_id, "mark": mark}):
        if seq != mark + 1:
            break
        mark = seq
    return mark


def _note_logins(conn: Connection, device_id: str, columns: dict[str, list[Any]]) -> None:
    """Whoever logged in at this workstation joins its scope (ARCHITECTURE §4)."""
    seen = {actor for kind, actor in zip(columns["type"], columns["actor_id"], strict=True)
            if kind == "auth.login" and actor}
    for staff_id in sorted(seen):
        add_to_scope(conn, device_id, staff_id)
