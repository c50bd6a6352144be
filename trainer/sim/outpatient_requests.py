"""检验/检查申请 (the outpatient doctor's lab and imaging requests): the doctor picks an item of
the fee table that has a request form (``specimens`` for a lab test, ``sites`` for an
imaging exam), the specimen or the body site, and a clinical note, and submits it (保存/提交,
DOMAIN.md §1). A submitted request is a charge: the cashier's ``charge`` puts it on the
patient's invoice with the unpaid prescriptions, and ``settle`` marks it paid.

Kept under ``Sandbox.extra["requests"]`` (as the inpatient state is), so scenarios that never
request a test are untouched.

May import: trainer.sim.commands, trainer.sim.state, trainer.words, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainer import words
from trainer.sim.commands import Arg, Context, Refused, command, need
from trainer.sim.state import Sandbox, Visit

words.define_many({
    "sim.not_requestable": "Not a lab test or exam on the request list",
    "sim.duplicate_request": "This test is already requested for the visit",
})


@dataclass
class TestRequest:
    id: str
    visit: str
    patient: str
    item: str  # a fee item of fees.yaml with a request form
    kind: str  # lab | imaging
    specimen: str | None
    site: str | None
    note: str
    amount: int  # fen
    category: str
    at_ms: int
    paid: bool = False


def requests_of(sb: Sandbox) -> dict[str, TestRequest]:
    """The outpatient requests by id (created empty on first use)."""
    store = sb.extra.get("requests")
    if not isinstance(store, dict):
        store = {}
        sb.extra["requests"] = store
    return store


def unpaid_requests(sb: Sandbox, patient: str, taken: set[str]) -> list[TestRequest]:
    """The patient's submitted, unpaid requests not on a live invoice yet."""
    return [r for r in requests_of(sb).values()
            if r.patient == patient and not r.paid and r.id not in taken]


@command("request_test", "doctor", Arg("visit"), Arg("item"), Arg("specimen", required=False),
         Arg("site", required=False), Arg("note", "text", False))
def request_test(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """检验/检查申请: request a lab test (with its specimen) or an imaging exam (with its site)."""
    visit: Visit = need(sb.visits, a["visit"], "unknown_visit")
    if visit.status != "in_consultation":
        raise Refused("visit_not_started", patient=visit.patient, status=visit.status)
    fee = sb.reference.fees.get(a["item"])
    if fee is None or not (fee.specimens or fee.sites):
        offered = [f.id for f in sb.reference.fees.values() if f.specimens or f.sites]
        raise Refused("not_requestable", patient=visit.patient, expected="|".join(offered))
    specimen = _choice(a.get("specimen"), [c.id for c in fee.specimens], "specimen",
                       visit.patient)
    site = _choice(a.get("site"), [c.id for c in fee.sites], "site", visit.patient)
    store = requests_of(sb)
    if any(r.visit == visit.id and r.item == fee.id and (r.specimen, r.site) == (specimen, site)
           for r in store.values()):
        raise Refused("duplicate_request", patient=visit.patient, item=fee.id)
    req = TestRequest(sb.next_id("req", store), visit.id, visit.patient, fee.id,
                      "lab" if fee.specimens else "imaging", specimen, site,
                      str(a.get("note", "")).strip(), fee.price, fee.category, ctx.t)
    store[req.id] = req
    return {"patient": visit.patient, "request": req.id, "amount": fee.price / 100}


def _choice(value: str | None, offered: list[str], argument: str, patient: str) -> str | None:
    """The specimen or site: required when the item offers some, refused when it offers none."""
    if not offered and value is None:
        return None
    if value not in offered:
        raise Refused("bad_argument", argument=argument, expected="|".join(offered) or "none",
                      patient=patient)
    return value
