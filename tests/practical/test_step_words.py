"""Every simulator command has words for the replay a trainer reads, in both languages:
a command added to the sandbox without them would show as its raw name."""

from __future__ import annotations

import trainer.sim.catalogue  # noqa: F401 — fills the registry
from trainer import words
from trainer.practical.command_words import COMMANDS
from trainer.sim.commands import REGISTRY


def test_every_command_has_words() -> None:
    assert sorted(set(REGISTRY) - set(COMMANDS)) == []


def test_every_command_word_has_chinese() -> None:
    missing = [english for english in COMMANDS.values()
               if words.translate(english, "zh_CN") == english]
    assert missing == []
