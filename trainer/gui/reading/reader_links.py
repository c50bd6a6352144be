"""Going from one reading page to another: catalogue, search, help and home open a course
section in the reader, and Ctrl+F goes to the search page from anywhere in the shell.

Pages only know the :class:`~trainer.gui.context.AppContext`; the window that holds them
is found with ``QWidget.window()`` and asked to show the page by name.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from trainer.gui.pages.base import Page


class _Shell(Protocol):
    def show_page(self, name: str) -> Page | None: ...


class _Reader(Protocol):
    def open_course(self, course_id: str, section_id: str = "") -> bool: ...


def show_page(widget: QWidget, name: str) -> Page | None:
    """Switch the main window to page ``name``; None if it is not there for this person."""
    window = widget.window()
    show = getattr(window, "show_page", None)
    if show is None:
        return None
    shell: _Shell = window  # type: ignore[assignment]
    return shell.show_page(name)


def open_in_reader(widget: QWidget, course_id: str, section_id: str = "") -> bool:
    """Show the reader on ``course_id`` at ``section_id`` (at the resume point if empty)."""
    page = show_page(widget, "course")
    opener = getattr(page, "open_course", None)
    if page is None or opener is None:
        return False
    reader: _Reader = page  # type: ignore[assignment]
    return reader.open_course(course_id, section_id)
