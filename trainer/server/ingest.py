"""Push: store a workstation's batch idempotently and advance its contiguous mark.

One transaction per batch (ARCHITECTURE §4):

1. lock the device row (``FOR UPDATE``): one push per device at a time; take only the part
   of the batch that joins the stored events without a gap, and check it
   (:mod:`trainer.server.admission`: registry, scope, proven logins);
2. refuse the batch if any ``(device_id, device_seq)`` is already taken by another event —
   two profiles are writing as one device (a copy) and the second must re-enrol;
3. take the transaction-level advisory lock :data:`SEQ_LOCK`, then
   ``INSERT … ON CONFLICT (event_id) DO NOTHING`` with ``server_seq`` from a sequence (big
   batches: the same effect through ``COPY``, see :func:`_copy_new`): the lock is held
   until commit, so no row can ever commit behind a pull cursor;
4. events the server already holds under another envelope become aliases; a merged
   standalone profile's history events naming a person in clash are held instead
   (:mod:`trainer.server.merge`);
5. advance the device's contiguous mark and return it with each event's
   ``server_seq``/``server_time``.

Replays, reordered batches and lost answers are harmless: nothing is stored twice and
the mark only moves over contiguous sequence numbers. The workstation's clock is only
compared, never believed: a skew over :data:`SKEW_LIMIT_S` flags the device.

May import: sqlalchemy, psycopg, trainer.server.*, trainer.sync.wire, trainer.journal.events,
the standard library.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import repeat
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, text

from trainer.journal.events import now_iso
from trainer.server.admission import Gate
from trainer.server.errors import ServiceError
from trainer.server.merge import hold
from trainer.server.schema import SEQ_LOCK
from trainer.sync.wire import SENT, read_extras, read_push

SKEW_LIMIT_S = 300.0
#: From this many events a batch is written with COPY (see :func:`_copy_new`).
COPY_FROM = 200
COPY_EVENTS = ("COPY event (server_seq, device_id, server_time, clock_skew_s, event_id, "
               "device_seq, type, schema_version, actor_id, subject_id, payload, device_time) "
               "FROM STDIN")

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


def clock_skew(device_now: Any) -> float | None:
    if not isinstance(device_now, str):
        return None
    try:
        then = datetime.fromisoformat(device_now)
        if then.tzinfo is None:
            then = then.replace(tzinfo=UTC)
        return (then - datetime.now(UTC)).total_seconds()
    except (ValueError, OverflowError):
        return None


def ingest(engine: Engine, device_id: str, body: Any) -> dict[str, Any]:
    """Store one push (the body of ``/v1/push``, :func:`trainer.sync.wire.read_push`)."""
    columns = read_push(body, device_id)
    device_now, waiting, version = read_extras(body)
    skew = clock_skew(device_now)
    acks: list[list[Any]] = []
    with engine.begin() as conn:
        row = conn.execute(text("SELECT acked_seq, open_login, replaces, history_upto "
                                "FROM device WHERE device_id = :d FOR UPDATE"),
                           {"d": device_id}).first()
        if row is None:
            raise ServiceError("auth.unknown_device", 401)
        mark = int(row.acked_seq)
        columns = _contiguous(columns, mark)
        sent = columns["device_seq"]
        open_login, top = row.open_login, None
        if columns["event_id"]:
            stored = _stored(conn, columns, mark) if row.replaces else set()
            gate = Gate(conn, device_id, row.open_login, row.history_upto)
            open_login = gate.admit(columns, mark, stored)
            columns = hold(conn, device_id, columns, gate.history, skew)  # merge clashes
            if columns["event_id"]:
                top = _refuse_clashes(conn, device_id, columns)
                acks = _store(conn, device_id, columns, skew)
        mark = _covered(mark, sent)
        if top is None or top > mark:  # stored events of this device beyond the batch
            mark = _advance(conn, device_id, mark)
        flagged = skew is not None and abs(skew) > SKEW_LIMIT_S
        conn.execute(text("""UPDATE device SET acked_seq = :mark, open_login = :o,
            last_seen = :now, events_waiting = :waiting, app_version = :version,
            clock_skew_s = :skew, clock_flagged = :flagged WHERE device_id = :d"""),
            {"mark": mark, "o": open_login, "now": now_iso(), "waiting": waiting,
             "version": version, "skew": skew, "flagged": flagged, "d": device_id})
    return {"acked_seq": mark, **_compact(columns, acks), "server_time": now_iso(),
            "clock_skew_s": skew, "clock_flagged": flagged}


def _contiguous(columns: dict[str, list[Any]], mark: int) -> dict[str, list[Any]]:
    """The part of the batch that joins what is stored: it must start at or before
    ``mark + 1`` and run without a gap. Events after a gap are not taken now (nothing
    before them is known to have been checked; the workstation sends them again from the
    mark it is answered)."""
    seqs = columns["device_seq"]
    if not seqs or seqs[0] > mark + 1:
        return {name: [] for name in columns}
    end = 1
    while end < len(seqs) and seqs[end] == seqs[end - 1] + 1:
        end += 1
    return columns if end == len(seqs) else {n: v[:end] for n, v in columns.items()}


def _stored(conn: Connection, columns: dict[str, list[Any]], mark: int) -> set[str]:
    """Events of the batch after the mark that the service already holds (sent under the
    id this device replaced): not checked again."""
    ids = [e for e, s in zip(columns["event_id"], columns["device_seq"], strict=True)
           if s > mark]
    return set(conn.scalars(text("SELECT event_id FROM event WHERE event_id = "
                                 "ANY(CAST(:ids AS text[]))"), {"ids": ids}))


def _store(conn: Connection, device_id: str, columns: dict[str, list[Any]],
           skew: float | None) -> list[list[Any]]:
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


def _refuse_clashes(conn: Connection, device_id: str, columns: dict[str, list[Any]]) -> int:
    """409 when one of the batch's numbers already names another event of this device.
    Numbers above everything stored for the device cannot clash (the usual case). Returns
    the highest number stored for the device before this batch (0: none)."""
    top = int(conn.scalar(TOP, {"device_id": device_id}) or 0)
    if columns["device_seq"][0] > top:
        return top
    sent = dict(zip(columns["device_seq"], columns["event_id"], strict=True))
    for seq, event_id in conn.execute(TAKEN, {"device_id": device_id,
                                              "seqs": columns["device_seq"]}):
        if sent[seq] != event_id:
            raise ServiceError("push.device_clash", 409, device_seq=seq)
    return top


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
    raw = conn.connection.driver_connection
    assert raw is not None
    picked = [columns[name] for name in SENT]
    if len(rows) < len(columns["event_id"]):
        picked = [[values[i] for i in rows] for values in picked]
    count = len(rows)
    with raw.cursor() as cursor, cursor.copy(COPY_EVENTS) as copy:
        # whole columns zipped (no per-row Python beyond the copy itself)
        for row in zip(range(first, first + count), repeat(device_id, count),
                       repeat(server_time, count), repeat(skew, count), *picked, strict=True):
            copy.write_row(row)
    return list(map(list, zip(picked[0], range(first, first + count), repeat(server_time),
                              strict=False)))


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
