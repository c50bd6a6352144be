"""Home: who is logged in, their HIS modules, and their course progress.

Enter (or a double click) on a course opens it in the reader where the person left off.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.changes import Changes
from trainer.gui.certificates.own import OwnCertificates
from trainer.gui.context import AppContext
from trainer.gui.exams.summary import ExamTodo
from trainer.gui.pages.base import Page
from trainer.gui.reading.reader_links import open_in_reader
from trainer.gui.roles import join_names, module_name, role_name
from trainer.journal.projections.course_progress import SECTION_READ
from trainer.reading import CourseEntry, catalogue_for
from trainer.vocabulary import modules_for_roles


def local_time(stamp: str) -> str:
    """A journal time (UTC, ``…Z``) as this workstation's local date and minute."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:16].replace("T", " ")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HomePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress_title = QLabel()
        self.progress_title.setObjectName("sectionTitle")
        self.courses: tuple[CourseEntry, ...] = ()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.summary)
        self.exam_todo = ExamTodo(ctx)  # what is left before each theory exam (补训)
        layout.addWidget(self.exam_todo)
        self.certificates = OwnCertificates(ctx)  # valid until, expiring soon, what is missing
        layout.addWidget(self.certificates)
        layout.addSpacing(12)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.table.cellActivated.connect(self._on_table_cell_activated)
        ctx.session_changed.connect(self.refresh)
        ctx.changed.connect(self._on_ctx_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("course progress"))
        self.progress_title.setText(self.tr("Your courses"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Course"),
                self.tr("Sections read"),
                self.tr("Continue at"),
                self.tr("Last read"),
            ]
        )
        self.empty.setText(self.tr("No courses for your roles yet."))
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        lang = self.ctx.language
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", session.member.name))
        roles = join_names(role_name(r) for r in sorted(session.roles)) or "—"
        modules = join_names(module_name(m) for m in modules_for_roles(session.roles)) or "—"
        self.summary.setText(
            self.tr("Roles: %1\nHIS modules: %2").replace("%1", roles).replace("%2", modules)
        )
        self.exam_todo.refresh()
        self.certificates.refresh()
        courses = catalogue_for(self.ctx.services, session, lang).courses
        self.courses = courses
        self.table.setRowCount(len(courses))
        for row, entry in enumerate(courses):
            cells = [
                entry.title,
                f"{entry.sections_read} / {entry.sections_total}",
                self._continue_at(entry),
                local_time(entry.last_read) if entry.last_read else "—",
            ]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setVisible(bool(courses))
        self.empty.setVisible(not courses)

    def _continue_at(self, entry: CourseEntry) -> str:
        if entry.sections_total and entry.sections_read == entry.sections_total:
            return self.tr("Finished")
        return entry.resume_title or "—"

    def _on_ctx_changed(self, changes: Changes) -> None:
        if changes.touches(SECTION_READ.name):  # read here, in the reader, or pulled by a sync
            self.refresh()
        elif any(t.startswith(("cert.", "exam.graded", "practical.")) for t in changes.event_types):
            self.certificates.refresh()

    def _on_table_cell_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.courses):
            open_in_reader(self, self.courses[row].course_id)
