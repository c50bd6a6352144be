"""嘱托 (entrusted orders): the ward doctor's free-text orders without a drug — 嘱托：明日晨
空腹抽血, 嘱托：术前禁食水 — long-term (valid until stopped) or temporary (once).

They are orders like the drug orders of :mod:`trainer.sim.doctor` (the nurse verifies them
with ``verify_order`` and the doctor stops them with ``stop_order``), but have no drug, dose
or route, so they are kept apart under ``Sandbox.extra["entrusted"]`` where the safety
checks, 摆药 and the bill, which all read drug orders, never see them. The nurse carries one
out with ``execute_entrusted_order``: a temporary one once, a long-term one each time it is
due; every execution records the time and whether the order had been verified.

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.state, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need
from trainer.sim.common import patient_of
from trainer.sim.state import Sandbox

ENTRUSTED_KINDS = ("long_term", "temporary")


@dataclass
class EntrustedOrder:
    id: str
    patient: str
    text: str
    kind: str  # long_term | temporary
    status: str = "new"  # new | verified | stopped | cancelled
    created_ms: int = 0
    stopped_ms: int | None = None
    executions: list[dict[str, Any]] = field(default_factory=list)  # {at_ms, note, status}


def entrusted(sb: Sandbox) -> dict[str, EntrustedOrder]:
    """The 嘱托 orders of the sandbox by id (created empty on first use)."""
    store = sb.extra.get("entrusted")
    if not isinstance(store, dict):
        store = {}
        sb.extra["entrusted"] = store
    return store


@command("new_entrusted_order", "doctor", Arg("patient"), Arg("text", "reason"), Arg("kind"),
         Arg("id", required=False))
def new_entrusted_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """嘱托医嘱: a free-text order without a drug, long-term or temporary."""
    patient_of(sb, a["patient"])
    if a["kind"] not in ENTRUSTED_KINDS:
        raise Refused("bad_argument", argument="kind", expected="|".join(ENTRUSTED_KINDS),
                      patient=a["patient"])
    store = entrusted(sb)
    order_id = a.get("id") or sb.next_id("zt", {**store, **sb.orders})
    if order_id in store or order_id in sb.orders:
        raise Refused("duplicate_id", id=order_id, patient=a["patient"])
    store[order_id] = EntrustedOrder(order_id, a["patient"], a["text"].strip(), a["kind"],
                                     created_ms=ctx.t)
    return {"patient": a["patient"], "order": order_id}


def verify_entrusted(sb: Sandbox, order_id: str) -> dict[str, Any]:
    """医嘱审核 of a 嘱托 order (``verify_order`` hands it over here)."""
    order = entrusted(sb)[order_id]
    if order.status != "new":
        raise Refused("order_not_new", patient=order.patient, status=order.status)
    order.status = "verified"
    return {"patient": order.patient}


def stop_entrusted(sb: Sandbox, order_id: str, t: int) -> dict[str, Any]:
    """停止 a 嘱托 order (``stop_order`` hands it over here)."""
    order = entrusted(sb)[order_id]
    if order.status in ("stopped", "cancelled"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    order.status, order.stopped_ms = "stopped", t
    return {"patient": order.patient}


@command("execute_entrusted_order", "nurse", Arg("order"), Arg("note", "text", False))
def execute_entrusted_order(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """执行嘱托: the nurse carries out a 嘱托 order and signs it, with an optional note."""
    order: EntrustedOrder = need(entrusted(sb), a["order"], "unknown_order")
    if order.status in ("stopped", "cancelled"):
        raise Refused("order_not_active", patient=order.patient, status=order.status)
    if order.kind == "temporary" and order.executions:
        raise Refused("already_executed", patient=order.patient)
    order.executions.append({"at_ms": ctx.t, "note": str(a.get("note", "")).strip(),
                             "status": order.status})
    return {"patient": order.patient, "times": len(order.executions)}
