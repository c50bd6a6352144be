"""Commands every station has: identity check, allergy history, notifying someone, handover.

May import: trainer.sim.commands, trainer.sim.state, the standard library.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, reason_of
from trainer.sim.state import PatientState, Sandbox

IDENTIFIERS = ("name", "dob", "id_number", "card_no", "wristband")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NOTIFY_TARGETS = ("doctor", "nurse", "pharmacist", "supervisor", "finance")


def patient_of(sb: Sandbox, patient_id: str) -> PatientState:
    state = sb.patients.get(patient_id)
    if state is None:
        raise Refused("unknown_patient", id=patient_id)
    return state


@command("verify_identity", "any", Arg("patient"), *(Arg(n, required=False) for n in IDENTIFIERS),
         Arg("bed", required=False))
def verify_identity(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Check at least two identifiers the patient states against the record (查对)."""
    pat = patient_of(sb, a["patient"])
    if "bed" in a:
        raise Refused("bed_not_identifier", patient=a["patient"])
    given = [n for n in IDENTIFIERS if n in a]
    if len(given) < 2:
        raise Refused("too_few_identifiers", patient=a["patient"], given=given)
    if "dob" in a and not ISO_DATE.fullmatch(str(a["dob"]).strip()):
        raise Refused("date_format", patient=a["patient"], field="dob", value=str(a["dob"])[:40],
                      expected="YYYY-MM-DD")
    record: dict[str, set[str | None]] = {
        "name": set(pat.ref.name.values()), "dob": {pat.ref.dob.isoformat()},
        "id_number": {pat.ref.id_number}, "card_no": {pat.ref.card_no},
        "wristband": {pat.ref.wristband}}
    wrong = [n for n in given if str(a[n]).strip() not in record[n]]
    if wrong:
        raise Refused("identity_mismatch", patient=a["patient"], fields=wrong)
    return {"patient": a["patient"], "identifiers": given}


@command("ask_allergies", "any", Arg("patient"))
def ask_allergies(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Ask the patient about drug allergies; the answer is what the patient says."""
    pat = patient_of(sb, a["patient"])
    pat.allergies_asked = True
    return {"patient": a["patient"], "says": list(pat.ref.allergies)}


@command("record_allergies", "any", Arg("patient"), Arg("classes", "list"),
         Arg("severe", "list", False), Arg("reason", "text", False))
def record_allergies(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Record the allergy history; an empty list means 无已知药物过敏 (no known allergy).

    ``severe`` lists classes with a severe reaction (过敏性休克). Removing a recorded class,
    or emptying the list, needs a real ``reason``; every change is kept."""
    pat = patient_of(sb, a["patient"])
    known = {c for d in sb.reference.drugs.values() for c in d.allergy_classes}
    unknown = [c for c in [*a["classes"], *a.get("severe", [])] if c not in known]
    if unknown:
        raise Refused("unknown_allergy_class", patient=a["patient"], classes=unknown)
    before = set(pat.allergies_recorded or [])
    new = set(a["classes"]) | set(a.get("severe", []))
    removed = sorted(before - new)
    reason = None
    if removed:
        if a.get("reason") is None:
            raise Refused("allergy_removal_needs_reason", patient=a["patient"], removed=removed)
        reason = reason_of(a, patient=a["patient"])
    pat.allergies_recorded = sorted(new)
    pat.severe_allergies = sorted(set(a.get("severe", [])) | (set(pat.severe_allergies) & new))
    sb.allergy_changes.append({"patient": a["patient"], "added": sorted(new - before),
                               "removed": removed, "reason": reason, "by": ctx.role,
                               "at_ms": ctx.t})
    return {"patient": a["patient"], "recorded": pat.allergies_recorded}


@command("notify", "any", Arg("to"), Arg("about", "reason"), Arg("patient", required=False))
def notify(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Tell a colleague (doctor, pharmacist, supervisor, finance…) about a problem."""
    if a["to"] not in NOTIFY_TARGETS:
        raise Refused("bad_argument", argument="to", expected="|".join(NOTIFY_TARGETS))
    if "patient" in a:
        patient_of(sb, a["patient"])
    sb.notifications.append({"to": a["to"], "about": a["about"], "patient": a.get("patient"),
                             "by": ctx.role, "at_ms": ctx.t})
    return {"patient": a.get("patient")}


@command("hand_over", "any")
def hand_over(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """End the current leg of a patient journey; the next role takes over the same state."""
    return {}  # the attempt moves to the next leg; see trainer.sim.attempt

