"""A small, safe XML reader that keeps the line of every element.

Built directly on expat: a document type declaration (``<!DOCTYPE``) is refused outright, so
no entity can be declared — no "billion laughs", no external entities — without needing
defusedxml. Only the predefined XML entities and character references work.

May import: the standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

#: Refuse absurd nesting before it costs memory.
MAX_DEPTH = 200


class XmlError(Exception):
    """The document is not acceptable XML; ``line`` is 1-based or ``None``."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The character data directly inside this element (CDATA included)."""
        return "".join(self.parts)

    def find(self, tag: str) -> Element | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Element]:
        return [c for c in self.children if c.tag == tag]

    def text_at(self, *path: str) -> str:
        """Text of the first element along ``path`` (``""`` when any step is missing)."""
        node: Element | None = self
        for tag in path:
            node = node.find(tag) if node is not None else None
        return node.text if node is not None else ""


class _Builder:
    def __init__(self, parser: expat.XMLParserType) -> None:
        self.parser = parser
        self.stack: list[Element] = []
        self.root: Element | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise XmlError("elements nested too deeply", self.parser.CurrentLineNumber)
        element = Element(tag, dict(attrs), self.parser.CurrentLineNumber)
        if self.stack:
            self.stack[-1].children.append(element)
        elif self.root is None:
            self.root = element
        self.stack.append(element)

    def end(self, tag: str) -> None:
        self.stack.pop()

    def data(self, text: str) -> None:
        if self.stack:
            self.stack[-1].parts.append(text)

    def doctype(self, *args: object) -> None:
        raise XmlError("document type declarations (<!DOCTYPE>) are not allowed",
                       self.parser.CurrentLineNumber)


def parse(data: bytes) -> Element:
    """Parse ``data``; raise :class:`XmlError` with a line for anything malformed or unsafe."""
    parser = expat.ParserCreate()
    builder = _Builder(parser)
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = builder.doctype
    parser.EntityDeclHandler = builder.doctype
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XmlError(f"not well-formed XML: {expat.ErrorString(exc.code)}",
                       exc.lineno) from exc
    except (ValueError, LookupError) as exc:  # unknown encoding and the like
        raise XmlError(f"cannot read the XML: {exc}", None) from exc
    if builder.root is None:
        raise XmlError("no XML element found", None)
    return builder.root
