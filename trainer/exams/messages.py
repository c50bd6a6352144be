"""Words for the exam error codes and statuses (English; Chinese in i18n/zh_CN/exams.json).

May import: trainer.words.
"""

from __future__ import annotations

from trainer import words

words.define_many({
    "exam.not_unlocked": "This exam is not unlocked for you at this PC. Ask a trainer to "
                         "unlock it, or type the sitting code.",
    "exam.identity_not_confirmed": "Confirm who you are before the exam starts.",
    "exam.not_yet": "You cannot sit this exam yet.",
    "exam.no_blueprint": "There is no exam for {module}.",
    "exam.no_practice_items": "There are no practice questions for {module}.",
    "exam.notebook_empty": "The wrong-answer notebook is empty.",
    "exam.bad_code": "That sitting code is not valid.",
    "exam.code_used": "You have already used this sitting's code.",
    "exam.not_on_sitting": "You are not on the list of this sitting.",
    "exam.self_unlock": "A trainer cannot unlock an exam for themselves.",
    "exam.sitting_empty": "Name at least one person for the sitting.",
    "exam.time_up": "The time is up.",
    "exam.paused": "The exam is paused.",
    "exam.already_submitted": "The exam has been submitted.",
    "exam.bad_mark": "A mark is between 0 and 1.",
    "exam.blueprint_shortfall": "Section {section} needs {needed} questions ({criteria}); "
                                "the exam pool has {available}.",
    "exam.no_attempts_left": "No attempts left today.",
    "exam.cooling_down": "Waiting for the cool-down after the last attempt.",
    "exam.retraining_unread": "Retraining courses are still to be read.",
})
