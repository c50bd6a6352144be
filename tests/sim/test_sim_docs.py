"""The docs are complete enough to write attempts and scenarios without reading the code."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.sim.catalogue import vocabulary
from trainer.sim.checks import OPERATORS, PREDICATES
from trainer.sim.records import ENTITY_FIELDS
from trainer.sim.safety import HARD, SOFT

DOCS = Path(__file__).resolve().parents[2] / "docs" / "simulator"
SIM = Path(__file__).resolve().parents[2] / "trainer" / "sim"
COMMANDS_MD = (DOCS / "commands.md").read_text("utf-8")
CHECKS_MD = (DOCS / "check-language.md").read_text("utf-8")


def section(name: str) -> str:
    """The text under ``#### `name``` up to the next heading."""
    match = re.search(rf"#### `{name}`\n(.*?)(?=\n#+ |\Z)", COMMANDS_MD, re.S)
    assert match, f"commands.md has no section for {name}"
    return match.group(1)


def test_every_command_and_argument_is_documented() -> None:
    for name, spec in vocabulary().items():
        text = section(name)
        for arg in spec.args:
            assert f"`{arg.name}`" in text, (name, arg.name)


def test_every_refusal_code_is_documented() -> None:
    source = "\n".join(p.read_text("utf-8") for p in SIM.glob("*.py"))
    codes = set(re.findall(r'Refused\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'Outcome\(False, "([a-z_]+)"', source))
    codes |= set(re.findall(r'need\([^)]*"(unknown_[a-z]+)"\)', source))
    codes |= set(HARD) | set(SOFT)
    missing = sorted(c for c in codes if f"`{c}`" not in COMMANDS_MD)
    assert missing == []


def test_every_predicate_operator_entity_and_field_is_documented() -> None:
    for name in PREDICATES:
        assert f"`{name}`" in CHECKS_MD, name
    for name in OPERATORS:
        assert f"{{{name}:" in CHECKS_MD, name
    for entity, fields in ENTITY_FIELDS.items():
        match = re.search(rf"### `{entity}`.*?\n(.*?)(?=\n### |\n## |\Z)", CHECKS_MD, re.S)
        assert match, entity
        for field in fields:
            assert f"`{field}`" in match.group(1), (entity, field)
