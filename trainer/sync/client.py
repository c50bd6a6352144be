"""One sync run, as staged, resumable steps (morango's model): push (or hello) → roster
and back-fill → pull → projections. Each step commits what it has finished, so a run cut
off anywhere (network, crash, kill) is simply continued by the next one.

- **push** sends events after the mark in ``device_seq`` order, in batches; each answer's
  mark and acknowledgements are stored in one transaction. The answer carries the
  service's mark for this device: if it is ahead of the local counter, this profile was
  restored from an older copy and re-enrols as a new device. A refused batch
  (``push.device_clash``: another profile wrote those numbers as this device, i.e. a copy
  — or a restored profile, told apart by the mark) also leads to re-enrolment; then the
  push continues under the new id.
- **hello** asks the service for the mark only when there is nothing to push (one round
  trip less in a sync that pushes), with the same check.
- **roster/back-fill**: a changed roster tag brings the scope's roster (authoritative);
  people new in scope get their history up to the cursor first.
- **pull** pages after the cursor; rows and the new cursor commit together.
- **projections** are brought up to date from the confirmed checkpoint (see projecting).

Network trouble never raises out of :meth:`SyncClient.run`: it is recorded as the last
error (a code and its facts; :mod:`trainer.sync.words` has the words).

May import: sqlalchemy, httpx (via transport), trainer.sync, trainer.journal, trainer.store.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine

from trainer import __version__
from trainer.journal import Changes, Journal
from trainer.journal.events import now_iso
from trainer.store.engine import redoable
from trainer.sync import exampool, inbox, outbox, projecting, state, wire
from trainer.sync.identity import enrol, reenrol
from trainer.sync.transport import SyncError, Transport, encode
from trainer.sync.words import error_words

log = logging.getLogger(__name__)

__all__ = ["SyncClient", "SyncOutcome", "enrol"]

#: Push batches on the wire at once.
DEPTH = 2


@dataclass
class SyncOutcome:
    pushed: int = 0
    pulled: int = 0
    waiting: int = 0
    backfilled: int = 0
    reenrolled: str | None = None
    error_code: str | None = None
    error_facts: dict[str, Any] = field(default_factory=dict)
    clock_skew_s: float | None = None
    clock_flagged: bool = False
    #: Event types (and staff) the projections applied: for the GUI's change broadcast.
    changes: Changes = field(default_factory=Changes)

    @property
    def error_text(self) -> str | None:
        if self.error_code is None:
            return None
        return error_words(self.error_code, **self.error_facts)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "changes": sorted(self.changes.event_types),
                "error_text": self.error_text}


class SyncClient:
    def __init__(self, engine: Engine, journal: Journal, *,
                 transport: Callable[[str, str, str | None], Transport] | None = None,
                 now: Callable[[], str] = now_iso, batch_size: int = wire.BATCH,
                 page_size: int = 5000) -> None:
        self.engine = engine
        #: The engine of this sync's own bookkeeping: during :meth:`run` it does not wait
        #: for the disk (all of it is redone if a power cut loses it, see
        #: :func:`trainer.store.engine.redoable`); enrolment and passwords use ``engine``.
        self.books = engine
        self.journal = journal
        self.make_transport = transport or (lambda url, token, ca: Transport(url, token,
                                                                             ca_file=ca))
        self.now = now
        self.batch_size = batch_size
        self.page_size = page_size

    def link(self) -> Transport:
        with self.engine.connect() as conn:
            url, token = state.get(conn, "server_url"), state.get_token(conn)
            ca = state.get(conn, "ca_file")
        if not url or not token:
            raise SyncError(code="sync.not_enrolled")
        return self.make_transport(url, token, ca)

    def run(self) -> SyncOutcome:
        outcome = SyncOutcome()
        link: Transport | None = None
        self.books = redoable(self.engine)
        try:
            link = self.link()
            self._push(link, outcome)  # says hello itself when there is nothing to send
            self._pull(link, outcome)
            exampool.refresh(self.engine, link)  # the answer-free exam pool, when changed
            outcome.changes = self._refresh_projections()
        except SyncError as exc:
            outcome.error_code = exc.code
            outcome.error_facts = {k: v for k, v in exc.facts.items()
                                   if k in ("device_seq", "type", "retry_after")}
            log.warning("sync stopped: %s", exc.code)
        except Exception:
            log.exception("sync failed")
            outcome.error_code = "sync.internal"
        finally:
            if link is not None:
                link.close()
        try:
            self._record(outcome)
        finally:
            self.books.dispose()
            self.books = self.engine
        return outcome

    # hello
    def _hello(self, link: Transport, outcome: SyncOutcome) -> int:
        """Ask the service for this device's mark (and compare clocks); returns it. Only
        when there is nothing to push: a push's answer carries the same."""
        answer = link.call("GET", f"/v1/device?device_now={quote(self.now())}")
        outcome.clock_skew_s = answer.get("clock_skew_s")
        outcome.clock_flagged = bool(answer.get("clock_flagged"))
        with self.books.begin() as conn:
            state.put(conn, "acked_seq", int(answer["acked_seq"]))
        return int(answer["acked_seq"])

    def _restored(self, mark: int) -> bool:
        """The service's mark for this device is ahead of the local counter: this profile
        was restored from an older copy."""
        with self.books.connect() as conn:
            return mark > outbox.last_seq(conn, self.journal.device_id)

    # push
    def _push(self, link: Transport, outcome: SyncOutcome) -> None:
        with ThreadPoolExecutor(DEPTH, thread_name_prefix="sync-push") as sender:
            while not self._push_all(link, outcome, sender):
                pass  # re-enrolled as a new device: push again under the new id

    def _reenrol(self, link: Transport, outcome: SyncOutcome, reason: str) -> bool:
        log.warning("profile %s: enrolling as a new device", reason)
        outcome.reenrolled = reenrol(self.engine, self.journal, link, reason)
        return False

    def _push_all(self, link: Transport, outcome: SyncOutcome, sender: Executor) -> bool:
        """Push every batch, :data:`DEPTH` at a time on the wire: the service stores one
        while the next travels and is parsed, and the one after is read and encoded here.
        Answers are taken in order. False when the profile re-enrolled as a new device
        (start over): the service's mark is ahead of the local counter (restored from an
        older copy), or it refused a batch because another profile wrote those numbers as
        this device (a copy)."""
        with self.books.begin() as conn:
            outbox.restamp(conn, self.journal.device_id)
            at = outbox.send_from(conn, self.journal.device_id,
                                  state.get_int(conn, "acked_seq"))
            waiting = state.waiting(conn)
        rows, body = self._next_batch(at, waiting)
        if not rows:  # nothing to send: ask for the mark
            if outcome.reenrolled or not self._restored(self._hello(link, outcome)):
                return True
            return self._reenrol(link, outcome, "restored")
        inflight: deque[tuple[Future[dict[str, Any]], int]] = deque()  # answer, last sent
        best, stalls, draining = 0, 0, False
        while True:
            while rows and not draining and len(inflight) < DEPTH:
                waiting -= len(rows)
                at = rows[-1]
                inflight.append((sender.submit(link.call, "POST", "/v1/push", body), at))
                rows, body = self._next_batch(at, waiting)
            if not inflight:
                return True
            answer, last = inflight.popleft()
            try:
                mark = self._store_answer(answer.result(), outcome)
            except SyncError as exc:
                wait([future for future, _ in inflight])
                if exc.code != "push.device_clash" or outcome.reenrolled:
                    raise
                restored = self._restored(self._hello(link, outcome))
                return self._reenrol(link, outcome, "restored" if restored else "copied")
            if not outcome.reenrolled and self._restored(mark):
                wait([future for future, _ in inflight])
                return self._reenrol(link, outcome, "restored")
            best = max(best, mark)
            if mark < last and not draining:
                # The service lacks earlier events (or a later batch overtook this one):
                # let the batches on the wire land, then send again from its mark.
                stalls += 1
                if stalls > 3:
                    raise SyncError(code="sync.stuck")
                draining = True
            elif mark >= last and not draining:
                stalls = 0
            if draining and not inflight:
                draining = False
                rows, body = self._next_batch(best, waiting)

    def _next_batch(self, after: int, waiting: int) -> tuple[list[int], bytes]:
        """The ``device_seq`` numbers of the batch after ``after``, and its body encoded
        here while earlier batches are on the wire; ``waiting`` (events unsent before it)
        is reported to the service for the administrators' device list."""
        with self.books.connect() as conn:
            columns = outbox.batch_columns(conn, self.journal.device_id, after,
                                           self.batch_size)
        seqs = columns["device_seq"]
        body = wire.push_body(self.journal.device_id, columns, device_now=self.now(),
                              app_version=__version__, waiting=waiting - len(seqs))
        return seqs, encode(body)

    def _store_answer(self, answer: dict[str, Any], outcome: SyncOutcome) -> int:
        mark = int(answer["acked_seq"])
        with self.books.begin() as conn:
            outcome.pushed += outbox.apply_acks(conn, answer["acks"])
            outcome.pushed += outbox.apply_ranges(conn, self.journal.device_id,
                                                  answer.get("ranges", []))
            state.put(conn, "acked_seq", mark)
            state.put(conn, "projections_stale", "1")
        outcome.clock_skew_s = answer.get("clock_skew_s")
        outcome.clock_flagged = bool(answer.get("clock_flagged"))
        return mark

    # pull
    def _pull(self, link: Transport, outcome: SyncOutcome) -> None:
        """Pages after the cursor; page k+1 is on the wire while page k is stored."""
        with self.books.connect() as conn:
            cursor = state.get_int(conn, "pull_cursor")
            tag = state.get(conn, "roster_tag")

        def ask(after: int, tag: str | None) -> dict[str, Any]:
            return link.call("POST", "/v1/pull",
                             {"after": after, "limit": self.page_size, "roster_tag": tag})

        answer = ask(cursor, tag)
        self._scope(link, answer, cursor, outcome)
        tag = answer.get("roster_tag", tag)  # the roster came with the first page
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as fetcher:
            while True:
                following = (fetcher.submit(ask, int(answer["cursor"]), tag)
                             if answer["more"] else None)
                outcome.pulled += self._apply_page(answer["events"], cursor=answer["cursor"])
                if following is None:
                    return
                answer = following.result()

    def _apply_page(self, events: list[dict[str, Any]], *, cursor: int | None) -> int:
        with self.books.begin() as conn:
            outbox.restamp(conn, self.journal.device_id)
            new, acked = inbox.insert_events(conn, events)
            if new or acked:
                state.put(conn, "projections_stale", "1")
            if cursor is not None:
                state.put(conn, "pull_cursor", cursor)
        return len(new)

    def _scope(self, link: Transport, answer: dict[str, Any], cursor: int,
               outcome: SyncOutcome) -> None:
        if answer.get("roster") is not None:
            with self.books.begin() as conn:
                inbox.apply_roster(conn, answer["roster"], authoritative=True)
                state.put(conn, "roster_tag", answer["roster_tag"])
        with self.books.begin() as conn:
            inbox.forget_out_of_scope(conn, answer["scope"])
            have = inbox.scoped(conn)
        newcomers = [s for s in answer["scope"] if s not in have]
        if newcomers:
            outcome.backfilled += self.backfill(link, newcomers, upto=cursor)
        # revocations: certificates do not exist yet; apply them here when they do.

    def backfill(self, link: Transport, staff_ids: list[str], *, upto: int) -> int:
        """History of people new in scope, up to the cursor (later events come by pull)."""
        after, got = 0, 0
        while upto > 0:
            answer = link.call("POST", "/v1/history", {"staff_ids": staff_ids, "after": after,
                                                       "upto": upto, "limit": self.page_size})
            got += self._apply_page(answer["events"], cursor=None)
            if not answer["more"]:
                break
            after = int(answer["after"])
        with self.books.begin() as conn:
            inbox.mark_scoped(conn, staff_ids, now_iso())
        return got

    def fetch_person(self, staff_id: str, password: str) -> None:
        """Online login of someone this workstation does not know: the service checks the
        password; their roster row and history arrive before they are let in."""
        link = self.link()
        try:
            answer = link.call("POST", "/v1/person", {"staff_id": staff_id, "password": password})
            with self.engine.begin() as conn:
                inbox.upsert_person(conn, answer["person"])
                cursor = state.get_int(conn, "pull_cursor")
            self.backfill(link, [staff_id], upto=cursor)
            self._refresh_projections()
        finally:
            link.close()

    def change_password(self, staff_id: str, old: str, new: str) -> None:
        """In networked mode a password is changed on the service (the roster there is
        authoritative); the answer's roster row is stored here at once."""
        link = self.link()
        try:
            answer = link.call("POST", "/v1/password", {"staff_id": staff_id,
                                                        "old_password": old,
                                                        "new_password": new})
            with self.engine.begin() as conn:
                inbox.upsert_person(conn, answer["person"])
        finally:
            link.close()

    def _refresh_projections(self) -> Changes:
        with self.books.begin() as conn:
            if not state.get(conn, "projections_stale"):
                return Changes()
            changes, _ = projecting.update(conn, self.journal.projections)
            state.drop(conn, "projections_stale")
            return changes

    def _record(self, outcome: SyncOutcome) -> None:
        with self.books.begin() as conn:
            outcome.waiting = state.waiting(conn)
            if outcome.clock_skew_s is not None:
                state.put(conn, "clock_skew_s", outcome.clock_skew_s)
                state.put(conn, "clock_flagged", "1" if outcome.clock_flagged else "0")
            if outcome.error_code is not None:
                state.put(conn, "last_error", outcome.error_code)
                state.put(conn, "last_error_at", now_iso())
                state.put(conn, "last_error_facts", json.dumps(outcome.error_facts))
                return
            state.drop(conn, "last_error")
            state.put(conn, "last_sync_at", now_iso())
            state.put(conn, "last_pushed", outcome.pushed)
            state.put(conn, "last_pulled", outcome.pulled)
