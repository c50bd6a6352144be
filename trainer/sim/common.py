"""Commands every station has: identity check, allergy history, notifying someone, handover.

May import: trainer.sim.commands, trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command
from trainer.sim.state import PatientState, Sandbox

IDENTIFIERS = ("name", "dob", "id_number", "card_no", "wristband")
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
    record = {"name": set(pat.ref.name.values()), "dob": {pat.ref.dob.isoformat()},
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


@command("record_allergies", "any", Arg("patient"), Arg("classes", "list"))
def record_allergies(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Record the allergy history; an empty list means 无已知药物过敏 (no known allergy)."""
    pat = patient_of(sb, a["patient"])
    known = {c for d in sb.reference.drugs.values() for c in d.allergy_classes}
    unknown = [c for c in a["classes"] if c not in known]
    if unknown:
        raise Refused("unknown_allergy_class", patient=a["patient"], classes=unknown)
    pat.allergies_recorded = sorted(set(a["classes"]))
    return {"patient": a["patient"], "recorded": pat.allergies_recorded}


@command("notify", "any", Arg("to"), Arg("about"), Arg("patient", required=False))
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

