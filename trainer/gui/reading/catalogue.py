"""The course catalogue: the courses for the person's roles and HIS modules with their
progress, and the courses that are unavailable with the reason. Enter opens a course
where the person left off.

:class:`CourseListPage` is shared with the help page (FAQ and shortcut guides).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.changes import Changes
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page
from trainer.gui.reading.reader_links import open_in_reader
from trainer.gui.roles import join_names, module_name
from trainer.journal.projections.course_progress import SECTION_READ
from trainer.reading import CatalogueView, CourseEntry, catalogue_for
from trainer.vocabulary import Module

ID_ROLE = Qt.ItemDataRole.UserRole


class CourseListPage(Page):
    """A list of course entries; Enter or double-click opens one in the reader."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.catalogue: CatalogueView | None = None
        self._shown_in = ""
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 300)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("courseDetails")
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.details, 1)
        buttons.addWidget(self.open_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.list, 3)
        self.body.addWidget(self.empty)
        self.body.addLayout(buttons)

        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.open_button.clicked.connect(self.open_selected)
        ctx.session_changed.connect(self.refresh)
        ctx.changed.connect(self._on_ctx_changed)

    # to be given by subclasses
    def entries(self, view: CatalogueView) -> tuple[CourseEntry, ...]:
        raise NotImplementedError

    def kind_text(self, entry: CourseEntry) -> str:
        return QCoreApplication.translate("CourseListPage", "Course")

    # public
    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not self.ctx.ready:
            return
        self._shown_in = self.ctx.language
        self.catalogue = catalogue_for(self.ctx.services, session, self.ctx.language)
        current = self.selected_course()
        entries = self.entries(self.catalogue)
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem(self._cells(entry))
            item.setData(0, ID_ROLE, entry.course_id)
            item.setToolTip(0, entry.summary)
            self.list.addTopLevelItem(item)
            if entry.course_id == current:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.list.setVisible(bool(entries))
        self.open_button.setEnabled(bool(entries))
        self.empty.setVisible(not entries)

    def selected_course(self) -> str:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else ""

    def open_selected(self) -> bool:
        course_id = self.selected_course()
        return bool(course_id) and open_in_reader(self, course_id)

    # slots
    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        open_in_reader(self, str(item.data(0, ID_ROLE)))

    def _on_list_current_item_changed(self, *_: object) -> None:
        entry = self.catalogue.get(self.selected_course()) if self.catalogue else None
        if entry is None:
            self.details.setText("")
            return
        where = (
            QCoreApplication.translate("CourseListPage", "Continue at: %1").replace(
                "%1", entry.resume_title
            )
            if entry.sections_read and entry.resume_title
            else ""
        )
        self.details.setText("\n".join(t for t in (entry.summary, where) if t))

    # internals
    def _cells(self, entry: CourseEntry) -> list[str]:
        if entry.sections_read == entry.sections_total:
            state = QCoreApplication.translate("CourseListPage", "Finished")
        elif entry.sections_read:
            state = (
                QCoreApplication.translate("CourseListPage", "%1 of %2 sections")
                .replace("%1", str(entry.sections_read))
                .replace("%2", str(entry.sections_total))
            )
        else:
            state = QCoreApplication.translate("CourseListPage", "Not started")
        modules = (
            QCoreApplication.translate("CourseListPage", "all HIS modules")
            if set(entry.modules) == set(Module)
            else join_names(module_name(m) for m in entry.modules)
        )
        minutes = QCoreApplication.translate("CourseListPage", "%1 min").replace(
            "%1", str(entry.minutes)
        )
        return [entry.title, f"{self.kind_text(entry)} · {modules}", minutes, state]

    def _on_ctx_changed(self, changes: Changes) -> None:
        if changes.touches(SECTION_READ.name):  # progress read here or pulled by a sync
            self.refresh()

    def retranslate(self) -> None:
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("CourseListPage", "Title"),
                QCoreApplication.translate("CourseListPage", "Kind and HIS modules"),
                QCoreApplication.translate("CourseListPage", "Reading time"),
                QCoreApplication.translate("CourseListPage", "Progress"),
            ]
        )
        self.open_button.setText(QCoreApplication.translate("CourseListPage", "Open"))
        self.open_button.setAccessibleName(
            QCoreApplication.translate("CourseListPage", "open the selected course")
        )
        if self._shown_in != self.ctx.language:
            self.refresh()  # titles follow the language


class CataloguePage(CourseListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.unavailable_title = QLabel()
        self.unavailable_title.setObjectName("sectionTitle")
        self.unavailable = QTreeWidget()
        self.unavailable.setColumnCount(2)
        self.unavailable.setRootIsDecorated(False)
        self.unavailable.setWordWrap(True)
        self.unavailable.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.body.insertWidget(4, self.unavailable_title)
        self.body.insertWidget(5, self.unavailable, 1)
        self.retranslate()

    def entries(self, view: CatalogueView) -> tuple[CourseEntry, ...]:
        return view.courses

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "unavailable") or self.catalogue is None:
            return
        self.unavailable.clear()
        for course in self.catalogue.unavailable:
            reasons = "\n".join(course.problems) or self.tr("unknown problem")
            item = QTreeWidgetItem([course.name, reasons])
            item.setToolTip(1, reasons)
            self.unavailable.addTopLevelItem(item)
        shown = bool(self.catalogue.unavailable)
        self.unavailable_title.setVisible(shown)
        self.unavailable.setVisible(shown)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Courses"))
        self.intro.setText(
            self.tr(
                "The courses for your roles and HIS modules. Select one and press Enter to "
                "continue where you left off. Keyboard shortcuts and FAQ are under Help."
            )
        )
        self.list.setAccessibleName(self.tr("courses"))
        self.empty.setText(self.tr("No courses for your roles yet."))
        if hasattr(self, "unavailable"):
            self.unavailable_title.setText(self.tr("Unavailable courses"))
            self.unavailable.setHeaderLabels([self.tr("Course folder"), self.tr("Why")])
            self.unavailable.setAccessibleName(self.tr("unavailable courses"))
        super().retranslate()
