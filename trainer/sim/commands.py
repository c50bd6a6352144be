"""The command vocabulary: how commands are declared, their arguments checked, refusals made.

A station module declares each command with :func:`command`; :func:`apply` validates the
arguments against the declaration, runs the handler and turns a :class:`Refused` into a
recorded refusal. Nothing a log line contains can make :func:`apply` raise.

May import: trainer.sim.state, the standard library.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from trainer.sim.state import Sandbox

STATIONS = ("doctor", "nurse", "pharmacist", "cashier", "supervisor", "any")
#: "str" | "int" | "number" | "bool" | "list" | "dict" | "reason" (real text, rules §8) |
#: "text" (any text, even blank: the handler decides, e.g. after a hard stop)
ArgType = str
#: A reason has at least this many letters/digits (docs/simulator/rules.md §8).
REASON_MIN_CHARS = 2


def real_text(value: object) -> bool:
    """True when ``value`` is a real reason: ≥ 2 characters that are not whitespace (any,
    full-width space and newlines included) or punctuation."""
    if not isinstance(value, str):
        return False
    meaningful = [c for c in value if not c.isspace()
                  and unicodedata.category(c)[0] not in ("P", "Z", "C", "S")]
    return len(meaningful) >= REASON_MIN_CHARS


class Refused(Exception):  # a refusal is an outcome, not an error
    """Raised inside a handler to refuse the command; never escapes :func:`apply`."""

    def __init__(self, code: str, /, **facts: Any) -> None:
        super().__init__(code)
        self.code = code
        self.facts = facts


@dataclass(frozen=True)
class Arg:
    name: str
    type: ArgType = "str"
    required: bool = True


@dataclass(frozen=True)
class Context:
    """What a handler may know besides the sandbox: the time and the acting station."""

    t: int
    role: str


Handler = Callable[[Sandbox, dict[str, Any], Context], dict[str, Any]]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    station: str
    args: tuple[Arg, ...]
    handler: Handler
    summary: str


@dataclass(frozen=True)
class Outcome:
    accepted: bool
    code: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    result: dict[str, Any] = field(default_factory=dict)
    patient: str | None = None


REGISTRY: dict[str, CommandSpec] = {}


def command(name: str, station: str, *args: Arg) -> Callable[[Handler], Handler]:
    """Declare a command; the handler's docstring first line is its summary."""

    def register(fn: Handler) -> Handler:
        REGISTRY[name] = CommandSpec(name, station, tuple(args), fn,
                                     (fn.__doc__ or "").strip().splitlines()[0])
        return fn

    return register


def apply(sb: Sandbox, name: object, args: object, ctx: Context,
          roles: tuple[str, ...]) -> Outcome:
    """Run one command; a bad command becomes a refused :class:`Outcome`."""
    if not isinstance(name, str) or name not in REGISTRY:
        return Outcome(False, "unknown_command", {"cmd": str(name)[:80]})
    spec = REGISTRY[name]
    if spec.station == "supervisor":
        if sb.supervisor_on is None:
            return Outcome(False, "supervisor_login_required", {"cmd": name})
    elif sb.supervisor_on is not None and spec.station != "any":
        return Outcome(False, "supervisor_logged_in", {"supervisor": sb.supervisor_on})
    elif spec.station != "any" and spec.station not in roles:
        return Outcome(False, "wrong_station", {"station": spec.station, "role": ctx.role})
    counters = dict(sb.counters)
    try:
        clean = _check_args(spec, args)
        result = spec.handler(sb, clean, ctx)
    except Refused as refusal:
        sb.counters = counters  # a refused command never uses up an id
        patient = refusal.facts.get("patient")
        return Outcome(False, refusal.code, refusal.facts,
                       patient=patient if isinstance(patient, str) else None)
    patient = result.pop("patient", None)
    return Outcome(True, None, {}, result, patient if isinstance(patient, str) else None)


def _check_args(spec: CommandSpec, args: object) -> dict[str, Any]:
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise Refused("bad_argument", argument="args", expected="object")
    known = {a.name for a in spec.args}
    unknown = sorted(str(k) for k in args if k not in known)
    if unknown:
        raise Refused("unknown_argument", arguments=unknown)
    clean: dict[str, Any] = {}
    for arg in spec.args:
        if arg.name not in args or args[arg.name] is None:
            if arg.required and arg.type == "reason":
                raise Refused("reason_required", argument=arg.name)
            if arg.required:
                raise Refused("missing_argument", argument=arg.name)
            continue
        clean[arg.name] = _convert(arg, args[arg.name])
    return clean


def _convert(arg: Arg, value: object) -> Any:
    ok: Any = None
    if arg.type == "str" and isinstance(value, str) and 0 < len(value) <= 500:
        ok = value
    elif arg.type in ("reason", "text") and isinstance(value, str) and len(value) <= 500:
        if arg.type == "reason" and not real_text(value):
            raise Refused("reason_required", argument=arg.name)
        ok = value
    elif arg.type == "int":
        ok = _whole(value)
    elif arg.type == "number":
        ok = _number(value)
    elif arg.type == "bool" and isinstance(value, bool):
        ok = value
    elif arg.type == "list" and isinstance(value, list) and len(value) <= 50 \
            and all(isinstance(v, str) for v in value):
        ok = list(value)
    elif arg.type == "dict" and isinstance(value, dict) and len(value) <= 50:
        ok = dict(value)
    if ok is None:
        raise Refused("bad_argument", argument=arg.name, expected=arg.type)
    return ok


def _small_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -10**9 < value < 10**9


def _whole(value: object) -> int | None:
    """An int, or a float / numeric text with a whole value (``3.0``, ``"3"``)."""
    if _small_int(value):
        return value  # type: ignore[return-value]
    number = _number(value)
    if number is not None and number == number.to_integral_value():
        return int(number)
    return None


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if not number.is_finite() or not Decimal(0) <= number < Decimal(10**7):
        return None
    return number


def need(mapping: dict[str, Any], key: str, code: str) -> Any:
    """``mapping[key]`` or refuse with ``code`` (``unknown_patient``, ``unknown_rx``…)."""
    if key not in mapping:
        raise Refused(code, id=key)
    return mapping[key]


def reason_of(a: dict[str, Any], key: str = "reason", **facts: Any) -> str | None:
    """The ``text`` argument ``key`` when given: refused unless it is real text."""
    value = a.get(key)
    if value is None:
        return None
    if not real_text(value):
        raise Refused("reason_required", argument=key, **facts)
    return str(value)


def money(value: Decimal, argument: str) -> int:
    """Yuan as given in a command → fen; more than two decimals is refused."""
    fen = value * 100
    if fen != fen.to_integral_value():
        raise Refused("bad_argument", argument=argument, expected="yuan with ≤ 2 decimals")
    return int(fen)
