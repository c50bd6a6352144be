"""The course reader: table of contents with what has been read, one section at a time,
"mark as read and continue", resume where the person left off, and course links.

Links are handled here, never by Qt: ``#id`` goes to a section of this course (or an
anchor inside the section), ``course:id#section`` to another course, ``http(s)`` opens
the system browser only after the person confirms. Images load from the course folder
only (:func:`trainer.content.markup.image_path`).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.changes import Changes
from trainer.content.markup import image_path
from trainer.errors import PermissionDenied, TrainerError
from trainer.gui import messages
from trainer.gui.context import AppContext
from trainer.gui.operations import failure_words
from trainer.gui.pages.base import Page
from trainer.journal.projections.course_progress import SECTION_READ
from trainer.reading import (
    CourseView,
    catalogue_for,
    open_course,
    parse_link,
    record_section_read,
)

log = logging.getLogger(__name__)

#: Rich-text style of course sections (Qt supports a subset of CSS 2.1).
SECTION_CSS = """
h2 { color: #1f3f5f; }
h3 { color: #2d5f8b; }
table { border-collapse: collapse; margin: 6px 0; }
th { background-color: #e4ecf4; font-weight: bold; }
th, td { border: 1px solid #b8c7d6; padding: 4px 8px; }
blockquote { background-color: #fff8e1; margin: 6px 12px; padding: 4px; }
code, kbd { font-family: monospace; background-color: #eef1f4; }
a { color: #1d5fa8; }
"""
READ_MARK = "✓"


class CourseBrowser(QTextBrowser):
    """Shows one section; loads images only from inside ``folder``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(SECTION_CSS)

    def loadResource(self, type: int, name: QUrl | str, /) -> object:
        if type != QTextDocument.ResourceType.ImageResource.value or self.folder is None:
            return None
        target_name = name.toString() if isinstance(name, QUrl) else name
        target = image_path(self.folder, target_name)
        if target is None or not target.is_file():
            log.warning("image %s refused or missing in %s", target_name, self.folder)
            return None
        return QImage(str(target))


class CoursePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.course: CourseView | None = None
        self.section_index = 0
        self.read: frozenset[str] = frozenset()
        self.history: list[tuple[str, str]] = []
        self._staff: str | None = None
        self._recording = False
        self._lang = ctx.language
        self._build()
        ctx.session_changed.connect(self._on_ctx_session_changed)
        ctx.changed.connect(self._on_ctx_changed)
        self.retranslate()
        self._on_ctx_session_changed()

    # create and assemble
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.progress = QLabel()
        self.back_button = QPushButton()
        self.read_button = QPushButton()
        self.read_button.setDefault(True)
        self.toc = QListWidget()
        self.toc.setMaximumWidth(300)
        self.toc.setWordWrap(True)
        self.toc.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = CourseBrowser()
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.read_button)
        body = QHBoxLayout()
        body.addWidget(self.toc)
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.back_button.clicked.connect(self.go_back)
        self.read_button.clicked.connect(self.mark_read_and_continue)
        self.toc.currentRowChanged.connect(self._on_toc_current_row_changed)
        self.view.anchorClicked.connect(self._on_view_anchor_clicked)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.mark_read_and_continue)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("back"))
        self.toc.setAccessibleName(self.tr("table of contents"))
        self.view.setAccessibleName(self.tr("section text"))
        self.read_button.setAccessibleName(self.tr("mark as read"))
        self.read_button.setToolTip(self.tr("Ctrl+Enter"))
        self.empty.setText(self.tr("Choose a course in the course catalogue."))
        if self.course is not None and self._lang != self.ctx.language:
            self._load(self.course.course_id, self._current_section_id())
        self._show_state()

    def refresh(self) -> None:
        if self.course is None:
            self._open_default()
        else:
            self._show_state()

    # public
    def open_course(self, course_id: str, section_id: str = "") -> bool:
        """Open ``course_id`` at ``section_id`` (empty: where the person left off)."""
        if self.course is not None:
            self.history.append((self.course.course_id, self._current_section_id()))
        if not self._load(course_id, section_id):
            if self.history:
                self.history.pop()
            return False
        return True

    def go_back(self) -> None:
        if not self.history:
            return
        course_id, section_id = self.history.pop()
        self._load(course_id, section_id)

    def mark_read_and_continue(self) -> None:
        """Journal the section as read (durable before the tick appears), go to the next."""
        session, course = self.ctx.session, self.course
        if session is None or course is None or not course.sections:
            return
        section = course.sections[self.section_index]
        try:
            self._recording = True
            self.read = self.ctx.perform(lambda: record_section_read(
                self.ctx.services, session, course.course_id, section.id, course.lang
            ))
        except TrainerError as exc:
            log.warning("could not record %s#%s: %s", course.course_id, section.id, exc.code)
            messages.warn(
                self, self.tr("Your reading could not be saved: %1")
                .replace("%1", failure_words(exc, self.ctx.language))
            )
            return
        finally:
            self._recording = False
        if self.section_index + 1 < len(course.sections):
            self.show_section(self.section_index + 1)
        else:
            self._show_state()

    def show_section(self, index: int) -> None:
        if self.course is None or not 0 <= index < len(self.course.sections):
            return
        self.section_index = index
        self.toc.blockSignals(True)
        self.toc.setCurrentRow(index)
        self.toc.blockSignals(False)
        self.view.setHtml(self._section_html(index))
        self._show_state()

    def current_section_id(self) -> str:
        return self._current_section_id()

    # slots
    def _on_ctx_changed(self, changes: Changes) -> None:
        # progress from elsewhere (a sync pull): the ticks follow; this page's own
        # recording already knows what it wrote
        if self._recording or self.course is None or not changes.touches(SECTION_READ.name):
            return
        self._load(self.course.course_id, self._current_section_id())

    def _on_ctx_session_changed(self) -> None:
        session = self.ctx.session
        staff = session.staff_id if session else None
        if staff != self._staff:
            self._staff = staff
            self.course, self.history, self.read = None, [], frozenset()
        if session is not None and self.ctx.ready:
            self.refresh()
        else:
            self._show_state()

    def _on_toc_current_row_changed(self, row: int) -> None:
        if self.course is not None and row >= 0:
            self.show_section(row)

    def _on_view_anchor_clicked(self, url: QUrl) -> None:
        if self.course is None:
            return
        link = parse_link(url.toString(), self.course.course_id)
        if link.kind == "external":
            self._open_external(link.url)
        elif link.kind == "section" and self.course.index_of(link.section_id) is None:
            self.view.scrollToAnchor(link.section_id)  # a heading inside this section
        elif link.kind in ("section", "course"):
            self.open_course(link.course_id, link.section_id)
        else:
            messages.warn(self, self.tr("This link cannot be opened: %1").replace("%1", link.url))

    # internals
    def _open_external(self, url: str) -> None:
        question = self.tr(
            "This link leads out of HIS Trainer to a web site:\n%1\n\nOpen it in the web browser?"
        ).replace("%1", url)
        if messages.ask(self, question):
            QDesktopServices.openUrl(QUrl(url))

    def _open_default(self) -> None:
        """The course the person read last, else the first of their catalogue."""
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            return
        view = catalogue_for(self.ctx.services, session, self.ctx.language)
        entry = view.last_read or (view.courses[0] if view.courses else None)
        if entry is not None:
            self._load(entry.course_id, "")
        else:
            self._show_state()

    def _load(self, course_id: str, section_id: str) -> bool:
        session = self.ctx.session
        if session is None:
            return False
        try:
            course = open_course(self.ctx.services, session, course_id, self.ctx.language)
        except PermissionDenied:
            messages.warn(self, self.tr("This course is not part of your training."))
            return False
        except TrainerError:
            messages.warn(
                self, self.tr("This course is not available: %1").replace("%1", course_id)
            )
            return False
        self.course, self.read, self._lang = course, course.sections_read, self.ctx.language
        self.view.folder = course.folder
        self._fill_toc()
        index = course.index_of(section_id or course.resume_section)
        self.show_section(index if index is not None else 0)
        return True

    def _fill_toc(self) -> None:
        assert self.course is not None
        self.toc.blockSignals(True)
        self.toc.clear()
        for section in self.course.sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.toc.addItem(item)
        self.toc.blockSignals(False)

    def _section_html(self, index: int) -> str:
        assert self.course is not None
        section = self.course.sections[index]
        intro = self.course.intro_html if index == 0 else ""
        body = section.html.replace(
            "<table>", '<table border="1" cellspacing="0" cellpadding="5" width="100%">'
        )
        return f"{intro}<h2>{html.escape(section.title)}</h2>{body}"

    def _current_section_id(self) -> str:
        if self.course is None or not self.course.sections:
            return ""
        return self.course.sections[self.section_index].id

    def _show_state(self) -> None:
        course = self.course
        for widget in (self.toc, self.view, self.read_button, self.progress):
            widget.setVisible(course is not None)
        self.empty.setVisible(course is None)
        self.back_button.setEnabled(bool(self.history))
        if course is None:
            self.title.setText(self.tr("Reader"))
            return
        self.title.setText(course.title)
        for row, section in enumerate(course.sections):
            item = self.toc.item(row)
            mark = READ_MARK if section.id in self.read else "  "
            item.setText(f"{mark} {section.title}")
            state = self.tr("Already read") if section.id in self.read else self.tr("Not read yet")
            item.setToolTip(f"{section.title} — {state}")
        ids = {s.id for s in course.sections}
        self.progress.setText(
            self.tr("%1 of %2 sections read")
            .replace("%1", str(len(self.read & ids)))
            .replace("%2", str(len(ids)))
        )
        last = self.section_index + 1 >= len(course.sections)
        self.read_button.setText(
            self.tr("Mark as read") if last else self.tr("Mark as read and continue ▶")
        )
