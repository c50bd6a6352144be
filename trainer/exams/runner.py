"""A running attempt: the exam clock and every change journalled before it counts as saved.

:class:`RunningAttempt` is what the exam page (or a test, or the crash-test subprocess)
drives. Each answer, flag, pause and submission is one journal append, committed with
``synchronous=FULL`` before the call returns — only then may a screen say "saved". The clock
is the elapsed time journalled so far plus the monotonic time since the attempt was last
shown; a heartbeat (:meth:`note_time`) records it every :data:`HEARTBEAT_S` seconds, so a
crash loses at most that much exam time, in the trainee's favour. Wall-clock differences
are never exam time.

May import: trainer.journal, trainer.errors, trainer.exams.events, trainer.exams.attempts,
the standard library.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from trainer.errors import TrainerError
from trainer.exams.attempts import Attempt
from trainer.journal import Journal
from trainer.journal.events import NewEvent

#: Seconds between heartbeats while an exam is on screen.
HEARTBEAT_S = 15


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class RunningAttempt:
    """The open attempt on this PC. Not thread-safe: one page drives it."""

    def __init__(self, journal: Journal, attempt: Attempt, *,
                 clock: Callable[[], float] = time.monotonic, paused: bool = False) -> None:
        self.journal = journal
        self.attempt = attempt
        self.attempt_id = attempt.attempt_id
        self.trainee = attempt.trainee
        self.answers: dict[str, Any] = dict(attempt.answers)
        self.flags: set[str] = set(attempt.flags)
        self.submitted = not attempt.open
        self.paused = paused
        self._clock = clock
        self._base_ms = attempt.elapsed_ms
        self._since = clock()

    # --- the clock -----------------------------------------------------------------------
    @property
    def journalled_ms(self) -> int:
        """Exam time as journalled when the clock last stopped or (re)started."""
        return self._base_ms

    @property
    def limit_ms(self) -> int | None:
        return self.attempt.time_limit_s * 1000 if self.attempt.time_limit_s else None

    def elapsed_ms(self) -> int:
        if self.paused or self.submitted:
            return self._base_ms
        running = self._base_ms + int((self._clock() - self._since) * 1000)
        return min(running, self.limit_ms) if self.limit_ms is not None else running

    def remaining_ms(self) -> int | None:
        return None if self.limit_ms is None else max(0, self.limit_ms - self.elapsed_ms())

    @property
    def timed_out(self) -> bool:
        remaining = self.remaining_ms()
        return remaining is not None and remaining <= 0

    # --- journalled changes ----------------------------------------------------------------
    def _append(self, kind: str, **payload: Any) -> int:
        elapsed = self.elapsed_ms()
        self.journal.append(NewEvent(kind, {"attempt_id": self.attempt_id,
                                            "elapsed_ms": elapsed, **payload},
                                     actor_id=self.trainee, subject_id=self.trainee))
        return elapsed

    def _require_open(self) -> None:
        if self.submitted:
            raise TrainerError(code="exam.already_submitted", attempt=self.attempt_id)
        if self.paused:
            raise TrainerError(code="exam.paused", attempt=self.attempt_id)
        if self.timed_out:
            raise TrainerError(code="exam.time_up", attempt=self.attempt_id)

    def save_answer(self, item_id: str, response: Any) -> int:
        """Journal ``response`` (bank option keys; ``None`` clears); returns elapsed ms.

        When this returns the answer survives a crash: the caller may show it as saved.
        """
        self._require_open()
        if item_id not in self.attempt.paper.item_ids:
            raise TrainerError(code="exam.not_on_paper", item=item_id)
        elapsed = self._append("exam.answer_saved", item_id=item_id, response=response)
        self.answers[item_id] = response
        return elapsed

    def set_flag(self, item_id: str, flagged: bool) -> None:
        self._require_open()
        self._append("exam.flag_set", item_id=item_id, flagged=flagged)
        (self.flags.add if flagged else self.flags.discard)(item_id)

    def note_time(self) -> None:
        """Heartbeat: journal the exam time so far (called by the page's timer)."""
        if not (self.submitted or self.paused):
            self._append("exam.time_noted")

    def pause(self, reason: str) -> None:
        """Stop the clock (screen locked, user switched, window closed)."""
        if self.submitted or self.paused:
            return
        self._base_ms = self._append("exam.paused", reason=reason)
        self.paused = True

    def resume(self, away_s: float = 0.0) -> None:
        if self.submitted or not self.paused:
            return
        self.paused = False
        self._since = self._clock()
        self.journal.append(NewEvent("exam.resumed", {
            "attempt_id": self.attempt_id, "elapsed_ms": self._base_ms, "away_s": away_s},
            actor_id=self.trainee, subject_id=self.trainee))

    def submit(self, reason: str = "submitted") -> None:
        if self.submitted:
            return
        elapsed = self.elapsed_ms()
        self.journal.append(NewEvent("exam.submitted", {
            "attempt_id": self.attempt_id, "elapsed_ms": elapsed, "reason": reason},
            actor_id=self.trainee, subject_id=self.trainee))
        self._base_ms = elapsed
        self.submitted = True

    def unanswered(self) -> list[str]:
        """Items with no answer (a case/matching item counts while any question is open)."""
        open_items = []
        for item_id in self.attempt.paper.item_ids:
            given = self.answers.get(item_id)
            if given is None or given == "" or given == {}:
                open_items.append(item_id)
        return open_items
