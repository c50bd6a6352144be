"""Re-grading certifying theory attempts on the service (ARCHITECTURE §4, issue 17).

**Where it runs.** Ingest stays raw and fast: it stores events and commits. Then the push
route calls :func:`grade_pending` in the same request, after the commit (a workstation's
push answer waits for it; nothing else does). It also runs from the command line
(``his-trainer server regrade``), which retries attempts held for a missing content
version once the content is there. One grading pass runs at a time (a session-level
advisory lock, waited for: a push's submissions are graded by its own pass, never left to
a pass that read its list before they committed). The pass reads ``exam.submitted`` and
``exam.item_marked`` events after the last one it handled (``service_mark``): with the
pull cursor's guarantee (``server_seq`` allocated under the ingest lock) none is skipped.

**What it checks**, from the raw events only — the PC's word is never taken:

- the attempt began with one ``exam.started`` (a second start of the same attempt id, or a
  second submission of an attempt already graded, is a replay), on the device that
  submitted it, under a proctor's ``exam.unlocked`` for that trainee, module and PC, and
  that unlock opened no other attempt;
- the service holds the content version the attempt pinned (else the attempt is *held*:
  "cannot grade: content version … missing", listed for administrators, graded later);
- the paper is the one the blueprint's rules draw for the attempt's seed from the pool
  (``trainer.exams.assembly.draw``);
- every answer is for an item on the paper, saved before the submission.

A certifying attempt passing these is graded from its answers with the service's items and
the service writes ``exam.graded``. If the PC showed a result (``exam.graded_locally``)
that differs, or a check fails, ``exam.grading_flagged`` is written for the trainers; a
failed check writes no result at all. Short answers wait for a trainer's marks.

May import: sqlalchemy, trainer.server.*, trainer.exams, trainer.content,
trainer.journal.events, the standard library.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from trainer.content.banks import Item
from trainer.content.blueprints import Blueprint
from trainer.exams.answerfree import content_hash
from trainer.exams.assembly import BlueprintShortfall, Paper, PoolIndex, draw
from trainer.exams.attempts import Attempt, fold
from trainer.exams.results import grade_attempt
from trainer.journal.events import Event
from trainer.server.pools import (
    ServiceContent,
    answer_free_pool,
    archive,
    pinned_items,
    pool_as_of,
)
from trainer.server.verdicts import Verdict, record

log = logging.getLogger(__name__)

#: Key of the session-level advisory lock one grading pass holds.
GRADING_LOCK = 0x5EC7_0017
MARK = "grading"
TRIGGER_TYPES = frozenset({"exam.submitted", "exam.item_marked"})
#: Types the grading reads of an attempt.
READ_TYPES = ["exam.started", "exam.answer_saved", "exam.flag_set", "exam.time_noted",
              "exam.paused", "exam.resumed", "exam.submitted", "exam.item_marked",
              "exam.unlocked", "exam.graded_locally"]

TRIGGERS = text("""
SELECT server_seq, subject_id, payload FROM event
 WHERE server_seq > :mark AND type IN ('exam.submitted', 'exam.item_marked')
 ORDER BY server_seq
""")

OF_TRAINEE = text("""
SELECT event_id, server_seq, device_id, device_seq, type, schema_version, actor_id, subject_id,
       payload, device_time, server_seq, server_time
  FROM event WHERE subject_id = :trainee AND type = ANY(CAST(:types AS text[]))
 ORDER BY server_seq
""")


@dataclass(frozen=True)
class Pass:
    """What one grading pass did (attempt ids by outcome)."""

    graded: tuple[str, ...] = ()
    held: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    marking: tuple[str, ...] = ()  # short answers wait for a trainer's marks


@contextmanager
def _alone(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        # Waits for a pass under way (another request, process or the CLI): skipping
        # instead could leave a submission committed after that pass read its list
        # ungraded until the next one. Submissions are rare; the wait is short.
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": GRADING_LOCK})
        conn.commit()
        try:
            yield conn
        finally:
            conn.rollback()
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": GRADING_LOCK})
            conn.commit()


def grade_pending(engine: Engine, content: ServiceContent, *, retry_held: bool = False
                  ) -> Pass:
    """Grade every attempt submitted (or marked) since the last pass."""
    outcomes: dict[str, list[str]] = {"graded": [], "held": [], "refused": [],
                                      "marking": []}
    with _alone(engine) as conn:
        mark = int(conn.scalar(text("SELECT seq FROM service_mark WHERE name = :n"),
                               {"n": MARK}) or 0)
        todo: dict[str, str] = {}
        top = mark
        for seq, trainee, payload in conn.execute(TRIGGERS, {"mark": mark}):
            top = max(top, int(seq))
            attempt_id = json.loads(payload).get("attempt_id")
            if isinstance(attempt_id, str) and trainee:
                todo.setdefault(attempt_id, trainee)
        if retry_held:
            for attempt_id, trainee in conn.execute(text(
                    "SELECT attempt_id, trainee FROM exam_grading WHERE status = 'held'")):
                todo.setdefault(attempt_id, trainee)
        conn.commit()
        for attempt_id, trainee in todo.items():
            with conn.begin():
                try:
                    with conn.begin_nested():
                        verdict = judge(conn, content, trainee, attempt_id)
                except (KeyError, ValueError, TypeError, IndexError):
                    # Valid events (admission checked them) that do not make an attempt:
                    # refused, so one cannot stop the grading of every later one.
                    log.exception("attempt %s cannot be read", attempt_id)
                    verdict = Verdict(attempt_id, trainee, "", "", 0, "").refuse(
                        "grading.refused", "the attempt's events cannot be read")
                if verdict is not None and record(conn, verdict):
                    outcomes[verdict.status].append(attempt_id)
        if top == mark:
            return Pass(tuple(outcomes["graded"]), tuple(outcomes["held"]),
                        tuple(outcomes["refused"]), marking=tuple(outcomes["marking"]))
        with conn.begin():
            conn.execute(text("""INSERT INTO service_mark (name, seq) VALUES (:n, :s)
                ON CONFLICT (name) DO UPDATE SET seq = greatest(service_mark.seq, :s)"""),
                         {"n": MARK, "s": top})
    return Pass(tuple(outcomes["graded"]), tuple(outcomes["held"]),
                tuple(outcomes["refused"]), marking=tuple(outcomes["marking"]))


def _events(conn: Connection, trainee: str, attempt_id: str) -> list[Event]:
    found = []
    for row in conn.execute(OF_TRAINEE, {"trainee": trainee, "types": READ_TYPES}):
        event = Event.from_row(tuple(row))
        data = event.data()
        if data.get("attempt_id") == attempt_id or event.type == "exam.unlocked":
            found.append(event)
    return found


def judge(conn: Connection, content: ServiceContent, trainee: str, attempt_id: str
          ) -> Verdict | None:
    """The service's verdict on one attempt (``None``: nothing to do — not certifying,
    not submitted, or already decided)."""
    events = _events(conn, trainee, attempt_id)
    starts = [e for e in events if e.type == "exam.started"
              and e.data().get("attempt_id") == attempt_id]
    if not starts or not starts[0].data().get("certifying"):
        return None
    start = starts[0]
    before = conn.execute(text("SELECT status, submitted_seq FROM exam_grading "
                               "WHERE attempt_id = :a"), {"a": attempt_id}).first()
    mine = [e for e in events if e.type != "exam.unlocked"
            and e.data().get("attempt_id") == attempt_id]
    submits = [e for e in mine if e.type == "exam.submitted"]
    if not submits:
        return None
    base = Verdict.of(start, submits[0])
    if before is not None and before.status in ("graded", "refused"):
        if len(submits) > 1 or len(starts) > 1:
            return base.refuse("grading.replayed", "a second start or submission of an "
                               "attempt already decided", replay=True)
        return None
    if len(starts) > 1 or len(submits) > 1:
        return base.refuse("grading.replayed", "the attempt id was started or submitted "
                           "more than once")
    refused = _refusal(events, mine, start, submits[0]) or _unproctored(conn, events, start)
    if refused is not None:
        return base.refuse(*refused)
    cut = submits[0].server_seq or 0
    marks = _trainers_marks(conn, trainee, mine)
    attempt = fold([e for e in mine if (e.server_seq or 0) <= cut
                    and e.type != "exam.item_marked"] + marks)[attempt_id]
    items = _current(content, attempt) or pinned_items(
        conn, attempt.paper.item_ids, attempt.content_hash, start.server_time or "")
    if items is None:
        return base.hold("grading.content_missing", attempt.content_hash)
    not_drawn = _not_drawn(conn, content, attempt, start)
    if not_drawn is not None:
        return base.refuse(*not_drawn) if not_drawn[0] != "grading.blueprint_missing" \
            else base.hold(not_drawn[0], attempt.content_hash)
    result = grade_attempt(attempt, items)
    if result.provisional:
        return base.waiting(result)
    return base.graded(result, _claim(mine))


def _current(content: ServiceContent, attempt: Attempt) -> dict[str, Item] | None:
    """The paper's items as the service holds them now, if that is the pinned version
    (the usual case: no archive read)."""
    held = [content.exam.items.get(i) for i in attempt.paper.item_ids]
    found = [i for i in held if i is not None]
    if len(found) == len(held) and content_hash(found) == attempt.content_hash:
        return {i.id: i for i in found}
    return None


def _refusal(events: list[Event], mine: list[Event], start: Event, submit: Event
             ) -> tuple[str, str] | None:
    data = start.data()
    if any(e.device_id != start.device_id for e in mine if e.type != "exam.item_marked"):
        return "grading.other_device", "events of the attempt came from another PC"
    unlock_id = data.get("unlock_id")
    unlocks = [e for e in events if e.type == "exam.unlocked"
               and e.data().get("unlock_id") == unlock_id]
    if not unlock_id or not unlocks or not any(
            u.data().get("module") == data.get("module")
            and u.data().get("device_id") == start.device_id for u in unlocks):
        return "grading.not_unlocked", "no proctor's unlock for this trainee, module and PC"
    others = {e.data().get("attempt_id") for e in events if e.type == "exam.started"
              and e.data().get("unlock_id") == unlock_id}
    if len(others) > 1:
        return "grading.unlock_reused", "the proctor's unlock opened another attempt too"
    on_paper = {str(e["item"]) for e in data.get("entries") or ()}
    cut = submit.server_seq or 0
    off = [e for e in mine if e.type == "exam.answer_saved"
           and (e.data().get("item_id") not in on_paper or (e.server_seq or 0) > cut)]
    if off:
        return "grading.off_paper", "answers for items not on the paper, or after the submission"
    return None


def _unproctored(conn: Connection, events: list[Event], start: Event
                 ) -> tuple[str, str] | None:
    """The unlock must come from a proctor: a trainer or administrator on the service's
    roster, not the trainee (a PC could write a self-unlock)."""
    unlock_id = start.data().get("unlock_id")
    actors = {e.actor_id for e in events if e.type == "exam.unlocked"
              and e.data().get("unlock_id") == unlock_id and e.actor_id
              and e.actor_id != start.subject_id}
    proctors = set(conn.scalars(text(
        "SELECT staff_id FROM staff_role WHERE role IN ('trainer', 'admin') AND "
        "staff_id = ANY(CAST(:ids AS text[]))"), {"ids": sorted(a for a in actors if a)}))
    if not proctors:
        return "grading.not_unlocked", "the unlock is not a proctor's"
    return None


def _not_drawn(conn: Connection, content: ServiceContent, attempt: Attempt, start: Event
               ) -> tuple[str, str] | None:
    blueprint = content.exam.blueprints.get(attempt.module)
    paper = attempt.paper
    if blueprint is None or (blueprint.blueprint, blueprint.version) != (
            paper.blueprint, paper.version):
        return "grading.blueprint_missing", f"{paper.blueprint} v{paper.version}"
    if _draws(blueprint, content.exam.exam_index(attempt.module), paper):
        return None
    then = pool_as_of(conn, attempt.module, start.server_time or "")  # content changed since
    if _draws(blueprint, PoolIndex.build(then, attempt.module), paper):
        return None
    return "grading.not_drawn", "the paper is not the one the blueprint draws for its seed"


def _draws(blueprint: Blueprint, pool: PoolIndex, paper: Paper) -> bool:
    try:
        return draw(blueprint, pool, paper.seed).entries == paper.entries
    except BlueprintShortfall:
        return False


def _trainers_marks(conn: Connection, trainee: str, mine: list[Event]) -> list[Event]:
    """Marks of short answers by someone holding the trainer role, not the trainee."""
    marks = [e for e in mine if e.type == "exam.item_marked" and e.actor_id
             and e.actor_id != trainee]
    if not marks:
        return []
    trainers = set(conn.scalars(text(
        "SELECT staff_id FROM staff_role WHERE role = 'trainer' AND "
        "staff_id = ANY(CAST(:ids AS text[]))"), {"ids": sorted({str(e.actor_id) for e in marks})}))
    return [e for e in marks if e.actor_id in trainers]


def _claim(mine: list[Event]) -> dict[str, Any] | None:
    claims = [e.data() for e in mine if e.type == "exam.graded_locally"]
    return claims[-1] if claims else None


class ExamDesk:
    """The service's exam content and grading, made once per app: the content is loaded
    (and archived) on first use, so a service that never sees an exam never loads it."""

    def __init__(self, engine: Engine, root: Path | None = None,
                 content: ServiceContent | None = None) -> None:
        self.engine = engine
        self.root = root
        self._content = content
        self._lock = threading.Lock()
        self._pools: dict[frozenset[str], dict[str, Any]] = {}

    def content(self) -> ServiceContent:
        with self._lock:
            if self._content is None:
                self._content = ServiceContent.load(self.root)
                archive(self.engine, self._content)
            return self._content

    def warm(self) -> None:
        """Load the content in a background thread (a service starting up)."""
        threading.Thread(target=self._warm, name="exam-content", daemon=True).start()

    def _warm(self) -> None:
        try:
            self.content()
        except Exception:  # the first request needing it tries again and reports
            log.exception("loading the exam content failed")

    def pool(self, modules: list[str]) -> dict[str, Any]:
        """The answer-free exam pool of ``modules`` (made once per set of modules: the
        content does not change while the service runs)."""
        key = frozenset(modules)
        found = self._pools.get(key)
        if found is None:
            found = self._pools[key] = answer_free_pool(self.content(), sorted(key))
        return found

    def after_push(self, types: object) -> Pass | None:
        """Grade what a push brought (called after its commit), if it brought any
        submission or mark."""
        if not isinstance(types, list) or not TRIGGER_TYPES.intersection(
                t for t in types if isinstance(t, str)):
            return None
        try:
            return self.run()
        except Exception:  # the push is stored: its answer must not fail; a later pass
            log.exception("grading after a push failed")  # (or the CLI) grades it
            return None

    def run(self, *, retry_held: bool = False) -> Pass:
        return grade_pending(self.engine, self.content(), retry_held=retry_held)
