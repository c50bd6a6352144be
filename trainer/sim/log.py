"""The command log: one JSON object per line, and what the sandbox recorded for each.

Input line: ``{"t": 1500, "cmd": "verify_identity", "args": {"patient": "p001", …}}`` —
``t`` is elapsed milliseconds since the attempt started. A line that is not valid JSON, or
not an object, is kept as a refused ``malformed_line`` entry (never an exception).

May import: the standard library only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class LogLine:
    """One parsed input line (before the sandbox sees it)."""

    t: object
    cmd: object
    args: object
    malformed: str | None = None


@dataclass(frozen=True)
class LogEntry:
    """One command as the sandbox recorded it: accepted, or refused with a reason code."""

    seq: int
    t: int
    cmd: str
    args: dict[str, Any]
    accepted: bool
    code: str | None
    role: str
    leg: int
    patient: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    result: dict[str, Any] = field(default_factory=dict)
    actor: str | None = None  # staff id when someone else acted (a supervisor's approval)

    def to_json(self) -> str:
        """The recorded form: the input plus ``ok``, ``code``, ``patient``, ``role``, ``leg``."""
        row: dict[str, Any] = {"seq": self.seq, "t": self.t, "cmd": self.cmd,
                               "args": self.args, "ok": self.accepted, "role": self.role,
                               "leg": self.leg}
        if self.code:
            row["code"] = self.code
        if self.patient:
            row["patient"] = self.patient
        if self.actor:
            row["actor"] = self.actor
        return json.dumps(row, ensure_ascii=False, default=str, sort_keys=True)


def parse_line(text: str) -> LogLine:
    """Parse one line of a ``.jsonl`` command log."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return LogLine(None, None, None, "not valid JSON")
    if not isinstance(data, dict):
        return LogLine(None, None, None, "a line must be a JSON object")
    extra = sorted(str(k) for k in data if k not in ("t", "cmd", "args", "comment"))
    if extra:
        return LogLine(data.get("t"), data.get("cmd"), None,
                       f"unknown key(s): {', '.join(extra)}")
    return LogLine(data.get("t"), data.get("cmd"), data.get("args", {}))


def parse_log(text: str) -> list[LogLine]:
    """All non-blank lines of a log; lines starting with ``#`` are comments."""
    return [parse_line(line) for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
