"""Entities the check language queries for issue 12's station commands: ``entrusted_orders``
(嘱托), ``handover_notes`` (交班记录), ``test_requests`` (outpatient 检验/检查申请) and
``stocktakes`` (the pharmacy's 盘点).

Registered with :func:`trainer.sim.records.register_entity` and documented in
docs/simulator/check-language.md. A scenario can then grade, for example, that a 病危
patient was handed over at the bedside, or that a 嘱托 was verified before it was carried
out.

May import: trainer.sim (entrusted, handover, outpatient_requests, records, state), the
standard library.
"""

from __future__ import annotations

from trainer.sim.entrusted import entrusted
from trainer.sim.handover import handover_notes
from trainer.sim.outpatient_requests import requests_of
from trainer.sim.records import Row, register_entity
from trainer.sim.state import Sandbox


def entrusted_orders(sb: Sandbox) -> list[Row]:
    return [{"id": e.id, "patient": e.patient, "text": e.text, "kind": e.kind,
             "status": e.status, "executions": len(e.executions),
             "executed_unverified": any(x["status"] != "verified" for x in e.executions)}
            for e in entrusted(sb).values()]


def notes(sb: Sandbox) -> list[Row]:
    return [{"patient": n["patient"], "shift": n["shift"], "condition": n["condition"],
             "critical": n["condition"] in ("critical", "serious"), "bedside": n["bedside"],
             "background_written": bool(n["background"]), "at_ms": n["at_ms"]}
            for n in handover_notes(sb)]


def requests(sb: Sandbox) -> list[Row]:
    return [{"id": r.id, "visit": r.visit, "patient": r.patient, "item": r.item,
             "kind": r.kind, "specimen": r.specimen, "site": r.site, "note": r.note,
             "amount": r.amount / 100, "paid": r.paid}
            for r in requests_of(sb).values()]


def stocktakes(sb: Sandbox) -> list[Row]:
    return [dict(c) for c in sb.extra.get("stocktakes", [])]


register_entity("entrusted_orders", ("id", "patient", "text", "kind", "status", "executions",
                                     "executed_unverified"), entrusted_orders)
register_entity("handover_notes", ("patient", "shift", "condition", "critical", "bedside",
                                   "background_written", "at_ms"), notes)
register_entity("test_requests", ("id", "visit", "patient", "item", "kind", "specimen", "site",
                                  "note", "amount", "paid"), requests)
register_entity("stocktakes", ("drug", "batch", "book", "counted", "difference", "at_ms"),
                stocktakes)
