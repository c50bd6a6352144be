"""Words for the service's grading of certifying attempts (issue 17): why an attempt was
held or not certified, and what a networked trainee sees after submitting (English;
Chinese in i18n/zh_CN/grading.json).

May import: trainer.words.
"""

from __future__ import annotations

from trainer import words

words.define_many({
    "grading.submitted": "Submitted — result after grading.",
    "grading.content_missing": "Cannot grade: content version {content_hash} is missing on "
                               "the service.",
    "grading.blueprint_missing": "Cannot grade: the service does not hold this exam's "
                                 "blueprint version.",
    "grading.disagrees": "The result shown on the PC differs from the service's grading.",
    "grading.replayed": "The attempt was sent again (replayed): not certified.",
    "grading.other_device": "Parts of the attempt came from another PC: not certified.",
    "grading.not_unlocked": "No proctor unlocked this attempt for this person at this PC: "
                            "not certified.",
    "grading.unlock_reused": "The proctor's unlock was used for another attempt too: not "
                             "certified.",
    "grading.off_paper": "Answers for questions not on the paper, or after the submission: "
                         "not certified.",
    "grading.not_drawn": "The paper is not one the exam's rules draw: not certified.",
    "grading.refused": "Not certified.",
    "grading.self_attested": "Self-attested: graded on this PC (standalone).",
})
