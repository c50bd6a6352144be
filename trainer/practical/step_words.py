"""A replay step in words a head nurse reads: "Verify an order — order: 氯化钾注射液 10 ml
静脉推注; patient: 杨磊", never ``{"order": "ord2"}`` or ``ward_3``.

Values are looked up in the sandbox as it stood *before* the step (the patient's name, the
order's drug and use, the prescription) and in the reference data (drugs, routes,
frequencies, departments); wards are named as the hospital says them (``ward_3`` → 3病区).
An argument without a known label keeps its own name; a value without a lookup is shown as
written. English here, Chinese in i18n/zh_CN/practical.json.

May import: trainer.words, trainer.content.common, trainer.sim (attempt, scenario_files),
trainer.practical.command_words, the standard library.
"""

from __future__ import annotations

import re
from typing import Any

from trainer import words
from trainer.content.common import pick
from trainer.practical.command_words import command_name
from trainer.sim.attempt import SimAttempt
from trainer.sim.scenario_files import LoadedScenario

ARGS = {
    "patient": "patient", "order": "order", "rx": "prescription", "drug": "drug",
    "dose": "dose", "unit": "unit", "route": "route", "freq": "frequency",
    "reason": "reason", "about": "about", "to": "told", "name": "name stated",
    "dob": "date of birth stated", "wristband": "wristband", "code": "code",
    "diagnosis": "diagnosis", "ward": "ward", "to_ward": "to ward", "bed": "bed",
    "dept": "department", "checks": "checks confirmed", "result": "result",
    "classes": "allergies", "allergy_history": "allergy history", "kind": "kind",
    "visit": "visit", "admission": "admission", "decision": "decision",
    "amount": "amount", "method": "method", "note": "note", "days": "days",
    "quantity": "quantity", "batch": "batch", "invoice": "invoice", "refund": "refund",
    "temperature": "temperature", "pulse": "pulse", "respiration": "respiration",
    "card_no": "card no.", "id_number": "ID number", "clinic": "clinic",
}
VALUES = {
    "doctor": "doctor", "nurse": "nurse", "pharmacist": "pharmacist",
    "finance": "finance office", "approve": "approve", "reject": "reject",
    "positive": "positive", "negative": "negative", "long_term": "long-term",
    "temporary": "temporary", "sos": "as needed", "prn": "as needed",
    "narcotic": "narcotic", "cash": "cash", "wechat": "WeChat Pay",
    "yes": "yes", "no": "no",
}
WARD = re.compile(r"^ward_(\d+)$")

words.define_many({f"practical.arg.{k}": v for k, v in ARGS.items()})
words.define_many({f"practical.value.{k}": v for k, v in VALUES.items()})
words.define("practical.ward", "Ward {number}")
words.define("practical.bed", "bed {number}")


def ward_name(ward: str, lang: str) -> str:
    """``ward_3`` → "3病区" / "Ward 3"; any other id as written."""
    found = WARD.match(ward)
    return words.say("practical.ward", lang, number=found.group(1)) if found else ward


def bed_name(bed: str, lang: str) -> str:
    return words.say("practical.bed", lang, number=bed)


def _order(sim: SimAttempt, order_id: str, lang: str) -> str:
    order = sim.sandbox.orders.get(order_id)
    if order is None:
        return order_id
    drug = sim.sandbox.reference.drugs.get(order.drug)
    return " ".join((pick(drug.name, lang) if drug else order.drug, f"{order.dose}",
                     order.unit, _code(sim, "routes", order.route, lang),
                     _code(sim, "frequencies", order.freq, lang)))


def _code(sim: SimAttempt, table: str, code: str, lang: str) -> str:
    found = getattr(sim.sandbox.reference, table).get(code)
    return pick(found.name, lang) if found is not None else code


def _patient(sim: SimAttempt, pid: str, lang: str) -> str:
    found = sim.sandbox.patients.get(pid)
    if found is not None:
        return pick(found.ref.name, lang)
    ref = sim.sandbox.reference.patients.get(pid)
    return pick(ref.name, lang) if ref is not None else pid


def _value(sim: SimAttempt, key: str, value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return words.say(f"practical.value.{'yes' if value else 'no'}", lang)
    if isinstance(value, list):
        return "、".join(_value(sim, key, v, lang) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_value(sim, 'drug', k, lang)} {_value(sim, key, v, lang)}"
                         for k, v in value.items())
    text = str(value)
    lookups = {"patient": lambda: _patient(sim, text, lang),
               "order": lambda: _order(sim, text, lang),
               "drug": lambda: _code(sim, "drugs", text, lang),
               "route": lambda: _code(sim, "routes", text, lang),
               "freq": lambda: _code(sim, "frequencies", text, lang),
               "dept": lambda: _code(sim, "departments", text, lang),
               "ward": lambda: ward_name(text, lang),
               "to_ward": lambda: ward_name(text, lang)}
    if key in lookups:
        return lookups[key]()
    if text in VALUES:
        return words.say(f"practical.value.{text}", lang)
    return text


def argument_words(sim_before: SimAttempt, args: dict[str, Any], lang: str
                   ) -> list[tuple[str, str]]:
    """``(label, value)`` for each argument, in the hospital's words."""
    return [(words.say(f"practical.arg.{key}", lang) if key in ARGS else key,
             _value(sim_before, key, value, lang)) for key, value in args.items()]


def step_words(sim_before: SimAttempt, cmd: str, args: dict[str, Any], lang: str) -> str:
    """The command and its arguments as one line."""
    said = "; ".join(f"{label}: {value}" for label, value in
                     argument_words(sim_before, args, lang))
    return f"{command_name(cmd, lang)} — {said}" if said else command_name(cmd, lang)


def steps_in_words(loaded: LoadedScenario, commands: list[tuple[int, str, dict[str, Any]]],
                   lang: str) -> list[str]:
    """Every step of an attempt in words, each read against the state before it."""
    sim = SimAttempt(loaded.scenario, loaded.reference)
    out = []
    for t, cmd, args in commands:
        out.append(step_words(sim, cmd, args, lang))
        sim.apply(t, cmd, args)
    return out
