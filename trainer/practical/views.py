"""What a trainer sees of the sandbox at one step of a replay, as plain rows (Qt-free):
the patient banner, the orders and the prescriptions — read-only, in the hospital's words.

May import: trainer.sim (attempt, state, reference, refusals), trainer.content.common,
trainer.practical.command_words, trainer.practical.step_words,
the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.content.common import pick
from trainer.practical.command_words import status_name
from trainer.practical.step_words import bed_name, ward_name
from trainer.sim.attempt import SimAttempt
from trainer.sim.refusals import refusal


@dataclass(frozen=True)
class PatientRow:
    id: str
    name: str
    sex: str
    dob: str
    place: str  # ward and bed, when admitted
    allergies: str  # recorded allergy classes; "" none; None-recorded shown as "?"
    severe: bool


@dataclass(frozen=True)
class LineRow:
    id: str
    patient: str
    what: str  # drug dose unit route freq
    status: str
    note: str  # a hold or return reason


@dataclass(frozen=True)
class StepState:
    patients: tuple[PatientRow, ...]
    orders: tuple[LineRow, ...]
    prescriptions: tuple[LineRow, ...]
    refusal: str  # the HIS's words for the last command's refusal ("" if accepted)


def _drug(sim: SimAttempt, drug: str, lang: str) -> str:
    found = sim.sandbox.reference.drugs.get(drug)
    return pick(found.name, lang) if found else drug


def step_state(sim: SimAttempt, lang: str = "zh_CN") -> StepState:
    box = sim.sandbox
    patients = tuple(
        PatientRow(pid, pick(p.ref.name, lang), p.ref.sex, p.ref.dob.isoformat(),
                   " ".join(x for x in (ward_name(p.ward, lang) if p.ward else "",
                                        bed_name(p.bed, lang) if p.bed else "") if x),
                   "?" if p.allergies_recorded is None else "、".join(p.allergies_recorded),
                   bool(p.severe_allergies))
        for pid, p in sorted(box.patients.items()))
    orders = tuple(
        LineRow(o.id, o.patient,
                f"{_drug(sim, o.drug, lang)} {o.dose} {o.unit} {o.route} {o.freq}",
                status_name(o.status, lang), o.hold_reason or o.reason)
        for o in box.orders.values())
    prescriptions = tuple(
        LineRow(rx.id, rx.patient,
                "; ".join(f"{_drug(sim, i.drug, lang)} {i.dose} {i.unit} {i.route} {i.freq}"
                          for i in rx.items),
                status_name(rx.status, lang), rx.return_reason)
        for rx in box.prescriptions.values())
    last = sim.log[-1] if sim.log else None
    said = refusal(last.code, lang, last.facts) if last and not last.accepted else ""
    return StepState(patients, orders, prescriptions, said)
