"""The trainer's sittings page: unlock an exam here, schedule a sitting, see who signed in,
mark short answers.

Unlocking here is the proctor's presence: the trainer is logged in at this PC and unlocks
one certifying attempt for one person, who then logs in and starts it. A scheduled sitting
gets a one-time code (shown once) for trainees at other PCs.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.errors import TrainerError
from trainer.exams import sittings
from trainer.gui.context import AppContext
from trainer.gui.exams.wiring import exam_service
from trainer.gui.pages.base import Page
from trainer.gui.roles import module_name
from trainer.vocabulary import Module


class SittingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = exam_service(ctx.services)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.trainee = QLineEdit()
        self.module = QComboBox()
        for module in Module:
            self.module.addItem(module_name(module), module.value)
        self.unlock = QPushButton()
        self.unlock.clicked.connect(self.unlock_here)
        self.starts = QLineEdit()
        self.room = QLineEdit()
        self.staff = QLineEdit()
        self.schedule = QPushButton()
        self.schedule.clicked.connect(self.schedule_sitting)
        self.attendance = QListWidget()
        self.queue = QListWidget()
        self.mark = QDoubleSpinBox()
        self.mark.setRange(0, 1)
        self.mark.setSingleStep(0.25)
        self.mark_button = QPushButton()
        self.mark_button.clicked.connect(self.mark_selected)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.labels, (self.trainee, self.module, self.unlock,
                                              self.starts, self.room, self.staff,
                                              self.schedule), strict=True):
            self.form.addRow(label, field)
        marking = QHBoxLayout()
        marking.addWidget(self.mark)
        marking.addWidget(self.mark_button)
        self.attendance_title = QLabel()
        self.attendance_title.setObjectName("sectionTitle")
        self.queue_title = QLabel()
        self.queue_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        for widget in (self.attendance_title, self.attendance, self.queue_title, self.queue):
            layout.addWidget(widget)
        layout.addLayout(marking)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Exam sittings"))
        labels = [self.tr("Staff number"), self.tr("HIS module"), "", self.tr("Starts at"),
                  self.tr("Room"), self.tr("Staff numbers (comma-separated)"), ""]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.trainee.setAccessibleName(self.tr("Staff number"))
        self.module.setAccessibleName(self.tr("HIS module"))
        self.starts.setAccessibleName(self.tr("Starts at"))
        self.room.setAccessibleName(self.tr("Room"))
        self.staff.setAccessibleName(self.tr("Staff numbers (comma-separated)"))
        self.unlock.setText(self.tr("Unlock the exam at this PC"))
        self.schedule.setText(self.tr("Schedule a sitting"))
        self.attendance_title.setText(self.tr("Signed in (签到)"))
        self.queue_title.setText(self.tr("Short answers to mark"))
        self.mark.setAccessibleName(self.tr("Mark (0 to 1)"))
        self.mark_button.setText(self.tr("Save the mark"))

    def refresh(self) -> None:
        self.attendance.clear()
        for trainee, when in sittings.attendance(self.service.journal):
            self.attendance.addItem(f"{trainee}  {when[:16].replace('T', ' ')}")
        self.queue.clear()
        self.pending = self.service.marking_queue()
        for trainee, _attempt, item_id in self.pending:
            self.queue.addItem(f"{trainee}: {item_id}")

    def _say(self, exc: TrainerError) -> None:
        self.message.setText(words.say(exc.code, self.ctx.language, **exc.facts))

    def unlock_here(self) -> None:
        session = self.ctx.session
        staff_id = self.trainee.text().strip()
        if session is None or not staff_id:
            return
        try:
            sittings.unlock_here(self.service.journal, session, staff_id,
                                 str(self.module.currentData()))
        except TrainerError as exc:
            self._say(exc)
            return
        self.message.setText(self.tr("Unlocked for {staff} at this PC: they can log in and "
                                     "start.").replace("{staff}", staff_id))

    def schedule_sitting(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        staff = [s.strip() for s in self.staff.text().replace("，", ",").split(",")
                 if s.strip()]
        try:
            _sitting, code = sittings.schedule_sitting(
                self.service.journal, session, str(self.module.currentData()),
                self.starts.text().strip(), self.room.text().strip(), staff)
        except TrainerError as exc:
            self._say(exc)
            return
        self.message.setText(self.tr("Sitting scheduled. Its one-time code is {code} "
                                     "(shown once).").replace("{code}", code))
        self.refresh()

    def mark_selected(self) -> None:
        session = self.ctx.session
        row = self.queue.currentRow()
        if session is None or not 0 <= row < len(self.pending):
            return
        trainee, attempt_id, item_id = self.pending[row]
        try:
            self.service.mark(session, trainee, attempt_id, item_id, self.mark.value())
        except TrainerError as exc:
            self._say(exc)
            return
        self.refresh()
