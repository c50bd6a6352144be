"""交班记录 (the nurse's handover note): at the end of a shift the nurse writes, for each patient
who needs handing over, the situation, background, assessment and recommendation (SBAR,
the structure of the 护理交接班 report), and the sandbox keeps the ward's census of that
moment with it.

Not ``hand_over`` (:mod:`trainer.sim.common`), which ends a leg of a patient journey: this
is the nurse's written note. A critical (病危) or serious (病重) patient is handed over at the
bedside too (床旁交接, DOMAIN.md §1 [GK]); the note records whether the nurse said so, and
:func:`uncovered_critical` tells a scenario's check which such patients have no note yet.

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.inpatient_state,
trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command
from trainer.sim.common import patient_of
from trainer.sim.inpatient_state import ip
from trainer.sim.state import Sandbox

#: 白班 / 小夜班 / 大夜班
SHIFTS = ("day", "evening", "night")


def handover_notes(sb: Sandbox) -> list[dict[str, Any]]:
    """The handover notes written so far (created empty on first use)."""
    notes = sb.extra.get("handover")
    if not isinstance(notes, list):
        notes = []
        sb.extra["handover"] = notes
    return notes


def condition_of(sb: Sandbox, patient: str) -> str | None:
    """病危 ``critical`` / 病重 ``serious`` / ``stable`` of an admitted patient, else None."""
    for adm in ip(sb).admissions.values():
        if adm.patient == patient and adm.status == "in_ward":
            return adm.condition
    return None


def ward_census(sb: Sandbox) -> dict[str, int]:
    """现有 (in a bed), 病危 and 病重 counts: the head of the 交班报告."""
    present = [p.ref.id for p in sb.patients.values() if p.bed]
    conditions = [condition_of(sb, p) for p in present]
    return {"present": len(present), "critical": conditions.count("critical"),
            "serious": conditions.count("serious")}


def uncovered_critical(sb: Sandbox) -> list[str]:
    """Critical or serious patients in a bed with no handover note."""
    noted = {n["patient"] for n in handover_notes(sb)}
    return [p.ref.id for p in sb.patients.values()
            if p.bed and condition_of(sb, p.ref.id) in ("critical", "serious")
            and p.ref.id not in noted]


@command("write_handover_note", "nurse", Arg("patient"), Arg("shift"),
         Arg("situation", "reason"), Arg("background", "text", False),
         Arg("assessment", "reason"), Arg("recommendation", "reason"),
         Arg("bedside", "bool", False))
def write_handover_note(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """交班记录: one patient's SBAR handover note for the shift, with the ward census."""
    patient_of(sb, a["patient"])
    if a["shift"] not in SHIFTS:
        raise Refused("bad_argument", argument="shift", expected="|".join(SHIFTS),
                      patient=a["patient"])
    notes = handover_notes(sb)
    notes.append({
        "patient": a["patient"], "shift": a["shift"], "situation": a["situation"].strip(),
        "background": str(a.get("background", "")).strip(),
        "assessment": a["assessment"].strip(), "recommendation": a["recommendation"].strip(),
        "bedside": bool(a.get("bedside", False)), "condition": condition_of(sb, a["patient"]),
        "census": ward_census(sb), "at_ms": ctx.t})
    return {"patient": a["patient"], "notes": len(notes),
            "uncovered_critical": uncovered_critical(sb)}
