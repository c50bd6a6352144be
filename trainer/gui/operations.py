"""Run a service call off the GUI thread: the one way pages do background work.

In the spirit of Anki's ``CollectionOp``: a page wraps a core call, says what to do with
its result, and the runner does the rest — a worker thread, progress, cancel, the error in
words (:mod:`trainer.words`), and afterwards the broadcast of what changed
(``AppContext.changed``) so every open page refreshes itself::

    from trainer.gui.operations import Operation

    Operation(self.ctx, lambda progress: services.roster.import_file(path, progress),
              parent=self) \\
        .on_success(self._on_imported) \\
        .on_progress(self._on_import_progress) \\
        .start()

- ``call(progress)`` runs on a worker thread; it may report ``progress.report(done,
  total)`` and should check ``progress.cancelled`` (or call ``progress.check()``, which
  raises :class:`Cancelled`) between steps.
- ``on_success(result)``, ``on_failure(error)``, ``on_cancel()`` and ``on_progress(done,
  total)`` run on the GUI thread. Without ``on_failure`` the error's words are shown in a
  message box (:func:`failure_words`). A :class:`~trainer.errors.TrainerError` reaches
  ``on_failure`` as it is; any other exception is logged and reaches it as a
  ``TrainerError`` with code ``operation.failed`` (``sync.network`` for network calls).
- ``network=True``: the call talks to the sync service. Network calls run one at a time,
  in the order started (two network workers at once aborted PySide6 6.12 in tests); the
  others wait in a queue and can be cancelled there.
- Callbacks are skipped when ``parent`` has been deleted meanwhile.
- :meth:`Operation.wait` blocks until the call ended and its callbacks ran (tests, closing
  the window); :func:`running` lists what is still going (the tests' leftover check).

Worker-thread rules (PySide6 6.12 crashed with "deallocating None" otherwise): results
come back through ``QThread.finished`` and attributes read afterwards — never Python
objects through queued signals — and progress is polled by a timer on the GUI thread.
Nothing here spins ``QApplication.processEvents()``.

May import: PySide6, shiboken6, trainer.gui.context, trainer.gui.messages, trainer.changes,
trainer.errors, trainer.words and the features' word tables.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer
from shiboken6 import isValid

import trainer.auth.words
import trainer.sync.words  # noqa: F401  (and of sync's)
from trainer import words
from trainer.errors import TrainerError

if TYPE_CHECKING:
    from trainer.changes import Changes
    from trainer.gui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often the GUI thread looks at a running call's progress.
PROGRESS_POLL_MS = 100



class Cancelled(TrainerError):
    """Raised inside a call (by :meth:`Progress.check`) when someone cancelled it."""

    code = "operation.cancelled"


class Progress:
    """Shared by the worker (writes) and the GUI thread (reads); plain attributes only."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0) -> None:
        self.done, self.total = done, total

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the call should stop now."""
        if self._cancel.is_set():
            raise Cancelled()


class _Worker(QThread):
    """Runs the call, then reads what it changed; the GUI thread reads the attributes
    after ``finished``."""

    def __init__(self, op: Operation[Any]) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        self.op._run_call()


class Operation(QObject, Generic[T]):
    """One service call in the background; build it, add callbacks, :meth:`start` it."""

    def __init__(self, ctx: AppContext | None, call: Callable[[Progress], T], *,
                 parent: QObject | None = None, network: bool = False) -> None:
        super().__init__()  # no Qt parent: the operation outlives a page deleted meanwhile
        self.ctx = ctx
        self.call = call
        self.parent_object = parent
        self.network = network
        self.progress = Progress()
        self.result: T | None = None
        self.error: TrainerError | None = None
        #: Event types the call added to the journal (None: not read, e.g. no profile yet).
        self.changes: Changes | None = None
        self._mark: int | None = None
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[TrainerError], None] | None = None
        self._cancel_cb: Callable[[], None] | None = None
        self._progress_cb: Callable[[int, int], None] | None = None
        self._worker: _Worker | None = None
        self._timer: QTimer | None = None
        self.state = "new"  # new → queued → running → done

    # building
    def on_success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[TrainerError], None]) -> Operation[T]:
        self._failure = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> Operation[T]:
        self._cancel_cb = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> Operation[T]:
        self._progress_cb = callback
        return self

    # running
    def start(self) -> Operation[T]:
        """Run now, or after the running network call when this one is a network call."""
        if self.state != "new":
            raise RuntimeError("an operation starts once")
        _RUNNING.append(self)
        self.state = "queued"
        if self.network:
            _NETWORK_QUEUE.append(self)
            _start_next_network_call()
        else:
            self._launch()
        return self

    def cancel(self) -> None:
        """Ask the call to stop; a queued network call is dropped at once."""
        self.progress._cancel.set()
        if self.state == "queued" and self in _NETWORK_QUEUE:
            _NETWORK_QUEUE.remove(self)
            self.error = Cancelled()
            self._finish()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the call has ended and its callbacks ran; False on timeout.

        A queued network call is started (after the running one) and waited for too.
        """
        while self.state != "done":
            if self.state == "queued" and self.network:
                current = _network_running()
                if current is not None and current is not self and not current.wait(timeout_ms):
                    return False
                _start_next_network_call()
            worker = self._worker
            if worker is None:
                return self.state == "done"
            if not worker.wait(timeout_ms):
                return False
            self._on_worker_finished()
        return True

    @property
    def done(self) -> bool:
        return self.state == "done"

    # internals
    def _launch(self) -> None:
        if self.ctx is not None and self.ctx.ready:
            from trainer import changes  # SQLAlchemy: not before the login window is up

            self._mark = changes.mark(self.ctx.services.engine)
        self.state = "running"
        worker = _Worker(self)
        self._worker = worker
        worker.finished.connect(self._on_worker_finished)
        if self._progress_cb is not None:
            self._timer = QTimer(self)
            self._timer.timeout.connect(self._on_timer_timeout)
            self._timer.start(PROGRESS_POLL_MS)
        worker.start()

    def _run_call(self) -> None:  # on the worker thread
        try:
            self.result = self.call(self.progress)
        except TrainerError as exc:
            self.error = exc
        except Exception as exc:  # a bug or a broken connection: logged, said plainly
            log.exception("background call failed")
            code = "sync.network" if self.network else "operation.failed"
            self.error = TrainerError(str(exc), code=code)
        if self._mark is not None and self.ctx is not None:
            from trainer import changes

            try:
                self.changes = changes.since(self.ctx.services.engine, self._mark)
            except Exception:  # the call's outcome stands; pages refresh on the next change
                log.exception("could not read what the call changed")

    def _on_timer_timeout(self) -> None:
        if self._progress_cb is not None and self._alive():
            self._progress_cb(self.progress.done, self.progress.total)

    def _on_worker_finished(self) -> None:
        worker = self._worker
        if worker is None or self.state == "done":
            return
        worker.wait()
        self._worker = None
        worker.deleteLater()
        self._finish()

    def _finish(self) -> None:
        self.state = "done"
        if self._timer is not None:
            self._timer.stop()
        if self in _RUNNING:
            _RUNNING.remove(self)
        if self.network:
            QTimer.singleShot(0, _start_next_network_call)
        if self.changes and self.ctx is not None:
            self.ctx.announce(self.changes)
        if self._alive():
            self._report()

    def _report(self) -> None:
        if self.error is None:
            if self._success is not None:
                self._success(self.result)  # type: ignore[arg-type]
        elif isinstance(self.error, Cancelled):
            if self._cancel_cb is not None:
                self._cancel_cb()
        elif self._failure is not None:
            self._failure(self.error)
        else:
            from trainer.gui import messages

            parent = self.parent_object
            lang = self.ctx.language if self.ctx is not None else "en"
            messages.warn(parent if _is_widget(parent) else None,  # type: ignore[arg-type]
                          failure_words(self.error, lang))

    def _alive(self) -> bool:
        return self.parent_object is None or isValid(self.parent_object)


def failure_words(error: TrainerError, lang: str) -> str:
    """What went wrong, in ``lang``, from the table of words (:mod:`trainer.words`)."""
    if words.knows(error.code):
        return words.say(error.code, lang, **error.facts)
    generic = type(error).code  # a password rule without words of its own, …
    return words.say(generic if words.knows(generic) else "operation.failed", lang)


def running() -> list[Operation[Any]]:
    """Operations started and not yet finished (for the tests' leftover check)."""
    return list(_RUNNING)


def wait_for_all(timeout_ms: int = 60_000) -> bool:
    """Block until every running operation has ended (closing the window, tests)."""
    return all(op.wait(timeout_ms) for op in list(_RUNNING))


_RUNNING: list[Operation[Any]] = []
_NETWORK_QUEUE: deque[Operation[Any]] = deque()


def _network_running() -> Operation[Any] | None:
    return next((op for op in _RUNNING if op.network and op.state == "running"), None)


def _start_next_network_call() -> None:
    if _network_running() is None and _NETWORK_QUEUE:
        _NETWORK_QUEUE.popleft()._launch()


def _is_widget(obj: object) -> bool:
    from PySide6.QtWidgets import QWidget

    return isinstance(obj, QWidget)
