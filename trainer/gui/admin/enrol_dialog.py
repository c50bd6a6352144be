"""Enrol this PC with the hospital's sync service (IT, on a standalone PC): the service's
address and a one-time code. A profile that was used on its own — staff or history of its
own — brings them along: the dialog says so, enrols with the merge path (``sync enrol
--merge-roster``; IT issues a *merge* code on the Workstations page) and then shows per
person what the service made of them: added, the same person, or a staff number that
belongs to someone else there (IT resolves it on the Workstations page; that person's
history waits on the service until then).

Both calls are one network operation, never on the screen's thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import TrainerError
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, failure_words


class EnrolDialog(QDialog):
    #: The enrolment (and merge) call ended, well or not (tests wait for it).
    call_finished = Signal()
    #: The PC is now enrolled (the page shows the service).
    enrolled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from trainer.sync.merging import own_history

        self.ctx = ctx
        self.people, self.events = own_history(ctx.services.engine, ctx.services.journal)
        #: A profile with staff or history of its own offers them to the service.
        self.merging = self.people > 0 or self.events > 0
        self.is_enrolled = False  # enrolled by this dialog (a failed merge is asked again)
        self.outcome: list[tuple[str, str, str]] = []
        self.outcome_shown = False  # enrolled (and merged): the outcome is shown
        self._call: Operation[Any] | None = None
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.url = QLineEdit()
        self.code = QLineEdit()
        self.ca_file = QLineEdit()
        self.url_label, self.code_label, self.ca_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.url_label, self.url), (self.code_label, self.code),
                             (self.ca_label, self.ca_file)):
            label.setBuddy(field)
        self.enrol_button = QPushButton()
        self.enrol_button.setDefault(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.people_list = QListWidget()
        self.people_list.setVisible(False)
        self.people_list.setWordWrap(True)  # a clash's words are long
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        form.addRow(self.code_label, self.code)
        form.addRow(self.ca_label, self.ca_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.people_list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.enrol_button.clicked.connect(self._on_enrol_clicked)
        self.code.returnPressed.connect(self._on_enrol_clicked)
        self.buttons.rejected.connect(self.reject)
        self.people_list.setMinimumHeight(160)
        self.resize(720, 560)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol this PC with the sync service"))
        self.url_label.setText(self.tr("Service &address"))
        self.code_label.setText(self.tr("One-time &code"))
        self.ca_label.setText(self.tr("CA certificate (&optional)"))
        self.url.setPlaceholderText(self.tr("https://server:port"))
        self.url.setAccessibleName(self.tr("address of the sync service"))
        self.code.setAccessibleName(self.tr("one-time enrolment code from IT"))
        self.ca_file.setAccessibleName(self.tr("CA certificate file to trust, optional"))
        self.ca_file.setPlaceholderText(self.tr("Only if IT gave you a certificate file"))
        self.people_list.setAccessibleName(self.tr("what the service made of each person"))
        if self.merging:
            self.explain.setText(
                self.tr("This PC has been used on its own: %1 staff and %2 recorded events. "
                        "Enrolling merges its staff into the service's roster and sends its "
                        "history there (certificates issued here stay marked self-attested). "
                        "Use a merge code from IT. A staff number the service already uses "
                        "for someone else is never merged silently: IT resolves it on the "
                        "Workstations page, and that person's history waits until then.")
                .replace("%1", str(self.people)).replace("%2", str(self.events)))
        else:
            self.explain.setText(self.tr("Enter the service's address and the one-time code "
                                         "IT gave you. This PC then gets its staff from the "
                                         "service."))
        self.enrol_button.setText(
            self.tr("Merge the roster again") if self.is_enrolled else
            self.tr("Enrol and merge this PC's staff") if self.merging else
            self.tr("Enrol this PC"))
        if self.outcome_shown:
            self._show_outcome()

    # actions
    def _on_enrol_clicked(self) -> None:
        url, code, ca = self.url.text().strip(), self.code.text().strip(), self.ca_file.text()
        if not self.is_enrolled and not (url and code):
            self.message.setText(self.tr("Enter the service's address and the code."))
            return
        if self._call is not None:
            return
        services, merging, again = self.ctx.services, self.merging, self.is_enrolled

        def enrol_and_merge() -> list[tuple[str, str, str]]:
            from trainer.sync.client import enrol
            from trainer.sync.merging import merge_after_enrol, outcome_by_person

            if not again:
                enrol(services.engine, services.journal, url, code, ca_file=ca.strip() or None)
            if not merging:
                return []
            merged = merge_after_enrol(services.engine, services.journal)
            return outcome_by_person(services.engine, merged)

        self.message.clear()
        self.summary.setText(self.tr("Asking the sync service…"))
        self._set_busy(True)
        self._call = Operation(self.ctx, lambda _progress: enrol_and_merge(), parent=self,
                               network=True)
        self._call.on_success(self._on_done)
        self._call.on_failure(self._on_failed)
        self._call.start()

    def _on_done(self, outcome: list[tuple[str, str, str]]) -> None:
        self._call = None
        self._note_enrolled()
        self.outcome = outcome
        self.outcome_shown = True
        self._set_busy(False)
        self.enrol_button.setVisible(False)
        self._show_outcome()
        self.call_finished.emit()

    def _show_outcome(self) -> None:
        outcome = self.outcome
        count = {kind: sum(1 for row in outcome if row[2] == kind)
                 for kind in ("added", "same", "clash")}
        self.summary.setText(
            self.tr("Enrolled. The service added %1 people, knew %2 already, and lists %3 "
                    "staff number(s) in clash for IT.")
            .replace("%1", str(count["added"])).replace("%2", str(count["same"]))
            .replace("%3", str(count["clash"])) if self.merging else
            self.tr("Enrolled. This PC now syncs with the service."))
        self.people_list.clear()
        first = {"clash": 0, "added": 1, "same": 2}  # what IT must act on at the top
        for staff_id, name, kind in sorted(outcome, key=lambda row: (first.get(row[2], 3), row[0])):
            self.people_list.addItem(f"{staff_id} {name}: {self._words(kind)}")
        self.people_list.setVisible(bool(outcome))

    def _words(self, kind: str) -> str:
        if kind == "added":
            return self.tr("added to the service's roster")
        if kind == "same":
            return self.tr("already on the service: the same person")
        return self.tr("this staff number belongs to someone else on the service; IT "
                       "resolves it on the Workstations page, and this person's history "
                       "waits until then")

    def _on_failed(self, error: TrainerError) -> None:
        self._call = None
        self._note_enrolled()
        if error.code == "merge.not_allowed":  # an ordinary code: enrol again with a merge code
            self.is_enrolled = False
            self.retranslate()
        self._set_busy(False)
        self.summary.clear()
        words = failure_words(error, self.ctx.language)
        self.message.setText(
            self.tr("Enrolled, but the staff could not be merged yet: %1").replace("%1", words)
            if self.is_enrolled else
            self.tr("Not enrolled: %1").replace("%1", words))
        self.call_finished.emit()

    def _note_enrolled(self) -> None:
        from trainer.sync.state import read_status

        status = read_status(self.ctx.services.engine)
        if status.enrolled and not self.is_enrolled:
            self.is_enrolled = True
            self.ctx.services.settings.set("server_url", status.server_url or "")
            self.enrolled.emit()
        self.retranslate()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.url, self.code, self.ca_file):
            widget.setEnabled(not busy and not self.is_enrolled)
        self.buttons.setEnabled(not busy)
        self.enrol_button.setEnabled(not busy)
