"""Ward nurse (护士站, inpatient): admission to the ward (bed, wristband, 入院评估), risk
assessments (跌倒 Morse / 压力性损伤 Braden), specimen collection with barcode scans, transfer
out and in, returns to the pharmacy (病区退药) and discharge (出院宣教, 出院).

Like the desktop HIS, the sandbox lets a nurse collect without a scan or discharge with
drugs left in the drawer; the scenario's checks catch it. A PDA scan of another patient's
specimen label is refused, as the PDA alarms.

May import: trainer.sim.commands, trainer.sim.common, trainer.sim.inpatient_state,
trainer.sim.state, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer.sim.commands import Arg, Context, Refused, command, need
from trainer.sim.common import patient_of
from trainer.sim.inpatient_state import (
    TUBES,
    Admission,
    admission_of,
    ip,
    live_long_term,
    ward_drugs_left,
)
from trainer.sim.state import Sandbox

#: Morse fall scale: ≥ 45 high risk; Braden: ≤ 12 high risk, ≤ 18 at risk.
SCALES = ("morse", "braden")
MEASURES = ("bed_rails", "fall_sign", "call_bell", "escort", "non_slip", "turning_q2h",
            "pressure_mattress", "skin_care", "nutrition")
TOPICS = ("medication", "diet", "activity", "follow_up", "warning_signs", "wound_care")


def risk_level(scale: str, score: int) -> str:
    """``high`` / ``moderate`` / ``low`` for a Morse or Braden score."""
    if scale == "morse":
        return "high" if score >= 45 else "moderate" if score >= 25 else "low"
    return "high" if score <= 12 else "moderate" if score <= 18 else "low"


def _bed(sb: Sandbox, ward: str, bed: str, patient: str) -> None:
    beds = ip(sb).beds
    if (ward, bed) not in beds:
        raise Refused("unknown_bed", patient=patient, ward=ward, bed=bed)
    if beds[(ward, bed)] is not None:
        raise Refused("bed_occupied", patient=patient, ward=ward, bed=bed)


def _place(sb: Sandbox, adm: Admission, ward: str, bed: str) -> None:
    beds = ip(sb).beds
    if adm.bed is not None and beds.get((adm.ward, adm.bed)) == adm.patient:
        beds[(adm.ward, adm.bed)] = None
    beds[(ward, bed)] = adm.patient
    adm.ward, adm.bed = ward, bed
    pat = sb.patients[adm.patient]
    pat.ward, pat.bed = ward, bed


@command("admit_to_ward", "nurse", Arg("admission"), Arg("bed"))
def admit_to_ward(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """入科: receive a registered patient on the ward and allocate a bed."""
    adm = admission_of(sb, a["admission"])
    if adm.status != "registered":
        raise Refused("not_registered", patient=adm.patient, status=adm.status)
    _bed(sb, adm.ward, a["bed"], adm.patient)
    _place(sb, adm, adm.ward, a["bed"])
    adm.status = "in_ward"
    return {"patient": adm.patient}


@command("issue_wristband", "nurse", Arg("admission"))
def issue_wristband(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """打印腕带: print the wristband and put it on the patient."""
    adm = admission_of(sb, a["admission"])
    if adm.status == "discharged":
        raise Refused("admission_closed", patient=adm.patient)
    adm.wristband = True
    return {"patient": adm.patient, "wristband": sb.patients[adm.patient].ref.wristband}


@command("admission_assessment", "nurse", Arg("admission"))
def admission_assessment(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """入院护理评估: the admission nursing assessment is completed."""
    adm = admission_of(sb, a["admission"])
    if adm.status != "in_ward":
        raise Refused("not_in_ward", patient=adm.patient, status=adm.status)
    adm.assessed = True
    return {"patient": adm.patient}


@command("risk_assessment", "nurse", Arg("patient"), Arg("scale"), Arg("score", "int"),
         Arg("measures", "list", False))
def risk_assessment(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """风险评估: Morse (跌倒) or Braden (压力性损伤) score, with the preventive measures taken."""
    patient_of(sb, a["patient"])
    if a["scale"] not in SCALES:
        raise Refused("bad_argument", argument="scale", expected="|".join(SCALES),
                      patient=a["patient"])
    limits = (0, 125) if a["scale"] == "morse" else (6, 23)
    if not limits[0] <= a["score"] <= limits[1]:
        raise Refused("implausible_value", patient=a["patient"], field="score")
    wrong = [m for m in a.get("measures", []) if m not in MEASURES]
    if wrong:
        raise Refused("bad_argument", argument="measures", expected="|".join(MEASURES),
                      patient=a["patient"])
    level = risk_level(a["scale"], a["score"])
    ip(sb).risks.append({"patient": a["patient"], "scale": a["scale"], "score": a["score"],
                         "level": level, "measures": list(a.get("measures", [])),
                         "at_ms": ctx.t})
    return {"patient": a["patient"], "level": level}


@command("scan_specimen", "nurse", Arg("lab"))
def scan_specimen(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Scan a specimen label at the bedside; refused (PDA alarm) if it is another patient's."""
    lab = need(ip(sb).labs, a["lab"], "unknown_lab")
    if sb.scanned_patient is None:
        raise Refused("scan_wristband_first", patient=lab["patient"])
    if sb.scanned_patient != lab["patient"]:
        raise Refused("scan_mismatch", patient=lab["patient"], scanned=sb.scanned_patient)
    ip(sb).scanned_label = lab["id"]
    return {"patient": lab["patient"]}


@command("collect_specimen", "nurse", Arg("lab"), Arg("tube"))
def collect_specimen(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """采集: draw the specimen into ``tube`` and send it; records the scans that preceded it."""
    st = ip(sb)
    lab = need(st.labs, a["lab"], "unknown_lab")
    if lab["test"] not in TUBES:
        raise Refused("no_specimen", patient=lab["patient"], test=lab["test"])
    if lab["status"] != "ordered":
        raise Refused("already_collected", patient=lab["patient"])
    tubes = sorted(set(TUBES.values()))
    if a["tube"] not in tubes:
        raise Refused("bad_argument", argument="tube", expected="|".join(tubes),
                      patient=lab["patient"])
    lab["status"] = "collected"
    st.specimens.append({"lab": lab["id"], "patient": lab["patient"], "test": lab["test"],
                         "tube": a["tube"], "right_tube": TUBES[lab["test"]] == a["tube"],
                         "wristband_scanned": sb.scanned_patient == lab["patient"],
                         "label_scanned": st.scanned_label == lab["id"], "at_ms": ctx.t})
    st.scanned_label = None
    return {"patient": lab["patient"]}


@command("transfer_out", "nurse", Arg("admission"))
def transfer_out(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """转出: send the patient to the new ward after the doctor's transfer order."""
    adm = admission_of(sb, a["admission"])
    if adm.transfer_to is None or adm.status != "in_ward":
        raise Refused("no_transfer_order", patient=adm.patient)
    move = [t for t in ip(sb).transfers if t["admission"] == adm.id][-1]
    move["out_ms"] = ctx.t
    move["live_at_out"] = live_long_term(sb, adm.patient)
    if adm.bed is not None:
        ip(sb).beds[(adm.ward, adm.bed)] = None
    adm.status = "in_transit"
    return {"patient": adm.patient}


@command("transfer_in", "nurse", Arg("admission"), Arg("bed"))
def transfer_in(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """转入: receive the transferred patient in the new ward and allocate a bed."""
    adm = admission_of(sb, a["admission"])
    if adm.status != "in_transit" or adm.transfer_to is None:
        raise Refused("not_in_transit", patient=adm.patient, status=adm.status)
    _bed(sb, adm.transfer_to, a["bed"], adm.patient)
    adm.bed = None
    _place(sb, adm, adm.transfer_to, a["bed"])
    adm.status, adm.transfer_to = "in_ward", None
    [t for t in ip(sb).transfers if t["admission"] == adm.id][-1]["in_ms"] = ctx.t
    return {"patient": adm.patient}


@command("return_ward_drug", "nurse", Arg("admission"), Arg("drug"), Arg("units", "int"),
         Arg("reason", "reason"))
def return_ward_drug(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """病区退药申请: send unit doses from the patient's drawer back to the pharmacy."""
    adm = admission_of(sb, a["admission"])
    st = ip(sb)
    held = [w for w in st.ward_drugs if w["admission"] == adm.id and w["drug"] == a["drug"]]
    if a["units"] < 1 or a["units"] > sum(w["units"] for w in held):
        raise Refused("return_exceeds_ward_stock", patient=adm.patient, drug=a["drug"])
    left = a["units"]
    for w in held:
        take = min(left, w["units"])
        w["units"] -= take
        left -= take
    st.ward_drugs = [w for w in st.ward_drugs if w["units"] > 0]
    rid = sb.next_id("wr", st.returns)
    st.returns[rid] = {"id": rid, "admission": adm.id, "patient": adm.patient,
                       "drug": a["drug"], "units": a["units"], "reason": a["reason"],
                       "status": "requested", "at_ms": ctx.t}
    return {"patient": adm.patient, "return": rid}


@command("discharge_education", "nurse", Arg("admission"), Arg("topics", "list"))
def discharge_education(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """出院宣教: explain medication, diet, activity, follow-up and warning signs."""
    adm = admission_of(sb, a["admission"])
    wrong = [t for t in a["topics"] if t not in TOPICS]
    if wrong or not a["topics"]:
        raise Refused("bad_argument", argument="topics", expected="|".join(TOPICS),
                      patient=adm.patient)
    adm.education = sorted(set(adm.education) | set(a["topics"]))
    return {"patient": adm.patient}


@command("discharge_patient", "nurse", Arg("admission"))
def discharge_patient(sb: Sandbox, a: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """出院处理: the nurse discharges the patient on the ward (the bed is freed)."""
    adm = admission_of(sb, a["admission"])
    if adm.discharge_ordered_ms is None:
        raise Refused("discharge_not_ordered", patient=adm.patient)
    if adm.status != "in_ward":
        raise Refused("not_in_ward", patient=adm.patient, status=adm.status)
    adm.discharged = {"at_ms": ctx.t, "live_orders": live_long_term(sb, adm.patient),
                      "drugs_left": ward_drugs_left(sb, adm.id)}
    if adm.bed is not None:
        ip(sb).beds[(adm.ward, adm.bed)] = None
    adm.status = "discharged"
    return {"patient": adm.patient}
