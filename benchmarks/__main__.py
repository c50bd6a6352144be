"""Run the benchmarks and print a table of figures against their budgets."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

from benchmarks.harness import Figure, format_table

HERE = Path(__file__).resolve().parent
#: Run only when named (``python -m benchmarks load``): they take minutes.
ON_REQUEST = frozenset({"load"})


def available() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.iter_modules([str(HERE)])
        if m.name not in {"harness", "__main__"} and not m.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = argv or [n for n in available() if n not in ON_REQUEST]
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(available())}")
        return 2
    rows: list[tuple[str, Figure]] = []
    for name in names:
        print(f"running {name} …", file=sys.stderr, flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        rows += [(name, fig) for fig in module.run()]
    print(format_table(rows))
    return 1 if any(fig.within is False for _, fig in rows) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
