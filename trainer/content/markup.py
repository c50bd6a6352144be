"""Markdown → sanitised HTML for course text, and the link rules of course folders.

Rendering uses ``markdown`` then ``nh3`` with an allow-list; before sanitising, the raw
HTML is inspected so that content checks can *report* what sanitising would silently
remove (a ``<script>``, an ``onclick``, a link out of the course folder).

May import: trainer.errors, markdown, nh3, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import markdown
import nh3

ALLOWED_TAGS = {
    "p",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "a",
    "img",
    "kbd",
    "sup",
    "sub",
    "br",
    "hr",
    "span",
    "div",
    "del",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
URL_SCHEMES = {"http", "https", "course"}


@dataclass(frozen=True)
class Reference:
    """A link or image target found in the rendered HTML."""

    kind: str  # "link" or "image"
    target: str


@dataclass(frozen=True)
class Finding:
    """Something in the raw HTML that sanitising removes; ``detail`` says what."""

    code: str
    detail: str
    needle: str  # text to look for in the source to locate it


class _Inspector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.references: list[Reference] = []
        self.findings: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.findings.append(Finding("content.html_tag", f"<{tag}> is not allowed", f"<{tag}"))
        for name, _value in attrs:
            if name.startswith("on"):
                self.findings.append(
                    Finding("content.html_event", f"event handler {name}= is not allowed", name)
                )
            elif name == "style":
                self.findings.append(
                    Finding("content.html_style", "style= is not allowed", "style=")
                )
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.references.append(Reference("link", str(values["href"])))
        if tag == "img" and values.get("src") is not None:
            self.references.append(Reference("image", str(values["src"])))


def render(text: str) -> str:
    """Markdown text → HTML as Python-Markdown makes it (not yet sanitised)."""
    md = markdown.Markdown(
        extensions=["tables", "attr_list", "fenced_code", "sane_lists"],
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )
    return md.convert(text)


def inspect(html: str) -> tuple[list[Reference], list[Finding]]:
    inspector = _Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.references, inspector.findings


def sanitise(html: str) -> str:
    """Keep only the allow-listed tags and attributes, and only safe URL schemes."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def classify_link(target: str) -> str:
    """``section`` (#id), ``course`` (course:id#sec), ``external`` (http/https), ``bad``."""
    if target.startswith("#"):
        return "section"
    parts = urlsplit(target)
    if parts.scheme == "course":
        return "course"
    if parts.scheme in {"http", "https"} and parts.netloc:
        return "external"
    return "bad"


def image_path(folder: Path, target: str) -> Path | None:
    """The file an image reference names, if it stays inside ``folder`` and is an image."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path or target.startswith("/"):
        return None
    rel = PurePosixPath(parts.path)
    if rel.is_absolute() or ".." in rel.parts or "\\" in parts.path or ":" in parts.path:
        return None
    if rel.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    candidate = (folder / Path(*rel.parts)).resolve()
    root = folder.resolve()
    if root != candidate and root not in candidate.parents:
        return None
    return candidate
