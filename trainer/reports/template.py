"""The hospital's certificate template: a folder with ``template.json``, a logo and a seal
image, editable without code (``assets/certificate/README.md``).

The profile's ``certificate/`` folder wins; without one, the shipped sample template under
``assets/certificate/sample`` is used, and everything printed with it says SAMPLE.

May import: ``trainer.errors``, ``trainer.resources``, the standard library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.errors import ContentError, Problem
from trainer.resources import asset

LANGS = ("zh_CN", "en")
TEXT_KEYS = ("hospital", "title", "statement")
KNOWN_KEYS = {"label", "is_sample", "logo", "seal", "signatories", "seal_over_signatory",
              *TEXT_KEYS}


@dataclass(frozen=True)
class Signatory:
    name: dict[str, str]
    title: dict[str, str]


@dataclass(frozen=True)
class Template:
    folder: Path
    is_sample: bool
    hospital: dict[str, str]
    title: dict[str, str]
    statement: dict[str, str]
    logo: Path | None
    seal: Path | None
    signatories: tuple[Signatory, ...]
    seal_over: int


def template_folder(profile_root: Path | None) -> Path:
    if profile_root is not None and (profile_root / "certificate" / "template.json").exists():
        return profile_root / "certificate"
    return asset("certificate", "sample")


def load_template(folder: Path) -> Template:
    """The template in ``folder``; :class:`ContentError` naming file and field if bad."""
    file = folder / "template.json"
    where = str(file)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError([Problem(where, None, "", f"cannot read: {exc.strerror}")]) from exc
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise ContentError([Problem(where, line, "", f"not JSON: {exc}")]) from exc
    if not isinstance(data, dict):
        raise ContentError([Problem(where, 1, "", "must be a JSON object")])
    problems = [Problem(where, None, k, "unknown key") for k in data if k not in KNOWN_KEYS]
    texts = {k: _texts(data.get(k), where, k, problems) for k in TEXT_KEYS}
    signatories = []
    for i, entry in enumerate(data.get("signatories") or []):
        if not isinstance(entry, dict):
            problems.append(Problem(where, None, f"signatories[{i}]", "must be an object"))
            continue
        signatories.append(Signatory(_texts(entry.get("name"), where,
                                            f"signatories[{i}].name", problems),
                                     _texts(entry.get("title"), where,
                                            f"signatories[{i}].title", problems)))
    images = {k: _image(folder, data.get(k), where, k, problems) for k in ("logo", "seal")}
    seal_over = data.get("seal_over_signatory", 0)
    if not isinstance(seal_over, int) or not 0 <= seal_over < max(1, len(signatories)):
        problems.append(Problem(where, None, "seal_over_signatory", "not a signatory"))
        seal_over = 0
    if problems:
        raise ContentError(problems)
    return Template(folder, bool(data.get("is_sample", False)), texts["hospital"],
                    texts["title"], texts["statement"], images["logo"], images["seal"],
                    tuple(signatories), seal_over)


def _texts(value: Any, where: str, field: str, problems: list[Problem]) -> dict[str, str]:
    if not isinstance(value, dict):
        problems.append(Problem(where, None, field, "needs zh_CN and en texts"))
        return {lang: "" for lang in LANGS}
    for lang in LANGS:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            problems.append(Problem(where, None, f"{field}.{lang}", "missing"))
    return {lang: str(value.get(lang) or "") for lang in LANGS}


def _image(folder: Path, name: Any, where: str, field: str,
           problems: list[Problem]) -> Path | None:
    if name in (None, ""):
        return None
    path = folder / str(name)
    if not isinstance(name, str) or "/" in name or "\\" in name or not path.is_file():
        problems.append(Problem(where, None, field, f"no image file {name!r} in the folder"))
        return None
    return path
