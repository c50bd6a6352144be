"""Words for the simulator: every refusal code and the `sim` command's report, in the
trainee's language.

English templates here (``words.define``); Chinese in ``trainer/i18n/zh_CN/sim.json`` — the HIS's
own wording where it has one ("同种药品超过5个 请添加新处方", "库存不足"). :func:`refusal` is what
`sim run` and the stations show for a refused command; :func:`review_alert` is what the
pharmacist's 审方 screen shows for an alert (Chinese in ``zh_CN/pharmacy.json``).

May import: trainer.words, the standard library.
"""

from __future__ import annotations

from typing import Any

from trainer import words

REFUSALS: dict[str, str] = {
    "alert_needs_reason": "Safety alert ({alerts}): give a reason to continue",
    "allergy":
        "Allergy: the patient is recorded as allergic to this drug's class — cannot prescribe",
    "allergy_removal_needs_reason": "Removing a recorded allergy needs a reason",
    "already_executed": "This order has already been executed",
    "already_registered": "The patient is already registered in this department today",
    "attempt_finished": "The attempt is finished",
    "bad_argument": "Invalid value for {argument} (expected {expected})",
    "bad_time": "Invalid time stamp",
    "batch_quarantined": "This batch has been taken off the shelf",
    "bed_not_identifier": "A bed number is not an identifier: use name, date of birth, ID number…",
    "controlled_day_limit": "Over the day limit for this controlled drug",
    "controlled_needs_special_rx": "This controlled drug needs its special prescription form",
    "cross_allergy":
        "Penicillin allergy recorded: doctor's assessment needed (请医生评估) — give the reason",
    "cross_allergy_severe": "Severe penicillin allergy recorded: cephalosporins are not allowed",
    "date_format": "Date format: write the date of birth as YYYY-MM-DD (e.g. 1952-07-19)",
    "days_over_limit": "Over the usual days of supply: give the reason",
    "duplicate_diagnosis": "This diagnosis is already on the visit",
    "duplicate_drug": "This drug is already on the prescription",
    "duplicate_id": "This id is already in use",
    "duplicate_therapy": "Duplicate therapy: the patient already takes a drug of the same class",
    "group_mismatch": "Drugs of one group must share route and frequency",
    "identity_mismatch": "Identity does not match the record ({fields})",
    "implausible_value": "Implausible value for {field}: check what you typed",
    "insufficient_payment": "Amount received is less than the amount due",
    "interaction": "Drug interaction with the patient's other drugs: give the reason",
    "invoice_not_paid": "The invoice is not paid",
    "invoice_not_unpaid": "The invoice is already settled",
    "malformed_line": "Unreadable line in the command log",
    "max_daily_dose": "Over the maximum daily dose — cannot prescribe",
    "missing_argument": "Missing: {argument}",
    "no_next_leg": "There is no next station to hand over to",
    "no_supervisor_logged_in": "No supervisor is logged in",
    "not_a_supervisor": "This staff member is not a supervisor",
    "not_approved": "The prescription has not been approved",
    "not_dispensed": "This drug was not dispensed on this prescription",
    "not_on_rx": "This drug is not on the prescription",
    "not_paid": "The prescription has not been paid",
    "not_waiting": "The patient is not waiting",
    "nothing_to_charge": "Nothing to charge for this patient",
    "order_not_active": "The order is stopped or cancelled",
    "order_not_cancellable": "The order cannot be cancelled",
    "order_not_new": "The order has already been handled",
    "out_of_stock": "Insufficient stock",
    "reason_required": "Reason required",
    "refund_closed": "The refund has already been closed",
    "return_exceeds_dispensed": "More returned than was dispensed",
    "rx_empty": "The prescription has no drugs",
    "rx_full": "More than 5 drugs on one prescription: start a new one",
    "rx_locked": "The prescription is paid or dispensed and cannot be voided",
    "rx_not_draft": "The prescription is already signed",
    "rx_not_signed": "The prescription is not waiting for review",
    "scan_mismatch": "PDA alarm: this drug belongs to another patient",
    "scan_wristband_first": "Scan the wristband first",
    "skin_test_positive": "Positive skin test: this drug cannot be used",
    "skin_test_required": "Skin test required: order one or give the reason",
    "supervisor_logged_in": "A supervisor is logged in: the supervisor logs out first",
    "supervisor_login_required": "Supervisor approval: the supervisor logs in on this PC",
    "time_limit_exceeded": "Time is up",
    "time_went_backwards": "Time stamp earlier than the previous line",
    "too_few_identifiers": "Check at least two identifiers",
    "unit_mismatch": "The dose unit does not match the drug",
    "unknown_allergy_class": "Unknown allergy class",
    "unknown_argument": "Unknown field(s): {arguments}",
    "unknown_batch": "Unknown batch",
    "unknown_card": "Unknown card",
    "unknown_command": "Unknown command",
    "unknown_department": "Unknown department",
    "unknown_diagnosis": "Unknown diagnosis code",
    "unknown_drug": "Not in the formulary",
    "unknown_frequency": "Unknown frequency",
    "unknown_invoice": "Unknown invoice",
    "unknown_order": "Unknown order",
    "unknown_patient": "Unknown patient",
    "unknown_refund": "Unknown refund",
    "unknown_route": "Unknown route",
    "unknown_rx": "Unknown prescription",
    "unknown_visit": "Unknown visit",
    "unknown_wristband": "Unknown wristband",
    "visit_closed": "The visit is closed",
    "visit_not_started": "Start the visit first",
    "wrong_route": "This route is not allowed for the drug",
    "wrong_station": "Not available at this station",
}

#: What the pharmacist's review screen (审方系统) says for each alert code of
#: :func:`trainer.sim.safety.review_alerts` — the same checks the doctor's screen refuses or
#: asks a reason for, worded for the pharmacist who approves or returns the prescription.
REVIEW_ALERTS: dict[str, str] = {
    "allergy": "Review system: the patient is allergic to this drug's class",
    "cross_allergy_severe":
        "Review system: severe penicillin allergy recorded — cephalosporins are contraindicated",
    "cross_allergy": "Review system: penicillin allergy recorded — check the prescriber's "
                     "assessment",
    "wrong_route": "Review system: the route is not suitable for this drug",
    "skin_test_positive": "Review system: positive skin test recorded for this drug",
    "skin_test_required": "Review system: skin test required — check that a result is recorded",
    "controlled_needs_special_rx":
        "Review system: a narcotic/psychotropic drug not on its special prescription form",
    "controlled_day_limit": "Review system: over the supply limit for this controlled drug",
    "unit_mismatch": "Review system: the dose unit does not match the drug's strength",
    "max_daily_dose": "Review system: over the maximum daily dose",
    "duplicate_therapy": "Review system: duplicate therapy — two drugs of the same class",
    "interaction": "Review system: interaction with the patient's other drugs",
    "days_over_limit": "Review system: over the usual days of supply",
    "out_of_stock": "Review system: not enough stock",
}
REVIEW_WORDS: dict[str, str] = {
    "sim.review.prescriber_reason": "{alert} (prescriber's reason: {reason})",
    "sim.review.other": "Review system: {alert}",
}

REPORT: dict[str, str] = {
    "sim.cli.header_pass":
        "scenario {scenario}: score {score}/100 (pass mark {pass_mark}) — PASS",
    "sim.cli.header_fail":
        "scenario {scenario}: score {score}/100 (pass mark {pass_mark}) — FAIL",
    "sim.cli.critical": "CRITICAL ERROR {id}: {text}",
    "sim.cli.leg_pass": "leg {n} ({role}): score {score} — PASS",
    "sim.cli.leg_fail": "leg {n} ({role}): score {score} — FAIL",
    "sim.cli.check_met": "[met]     {id} ({weight}): {text}",
    "sim.cli.check_unmet": "[NOT MET] {id} ({weight}): {text}",
    "sim.cli.efficiency":
        "efficiency: {seconds} s, {commands} commands, {refused} refused, {detours} detours",
    "sim.cli.expert": "expert: {commands} commands, {seconds} s",
    "sim.cli.refused": "refused #{seq} {cmd}: {message}",
    "sim.cli.review": "reviewed by {by} on {at} — not a clinical sign-off",
    "sim.cli.review_clinical": "reviewed by {by} on {at} (clinical sign-off)",
    "sim.cli.unreviewed": "no sign-off recorded",
}

words.define_many({f"sim.{code}": text for code, text in REFUSALS.items()})
words.define_many(REPORT)
words.define_many({f"sim.review.{code}": text for code, text in REVIEW_ALERTS.items()})
words.define_many(REVIEW_WORDS)


def refusal(code: str | None, lang: str, facts: dict[str, Any] | None = None) -> str:
    """The refusal in ``lang`` (facts that are lists read as comma-separated text)."""
    shown = {k: ", ".join(map(str, v)) if isinstance(v, list | tuple) else v
             for k, v in (facts or {}).items()}
    return words.say(f"sim.{code or 'unknown_command'}", lang, **shown)


def review_alert(code: str, lang: str, reason: str = "") -> str:
    """An alert of the pharmacist's review screen in ``lang`` (审方系统提示：…), with the
    prescriber's reason when the doctor overrode it with one."""
    if code in REVIEW_ALERTS:
        said = words.say(f"sim.review.{code}", lang)
    else:
        said = words.say("sim.review.other", lang, alert=refusal(code, lang))
    if reason:
        said = words.say("sim.review.prescriber_reason", lang, alert=said, reason=reason)
    return said
