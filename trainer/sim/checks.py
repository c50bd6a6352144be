"""The check language: outcome predicates over the final sandbox state and the command log.

An expression is a YAML mapping with exactly one key, the predicate, whose value holds its
arguments — ``{done: {cmd: verify_identity, patient: p001}}``. There is no Python and no
eval: :func:`evaluate` interprets the data; :func:`problems` validates it (unknown
predicates, entities, fields, commands and arguments are errors). The full reference is
docs/simulator/check-language.md.

May import: trainer.sim.commands, trainer.sim.records, trainer.sim.log, trainer.sim.state,
the standard library.
"""

from __future__ import annotations

from typing import Any

import trainer.sim.catalogue  # noqa: F401 — fills the registry
from trainer.sim.commands import REGISTRY
from trainer.sim.log import LogEntry
from trainer.sim.records import ENTITIES, ENTITY_FIELDS, Row
from trainer.sim.state import Sandbox

Loc = tuple[str | int, ...]
PREDICATES = ("all", "any", "not", "done", "refused", "before", "interval", "exists", "none",
              "elapsed_at_most")
INTERVAL_KEYS = ("first", "then", "same_patient", "min_seconds", "max_seconds")
MATCH_KEYS = ("cmd", "role", "patient", "args", "min", "max")
REFUSED_KEYS = (*MATCH_KEYS, "code")
OPERATORS = ("eq", "ne", "gt", "ge", "lt", "le", "in", "has", "lacks", "mentions")


class Facts:
    """What checks look at: the final sandbox (as entity rows, built lazily) and the log."""

    def __init__(self, sandbox: Sandbox, log: list[LogEntry]) -> None:
        self.sandbox = sandbox
        self.log = log
        self._rows: dict[str, list[Row]] = {}
        self._by_cmd: dict[str, list[LogEntry]] | None = None

    def entries(self, match: dict[str, Any]) -> list[LogEntry]:
        """The log entries that can match ``match`` (those of its commands), in order."""
        wanted = match.get("cmd")
        if wanted is None:
            return self.log
        if self._by_cmd is None:
            self._by_cmd = {}
            for entry in self.log:
                self._by_cmd.setdefault(entry.cmd, []).append(entry)
        if isinstance(wanted, str):
            return self._by_cmd.get(wanted, [])
        found = [e for cmd in set(wanted) for e in self._by_cmd.get(cmd, [])]
        return sorted(found, key=lambda e: e.seq)

    def rows(self, entity: str) -> list[Row]:
        if entity not in self._rows:
            self._rows[entity] = ENTITIES[entity](self.sandbox)
        return self._rows[entity]


def evaluate(expr: dict[str, Any], facts: Facts) -> bool:
    """True when the expression holds. Expressions are validated before they get here."""
    (name, arg), = expr.items()
    if name == "all":
        return all(evaluate(e, facts) for e in arg)
    if name == "any":
        return any(evaluate(e, facts) for e in arg)
    if name == "not":
        return not evaluate(arg, facts)
    if name in ("done", "refused"):
        hits = [e for e in facts.entries(arg) if _matches(e, arg, accepted=name == "done")]
        return _counted(len(hits), arg)
    if name == "before":
        return _before(arg, _relevant(facts, arg["first"], arg["then"]))
    if name == "interval":
        return _interval(arg, _relevant(facts, arg["first"], arg["then"]))
    if name in ("exists", "none"):
        n = sum(1 for row in facts.rows(arg["entity"]) if _where(row, arg.get("where", {})))
        return n == 0 if name == "none" else _counted(n, arg)
    if name == "elapsed_at_most":
        last = facts.log[-1].t if facts.log else 0
        return last <= int(arg["seconds"]) * 1000
    raise ValueError(name)  # unreachable for validated expressions


def _relevant(facts: Facts, *matches: dict[str, Any]) -> list[LogEntry]:
    """The log entries any of ``matches`` can match, in order (all, if one names no
    command)."""
    if any("cmd" not in m for m in matches):
        return facts.log
    cmds: set[str] = set()
    for m in matches:
        cmds |= {m["cmd"]} if isinstance(m["cmd"], str) else set(m["cmd"])
    return facts.entries({"cmd": sorted(cmds)})


def _counted(n: int, arg: dict[str, Any]) -> bool:
    """``min`` defaults to 1 — or to 0 when only ``max`` is given."""
    low = int(arg.get("min", 0 if "max" in arg else 1))
    return bool(n >= low and ("max" not in arg or n <= int(arg["max"])))


def _matches(entry: LogEntry, m: dict[str, Any], *, accepted: bool) -> bool:
    if entry.accepted != accepted:
        return False
    if "cmd" in m and not _same_or_one_of(entry.cmd, m["cmd"]):
        return False
    if "role" in m and entry.role != m["role"]:
        return False
    if "patient" in m and entry.patient != m["patient"]:
        return False
    if "code" in m and not _same_or_one_of(entry.code or "", m["code"]):
        return False
    return all(_value_ok(entry.args.get(k), v) for k, v in m.get("args", {}).items())


def _same_or_one_of(actual: str, wanted: str | list[str]) -> bool:
    return actual in wanted if isinstance(wanted, list) else actual == wanted


def _before(arg: dict[str, Any], log: list[LogEntry]) -> bool:
    """Every accepted ``then`` command has an accepted ``first`` command earlier."""
    same = arg.get("same_patient", False)
    seen_any = False
    seen_patients: set[str | None] = set()
    for entry in log:
        if _matches(entry, arg["then"], accepted=True) and not (
                entry.patient in seen_patients if same else seen_any):
            return False
        if _matches(entry, arg["first"], accepted=True):
            seen_any = True
            seen_patients.add(entry.patient)
    return True


def _interval(arg: dict[str, Any], log: list[LogEntry]) -> bool:
    """An accepted ``then`` follows an accepted ``first`` within the bounds (seconds)."""
    low = float(arg.get("min_seconds", 0)) * 1000
    high = float(arg["max_seconds"]) * 1000 if "max_seconds" in arg else None
    firsts: list[LogEntry] = []
    for entry in log:
        if _matches(entry, arg["then"], accepted=True):
            for first in firsts:
                gap = entry.t - first.t
                same = not arg.get("same_patient", False) or first.patient == entry.patient
                if same and gap >= low and (high is None or gap <= high):
                    return True
        if _matches(entry, arg["first"], accepted=True):
            firsts.append(entry)
    return False


def _where(row: Row, where: dict[str, Any]) -> bool:
    return all(_value_ok(row.get(k), v) for k, v in where.items())


def _value_ok(actual: Any, wanted: Any) -> bool:
    """Scalar: equal; list: one of; mapping: operators (eq, ne, gt, ge, lt, le, in, has…)."""
    if isinstance(wanted, list):
        return any(_same(actual, w) for w in wanted)
    if isinstance(wanted, dict):
        return all(_operator(actual, op, v) for op, v in wanted.items())
    return _same(actual, wanted)


def _same(actual: Any, wanted: Any) -> bool:
    if isinstance(actual, bool) or isinstance(wanted, bool):
        return actual is wanted
    return bool(actual == wanted)


def _operator(actual: Any, op: str, value: Any) -> bool:
    if op == "eq":
        return _same(actual, value)
    if op == "ne":
        return not _same(actual, value)
    if op == "in":
        return any(_same(actual, v) for v in value)
    if op == "mentions":  # text that names at least one of the words (any case)
        return isinstance(actual, str) and any(str(w).casefold() in actual.casefold()
                                               for w in value)
    if op in ("has", "lacks"):
        present = isinstance(actual, list) and any(_same(a, value) for a in actual)
        return present if op == "has" else not present
    if not _numeric(actual) or not _numeric(value):
        return False
    a, b = float(actual), float(value)
    return {"gt": a > b, "ge": a >= b, "lt": a < b, "le": a <= b}[op]


def _numeric(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- validation -------------------------------------------------------------------------

def problems(expr: Any, loc: Loc) -> list[tuple[Loc, str]]:
    """Located problems in an expression: ``[(loc, message)]``; empty when it is valid."""
    if not isinstance(expr, dict) or len(expr) != 1:
        return [(loc, "a check is a mapping with exactly one predicate, e.g. {done: {...}}")]
    (name, arg), = expr.items()
    here = (*loc, str(name))
    if name not in PREDICATES:
        return [(here, f"unknown predicate {name!r}; use one of {', '.join(PREDICATES)}")]
    if name in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            return [(here, f"{name} takes a non-empty list of checks")]
        return [p for i, e in enumerate(arg) for p in problems(e, (*here, i))]
    if name == "not":
        return problems(arg, here)
    if not isinstance(arg, dict):
        return [(here, f"{name} takes a mapping of arguments")]
    if name in ("done", "refused"):
        return _match_problems(arg, here, REFUSED_KEYS if name == "refused" else MATCH_KEYS)
    if name == "before":
        return _before_problems(arg, here)
    if name == "interval":
        return _interval_problems(arg, here)
    if name == "elapsed_at_most":
        ok = set(arg) == {"seconds"} and _numeric(arg["seconds"]) and arg["seconds"] > 0
        return [] if ok else [(here, "elapsed_at_most takes {seconds: N}")]
    return _exists_problems(name, arg, here)


def _before_problems(arg: dict[str, Any], here: Loc) -> list[tuple[Loc, str]]:
    out = [((*here, k), f"unknown argument {k!r}") for k in arg
           if k not in ("first", "then", "same_patient")]
    for key in ("first", "then"):
        if not isinstance(arg.get(key), dict):
            out.append((here, f"before needs {key}: a command match"))
        else:
            out.extend(_match_problems(arg[key], (*here, key), ("cmd", "role", "patient", "args")))
    if not isinstance(arg.get("same_patient", False), bool):
        out.append(((*here, "same_patient"), "same_patient is true or false"))
    return out


def _interval_problems(arg: dict[str, Any], here: Loc) -> list[tuple[Loc, str]]:
    out = _before_problems({k: v for k, v in arg.items()
                            if k not in ("min_seconds", "max_seconds")}, here)
    out += [((*here, k), f"unknown argument {k!r}; use {', '.join(INTERVAL_KEYS)}")
            for k in arg if k not in INTERVAL_KEYS]
    for key in ("min_seconds", "max_seconds"):
        if key in arg and not (_numeric(arg[key]) and arg[key] >= 0):
            out.append(((*here, key), f"{key} is a number of seconds ≥ 0"))
    if "min_seconds" not in arg and "max_seconds" not in arg:
        out.append((here, "interval needs min_seconds, max_seconds or both"))
    return out


def _match_problems(m: dict[str, Any], here: Loc, keys: tuple[str, ...]) -> list[tuple[Loc, str]]:
    out = [((*here, k), f"unknown argument {k!r}; use {', '.join(keys)}") for k in m
           if k not in keys]
    cmd = m.get("cmd")
    for name in cmd if isinstance(cmd, list) else [cmd] if cmd is not None else []:
        if not isinstance(name, str) or name not in REGISTRY:
            out.append(((*here, "cmd"), f"unknown command {name!r}"))
    args = m.get("args", {})
    if not isinstance(args, dict):
        out.append(((*here, "args"), "args is a mapping of argument: value"))
    elif isinstance(cmd, str) and cmd in REGISTRY:
        names = {a.name for a in REGISTRY[cmd].args}
        out.extend(((*here, "args", k), f"{cmd} has no argument {k!r}") for k in args
                   if k not in names)
    if isinstance(args, dict):
        for k, v in args.items():
            if isinstance(v, dict):
                out.extend(_operator_problems(v, (*here, "args", str(k))))
    out.extend(_count_problems(m, here))
    return out


def _count_problems(m: dict[str, Any], here: Loc) -> list[tuple[Loc, str]]:
    return [((*here, k), f"{k} must be a whole number ≥ 0") for k in ("min", "max")
            if k in m and (not isinstance(m[k], int) or isinstance(m[k], bool) or m[k] < 0)]


def _exists_problems(name: str, arg: dict[str, Any], here: Loc) -> list[tuple[Loc, str]]:
    allowed = ("entity", "where") if name == "none" else ("entity", "where", "min", "max")
    out = [((*here, k), f"unknown argument {k!r}; use {', '.join(allowed)}") for k in arg
           if k not in allowed]
    entity = arg.get("entity")
    if entity not in ENTITY_FIELDS:
        return [*out, ((*here, "entity"), f"unknown entity {entity!r}; use one of "
                       f"{', '.join(ENTITY_FIELDS)}")]
    where = arg.get("where", {})
    if not isinstance(where, dict):
        return [*out, ((*here, "where"), "where is a mapping of field: value")]
    for key, value in where.items():
        if key not in ENTITY_FIELDS[entity]:
            out.append(((*here, "where", key), f"{entity} has no field {key!r}"))
        elif isinstance(value, dict):
            out.extend(_operator_problems(value, (*here, "where", key)))
    out.extend(_count_problems(arg, here))
    return out


def _operator_problems(value: dict[str, Any], here: Loc) -> list[tuple[Loc, str]]:
    out = [((*here, op), f"unknown operator {op!r}; use {', '.join(OPERATORS)}")
           for op in value if op not in OPERATORS]
    for op in ("in", "mentions"):
        if op in value and not isinstance(value[op], list):
            out.append(((*here, op), f"{op} takes a list of values"))
    return out
