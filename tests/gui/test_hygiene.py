"""The suite's own safety nets work: a message box is recorded, not shown, and a test that
did not expect one would fail (tests/conftest.py)."""

from __future__ import annotations

from trainer.gui import messages
from trainer.gui.app import make_app


def test_a_message_box_is_recorded_instead_of_shown(dialogs: list[str]) -> None:
    make_app()
    messages.warn(None, "The roster could not be saved.")
    assert messages.ask(None, "Disable N001?") is False  # the safe answer
    assert dialogs == ["warning: HIS Trainer | The roster could not be saved.",
                       "question: HIS Trainer | Disable N001?"]
    dialogs.clear()  # expected here; anywhere else they would fail the test
