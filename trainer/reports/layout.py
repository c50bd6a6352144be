"""Small layout helpers shared by the documents: line wrapping that works for Chinese
(no spaces between words) and English alike, and label translation.

May import: reportlab, ``trainer.words``.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from trainer import words

_TOKENS = re.compile(r"[A-Za-z0-9À-ɏ'’.,;:!?()\-/%]+\s*|\s+|.", re.DOTALL)


def tr(english: str, lang: str) -> str:
    """A document label in ``lang`` (dictionaries in ``trainer/i18n/zh_CN/*.json``)."""
    return words.translate(english, lang)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy lines no wider than ``width``: Latin words stay whole, CJK breaks anywhere."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        candidate = line + token
        if line and stringWidth(candidate.rstrip(), font, size) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines
