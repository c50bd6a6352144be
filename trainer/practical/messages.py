"""Words for the practical exam's refusals and statuses (Chinese in i18n/zh_CN/practical.json).

May import: trainer.words.
"""

from __future__ import annotations

from trainer import words

words.define_many({
    "practical.no_exam": "There is no practical exam for {module}.",
    "practical.unknown_attempt": "There is no such practical attempt.",
    "practical.not_finished": "The attempt is still running.",
    "practical.self_marking": "You cannot mark or sign off your own attempt.",
    "practical.proctor_marking": "You proctored this attempt; this hospital does not let "
                                 "the proctor sign it off.",
    "practical.reason_required": "Write why you change the automatic verdict.",
    "practical.already_marked": "You have already marked this attempt.",
    "practical.already_signed": "This attempt is already signed off.",
    "practical.marks_complete": "Two trainers have marked this attempt already.",
    "practical.needs_adjudication": "The two marks disagree: a third trainer must adjudicate.",
    "practical.not_in_adjudication": "This attempt does not need adjudication.",
    "practical.adjudicator_marked": "An adjudicator must be a trainer who has not marked it.",
    "practical.nothing_to_sign": "Mark the attempt before signing it off.",
    "practical.unknown_rubric": "Unknown rubric item {item}.",
    "practical.bad_score": "A score is between 0 and 100.",
    "practical.scenario_changed": "The scenario has changed since this attempt "
                                  "(version {pinned}, now {current}); it cannot be replayed.",
    "practical.flagged": "The service's re-run of this attempt disagrees with its log or "
                         "result: a trainer must review it; it cannot be signed off.",
    "practical.status.flagged": "Flagged by the service",
    "practical.reason.log_twins": "a command number appears twice in the log",
    "practical.reason.log_gap": "commands are missing from the log",
    "practical.reason.log_foreign": "commands came from another PC or person",
    "practical.reason.log_scenario": "commands name another scenario or attempt",
    "practical.reason.log_order": "commands are not in the order they were recorded",
    "practical.reason.log_chain": "the log was changed after it was recorded",
    "practical.reason.log_digest": "the log does not end where the finish says",
    "practical.reason.log_replay": "the simulator does not accept or refuse the commands "
                                   "as recorded",
    "practical.reason.result_differs": "the service's grade differs from the provisional result",
    "practical.reason.log_late": "commands arrived after the service had checked the attempt",
    "practical.status.running": "Running",
    "practical.status.provisional": "Provisional — not marked",
    "practical.status.marked": "Marked once",
    "practical.status.agreed": "Two marks agree",
    "practical.status.adjudication": "Waiting for adjudication",
    "practical.status.adjudicated": "Adjudicated",
    "practical.status.signed_off": "Signed off",
})
