"""What every benchmark returns, and how the table is printed.

A benchmark module ``benchmarks/<name>.py`` defines ``run() -> list[Figure]``; it measures
in the same run both our code and the baseline a budget is relative to.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure and the budget it is held to (``budget`` None: informative)."""

    name: str
    value: float
    unit: str
    budget: float | None = None
    note: str = ""

    @property
    def within(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``fn`` in milliseconds over ``repeat`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def format_table(rows: list[tuple[str, Figure]]) -> str:
    head = ("benchmark", "figure", "value", "budget", "verdict", "note")
    lines = [head]
    for bench, fig in rows:
        budget = "—" if fig.budget is None else f"≤ {fig.budget:g} {fig.unit}"
        verdict = {None: "info", True: "ok", False: "OVER"}[fig.within]
        lines.append((bench, fig.name, f"{fig.value:.3g} {fig.unit}", budget, verdict, fig.note))
    widths = [max(len(r[i]) for r in lines) for i in range(len(head))]
    out = []
    for n, row in enumerate(lines):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)
