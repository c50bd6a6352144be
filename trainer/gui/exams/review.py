"""Review of a submitted attempt: score, pass/fail, a bar per knowledge point, each item.

Right answers and explanations of exam-pool items show only where the hospital allows it
(setting ``exam_review_shows_answers``); a networked certifying attempt shows "submitted —
result after grading" until the service's result arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.content.banks import Item
from trainer.content.common import pick
from trainer.exams.assembly import PaperEntry
from trainer.exams.attempts import Attempt
from trainer.exams.results import Result
from trainer.exams.service import ExamService
from trainer.gui.exams.question_view import LETTERS


def display_letter(key: str, order: str) -> str:
    position = order.find(key)
    return LETTERS[position] if position >= 0 else key


def format_response(item: Item, entry: PaperEntry, response: Any,
                    truth: tuple[str, str]) -> str:
    """A response (bank keys) as the trainee saw it (display letters)."""
    if response in (None, "", {}):
        return "—"
    order = entry.orders[0] if entry.orders else ""
    if item.type in ("case", "matching") and isinstance(response, dict):
        parts = []
        for number in range(1, len(item.questions) + 1):
            key = response.get(str(number))
            sub = entry.orders[number - 1] if item.type == "case" and entry.orders else order
            parts.append(f"({number}) {display_letter(key, sub) if key else '—'}")
        return " ".join(parts)
    if item.type == "true_false":
        return truth[0] if response else truth[1]
    if item.type in ("single", "multiple") and isinstance(response, str):
        return "".join(sorted(display_letter(k, order) for k in response))
    return str(response)


def right_answer(item: Item, entry: PaperEntry, truth: tuple[str, str], lang: str) -> str:
    if item.type in ("case", "matching"):
        answers = {str(n): q.answer for n, q in enumerate(item.questions, start=1)}
        return format_response(item, entry, answers, truth)
    if item.type == "short_answer":
        if isinstance(item.answer, dict):
            text = item.answer.get(lang) or next(iter(item.answer.values()))
            return text if isinstance(text, str) else " / ".join(text)
        return "—"
    if item.type == "fill_in" and isinstance(item.answer, dict):
        return " / ".join(a for alts in item.answer.values() for a in alts)
    if item.type == "numerical":
        unit = f" {pick(item.unit, lang)}" if item.unit else ""
        return f"{item.answer:g} ± {item.tolerance:g}{unit}"
    return format_response(item, entry, item.answer, truth)


class ReviewWidget(QWidget):
    def __init__(self, service: ExamService, attempt: Attempt, result: Result | None,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.attempt, self.result, self.lang = service, attempt, result, lang
        self.setObjectName("examReview")
        self.setAccessibleName(self.tr("Exam review"))
        self.headline = QLabel()
        self.headline.setObjectName("pageTitle")
        self.headline.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        if result is None:
            self.headline.setText(self.tr("Submitted — result after grading. The sync "
                                          "service grades certifying exams; your result "
                                          "appears here after the next sync."))
            layout.addStretch(1)
            return
        self.bars = QGridLayout()
        self.table = QTableWidget(0, 4)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self._fill(result)
        title = QLabel(self.tr("By knowledge point"))
        title.setObjectName("sectionTitle")
        chart = QWidget()
        chart.setMaximumWidth(420)
        side = QVBoxLayout(chart)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(title)
        side.addLayout(self.bars)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(chart)
        body.addWidget(self.table, 1)
        layout.addLayout(body, 1)
        layout.addWidget(self.detail)

    def _fill(self, result: Result) -> None:
        verdict = (self.tr("provisional — short answers wait for a trainer")
                   if result.provisional else self.tr("passed") if result.passed
                   else self.tr("not passed"))
        self.headline.setText(self.tr("Score {score} / {max} ({percent}%): {verdict}. Pass "
                                      "mark {mark}%.").replace("{score}", f"{result.score:g}")
                              .replace("{max}", f"{result.max_score:g}")
                              .replace("{percent}", f"{result.percent:.0f}")
                              .replace("{verdict}", verdict)
                              .replace("{mark}", f"{result.pass_mark:g}"))
        for row, kp in enumerate(result.by_knowledge_point):
            bar = QProgressBar()
            bar.setMaximumHeight(18)
            bar.setRange(0, 100)
            bar.setValue(round(kp.percent))
            bar.setFormat(f"{kp.score:g} / {kp.max_score:g}")
            bar.setProperty("weak", kp.percent < result.pass_mark)
            bar.setAccessibleName(kp.knowledge_point)
            self.bars.addWidget(QLabel(kp.knowledge_point), row, 0)
            self.bars.addWidget(bar, row, 1)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Your answer"),
                                              self.tr("Right answer"), self.tr("Points")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Answers"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        entries = {e.item_id: e for e in self.attempt.paper.entries}
        truth = (self.tr("True"), self.tr("False"))
        self.outcomes = result.outcomes
        self.table.setRowCount(len(result.outcomes))
        for row, done in enumerate(result.outcomes):
            item, entry = self.service.content.items[done.item_id], entries[done.item_id]
            shown = self.service.may_show_answer(item.id)
            cells = [f"{row + 1}. {pick(item.stem, self.lang)[:30]}",
                     format_response(item, entry, done.response, truth),
                     right_answer(item, entry, truth, self.lang) if shown
                     else self.tr("(not shown)"),
                     "…" if done.score is None else f"{done.score:g} / {done.points}"]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        if result.outcomes:
            self.table.setCurrentCell(0, 0)

    def _on_table_current_cell_changed(self, row: int, *_args: int) -> None:
        if not 0 <= row < len(self.outcomes):
            return
        item = self.service.content.items[self.outcomes[row].item_id]
        if self.service.may_show_answer(item.id) and item.explanation:
            self.detail.setText(pick(item.explanation, self.lang))
        else:
            self.detail.setText(self.tr("The explanation of exam questions is not shown "
                                        "(hospital setting)."))
