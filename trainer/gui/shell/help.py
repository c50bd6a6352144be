"""Help (帮助): the knowledge base for the person's roles — FAQ and keyboard-shortcut
guides of their HIS stations. Entries open in the reader like courses."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainer.gui.context import AppContext
from trainer.gui.reading.catalogue import CourseListPage
from trainer.reading import CatalogueView, CourseEntry


class HelpPage(CourseListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.retranslate()

    def entries(self, view: CatalogueView) -> tuple[CourseEntry, ...]:
        # FAQ first: what people look for when they open Help in a hurry.
        return tuple(sorted(view.knowledge_base, key=lambda e: (e.kind != "faq", e.course_id)))

    def kind_text(self, entry: CourseEntry) -> str:
        return self.tr("FAQ") if entry.kind == "faq" else self.tr("Keyboard shortcuts")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Help"))
        self.intro.setText(
            self.tr(
                "Frequently asked questions and the keyboard shortcuts of your HIS stations. "
                "Press Ctrl+F to search all courses and help."
            )
        )
        self.list.setAccessibleName(self.tr("help topics"))
        self.empty.setText(self.tr("No help topics for your roles yet."))
        super().retranslate()
