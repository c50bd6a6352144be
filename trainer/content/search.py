"""Search across courses and the knowledge base (FAQ, shortcuts), in memory.

Why in memory: the content is small (a few hundred sections), and SQLite FTS5's trigram
tokenizer finds nothing for two-character Chinese terms such as 医嘱, 处方 or 退费 —
which are most Chinese search terms (ARCHITECTURE §9). Here a query is split on white
space into terms; a section matches when every term occurs in its title or text, in any
language of the course. Matching is a plain substring test after Unicode NFKC and case
folding, so Chinese needs no word segmentation, 医嘱 matches 医嘱审核, and full-width
letters match half-width ones.

A hit carries a snippet: the text around the first match, cut into marked and unmarked
parts, so the GUI can highlight the terms without parsing anything.

May import: trainer.content.courses, the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from trainer.content.courses import Course

#: Characters of context shown on each side of the first match.
CONTEXT = 36
#: At most this many hits are returned.
LIMIT = 100

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE)
_EMPHASIS = re.compile(r"[*`]+")
_MARKS = re.compile(r"[#>|]+|\{#[^}]*\}")
_SPACE = re.compile(r"\s+")


def plain_text(markdown_text: str) -> str:
    """Readable text of a Markdown section: links become their words, markup goes."""
    text = _LINK.sub(r"\1", markdown_text)
    text = _TAG.sub("", text)
    text = _TABLE_RULE.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = _MARKS.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` NFKC-normalised and case-folded, with each folded character's position in
    ``text`` (folding can change lengths: ``㎎`` → ``mg``)."""
    if unicodedata.is_normalized("NFKC", text):
        folded = text.casefold()
        if len(folded) == len(text):  # casefold never drops a character: all one to one
            return folded, list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char).casefold()
        out.append(folded)
        where.extend([index] * len(folded))
    return "".join(out), where


def query_terms(query: str) -> tuple[str, ...]:
    """The folded, distinct terms of a query, longest first (so longer ones win overlaps)."""
    folded, _ = fold(query)
    terms = dict.fromkeys(t for t in folded.split() if t)
    return tuple(sorted(terms, key=len, reverse=True))


@dataclass(frozen=True)
class Snippet:
    """Context around a match: ``parts`` alternate as ``(text, is_match)``."""

    parts: tuple[tuple[str, bool], ...]
    cut_before: bool
    cut_after: bool

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True)
class Hit:
    course_id: str
    course_kind: str
    course_title: str
    section_id: str
    section_title: str
    lang: str
    snippet: Snippet
    score: float


@dataclass(frozen=True)
class _Entry:
    course: Course
    lang: str
    section_id: str
    section_title: str
    text: str
    folded_title: str
    folded_text: str
    positions: tuple[int, ...]


class SearchIndex:
    """Every section of ``courses`` in every language, ready for substring search."""

    def __init__(self, courses: Iterable[Course]) -> None:
        entries: list[_Entry] = []
        for course in courses:
            for lang, text in course.texts.items():
                for section in text.sections:
                    plain = plain_text(section.text)
                    folded, positions = fold(plain)
                    entries.append(
                        _Entry(
                            course,
                            lang,
                            section.id,
                            section.title,
                            plain,
                            fold(section.title)[0],
                            folded,
                            tuple(positions),
                        )
                    )
        self._entries = tuple(entries)

    def search(
        self,
        query: str,
        lang: str,
        course_ids: Collection[str] | None = None,
        limit: int = LIMIT,
    ) -> list[Hit]:
        """Sections matching every term of ``query``, best first, one hit per section
        (in ``lang`` when that language matches, else in the language that does)."""
        terms = query_terms(query)
        if not terms:
            return []
        best: dict[tuple[str, str], Hit] = {}
        for entry in self._entries:
            if course_ids is not None and entry.course.id not in course_ids:
                continue
            score = _score(entry, terms)
            if score is None:
                continue
            if entry.lang == lang:
                score += 0.5  # the reader's language first
            key = (entry.course.id, entry.section_id)
            if key not in best or best[key].score < score:
                best[key] = _hit(entry, terms, score)
        ranked = sorted(best.values(), key=lambda h: (-h.score, h.course_id, h.section_id))
        return ranked[:limit]


def _score(entry: _Entry, terms: tuple[str, ...]) -> float | None:
    """None unless every term occurs; more for title matches and repeated terms."""
    score = 0.0
    for term in terms:
        in_title = term in entry.folded_title
        count = entry.folded_text.count(term)
        if not in_title and not count:
            return None
        score += (3.0 if in_title else 0.0) + min(count, 5) * 0.2
    if entry.course.kind == "course":
        score += 0.1
    return score


def _hit(entry: _Entry, terms: tuple[str, ...], score: float) -> Hit:
    text = entry.course.texts[entry.lang]
    return Hit(
        entry.course.id,
        entry.course.kind,
        text.title,
        entry.section_id,
        entry.section_title,
        entry.lang,
        make_snippet(entry.text, entry.folded_text, entry.positions, terms),
        score,
    )


def _matches(folded: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` spans of the terms in ``folded``, in order."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            if all(end <= a or start >= b for a, b in spans):
                spans.append((start, end))
            start = folded.find(term, end)
    return sorted(spans)


def make_snippet(
    text: str, folded: str, positions: tuple[int, ...] | list[int], terms: tuple[str, ...]
) -> Snippet:
    """The text around the first match, every match in that window marked."""
    spans = [
        (positions[a], positions[b - 1] + 1) for a, b in _matches(folded, terms)
    ]  # back to positions in the original text
    if not spans:
        cut = len(text) > CONTEXT * 2
        return Snippet(((text[: CONTEXT * 2], False),), False, cut)
    first = spans[0][0]
    start = max(0, first - CONTEXT)
    end = min(len(text), spans[0][1] + CONTEXT * 3)
    parts: list[tuple[str, bool]] = []
    cursor = start
    for a, b in spans:
        if a < cursor or b > end:
            continue
        if a > cursor:
            parts.append((text[cursor:a], False))
        parts.append((text[a:b], True))
        cursor = b
    if cursor < end:
        parts.append((text[cursor:end], False))
    return Snippet(tuple(parts), start > 0, end < len(text))
