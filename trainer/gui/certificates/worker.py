"""A small background runner for long document work (batch printing): runs a job off the
GUI thread, reports progress, can be cancelled.

Follows the worker rules in ``trainer/gui/context.py``: progress crosses threads as two
ints; the result and any error are attributes read after ``finished``. (The "seams" work
is building a general runner; this one can move there.)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from trainer.errors import TrainerError

log = logging.getLogger(__name__)

#: A job gets ``progress(done, total)`` and ``cancelled()``; it returns its result.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class BatchWorker(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self.result: object = None
        self.error: TrainerError | OSError | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def was_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self.result = self._job(self.progressed.emit, self._cancel.is_set)
        except (TrainerError, OSError) as exc:
            log.warning("batch failed: %s", exc)
            self.error = exc
