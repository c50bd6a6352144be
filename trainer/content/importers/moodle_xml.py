"""Import Moodle XML (``<quiz>`` files from Moodle's question bank export).

``<question type="category">`` sets the knowledge point of the questions after it and
``<name>`` becomes the item id; multichoice (single or multiple answers with fractions),
truefalse, shortanswer (→ fill_in), essay (→ short_answer), numerical (with tolerance) and
matching are imported; every other type is skipped and listed. HTML texts
are sanitised with nh3 and kept as plain text. Every problem names the line of its
``<question>``.

May import: trainer.errors, trainer.content, the standard library.
"""

from __future__ import annotations

import math
from pathlib import Path

from trainer.content.importers.common import (
    BankHeader,
    ImportOptions,
    ImportResult,
    Skipped,
    assemble,
    bank_identifier,
    knowledge_point_from_category,
    to_text,
)
from trainer.content.importers.moodle_questions import (
    SUPPORTED,
    MoodleAnswer,
    MoodleQuestion,
    to_draft,
)
from trainer.content.importers.safexml import Element, XmlError, parse
from trainer.errors import Problem

#: Largest file we read; Moodle exports of a hospital's banks are far smaller.
MAX_BYTES = 50 * 1024 * 1024


class _Invalid(Exception):
    pass


def _text(element: Element | None, default_format: str = "html") -> str:
    """Plain text of a Moodle ``<… format="…"><text>…</text></…>`` element."""
    if element is None:
        return ""
    return to_text(element.text_at("text"), element.attrs.get("format", default_format))


def _fraction(answer: Element) -> float:
    raw = answer.attrs.get("fraction", "0")
    try:
        value = float(raw)
    except ValueError:
        raise _Invalid(f"answer fraction {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise _Invalid(f"answer fraction {raw!r} is not a number")
    return value


def _tolerance(answer: Element) -> float:
    raw = answer.text_at("tolerance").strip() or "0"
    try:
        value = float(raw)
    except ValueError:
        raise _Invalid(f"tolerance {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise _Invalid(f"tolerance {raw!r} is not a number")
    return value


def _answers(question: Element, text_format: str, numerical: bool = False
             ) -> list[MoodleAnswer]:
    return [
        MoodleAnswer(_text(a, text_format), _fraction(a), _text(a.find("feedback")),
                     _tolerance(a) if numerical else 0.0)
        for a in question.findall("answer")
    ]


def _pairs(question: Element) -> list[tuple[str, str]]:
    return [(_text(sub), sub.text_at("answer", "text").strip())
            for sub in question.findall("subquestion")]


def _question(element: Element, kind: str, kp: str | None) -> MoodleQuestion:
    question_text = element.find("questiontext")
    text_format = question_text.attrs.get("format", "html") if question_text is not None else "html"
    q = MoodleQuestion(
        kind=kind,
        line=element.line,
        # Moodle's ID number when set (made for this), else the question name
        name=element.text_at("idnumber").strip() or element.text_at("name", "text").strip(),
        stem=_text(question_text),
        general_feedback=_text(element.find("generalfeedback")),
        grader_info=_text(element.find("graderinfo")),
        knowledge_point=kp,
    )
    if kind == "matching":
        q.pairs = _pairs(element)
    elif kind == "numerical":
        q.answers = _answers(element, "plain_text", numerical=True)
    elif kind != "essay":
        q.answers = _answers(element, "plain_text" if kind == "truefalse" else text_format)
    if kind == "multichoice":
        q.single = element.text_at("single").strip().lower() not in ("false", "0")
    return q


def read_questions(root: Element, file: str) -> tuple[list[tuple[int, MoodleQuestion]],
                                                      list[Problem], list[Skipped]]:
    """Every supported question under ``<quiz>``, with its ordinal; problems; skipped."""
    found: list[tuple[int, MoodleQuestion]] = []
    problems: list[Problem] = []
    skipped: list[Skipped] = []
    kp: str | None = None
    ordinal = 0
    for element in root.findall("question"):
        kind = element.attrs.get("type", "")
        if kind == "category":
            kp = knowledge_point_from_category(element.text_at("category", "text"))
            continue
        ordinal += 1
        name = element.text_at("name", "text").strip()
        if kind not in SUPPORTED:
            reason = (f"{kind} questions are not supported" if kind
                      else "the question has no type")
            skipped.append(Skipped(file, element.line, name, kind or "question", reason))
            continue
        try:
            found.append((ordinal, _question(element, kind, kp)))
        except _Invalid as exc:
            problems.append(Problem(file, element.line, "answer", str(exc),
                                    "import.moodle_xml"))
    return found, problems, skipped


def parse_moodle_xml(data: bytes, file: str, options: ImportOptions) -> ImportResult:
    """Import Moodle XML ``data``; ``file`` names it in problems and each item's source."""
    try:
        root = parse(data)
    except XmlError as exc:
        return None, [Problem(file, exc.line, "", str(exc), "import.xml_syntax")], []
    if root.tag != "quiz":
        return None, [Problem(file, root.line, "", f"expected a Moodle <quiz> document, found "
                              f"<{root.tag}>", "import.not_moodle_xml")], []
    questions, problems, skipped = read_questions(root, file)
    if not questions:
        if not problems and not skipped:
            problems.append(Problem(file, None, "", "no questions found", "import.empty"))
        return None, problems, skipped
    stem = Path(file).stem
    header = BankHeader(options.bank_id or bank_identifier(stem), {options.lang: stem or "Moodle"})
    drafts = [to_draft(q, n, options.lang) for n, q in questions]
    bank, found = assemble(drafts, file, options, header)
    return bank, problems + found, skipped


def import_moodle_xml(path: Path, options: ImportOptions) -> ImportResult:
    """Import a Moodle XML file."""
    file = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [Problem(file, None, "", f"cannot read file: {exc.strerror or exc}",
                              "content.unreadable")], []
    if len(data) > MAX_BYTES:
        return None, [Problem(file, None, "", "file too large", "content.too_large")], []
    return parse_moodle_xml(data, file, options)
