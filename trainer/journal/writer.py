"""A background writer with group commit for high-rate events (simulator commands).

``submit`` returns at once with a future; the writer thread collects what arrives within
``max_delay`` (≤ 200 ms, ARCHITECTURE §3) and appends it in one transaction, so the
screen never waits for the disk. Anything that must be durable *before* the person is
told "saved" uses :meth:`Journal.append` directly instead, or waits on the future.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future

from trainer.journal.events import Event, NewEvent
from trainer.journal.journal import Journal

log = logging.getLogger(__name__)

_STOP = object()


class JournalWriter:
    def __init__(self, journal: Journal, *, max_delay: float = 0.2, max_batch: int = 500) -> None:
        self.journal = journal
        self.max_delay = max_delay
        self.max_batch = max_batch
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="journal-writer", daemon=True)
        self._thread.start()

    def submit(self, event: NewEvent) -> Future[Event]:
        """Queue ``event``; the future resolves once it is committed (or fails)."""
        future: Future[Event] = Future()
        event.payload_text()  # fail now, in the caller, on a bad payload
        self._queue.put((event, future))
        return future

    def close(self, timeout: float = 10.0) -> None:
        """Commit everything queued, then stop the thread."""
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is _STOP:
                return
            batch = [first]
            deadline = time.monotonic() + self.max_delay
            while len(batch) < self.max_batch:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    item = self._queue.get(timeout=remaining)
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                    break
                batch.append(item)
            self._commit(batch)

    def _commit(self, batch: list[object]) -> None:
        pairs: list[tuple[NewEvent, Future[Event]]] = [b for b in batch]  # type: ignore[misc]
        try:
            stored = self.journal.append(*(event for event, _ in pairs))
        except Exception as exc:  # report to every waiter; the thread keeps serving
            log.exception("group commit of %d events failed", len(pairs))
            for _, future in pairs:
                future.set_exception(exc)
            return
        for (_, future), event in zip(pairs, stored, strict=True):
            future.set_result(event)
