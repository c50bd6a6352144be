"""Log in with staff number (工号) and password; on an empty roster, create the first
administrator instead (no default password exists anywhere)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.errors import LoginFailed, TrainerError, WeakPassword
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress, failure_words
from trainer.gui.pages.base import Page

log = logging.getLogger(__name__)

#: The password policy's maximum (trainer.auth.passwords.MAX_LENGTH, not imported here:
#: that module loads argon2, and this page must appear before anything heavy loads).
MAX_PASSWORD = 64


#: Refusals of the details typed for a new person (said in words; anything else on the
#: first-administrator form means someone else was quicker).
STAFF_DETAILS = frozenset({"auth.bad_staff_id", "auth.bad_name", "auth.no_roles"})

#: Sync errors that mean "no answer from the service" rather than "no such person".
UNREACHABLE = frozenset({"sync.offline", "sync.timeout", "sync.cut", "sync.tls",
                         "sync.server_error", "sync.network"})


class LoginPage(Page):
    #: An online lookup of an unknown staff number has ended (tests wait for it).
    lookup_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._lookup: Operation[None] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("loginTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading = QLabel()
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading.setWordWrap(True)

        self.staff_id = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(MAX_PASSWORD)
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.staff_label, self.password_label = QLabel(), QLabel()
        login_form = QFormLayout()
        login_form.addRow(self.staff_label, self.staff_id)
        login_form.addRow(self.password_label, self.password)
        login_form.addRow("", self.login_button)
        login_box = QWidget()
        login_box.setLayout(login_form)

        self.admin_id, self.admin_name = QLineEdit(), QLineEdit()
        self.admin_password, self.admin_repeat = QLineEdit(), QLineEdit()
        for field in (self.admin_password, self.admin_repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(MAX_PASSWORD)
        self.create_button = QPushButton()
        self.admin_labels = [QLabel() for _ in range(4)]
        admin_form = QFormLayout()
        for label, field in zip(
            self.admin_labels,
            (self.admin_id, self.admin_name, self.admin_password, self.admin_repeat),
            strict=True,
        ):
            admin_form.addRow(label, field)
        admin_form.addRow("", self.create_button)
        admin_box = QWidget()
        admin_box.setLayout(admin_form)

        self.modes = QStackedWidget()
        self.modes.addWidget(login_box)
        self.modes.addWidget(admin_box)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        card = QFrame()
        card.setObjectName("loginCard")
        card.setFixedWidth(460)
        inner = QVBoxLayout(card)
        inner.addWidget(self.heading)
        inner.addWidget(self.subheading)
        inner.addSpacing(16)
        inner.addWidget(self.modes)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.login_button.clicked.connect(self._on_login_clicked)
        self.password.returnPressed.connect(self._on_login_clicked)
        self.staff_id.returnPressed.connect(self.password.setFocus)
        self.create_button.clicked.connect(self._on_create_clicked)
        ctx.services_ready.connect(self.refresh)
        ctx.services_failed.connect(self._on_ctx_services_failed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.staff_id.setAccessibleName(self.tr("staff number"))
        self.password.setAccessibleName(self.tr("password"))
        self.admin_id.setAccessibleName(self.tr("administrator staff number"))
        self.admin_name.setAccessibleName(self.tr("administrator name"))
        self.admin_password.setAccessibleName(self.tr("new password"))
        self.admin_repeat.setAccessibleName(self.tr("repeat password"))
        self.heading.setText(self.tr("HIS Trainer"))
        self.staff_label.setText(self.tr("Staff number"))
        self.password_label.setText(self.tr("Password"))
        self.login_button.setText(self.tr("Log in"))
        self.staff_id.setPlaceholderText(self.tr("e.g. N0123"))
        texts = (
            self.tr("Staff number"),
            self.tr("Name"),
            self.tr("Password"),
            self.tr("Repeat password"),
        )
        for label, text in zip(self.admin_labels, texts, strict=True):
            label.setText(text)
        self.create_button.setText(self.tr("Create administrator"))
        self._set_subheading()

    def _set_subheading(self) -> None:
        if self.modes.currentIndex() == 1:
            self.subheading.setText(
                self.tr(
                    "First start on this computer: create the administrator account. There is "
                    "no default password; choose one of at least 8 characters."
                )
            )
        else:
            self.subheading.setText(
                self.tr("Hospital information system training and certification")
            )

    def refresh(self) -> None:
        first_run = self.ctx.needs_first_admin()
        self.modes.setCurrentIndex(1 if first_run else 0)
        # Typing may start at once; the buttons work once the services have loaded.
        self.login_button.setEnabled(self.ctx.ready)
        self.create_button.setEnabled(self.ctx.ready)
        self._set_subheading()
        self.message.clear()
        self.password.clear()
        (self.admin_id if first_run else self.staff_id).setFocus()

    def _on_ctx_services_failed(self, reason: str) -> None:
        self.message.setText(
            self.tr(
                "This computer's training data could not be opened. Please call IT. (%1)"
            ).replace("%1", reason)
        )

    def _on_login_clicked(self) -> None:
        if not self.ctx.ready or self._lookup is not None:
            return
        staff_id, password = self.staff_id.text().strip(), self.password.text()
        try:
            self.ctx.log_in(staff_id, password)
        except LoginFailed as exc:
            if exc.code == "auth.bad_credentials" and self._ask_the_service(staff_id, password):
                return
            self.password.clear()
            self.message.setText(self._failure_text(exc))
            return
        self.password.clear()
        self.message.clear()

    def _ask_the_service(self, staff_id: str, password: str) -> bool:
        """Someone this PC does not know, on an enrolled PC: the hospital's service checks
        the password and sends their roster row and history (off the GUI thread)."""
        services = self.ctx.services
        if not staff_id or services.login.knows(staff_id):
            return False
        from trainer.sync.state import read_status

        if not read_status(services.engine).enrolled:
            return False

        def fetch_person(_progress: Progress) -> None:
            from trainer.sync.client import SyncClient

            SyncClient(services.engine, services.journal).fetch_person(staff_id, password)

        self._lookup = Operation(self.ctx, fetch_person, parent=self, network=True)
        self._lookup.on_success(lambda _none: self._on_person_fetched(staff_id, password))
        self._lookup.on_failure(self._on_person_fetch_failed)
        self.login_button.setEnabled(False)
        self.message.setText(self.tr("Checking with the hospital server…"))
        self._lookup.start()
        return True

    def _on_person_fetched(self, staff_id: str, password: str) -> None:
        self._lookup = None
        self.login_button.setEnabled(True)
        self.lookup_finished.emit()
        try:
            self.ctx.log_in(staff_id, password)
        except LoginFailed as exc:
            self.message.setText(self._failure_text(exc))
        else:
            self.message.clear()
        self.password.clear()

    def _on_person_fetch_failed(self, error: TrainerError) -> None:
        self._lookup = None
        self.login_button.setEnabled(True)
        self.lookup_finished.emit()
        self.password.clear()
        self.message.setText(self.tr("The hospital server cannot be reached; only staff "
                                     "known to this computer can log in now.")
                             if error.code in UNREACHABLE
                             else words.say("auth.bad_credentials", self.ctx.language))

    def _failure_text(self, exc: LoginFailed) -> str:
        if exc.code in ("auth.throttled", "auth.disabled"):
            return failure_words(exc, self.ctx.language)
        # never say which of the two was wrong
        return words.say("auth.bad_credentials", self.ctx.language)

    def _on_create_clicked(self) -> None:
        if not self.ctx.ready:
            return
        if self.admin_password.text() != self.admin_repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        if not self.admin_id.text().strip() or not self.admin_name.text().strip():
            self.message.setText(self.tr("Enter the staff number and the name."))
            return
        try:
            session = self.ctx.services.login.create_first_admin(
                self.admin_id.text().strip(),
                self.admin_name.text().strip(),
                self.admin_password.text(),
            )
        except TrainerError as exc:
            if isinstance(exc, WeakPassword) or exc.code in STAFF_DETAILS:
                self.message.setText(failure_words(exc, self.ctx.language))
            else:  # someone else created the first admin meanwhile
                self.refresh()
            return
        self.ctx.start_session(session)

