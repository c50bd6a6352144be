"""The wrong-answer notebook (错题本): missed items, re-practised until right twice in a row.

The table lists what the person got wrong (practice items always; exam items only where the
hospital allows review), most-missed first; "Practise these" (or Enter on the table) runs
them with immediate feedback. An item leaves the notebook after two right answers in a row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.content.common import pick
from trainer.errors import TrainerError
from trainer.exams.notebook import NotebookEntry, notebook
from trainer.gui.context import AppContext
from trainer.gui.exams.host import AttemptHost
from trainer.gui.exams.wiring import exam_service
from trainer.gui.pages.base import Page


class WrongAnswersPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = exam_service(ctx.services)
        self.entries: list[NotebookEntry] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.practise = QPushButton()
        self.practise.clicked.connect(self.practise_all)
        self.back = QPushButton()
        self.back.clicked.connect(self.show_list)
        self.host = AttemptHost(ctx, self.service)
        self.host.finished.connect(lambda _s: self.back.setVisible(True))
        self.list_view = QWidget()
        inner = QVBoxLayout(self.list_view)
        for widget in (self.title, self.summary, self.table, self.practise):
            inner.addWidget(widget)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.back)
        self.back.hide()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Wrong-answer notebook"))
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Knowledge point"),
                                              self.tr("Times wrong"), self.tr("Right in a row")])
        self.table.setAccessibleName(self.tr("Questions to practise again"))
        self.practise.setText(self.tr("Practise these (Enter)"))
        self.back.setText(self.tr("Back to the notebook"))
        self._update_summary()

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.entries = notebook(self.service, session.staff_id)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            item = self.service.content.items[entry.item_id]
            cells = [pick(item.stem, self.ctx.language)[:60], entry.knowledge_point,
                     str(entry.times_wrong), f"{entry.right_in_a_row} / 2"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.entries:
            self.table.setCurrentCell(0, 0)
        self.practise.setEnabled(bool(self.entries))
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(
            self.tr("{count} question(s) to get right twice in a row.").replace(
                "{count}", str(len(self.entries))) if self.entries
            else self.tr("Nothing to practise again: every question you missed has been "
                         "answered right twice in a row."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentWidget() is self.list_view and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.practise_all()
            return
        super().keyPressEvent(event)

    def practise_all(self) -> None:
        session = self.ctx.session
        if session is None or not self.entries:
            return
        try:
            running = self.service.start_wrong_answers(session,
                                                       [e.item_id for e in self.entries])
        except TrainerError as exc:
            self.summary.setText(words.say(exc.code, self.ctx.language, **exc.facts))
            return
        self.stack.setCurrentWidget(self.host)
        self.host.run(running)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.back.hide()
        self.refresh()

    def prepare_screenshot(self, _state: str | None) -> None:
        """Demo profile only: a practice paper with misses fills the notebook."""
        from trainer.gui.exams.screenshots import practice_with_misses

        practice_with_misses(self.ctx, self.service)
        self.refresh()
