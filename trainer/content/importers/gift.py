"""Import Moodle's GIFT text format.

Questions are separated by blank lines; ``//`` lines are comments; ``$CATEGORY:`` sets the
knowledge point of the questions after it; ``::name::`` becomes the item id. Supported:
multiple choice (``=``/``~``, weights ``~%50%``), true/false (``{T}``,
``{FALSE#wrong#right}``), short answer (``{=a =%75%b}`` → fill_in with partial answers,
also the missing-word form), essay (``{}`` → short_answer), matching (``{=a -> b}``) and
numerical (``{#1822:2}``, ``{#3.141..3.142}``, ``{# =1822:0 =%50%1822:2}``). Descriptions
are skipped and listed. Every problem names the line where its question starts.

May import: trainer.errors, trainer.content, the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from trainer.content.banks import BLANK
from trainer.content.importers.common import (
    BankHeader,
    Draft,
    ImportOptions,
    ImportResult,
    Skipped,
    assemble,
    bank_identifier,
    knowledge_point_from_category,
    to_text,
)
from trainer.content.importers.moodle_questions import MoodleAnswer, MoodleQuestion, to_draft
from trainer.content.yamlsource import read_text
from trainer.errors import ContentError, Problem

_ESCAPABLE = "~=#{}:\\"
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}


class GiftError(Exception):
    """A question that cannot be read; the message says why."""


def find_unescaped(text: str, sub: str, start: int = 0) -> int:
    """Index of ``sub`` in ``text`` from ``start``, skipping backslash escapes; -1 if absent."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(sub, i):
            return i
        i += 1
    return -1


def unescape(text: str) -> str:
    r"""Undo GIFT escapes: ``\~ \= \# \{ \} \: \\`` and ``\n`` (a line break)."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt == "n" else nxt if nxt in _ESCAPABLE else ch + nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(first line, text) of each blank-line separated block, comments removed."""
    lines: list[str] = []
    start = 1
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if lines:
                yield start, "\n".join(lines)
            lines = []
            continue
        if not lines:
            start = number
        lines.append(line)
    if lines:
        yield start, "\n".join(lines)


def _split_answers(block: str) -> list[tuple[str, str]]:
    """``=a ~b#fb`` → [("=", "a "), ("~", "b#fb")]."""
    marks, i = [], 0
    while i < len(block):
        if block[i] == "\\":
            i += 2
            continue
        if block[i] in "=~":
            marks.append(i)
        i += 1
    if not marks:
        raise GiftError("no answers in the answer block (start each with = or ~)")
    if block[: marks[0]].strip():
        raise GiftError("text before the first answer (answers start with = or ~)")
    ends = [*marks[1:], len(block)]
    return [(block[m], block[m + 1 : end]) for m, end in zip(marks, ends, strict=True)]


def _answer(marker: str, body: str, fmt: str) -> MoodleAnswer:
    fraction = 100.0 if marker == "=" else 0.0
    weight = _WEIGHT.match(body)
    if weight:
        fraction = float(weight.group(1))
        body = body[weight.end():]
    cut = find_unescaped(body, "#")
    text, feedback = (body, "") if cut < 0 else (body[:cut], body[cut + 1:])
    return MoodleAnswer(to_text(unescape(text), fmt), fraction, to_text(unescape(feedback), fmt))


def _true_false(q: MoodleQuestion, block: str, fmt: str) -> bool:
    cut = find_unescaped(block, "#")
    head = (block if cut < 0 else block[:cut]).strip().upper()
    if head not in _TF:
        return False
    feedback = [] if cut < 0 else [block[cut + 1:]]
    if feedback:
        mid = find_unescaped(feedback[0], "#")
        feedback = [feedback[0]] if mid < 0 else [feedback[0][:mid], feedback[0][mid + 1:]]
    wrong_fb, right_fb = ([*feedback, "", ""])[:2]
    truth = _TF[head]
    q.kind = "truefalse"
    q.answers = [MoodleAnswer(str(truth).lower(), 100.0, to_text(unescape(right_fb), fmt)),
                 MoodleAnswer(str(not truth).lower(), 0.0, to_text(unescape(wrong_fb), fmt))]
    return True


def _number_answer(body: str, fraction: float, fmt: str) -> MoodleAnswer:
    """``1822:2#feedback`` or ``3.141..3.142`` → value, tolerance, fraction, feedback."""
    cut = find_unescaped(body, "#")
    spec, feedback = (body, "") if cut < 0 else (body[:cut], body[cut + 1:])
    spec = unescape(spec).strip()
    try:
        if ".." in spec:
            low, high = (float(x) for x in spec.split("..", 1))
            value, tolerance = (low + high) / 2, abs(high - low) / 2
        else:
            number, _, tol = spec.partition(":")
            value, tolerance = float(number), float(tol) if tol.strip() else 0.0
    except ValueError:
        raise GiftError(f"numerical answer {spec!r} is not a number, number:tolerance or "
                        "low..high") from None
    return MoodleAnswer(repr(value), fraction, to_text(unescape(feedback), fmt), tolerance)


def _numerical(q: MoodleQuestion, block: str, fmt: str) -> None:
    """``{#1822:1}``, ``{#3.141..3.142}`` or ``{# =1822:0 =%50%1822:2}``."""
    body = block.strip()[1:]
    q.kind = "numerical"
    if find_unescaped(body, "=") < 0:
        q.answers = [_number_answer(body, 100.0, fmt)]
        return
    q.answers = []
    for marker, part in _split_answers(body.strip()):
        fraction = 100.0 if marker == "=" else 0.0
        weight = _WEIGHT.match(part)
        if weight:
            fraction, part = float(weight.group(1)), part[weight.end():]
        q.answers.append(_number_answer(part, fraction, fmt))


def _matching(q: MoodleQuestion, parts: list[tuple[str, str]], fmt: str) -> None:
    q.kind = "matching"
    for marker, body in parts:
        arrow = find_unescaped(body, "->")
        if marker != "=" or arrow < 0:
            raise GiftError("a matching question has only =stem -> answer pairs")
        q.pairs.append((to_text(unescape(body[:arrow]), fmt),
                        to_text(unescape(body[arrow + 2:]), fmt)))


def _classify(q: MoodleQuestion, block: str, fmt: str) -> str | None:
    """Fill in ``q`` from its answer block; return the kind of an unsupported question."""
    stripped = block.strip()
    if not stripped:
        q.kind = "essay"
        return None
    if stripped.startswith("#"):
        _numerical(q, stripped, fmt)
        return None
    if _true_false(q, stripped, fmt):
        return None
    parts = _split_answers(stripped)
    if any(marker == "=" and find_unescaped(body, "->") >= 0 for marker, body in parts):
        _matching(q, parts, fmt)
        return None
    q.answers = [_answer(marker, body, fmt) for marker, body in parts]
    if any(marker == "~" for marker, _ in parts):
        q.kind = "multichoice"
        # one answer at 100 % (GIFT's "="): single choice, other fractions partial credit;
        # none right at all is single too (and reported: it needs a right answer)
        full = sum(1 for a in q.answers if a.fraction >= 100)
        q.single = full == 1 or not any(a.fraction > 0 for a in q.answers)
    else:
        q.kind = "shortanswer"
    return None


def _title_and_rest(chunk: str) -> tuple[str, str]:
    if not chunk.startswith("::"):
        return "", chunk
    end = find_unescaped(chunk, "::", 2)
    if end < 0:
        raise GiftError("the title is not closed with ::")
    return unescape(chunk[2:end]).strip(), chunk[end + 2:]


def _question(start: int, chunk: str, kp: str | None) -> MoodleQuestion | Skipped:
    """A supported question or a skipped one; :class:`GiftError` when unreadable."""
    name, rest = _title_and_rest(chunk)
    rest = rest.strip()
    fmt = "moodle"
    marker = _FORMAT.match(rest)
    if marker:
        fmt, rest = marker.group(1).lower(), rest[marker.end():]
    fmt = "html" if fmt == "html" else "plain_text" if fmt in ("plain", "markdown") else fmt
    open_at = find_unescaped(rest, "{")
    if open_at < 0:
        return Skipped("", start, name, "description", "a text without an answer block is a "
                       "Moodle description, not a question")
    close_at = find_unescaped(rest, "}", open_at + 1)
    if close_at < 0:
        raise GiftError("the answer block is not closed with }")
    after = rest[close_at + 1:]
    if find_unescaped(after, "{") >= 0:
        raise GiftError("more than one answer block (embedded answers are not supported)")
    block = rest[open_at + 1 : close_at]
    general = ""
    cut = find_unescaped(block, "####")
    if cut >= 0:
        block, general = block[:cut], to_text(unescape(block[cut + 4:]), fmt)
    stem_raw = rest[:open_at] + (BLANK + after if after.strip() else "")
    q = MoodleQuestion("", start, name, to_text(unescape(stem_raw), fmt),
                       general_feedback=general, knowledge_point=kp)
    unsupported = _classify(q, block, fmt)
    if unsupported:
        return Skipped("", start, name, unsupported, f"{unsupported} questions are not supported")
    return q


def read_questions(text: str, file: str) -> tuple[list[tuple[int, MoodleQuestion]],
                                                  list[Problem], list[Skipped]]:
    """Every question in a GIFT text, with its ordinal; problems and skipped questions."""
    found: list[tuple[int, MoodleQuestion]] = []
    problems: list[Problem] = []
    skipped: list[Skipped] = []
    kp: str | None = None
    ordinal = 0
    for start, chunk in _chunks(text):
        line, body = start, chunk
        if body.lstrip().upper().startswith("$CATEGORY:"):
            first, _, body = body.partition("\n")
            kp = knowledge_point_from_category(first.split(":", 1)[1])
            line += 1
            if not body.strip():
                continue
        ordinal += 1
        try:
            result = _question(line, body.strip(), kp)
        except GiftError as exc:
            problems.append(Problem(file, line, "", str(exc), "import.gift_syntax"))
            continue
        if isinstance(result, Skipped):
            skipped.append(Skipped(file, line, result.name, result.kind, result.reason))
        else:
            found.append((ordinal, result))
    return found, problems, skipped


def parse_gift(text: str, file: str, options: ImportOptions) -> ImportResult:
    """Import GIFT ``text``; ``file`` names it in problems and in each item's source."""
    questions, problems, skipped = read_questions(text, file)
    drafts: list[Draft] = [to_draft(q, n, options.lang) for n, q in questions]
    stem = Path(file).stem
    header = BankHeader(options.bank_id or bank_identifier(stem), {options.lang: stem or "GIFT"})
    if not drafts:
        if not problems and not skipped:
            problems.append(Problem(file, None, "", "no questions found", "import.empty"))
        return None, problems, skipped
    bank, found = assemble(drafts, file, options, header)
    return bank, problems + found, skipped


def import_gift(path: Path, options: ImportOptions) -> ImportResult:
    """Import a ``.gift``/``.txt`` file (UTF-8)."""
    file = str(path)
    try:
        text = read_text(path, file)
    except ContentError as exc:
        return None, list(exc.problems), []
    return parse_gift(text, file, options)
