"""The lock screen of a shared workstation: hides everything; the same person unlocks
with their password, or anyone may switch user (which ends the session cleanly)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import LoginFailed
from trainer.gui.context import AppContext
from trainer.gui.operations import failure_words
from trainer.gui.pages.base import Page


class LockPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setObjectName("loginTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        card = QFrame()
        card.setObjectName("loginCard")
        card.setFixedWidth(460)
        inner = QVBoxLayout(card)
        inner.addWidget(self.heading)
        inner.addWidget(self.who)
        inner.addSpacing(12)
        inner.addWidget(self.password)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.password.setAccessibleName(self.tr("password to unlock"))
        self.switch_button.setAccessibleName(self.tr("switch user"))
        self.heading.setText(self.tr("Screen locked"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Switch user"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        name = f"{session.member.name}（{session.staff_id}）" if session else ""
        self.who.setText(self.tr("In use by %1. Only this person can unlock; anyone else "
                                 "may switch user, which ends this session.")
                         .replace("%1", name))
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def _on_unlock_clicked(self) -> None:
        try:
            self.ctx.unlock(self.password.text())
        except LoginFailed as exc:
            self.password.clear()
            if exc.code == "auth.throttled":
                self.message.setText(failure_words(exc, self.ctx.language))
            else:  # the staff number is not asked here: only the password can be wrong
                self.message.setText(self.tr("Wrong password."))

    def _on_switch_clicked(self) -> None:
        self.ctx.switch_user()
