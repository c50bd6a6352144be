"""The review queue: practical attempts waiting for a trainer, oldest first, filtered by
module, department, date and status.

May import: PySide6, trainer.gui, trainer.practical, trainer.words.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.gui.roles import module_name
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.marking import Agreement
from trainer.vocabulary import Module

STATUSES = ("", "provisional", "marked", "agreed", "adjudication", "adjudicated",
            "flagged", "signed_off")


def minutes(ms: int) -> str:
    return f"{ms // 60000}:{ms // 1000 % 60:02d}"


class QueueView(QWidget):
    opened = Signal(str)  # attempt id
    filters_changed = Signal()
    flags_wanted = Signal()  # the sync service's grading flags (networked profiles only)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.attempts: list[PracticalAttempt] = []
        self.title = QLabel()
        self.title.setObjectName("title")
        self.module = QComboBox()
        self.status = QComboBox()
        self.department = QComboBox()
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.flags_button = QPushButton()  # shown by the page on a networked profile
        self.flags_button.setObjectName("grading-flags-button")
        self.flags_button.hide()
        self.flags_button.clicked.connect(self.flags_wanted.emit)
        self.empty = QLabel()
        self.notice = QLabel()  # what a sign-off did about the certificate
        self.notice.setObjectName("review-notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff8e1;border:1px solid #ffb300;padding:6px;")
        self.notice.hide()
        self.agreement_title = QLabel()
        self.agreement = QTableWidget(0, 5)
        self.agreement.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.agreement.setMaximumHeight(130)
        self.agreement.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, box in zip(self.labels, (self.module, self.department, self.since,
                                            self.status), strict=True):
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.flags_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.agreement_title)
        layout.addWidget(self.agreement)
        for box in (self.module, self.status, self.department):
            box.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.since.dateChanged.connect(lambda _d: self.filters_changed.emit())

    def retranslate(self, departments: list[str]) -> None:
        self.title.setText(self.tr("Practical exams waiting for review (oldest first)"))
        for label, text in zip(self.labels, (self.tr("Module"), self.tr("Department"),
                                             self.tr("Since"), self.tr("Status")),
                               strict=True):
            label.setText(text)
        self.open_button.setText(self.tr("Open the replay"))
        self.flags_button.setText(self.tr("Grading flags from the sync service…"))
        self.empty.setText(self.tr("Nothing waiting for review."))
        self._fill(self.module, [("", self.tr("All modules"))]
                   + [(m.value, module_name(m)) for m in Module])
        self._fill(self.status, [("", self.tr("Waiting for a trainer"))]
                   + [(s, words.say(f"practical.status.{s}", self.lang))
                      for s in STATUSES[1:]])
        self._fill(self.department, [("", self.tr("All departments"))]
                   + [(d, d) for d in departments])
        self.table.setHorizontalHeaderLabels([
            self.tr("Finished at"), self.tr("Trainee"), self.tr("Module"), self.tr("Scenario"),
            self.tr("Automatic score"), self.tr("Status")])
        self.agreement_title.setText(self.tr("Agreement between markers (double-marked "
                                             "attempts)"))
        self.agreement.setHorizontalHeaderLabels([
            self.tr("Trainer"), self.tr("Double-marked"), self.tr("Agreed"),
            self.tr("Mean difference (points)"), self.tr("Adjudicated towards")])

    def show_agreement(self, rows: list[Agreement], names: dict[str, str]) -> None:
        self.agreement.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = [f"{names.get(row.trainer, row.trainer)} ({row.trainer})",
                     str(row.double_marked), f"{row.agreed} ({row.rate:g}%)",
                     f"{row.mean_difference:g}", str(row.adjudicated_towards)]
            for col, text in enumerate(cells):
                self.agreement.setItem(n, col, QTableWidgetItem(text))

    @staticmethod
    def _fill(box: QComboBox, rows: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for value, text in rows:
            box.addItem(text, value)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def filters(self) -> dict[str, str | None]:
        return {"module": self.module.currentData() or None,
                "status": self.status.currentData() or None,
                "department": self.department.currentData() or None,
                "since": self.since.date().toString("yyyy-MM-dd")}

    def show_attempts(self, attempts: list[PracticalAttempt], names: dict[str, str],
                      titles: dict[str, str] | None = None) -> None:
        self.attempts = attempts
        self.table.setRowCount(len(attempts))
        for row, a in enumerate(attempts):
            result = a.result
            score = "" if result is None else (
                f"{result.score:g}" + ("" if not result.critical_errors else " ⚠"))
            cells = [(a.finished_at or a.started_at)[:16].replace("T", " "),
                     f"{names.get(a.trainee, a.trainee)} ({a.trainee})",
                     module_name(Module(a.module)),
                     (titles or {}).get(a.scenario_id, a.scenario_id), score,
                     words.say(f"practical.status.{a.status}", self.lang)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty.setVisible(not attempts)
        if attempts:
            self.table.selectRow(0)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.attempts):
            self.opened.emit(self.attempts[row].attempt_id)
