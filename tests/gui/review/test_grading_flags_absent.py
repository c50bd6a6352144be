"""On a standalone profile the review page has no grading flags: no button, no screen
(there is no sync service to ask)."""

from __future__ import annotations

from tests.gui.conftest import LogIn
from trainer.gui.review.flags_view import FlagsView
from trainer.gui.review.page import ReviewPage
from trainer.gui.shell.main_window import MainWindow


def test_no_grading_flags_on_a_standalone_profile(window: MainWindow, log_in: LogIn) -> None:
    log_in(window, "T001", "demo-trainer")
    page = window.show_page("review-queue")
    assert isinstance(page, ReviewPage)
    assert not window.ctx.services.networked()
    assert page.flags is None and page.findChildren(FlagsView) == []
    assert not page.queue.flags_button.isVisibleTo(page)
