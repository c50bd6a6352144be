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
             "shortanswer": "fill_in", "essay": "short_answer", "numerical": "numerical",
             "matching": "matching"}
FULL_MARKS = 99.99  # Moodle writes 100, 100.0000000 …


@dataclass
class MoodleAnswer:
    text: str
    fraction: float  # percent, -100 … 100
    feedback: str = ""
    tolerance: float = 0.0  # numerical answers


@dataclass
class MoodleQuestion:
    kind: str  # multichoice | truefalse | shortanswer | essay | numerical | matching
    line: int
    name: str
    stem: str
    answers: list[MoodleAnswer] = field(default_factory=list)
    single: bool = True
    general_feedback: str = ""
    grader_info: str = ""
    knowledge_point: str | None = None
    pairs: list[tuple[str, str]] = field(default_factory=list)  # matching: stem → answer


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
        if any(a.fraction and a.fraction < FULL_MARKS for a in q.answers):
            # Moodle's partial (or negative) credit on other options: kept as weights
            for option, answer in zip(options, q.answers, strict=True):
                option["weight"] = 100.0 if answer.fraction >= FULL_MARKS else answer.fraction
            data["partial_credit"] = True
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
    partial = [{"text": a.text, "credit": a.fraction} for a in q.answers
               if 0 < a.fraction < FULL_MARKS and a.text.strip()]
    feedback = [a.feedback for a in q.answers if a.feedback]
    data: dict[str, Any] = {
        "type": "fill_in", "answer": {lang: accepted} if accepted else {},
        "explanation": join_feedback([q.general_feedback, *feedback], lang)}
    if partial:
        data["partial_answers"] = partial
    return data


def _essay(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    """An essay goes to the trainers' marking queue, with or without a reference answer."""
    reference = q.grader_info or q.general_feedback
    explanation = q.general_feedback if q.grader_info else ""
    return {"type": "short_answer", "answer": {lang: reference} if reference else None,
            "explanation": join_feedback([explanation], lang)}


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text  # reported by validation: a numerical answer is a number


def _numerical(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    full = [a for a in q.answers if a.fraction >= FULL_MARKS]
    feedback = [a.feedback for a in q.answers if a.feedback]
    data: dict[str, Any] = {"type": "numerical",
                            "explanation": join_feedback([q.general_feedback, *feedback], lang)}
    if full:
        data.update(answer=_number(full[0].text), tolerance=abs(full[0].tolerance))
    others = [a for a in q.answers if a.fraction > 0 and (not full or a is not full[0])]
    if others:
        data["partial_values"] = [{"value": _number(a.text), "tolerance": abs(a.tolerance),
                                   "credit": min(a.fraction, 100.0)} for a in others]
    return data


def _matching(q: MoodleQuestion, lang: str) -> dict[str, Any]:
    """Stems with their answers; the distinct answers become the shared options (an answer
    without a stem is a distractor)."""
    texts: list[str] = []
    for _stem, answer in q.pairs:
        if answer not in texts:
            texts.append(answer)
    keys = string.ascii_uppercase
    options = [{"key": keys[i % 26], "text": {lang: t}} for i, t in enumerate(texts)]
    questions = [{"stem": {lang: stem}, "answer": keys[texts.index(answer) % 26]}
                 for stem, answer in q.pairs if stem.strip()]
    return {"type": "matching", "options": options, "questions": questions,
            "explanation": join_feedback([q.general_feedback], lang)}


def to_draft(q: MoodleQuestion, ordinal: int, lang: str) -> Draft:
    """The bank item a supported Moodle question becomes (validated later)."""
    build = {"multichoice": _choice, "truefalse": _true_false, "shortanswer": _short,
             "essay": _essay, "numerical": _numerical, "matching": _matching}[q.kind]
    data = {"stem": {lang: q.stem}, **build(q, lang)}
    for optional in ("explanation", "answer"):
        if optional in data and data[optional] is None:
            data.pop(optional)
    if q.knowledge_point:
        data["knowledge_point"] = q.knowledge_point
    return Draft(line=q.line, ordinal=ordinal, data=data, name=q.name)
