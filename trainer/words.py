"""One table of words: what an error code or a status means to a person, in their language.

The core raises errors with codes and facts (``trainer.errors``); the GUI, the CLI and the
simulator's refusals turn them into words here, so every page and every command says the
same thing about the same failure. Each feature defines its own words beside its code::

    from trainer import words
    words.define("sim.rx_full", "More than 5 drugs on one prescription: start a new one")
    words.say("sim.rx_full", "zh_CN")        # → "同种药品超过5个 请添加新处方"

Sources are English templates with ``{fact}`` placeholders (``str.format`` syntax). The
Chinese comes from the reviewed dictionaries ``trainer/i18n/zh_CN/*.json`` (English
template → Chinese template), the same files ``tools/i18n.py`` writes into the Qt ``.ts``
sources, so the CLI translates without Qt and a translator edits one place.

May import: the standard library and ``trainer.resources``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from functools import cache
from typing import Any

from trainer.resources import app_root

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")

_TABLE: dict[str, str] = {}

#: The language :func:`say` uses when none is given (the CLI sets the profile's).
_default_language = "en"

#: Words every layer may need (a background call that failed or was cancelled).
_TABLE.update({
    "operation.failed": "Something went wrong; the details are in the log.",
    "operation.cancelled": "Cancelled.",
})


def use_language(lang: str) -> None:
    """Say words in ``lang`` from now on when no language is given (one-shot processes:
    the CLI sets the profile's language once at start)."""
    global _default_language
    _default_language = lang if lang in LANGUAGES else "en"


def language_of(setting: str) -> str:
    """A language setting (``zh_CN``, ``en`` or ``system``) as a language words exist in;
    ``system`` follows the operating system's locale."""
    if setting in LANGUAGES:
        return setting
    import locale

    name = locale.getlocale()[0] or ""
    return "zh_CN" if name.lower().startswith(("zh", "chinese")) else "en"


def define(code: str, english: str) -> None:
    """Give ``code`` its English template. Defining one code twice differently is a bug."""
    known = _TABLE.get(code)
    if known is not None and known != english:
        raise ValueError(f"word defined twice with different text: {code}")
    _TABLE[code] = english


def define_many(table: Mapping[str, str]) -> None:
    for code, english in table.items():
        define(code, english)


def knows(code: str) -> bool:
    return code in _TABLE


def defined() -> dict[str, str]:
    """Every code defined so far and its English template (for checks and translators)."""
    return dict(_TABLE)


@cache
def dictionary(lang: str) -> Mapping[str, str]:
    """English → ``lang`` templates from ``trainer/i18n/<lang>/*.json`` (empty for ``en``)."""
    folder = app_root() / "trainer" / "i18n" / lang
    merged: dict[str, str] = {}
    if lang == "en" or not folder.is_dir():
        return merged
    for path in sorted(folder.glob("*.json")):
        try:
            merged.update(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            log.exception("translation dictionary unreadable: %s", path)
    return merged


def translate(english: str, lang: str) -> str:
    """The ``lang`` version of an English template (the template itself if untranslated)."""
    return dictionary(lang).get(english, english) if lang != "en" else english


def say(code: str, lang: str | None = None, /, **facts: Any) -> str:
    """The words for ``code`` in ``lang`` (default: :func:`use_language`'s, at first
    English) with ``facts`` filled in.

    An unknown code still gives something readable (the code and its facts), never an
    exception: a message must not be what breaks a page.
    """
    english = _TABLE.get(code)
    if english is None:
        detail = ", ".join(f"{k}={v}" for k, v in sorted(facts.items()))
        return f"{code} ({detail})" if detail else code
    template = translate(english, lang or _default_language)
    try:
        return template.format(**facts)
    except (KeyError, IndexError, ValueError):
        log.warning("words for %s miss a fact: %s", code, sorted(facts))
        return template
