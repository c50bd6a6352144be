"""Scores of a trainer's mark, the override rule, and agreement statistics per trainer.

A mark's score is the automatic score with the rubric mixed in:
``(100 − w)% × automatic + w% × ticked rubric points / all rubric points`` where ``w`` is the
definition's ``rubric_weight`` (no rubric: the automatic score). A trainer may *override*:
give another score, or not uphold a critical error the machine found — only with a real
written reason (the sandbox's rule for reasons).

May import: trainer.errors, trainer.sim.commands (real_text), trainer.practical, the
standard library.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.errors import TrainerError
from trainer.practical.attempts import AutoResult, PracticalAttempt
from trainer.practical.definitions import PracticalExam
from trainer.sim.commands import real_text


def mark_score(exam: PracticalExam, automatic: float, ticked: list[str]) -> float:
    if not exam.rubric or not exam.rubric_weight:
        return round(automatic, 1)
    points = sum(r.points for r in exam.rubric if r.id in set(ticked))
    share = 100 * points / exam.rubric_points
    w = exam.rubric_weight / 100
    return round((1 - w) * automatic + w * share, 1)


def override_of(result: AutoResult, computed: float, score: float | None,
                upheld: list[str] | None, reason: str
                ) -> tuple[float, tuple[str, ...], bool]:
    """``(final score, critical errors upheld, overridden)``; refuses an override
    without a real reason."""
    if score is not None and not 0 <= score <= 100:
        raise TrainerError(code="practical.bad_score", score=score)
    kept = result.critical_errors if upheld is None else tuple(
        c for c in result.critical_errors if c in set(upheld))
    final = computed if score is None else round(float(score), 1)
    overridden = final != computed or kept != result.critical_errors
    if overridden and not real_text(reason):
        raise TrainerError(code="practical.reason_required")
    return final, kept, overridden


@dataclass(frozen=True)
class Agreement:
    """How often a trainer's marks agreed with their co-marker's."""

    trainer: str
    double_marked: int  # attempts this trainer marked first or second, with a co-marker
    agreed: int  # within tolerance and on the same side of the pass mark
    mean_difference: float  # mean |own score − co-marker's score|
    adjudicated_towards: int  # adjudications whose score was nearer this trainer's

    @property
    def rate(self) -> float:
        return round(100 * self.agreed / self.double_marked, 1) if self.double_marked else 0.0


def agreement(found: list[PracticalAttempt]) -> list[Agreement]:
    """Agreement statistics per trainer over every double-marked attempt."""
    rows: dict[str, list[float]] = {}
    agreed: dict[str, int] = {}
    towards: dict[str, int] = {}
    for a in found:
        first, second = a.mark_of("first"), a.mark_of("second")
        if first is None or second is None:
            continue
        diff = abs(first.score - second.score)
        for m in (first, second):
            rows.setdefault(m.marker, []).append(diff)
            agreed[m.marker] = agreed.get(m.marker, 0) + (not a.disagreement)
        if a.adjudication is not None:
            score = float(a.adjudication["score"])
            near = min((first, second), key=lambda m: abs(m.score - score))
            towards[near.marker] = towards.get(near.marker, 0) + 1
    return [Agreement(t, len(d), agreed.get(t, 0), round(sum(d) / len(d), 1),
                      towards.get(t, 0)) for t, d in sorted(rows.items())]
