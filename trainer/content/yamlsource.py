"""YAML with line numbers, and pydantic validation that reports ``file:line: field``.

Every content format (course front matter, question banks, scenarios, reference data)
goes through :func:`load_yaml` and :func:`validate`, so every problem a trainer sees
names the file, the line and the field.

May import: trainer.errors, PyYAML, pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from trainer.errors import ContentError, Problem

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)

#: libyaml's parser when installed (PyYAML wheels ship it): several times faster, same nodes
#: and marks. The pure-Python loader is the fallback.
Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Stop alias bombs ("billion laughs") long before they exhaust memory.
MAX_NODES = 200_000


@dataclass(frozen=True)
class Located:
    """Plain YAML data plus the 1-based line of every mapping key and sequence item."""

    data: Any
    lines: Mapping[Loc, int]
    file: str

    def line_of(self, loc: Loc) -> int | None:
        """The line of ``loc`` or of its nearest ancestor that has one."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def format_loc(loc: Loc) -> str:
    """``("items", 3, "answer")`` → ``items[3].answer``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _Builder:
    def __init__(self, loader: yaml.SafeLoader, file: str, line_offset: int) -> None:
        self.loader = loader
        self.file = file
        self.offset = line_offset
        self.lines: dict[Loc, int] = {}
        self.problems: list[Problem] = []
        self.count = 0

    def line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1 + self.offset

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise ContentError(
                [
                    Problem(
                        self.file,
                        self.line(node),
                        format_loc(loc),
                        "document too large (too many nodes or aliases)",
                        "content.too_large",
                    )
                ]
            )
        self.lines.setdefault(loc, self.line(node))
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.loader.construct_object(key_node, deep=True)
                if not isinstance(key, str | int | float | bool) or key is None:
                    self.problems.append(
                        Problem(
                            self.file,
                            self.line(key_node),
                            format_loc(loc),
                            "mapping keys must be plain text",
                            "content.bad_key",
                        )
                    )
                    continue
                if key in result:
                    self.problems.append(
                        Problem(
                            self.file,
                            self.line(key_node),
                            format_loc((*loc, str(key))),
                            "duplicate key",
                            "content.duplicate_key",
                        )
                    )
                    continue
                child: Loc = (*loc, str(key))
                self.lines[child] = self.line(key_node)
                result[key] = self.build(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)


def load_yaml(text: str, file: str, *, line_offset: int = 0) -> Located:
    """Parse one YAML document; raise :class:`ContentError` with located problems.

    ``line_offset`` shifts reported lines, for YAML embedded in a larger file (front
    matter). An empty document gives ``None`` as data.
    """
    loader: yaml.SafeLoader | None = None
    try:
        loader = Loader(text)
        node = loader.get_single_node()
        if node is None:
            return Located(None, {(): 1 + line_offset}, file)
        builder = _Builder(loader, file, line_offset)
        data = builder.build(node, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = None if mark is None else int(mark.line) + 1 + line_offset
        reason = exc.problem or exc.context or "invalid YAML"
        raise ContentError(
            [Problem(file, line, "", f"YAML syntax: {reason}", "content.yaml_syntax")]
        ) from exc
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1 + line_offset
        raise ContentError(
            [
                Problem(
                    file,
                    line,
                    "",
                    f"character {exc.character!r} is not allowed in YAML",
                    "content.yaml_syntax",
                )
            ]
        ) from exc
    except yaml.YAMLError as exc:
        raise ContentError(
            [Problem(file, None, "", f"YAML: {exc}", "content.yaml_syntax")]
        ) from exc
    except RecursionError as exc:
        raise ContentError(
            [Problem(file, None, "", "YAML nested too deeply", "content.too_large")]
        ) from exc
    finally:
        if loader is not None:
            loader.dispose()
    if builder.problems:
        raise ContentError(builder.problems)
    return Located(data, builder.lines, file)


def read_text(path: Path, file: str) -> str:
    """Read a UTF-8 content file (a BOM is allowed); located errors instead of OSError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ContentError([Problem(file, None, "", "file not found", "content.missing")]) from exc
    except OSError as exc:
        raise ContentError(
            [Problem(file, None, "", f"cannot read file: {exc.strerror}", "content.unreadable")]
        ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            [
                Problem(
                    file,
                    line,
                    "",
                    "not valid UTF-8 text (save the file as UTF-8)",
                    "content.encoding",
                )
            ]
        ) from exc


def load_yaml_file(path: Path, file: str | None = None) -> Located:
    """Read and parse a YAML file; ``file`` is the name used in messages."""
    name = file if file is not None else str(path)
    return load_yaml(read_text(path, name), name)


def validate(model: type[M], located: Located) -> tuple[M | None, list[Problem]]:
    """Validate ``located.data`` against ``model``; problems name file, line and field."""
    try:
        return model.model_validate(located.data), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            loc: Loc = tuple(p for p in err["loc"] if isinstance(p, str | int))
            problems.append(
                Problem(
                    located.file,
                    located.line_of(loc),
                    format_loc(loc),
                    _message(err),
                    f"content.{err['type']}",
                )
            )
        return None, sorted(problems, key=lambda p: (p.line or 0, p.field))


def _message(err: Mapping[str, Any]) -> str:
    msg = str(err["msg"])
    # pydantic prefixes custom errors with "Value error, "; the prefix helps nobody.
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix) :]
    return msg
