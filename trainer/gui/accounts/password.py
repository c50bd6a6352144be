"""Change one's own password: forced after an admin reset or when it is too old, and
available from the settings page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.auth.session import Session
from trainer.errors import LoginFailed, TrainerError
from trainer.gui.accounts.login import MAX_PASSWORD
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, failure_words
from trainer.gui.pages.base import Page


class PasswordPage(Page):
    password_changed = Signal()
    cancelled = Signal()
    #: A save attempt ended, successfully or not (tests wait for it).
    save_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.forced = False
        self._save: Operation[Session] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.old, self.new, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.old, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(MAX_PASSWORD)
        self.labels = [QLabel() for _ in range(3)]
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)

        form = QFormLayout()
        for label, field in zip(self.labels, (self.old, self.new, self.repeat), strict=True):
            form.addRow(label, field)
        form.addRow(self.cancel_button, self.save_button)
        card = QFrame()
        card.setObjectName("loginCard")
        card.setFixedWidth(520)
        inner = QVBoxLayout(card)
        inner.addWidget(self.heading)
        inner.addWidget(self.explanation)
        inner.addLayout(form)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.save_button.clicked.connect(self._on_save_clicked)
        self.repeat.returnPressed.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.cancelled)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Change password"))
        texts = (self.tr("Current password"), self.tr("New password"),
                 self.tr("Repeat new password"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for field, name in ((self.old, self.tr("current password")),
                            (self.new, self.tr("new password")),
                            (self.repeat, self.tr("repeat new password"))):
            field.setAccessibleName(name)
        self.save_button.setText(self.tr("Change password"))
        self.cancel_button.setText(self.tr("Log out") if self.forced else self.tr("Cancel"))
        self.explanation.setText(
            self.tr("You must choose a new password before you continue: it was set by an "
                    "administrator or is too old. Use at least 8 characters; a short "
                    "sentence is easy to remember and hard to guess.") if self.forced else
            self.tr("Use at least 8 characters; a short sentence is easy to remember and "
                    "hard to guess."))

    def start(self, *, forced: bool) -> None:
        self.forced = forced
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.message.clear()
        self.retranslate()
        self.old.setFocus()

    def _on_save_clicked(self) -> None:
        session = self.ctx.session
        if session is None or self._save is not None:
            return
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        services, old, new = self.ctx.services, self.old.text(), self.new.text()
        # on the sync service when this PC is enrolled: a network call
        self._save = Operation(self.ctx, lambda _p: services.change_password(session, old, new),
                               parent=self, network=True)
        self._save.on_success(self._on_saved).on_failure(self._on_save_failed)
        self.save_button.setEnabled(False)
        self._save.start()

    def _on_saved(self, session: Session) -> None:
        self._save = None
        self.save_button.setEnabled(True)
        self.ctx.start_session(session)
        self.password_changed.emit()
        self.save_finished.emit()

    def _on_save_failed(self, error: TrainerError) -> None:
        self._save = None
        self.save_button.setEnabled(True)
        self.message.setText(self._refusal(error))
        self.save_finished.emit()

    def _refusal(self, exc: TrainerError) -> str:
        if isinstance(exc, LoginFailed) and exc.code != "auth.throttled":
            return self.tr("The current password is wrong.")  # the only thing typed here
        if exc.code.startswith("sync."):
            return self.tr("The hospital server cannot be reached; try again when this "
                           "computer is connected. Your password was not changed.")
        return failure_words(exc, self.ctx.language)
