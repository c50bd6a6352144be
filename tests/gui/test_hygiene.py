"""The suite's own safety nets work: a message box is recorded, not shown, and a test that
did not expect one would fail (tests/conftest.py)."""

from __future__ import annotations

from trainer.gui import messages
from trainer.gui.app import make_app


def test_a_message_box_is_recorded_instead_of_shown(dialogs: list[str]) -> None:
    make_app()
    messages.warn(None, "The roster could not be saved.")
    assert messages.ask(None, "Disable N001?") is False  # the safe answer
    # (the title is in whatever language an earlier test left installed)
    assert [d.split(" | ")[-1] for d in dialogs] == ["The roster could not be saved.",
                                                     "Disable N001?"]
    assert dialogs[0].startswith("warning: ") and dialogs[1].startswith("question: ")
    dialogs.clear()  # expected here; anywhere else they would fail the test
