"""The bank browser for trainers (题库浏览): filter the question banks by HIS module,
knowledge point, difficulty and pool, and read one item in full — stem, options, answer,
explanation and source — in the interface language.

Only trainers and administrators see the page; the services check it again
(:mod:`trainer.teaching.banks`). The banks are loaded once, in the background as soon
as a trainer logs in, and appear when loaded. Item statistics
come with exams and are not shown before there are attempts to count.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.auth.session import Session
from trainer.errors import TrainerError
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation
from trainer.gui.pages.base import Page
from trainer.gui.roles import join_names, module_name
from trainer.teaching.banks import (
    ItemDetail,
    ItemSummary,
    QuestionBanks,
    bank_filters,
    browse_items,
    item_detail,
    load_question_banks,
)
from trainer.vocabulary import Module

log = logging.getLogger(__name__)

COLUMNS = 6


class BankBrowserPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banks: QuestionBanks | None = None
        self.items: list[ItemSummary] = []
        #: The background load started at login (None once it has ended).
        self.loading: Operation[QuestionBanks] | None = None
        self._build()
        ctx.session_changed.connect(self._on_ctx_session_changed)
        self.retranslate()
        self.prefetch()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.module = QComboBox()
        self.knowledge_point = QComboBox()
        self.difficulty = QComboBox()
        self.pool = QComboBox()
        self.filters = QFormLayout()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS - 1, QHeaderView.ResizeMode.Stretch
        )
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)

        row = QHBoxLayout()
        for combo in (self.module, self.knowledge_point, self.difficulty, self.pool):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(combo)
            combo.activated.connect(self._on_filter_activated)
        row.addStretch(1)
        # Table above, detail below: stems need the width more than the height.
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([360, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Question banks"))
        self.module.setAccessibleName(self.tr("HIS module filter"))
        self.knowledge_point.setAccessibleName(self.tr("knowledge point filter"))
        self.difficulty.setAccessibleName(self.tr("difficulty filter"))
        self.pool.setAccessibleName(self.tr("pool filter"))
        self.table.setAccessibleName(self.tr("question items"))
        self.detail.setAccessibleName(self.tr("item detail"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Type"),
                self.tr("Knowledge point"),
                self.tr("Difficulty"),
                self.tr("Pool"),
                self.tr("Stem"),
            ]
        )
        self._fill_filters()
        self.apply_filters()

    # loading
    def prefetch(self) -> None:
        """Start loading the banks now (at login), so the page is ready when opened."""
        session = self.ctx.session
        busy_or_done = self.banks is not None or self.loading is not None
        if session is None or not self.ctx.ready or busy_or_done:
            return
        self.loading = Operation(self.ctx, lambda _p: load_question_banks(session), parent=self)
        self.loading.on_success(lambda banks: self._on_banks_loaded(session, banks))
        self.loading.on_failure(lambda error: self._on_banks_failed(session, error))
        self.loading.start()
        self.status.setText(self.tr("Loading the question banks…"))

    def refresh(self) -> None:
        """Show the banks (or start loading them; they appear when loaded)."""
        self.prefetch()
        self._fill_filters()
        self.apply_filters()

    def _on_banks_loaded(self, session: Session, banks: QuestionBanks) -> None:
        if session is not self.ctx.session:
            return  # loaded for someone who has logged out meanwhile
        self.loading, self.banks = None, banks
        self.refresh()

    def _on_banks_failed(self, session: Session, error: TrainerError) -> None:
        if session is not self.ctx.session:
            return
        self.loading = None
        if error.code == "auth.denied":
            self.status.setText(self.tr("Only trainers and administrators may browse the banks."))
        else:
            self.status.setText(self.tr("The question banks could not be loaded."))

    def _on_ctx_session_changed(self) -> None:
        self.banks, self.items = None, []
        self.table.setRowCount(0)
        self.detail.clear()
        self.loading = None
        self.prefetch()

    # filtering
    def _fill_filters(self) -> None:
        session = self.ctx.session
        if self.banks is None or session is None:
            for combo in (self.module, self.knowledge_point, self.difficulty, self.pool):
                combo.clear()
            return
        values = bank_filters(session, self.banks)
        pools = {"practice": self.tr("Practice pool"), "exam": self.tr("Exam pool")}
        self._fill(
            self.module,
            self.tr("All HIS modules"),
            [(module_name(m), m.value) for m in values.modules],
        )
        self._fill(
            self.knowledge_point,
            self.tr("All knowledge points"),
            [(k, k) for k in values.knowledge_points],
        )
        self._fill(
            self.difficulty,
            self.tr("All difficulties"),
            [(self.tr("Difficulty %1").replace("%1", str(d)), d) for d in values.difficulties],
        )
        self._fill(self.pool, self.tr("Both pools"), [(pools[p], p) for p in values.pools])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, value in choices:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index) if current is not None else 0)

    def _on_filter_activated(self, _index: int) -> None:
        self.apply_filters()

    def apply_filters(self) -> None:
        session = self.ctx.session
        if self.banks is None or session is None:
            return
        self.items = browse_items(
            session,
            self.banks,
            self.ctx.language,
            module=self.module.currentData(),
            knowledge_point=self.knowledge_point.currentData(),
            difficulty=self.difficulty.currentData(),
            pool=self.pool.currentData(),
        )
        self._fill_table()
        problems = len(self.banks.problems)
        text = self.tr("%1 items").replace("%1", str(len(self.items)))
        if problems:
            text += " · " + self.tr(
                "%1 bank(s) left out because of errors (see: his-trainer content check)"
            ).replace("%1", str(problems))
        self.status.setText(text)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [
                item.item_id,
                self._type_name(item.type),
                item.knowledge_point,
                str(item.difficulty),
                self._pool_name(item.pool),
                item.stem,
            ]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.items:
            self.table.setCurrentCell(0, 0)
        else:
            self.detail.clear()

    # detail
    def _on_table_current_cell_changed(self, row: int, *_: int) -> None:
        session = self.ctx.session
        if session is None or self.banks is None or not 0 <= row < len(self.items):
            return
        detail = item_detail(session, self.banks, self.items[row].item_id, self.ctx.language)
        self.detail.setHtml(self.detail_html(detail))

    def detail_html(self, item: ItemDetail) -> str:
        e = html.escape
        facts = " · ".join(
            [
                e(item.item_id),
                e(self._type_name(item.type)),
                e(self.tr("Difficulty %1").replace("%1", str(item.difficulty))),
                e(self._pool_name(item.pool)),
                e(item.knowledge_point),
                e(join_names(module_name(Module(m)) for m in item.modules)),
            ]
        )
        out = [f'<p style="color:#5b6b7b;">{facts}</p>', f"<h3>{e(item.stem)}</h3>"]
        if item.options:
            out.append(
                '<ol type="A">'
                + "".join(
                    f"<li>{'<b>' if o.correct else ''}{e(o.text)}"
                    f"{' ✓</b>' if o.correct else ''}</li>"
                    for o in item.options
                )
                + "</ol>"
            )
        answer, explanation = self.tr("Answer"), self.tr("Explanation")
        guide, source = self.tr("Marking guide"), self.tr("Source")
        out.append(f"<p><b>{e(answer)}:</b> {e(self._answer_text(item))}</p>")
        if item.explanation:
            out.append(f"<p><b>{e(explanation)}:</b> {e(item.explanation)}</p>")
        if item.rubric:
            out.append(f"<p><b>{e(guide)}:</b> {e(item.rubric)}</p>")
        out.append(f"<p><b>{e(source)}:</b> {e(item.source)}</p>")
        return "".join(out)

    def _answer_text(self, item: ItemDetail) -> str:
        if item.type == "true_false":
            return self.tr("True") if item.answer == "true" else self.tr("False")
        if item.answer_texts:
            return " / ".join(item.answer_texts)
        return item.answer

    def _type_name(self, kind: str) -> str:
        names = {
            "single": self.tr("Single choice"),
            "multiple": self.tr("Multiple choice"),
            "true_false": self.tr("True or false"),
            "fill_in": self.tr("Fill in the blank"),
            "short_answer": self.tr("Short answer"),
        }
        return names.get(kind, kind)

    def _pool_name(self, pool: str) -> str:
        return self.tr("Exam pool") if pool == "exam" else self.tr("Practice pool")
