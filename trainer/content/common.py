"""Pydantic building blocks shared by every content format.

May import: trainer.vocabulary, pydantic.
"""

from __future__ import annotations

import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from trainer.vocabulary import LANGUAGES

#: An identifier usable in file names, URLs and event payloads.
Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,79}$", strip_whitespace=False)
]

NonEmptyText = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


def _check_languages(value: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"unknown language(s) {', '.join(unknown)}; use {', '.join(LANGUAGES)}")
    if not value:
        raise ValueError("text needed in at least one language")
    empty = sorted(k for k, v in value.items() if not v.strip())
    if empty:
        raise ValueError(f"empty text for {', '.join(empty)}")
    return value


#: Text in one or more languages: ``{zh_CN: "…", en: "…"}``.
LocalText = Annotated[dict[str, str], AfterValidator(_check_languages)]


def pick(text: dict[str, str], lang: str) -> str:
    """The text in ``lang``, else Chinese, else whatever language there is."""
    return text.get(lang) or text.get("zh_CN") or next(iter(text.values()), "")


def missing_languages(text: dict[str, str]) -> list[str]:
    """Languages that shipped content must have but ``text`` lacks."""
    return [lang for lang in LANGUAGES if lang not in text]


class Strict(BaseModel):
    """Base for content models: unknown fields are errors (catches typos), data frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Review(Strict):
    """Clinical sign-off of a bank: who reviewed it and when (shown to trainers)."""

    reviewed_by: NonEmptyText
    reviewed_at: datetime.date
    note: str = ""
