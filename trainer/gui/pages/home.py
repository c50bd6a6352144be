"""Home: who is logged in, their HIS modules, and their course progress."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page
from trainer.gui.roles import module_name, role_name
from trainer.journal.projections.course_progress import progress_for
from trainer.vocabulary import modules_for_roles


class HomePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress_title = QLabel()
        self.progress_title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("course progress")
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        ctx.session_changed.connect(self.refresh)
        ctx.content_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.progress_title.setText(self.tr("Your courses"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Course"), self.tr("Sections read"), self.tr("Last read")]
        )
        self.empty.setText(self.tr("No courses for your roles yet."))
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        lang = self.ctx.language
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", session.member.name))
        roles = "、".join(role_name(r) for r in sorted(session.roles)) or "—"
        modules = "、".join(module_name(m) for m in modules_for_roles(session.roles)) or "—"
        self.summary.setText(
            self.tr("Roles: %1\nHIS modules: %2").replace("%1", roles).replace("%2", modules)
        )
        catalogue = self.ctx.services.catalogue()
        progress = progress_for(self.ctx.services.engine, session.staff_id)
        courses = [c for c in catalogue.courses if c.kind == "course" and c.roles & session.roles]
        self.table.setRowCount(len(courses))
        for row, course in enumerate(courses):
            text = course.text(lang)
            done = progress.get(course.id)
            read = len(done.sections_read & set(course.section_ids)) if done else 0
            cells = [
                text.title,
                f"{read} / {len(course.section_ids)}",
                (done.last_read or "")[:16].replace("T", " ") if done else "—",
            ]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setVisible(bool(courses))
        self.empty.setVisible(not courses)
