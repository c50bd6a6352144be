"""Moodle's question model (shared by GIFT and Moodle XML) mapped onto bank items.

Both formats describe the same Moodle questions: answers with a grade *fraction* (percent)
and feedback, a general feedback, grader information for essays. This module turns one
such question into a :class:`Draft`; the mapping rules are in ``docs/formats/importers.md``.

May import: trainer.content.importers.common, the standard library.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any

from trainer.content.importers.common import Draft, join_feedback

#: Moodle question types we import, and the bank type each becomes.
SUPPORTED = {"multichoice": "single/multiple", "truefalse": "true_false",
             "shortanswer": "fill_in", "essay": "short_answer"}
FULL_MARKS = 99.99  # Moodle writes 100, 100.0000000 …


@dataclass
class MoodleAnswer:
    text: str
    fraction: float  # percent, -100 … 100
    feedback: str = ""


@dataclass
class MoodleQuestion:
    kind: str  # multichoice | truefalse | shortanswer | essay
    line: int
    name: str
    stem: str
    answers: list[MoodleAnswer] = field(default_factory=list)
    single: bool = True
    general_feedback: str = ""
    grader_info: str = ""
    knowledge_point: str | None = None


def _choice(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    keys = string.ascii_uppercase
    options: list[dict[str, Any]] = [
        {"key": keys[i % 26], "text": {lang: a.text}} for i, a in enumerate(q.answers)]
    feedback = [f"{keys[i % 26]}. {a.feedback}" for i, a in enumerate(q.answers) if a.feedback]
    data: dict[str, Any] = {"options": options,
                            "explanation": join_feedback([q.general_feedback, *feedback], lang)}
    if q.single:
        full = [keys[i % 26] for i, a in enumerate(q.answers) if a.fraction >= FULL_MARKS]
        data.update(type="single", answer="".join(full))
    else:
        for option, answer in zip(options, q.answers, strict=True):
            option["weight"] = answer.fraction
        positive = [keys[i % 26] for i, a in enumerate(q.answers) if a.fraction > 0]
        data.update(type="multiple", partial_credit=True, answer="".join(positive))
    return data


def _true_false(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    right = [a for a in q.answers if a.fraction >= FULL_MARKS]
    wrong = [a for a in q.answers if a.fraction < FULL_MARKS]
    data: dict[str, Any] = {"type": "true_false", "explanation": join_feedback(
        [q.general_feedback, *(a.feedback for a in right + wrong)], lang)}
    if len(right) == 1 and right[0].text.strip().lower() in ("true", "false"):
        data["answer"] = right[0].text.strip().lower() == "true"
    else:
        data["answer"] = "?"  # reported by validation: the answer must be true or false
    return data


def _short(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    accepted = [a.text for a in q.answers if a.fraction >= FULL_MARKS]
    feedback = [a.feedback for a in q.answers if a.feedback]
    return {"type": "fill_in", "answer": {lang: accepted} if accepted else {},
            "explanation": join_feedback([q.general_feedback, *feedback], lang)}


def _essay(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    reference = q.grader_info or q.general_feedback
    explanation = q.general_feedback if q.grader_info else ""
    return {"type": "short_answer", "answer": {lang: reference} if reference else {},
            "explanation": join_feedback([explanation], lang)}


def to_draft(q: MoodleQuestion, ordinal: int, lang: str) -> Draft:
    """The bank item a supported Moodle question becomes (validated later)."""
    build = {"multichoice": _choice, "truefalse": _true_false, "shortanswer": _short,
             "essay": _essay}[q.kind]
    data = {"stem": {lang: q.stem}, **build(q, lang)}
    if data.get("explanation") is None:
        data.pop("explanation", None)
    if q.knowledge_point:
        data["knowledge_point"] = q.knowledge_point
    return Draft(line=q.line, ordinal=ordinal, data=data)
