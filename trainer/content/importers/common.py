"""What every importer shares: options, drafts of items, validation into a bank, HTML to text.

An importer reads its format into :class:`Draft` items (plain dicts in the bank format plus
where each came from); :func:`assemble` fills in the defaults from :class:`ImportOptions`,
validates every draft on its own (so one bad question never hides the others) and builds
the bank.

May import: trainer.errors, trainer.vocabulary, trainer.content.banks, nh3, pydantic,
the standard library.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nh3
from pydantic import ValidationError

from trainer.content.banks import Bank, Item
from trainer.content.yamlsource import Loc, format_loc
from trainer.errors import Problem
from trainer.vocabulary import DEFAULT_LANGUAGE, TRAINEE_MODULES


@dataclass(frozen=True)
class ImportOptions:
    """What the source file cannot say: language, HIS modules, roles, pool, ids."""

    lang: str = DEFAULT_LANGUAGE
    modules: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # empty: the trainee roles of ``modules``
    pool: str = "practice"
    bank_id: str | None = None  # empty: made from the file name
    difficulty: int = 3  # for formats without one (GIFT, Moodle XML) and empty cells
    knowledge_point: str = "general"  # for questions outside any category

    def item_roles(self) -> tuple[str, ...]:
        if self.roles:
            return self.roles
        return tuple(role.value for role, modules in TRAINEE_MODULES.items()
                     if any(m.value in self.modules for m in modules))


@dataclass(frozen=True)
class Skipped:
    """A question (or column) the importer left out because the format has no place for it."""

    file: str
    line: int | None
    name: str
    kind: str
    reason: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        name = f" {self.name!r}" if self.name else ""
        return f"{where}: skipped {self.kind}{name}: {self.reason}"


ImportResult = tuple[Bank | None, list[Problem], list[Skipped]]


@dataclass
class Draft:
    """One item as read from the source, not yet validated."""

    line: int | None  # line (GIFT, XML) or row (xlsx) where the question starts
    ordinal: int  # position in the source, for stable generated ids
    data: dict[str, Any]
    labels: dict[str, str] = field(default_factory=dict)  # field → column, for xlsx
    name: str = ""  # the source's own question name (GIFT ::name::, Moodle <name>)

    def label(self, loc: Loc) -> str:
        for key in (format_loc(loc[:2]), format_loc(loc[:1])):
            if key in self.labels:
                return self.labels[key]
        return format_loc(loc)


def problem_message(err: dict[str, Any] | Any) -> str:
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def slug(text: str, *, cjk: bool) -> str:
    """Lower-case identifier made of ``text``; CJK letters kept when ``cjk``."""
    out = []
    for ch in unicodedata.normalize("NFKC", text).lower():
        keep = (ch.isascii() and (ch.isdigit() or "a" <= ch <= "z" or ch in "_.-")) or (
            cjk and not ch.isascii() and ch.isalnum())
        out.append(ch if keep else "_")
    return re.sub(r"_+", "_", "".join(out)).strip("_.-")


def bank_identifier(stem: str) -> str:
    """Bank id from a file name; a short hash when the name has no usable letters."""
    made = slug(stem, cjk=False)[:60].strip("_.-")
    return made or "bank-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]


def knowledge_point_from_category(path: str) -> str | None:
    """``$course$/top/护理/查对`` → ``护理.查对``; ``None`` when nothing is left."""
    parts = [p.replace("\0", "/").strip() for p in path.replace("//", "\0").split("/")]
    parts = [p for p in parts if p and not (p.startswith("$") and p.endswith("$"))]
    if parts and parts[0].lower() == "top":
        parts = parts[1:]
    made = ".".join(s for s in (slug(p, cjk=True) for p in parts) if s)
    return made[:80].strip("_.-") or None


_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "ul", "ol", "table", "blockquote", "pre",
               "h1", "h2", "h3", "h4", "h5", "h6"}
_KEPT_TAGS = _BLOCK_TAGS | {"b", "i", "u", "strong", "em", "sub", "sup", "span", "td", "th",
                            "code", "tbody", "thead"}
_LOOKS_HTML = re.compile(r"<[a-zA-Z!/]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Sanitise with nh3 (scripts, images, links, styles go), then keep plain text lines."""
    clean = nh3.clean(html, tags=_KEPT_TAGS, attributes={}, strip_comments=True)
    parser = _TextParser()
    parser.feed(clean)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def to_text(raw: str, text_format: str) -> str:
    """Source text in ``text_format`` (html, moodle_auto_format, plain_text…) as plain text."""
    if text_format not in ("plain_text", "plain", "markdown") and _LOOKS_HTML.search(raw):
        return html_to_text(raw)
    return raw.strip()


def join_feedback(parts: list[str], lang: str) -> dict[str, str] | None:
    """Non-empty feedback texts, one per line, as ``{lang: text}``; ``None`` if there are none."""
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return {lang: "\n".join(seen)} if seen else None


def id_from_name(name: str, bank_id: str) -> str:
    """The item id a named question keeps across re-imports: the name as an identifier
    (``Kanji Origins`` → ``kanji_origins``); a name without ASCII letters or digits
    (``护理-查对``) → ``<bank>-`` and 10 hex digits of its hash."""
    made = slug(name, cjk=False)[:80].strip("_.-")
    if made and made[0].isalnum() and any(ch.isalnum() for ch in made):
        return made
    return f"{bank_id}-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def _name_ids(drafts: list[Draft], bank_id: str) -> None:
    """Ids from question names; a name used again gets ``-2``, ``-3``… in file order."""
    seen: dict[str, int] = {}
    for draft in drafts:
        if not draft.name.strip() or "id" in draft.data:
            continue
        base = id_from_name(draft.name.strip(), bank_id)
        seen[base] = seen.get(base, 0) + 1
        draft.data["id"] = base if seen[base] == 1 else f"{base[:76]}-{seen[base]}"


def _fill_defaults(draft: Draft, options: ImportOptions, bank_id: str, source: str) -> None:
    data = draft.data
    data.setdefault("id", f"{bank_id}-{draft.ordinal:04d}")
    data.setdefault("knowledge_point", options.knowledge_point)
    data.setdefault("difficulty", options.difficulty)
    data.setdefault("roles", list(options.item_roles()))
    data.setdefault("modules", list(options.modules))
    data.setdefault("pool", options.pool)
    data.setdefault("version", 1)
    data.setdefault("source", source)


def _validate_draft(draft: Draft, file: str) -> tuple[Item | None, list[Problem]]:
    try:
        return Item.model_validate(draft.data), []
    except ValidationError as exc:
        return None, [
            Problem(file, draft.line, draft.label(tuple(p for p in err["loc"]
                                                        if isinstance(p, str | int))),
                    problem_message(err), f"import.{err['type']}")
            for err in exc.errors(include_url=False)
        ]


@dataclass(frozen=True)
class BankHeader:
    """Bank-level facts: id, title and version (from the file, the options or the name)."""

    bank: str
    title: dict[str, str]
    version: int = 1


def assemble(drafts: list[Draft], file: str, options: ImportOptions,
             header: BankHeader) -> tuple[Bank | None, list[Problem]]:
    """Fill in defaults, validate each draft, and build the bank of the valid ones."""
    if not options.modules and any("modules" not in d.data for d in drafts):
        return None, [Problem(file, None, "modules", "no HIS module given: name one or more "
                              "with --module", "import.no_module")]
    problems: list[Problem] = []
    items: list[Item] = []
    first_line: dict[str, int | None] = {}
    source = f"imported from {Path(file).name}"
    _name_ids(drafts, header.bank)
    for draft in drafts:
        _fill_defaults(draft, options, header.bank, source)
        item, found = _validate_draft(draft, file)
        problems += found
        if item is None:
            continue
        if item.id in first_line:
            problems.append(Problem(file, draft.line, draft.label(("id",)),
                                    f"item id {item.id} is used again (first at line/row "
                                    f"{first_line[item.id]})", "import.duplicate_id"))
            continue
        first_line[item.id] = draft.line
        items.append(item)
    if not items:
        if not problems:
            problems.append(Problem(file, None, "", "no questions found", "import.empty"))
        return None, problems
    try:
        bank = Bank(bank=header.bank, title=header.title, version=header.version,
                    items=tuple(items))
    except ValidationError as exc:
        return None, problems + [
            Problem(file, None, format_loc(tuple(p for p in err["loc"] if isinstance(p, str))),
                    problem_message(err), f"import.{err['type']}")
            for err in exc.errors(include_url=False)
        ]
    return bank, problems
