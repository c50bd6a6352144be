"""Paper preview for trainers: the paper a seed gives from a module's blueprint.

The same as ``his-trainer exam paper MODULE --seed N``: items, types, knowledge points and
difficulty, never answers; or the blueprint's shortfall, named.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.content.common import pick
from trainer.errors import TrainerError
from trainer.exams.assembly import assemble
from trainer.gui.context import AppContext
from trainer.gui.exams.wiring import exam_service
from trainer.gui.pages.base import Page
from trainer.gui.roles import module_name
from trainer.vocabulary import Module


class PaperPreviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = exam_service(ctx.services)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.module = QComboBox()
        for module in Module:
            self.module.addItem(module_name(module), module.value)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.module.currentIndexChanged.connect(self.refresh)
        self.seed.valueChanged.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.module)
        row.addWidget(self.seed)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Paper preview"))
        self.module.setAccessibleName(self.tr("HIS module"))
        self.seed.setAccessibleName(self.tr("Seed"))
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Type"),
                                              self.tr("Knowledge point"),
                                              self.tr("Difficulty")])
        self.table.setAccessibleName(self.tr("Paper"))

    def refresh(self) -> None:
        module = str(self.module.currentData())
        content = self.service.content
        try:
            blueprint = content.blueprint(module)
            paper = assemble(blueprint, content.exam_index(module), self.seed.value())
        except TrainerError as exc:
            self.summary.setText(words.say(exc.code, self.ctx.language, **exc.facts))
            self.table.setRowCount(0)
            return
        self.summary.setText(self.tr("{items} questions, {minutes} minutes, pass mark "
                                     "{mark}%. The same seed gives the same paper on any PC.")
                             .replace("{items}", str(len(paper.entries)))
                             .replace("{minutes}", str(blueprint.time_limit_minutes))
                             .replace("{mark}", f"{blueprint.pass_mark:g}"))
        self.table.setRowCount(len(paper.entries))
        for row, entry in enumerate(paper.entries):
            item = content.items[entry.item_id]
            cells = [f"{row + 1}. {pick(item.stem, self.ctx.language)[:50]}", item.type,
                     item.knowledge_point, str(item.difficulty)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
