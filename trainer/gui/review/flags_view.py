"""The sync service's grading flags, read-only, in the trainers' review page (networked
profiles only): certifying theory attempts the service held, refused, waits on for marks,
or graded against a disagreeing local result — who, module, when, status and the reason.

The trainer types their own password; the read runs off the GUI thread as a network
:class:`~trainer.gui.operations.Operation` (:func:`trainer.exams.grading_flags.read_flags`).

May import: PySide6, trainer.gui, trainer.exams, trainer.errors, trainer.vocabulary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import TrainerError
from trainer.exams.grading_flags import FlagRow, read_flags
from trainer.gui.admin.devices import UNREACHABLE
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress, failure_words
from trainer.gui.roles import module_name
from trainer.vocabulary import Module

# The service (or this PC) said no: the password, or the person's roles.
REFUSED = frozenset({"auth.bad_credentials", "auth.denied", "sync.unauthorized",
                     "auth.no_session"})
MODULES = {m.value: m for m in Module}


class FlagsView(QWidget):
    back = Signal()
    call_finished = Signal()  # a read ended, shown or refused (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grading-flags")
        self.ctx = ctx
        self.rows: list[FlagRow] = []
        self.call: Operation[list[FlagRow]] | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.read)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.read)
        self.message = QLabel()
        self.message.setObjectName("flags-message")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(90)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back.emit)
        login = QHBoxLayout()
        login.addWidget(self.password_label)
        login.addWidget(self.password, 1)
        login.addWidget(self.show_button)
        login.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(login)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Grading flags from the sync service"))
        self.intro.setText(self.tr(
            "Certifying theory exams the sync service held, did not certify, waits to be "
            "marked, or graded differently from this PC. The service checks your password "
            "and roles."))
        self.password_label.setText(self.tr("Your password:"))
        self.password.setAccessibleName(self.tr("your password for the sync service"))
        self.show_button.setText(self.tr("Show the flags"))
        self.back_button.setText(self.tr("Back to the review queue"))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Staff number"), self.tr("Name"), self.tr("Module"),
            self.tr("Status"), self.tr("Reason")])

    def read(self) -> None:
        """Ask the service for the flags (in the background); the password is used for
        this read only."""
        password = self.password.text()
        if self.call is not None:
            return
        if not password:
            self._say(self.tr("Type your password first."), error=True)
            return
        engine, session, lang = self.ctx.services.engine, self.ctx.session, self.ctx.language
        self.password.clear()
        self.show_button.setEnabled(False)
        self._say(self.tr("Asking the sync service…"))

        def run(_p: Progress) -> list[FlagRow]:
            return read_flags(engine, session, password, lang)

        self.call = Operation(self.ctx, run, parent=self, network=True)
        self.call.on_success(self._show).on_failure(self._failed).start()

    def _show(self, rows: list[FlagRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            module = MODULES.get(row.module)
            cells = (row.when, row.staff_id, row.name or "—",
                     module_name(module) if module is not None else row.module,
                     row.status_words, row.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, column, item)
        self.table.resizeRowsToContents()
        self._say(self.tr("%1 flagged attempt(s), newest first.").replace("%1", str(len(rows)))
                  if rows else self.tr("The sync service flags no attempt."))
        self._ended()

    def _failed(self, error: TrainerError) -> None:
        if error.code in REFUSED:
            text = self.tr("The sync service refused: wrong password, or you are not a "
                           "trainer there.")
        elif error.code in UNREACHABLE:
            text = self.tr("The sync service cannot be reached: %1").replace(
                "%1", failure_words(error, self.ctx.language))
        else:  # the service answered no for another reason
            text = failure_words(error, self.ctx.language)
        self._say(text, error=True)
        self._ended()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet(
            "color:#b00020;background:#fdecea;border:1px solid #e57373;padding:6px;"
            if error else "")

    def _ended(self) -> None:
        self.call = None
        self.show_button.setEnabled(True)
        self.call_finished.emit()
