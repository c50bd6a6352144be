"""The exam runner: countdown, question grid, one item at a time, keyboard first.

Keys: A–F or 1–6 answer (T/F for true/false), ↑/↓ move between the parts of a case or
matching set, ←/→ or Enter move between items, Ctrl+F flags for review, Ctrl+Enter asks to
submit (Enter confirms, Esc goes back). Each change is journalled (``synchronous=FULL``)
before the "saved" line says so. Practice shows right/wrong and the explanation at once; an
exam shows nothing until review. The clock pauses while the screen is locked or the user is
switched; time-out submits.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.content.common import pick
from trainer.errors import TrainerError
from trainer.exams.results import outcome
from trainer.exams.runner import HEARTBEAT_S, RunningAttempt
from trainer.exams.service import ExamService, Submission
from trainer.gui.exams.question_view import LETTERS, QuestionView

STYLE = """
QPushButton[state="answered"] { background: #d4ecd9; }
QPushButton[state="flagged"] { background: #ffe0a3; }
QPushButton[current="true"] { border: 2px solid #2b5a83; font-weight: bold; }
QFrame#questionPart { border-left: 3px solid transparent; padding-left: 4px; }
QFrame#questionPart[current="true"] { border-left: 3px solid #2b5a83; }
QFrame#questionPart QPushButton { text-align: left; padding: 6px 10px; }
QFrame#questionPart QPushButton:checked { background: #2b5a83; color: white; }
QLabel#examClock { font-size: 16px; font-weight: bold; }
QLabel#examSaved { color: #2e7d32; }
QLabel#examConfirm, QLabel#examPaused { background: #fff3cd; padding: 8px; }
"""


def clock_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class ExamRunner(QWidget):
    submitted = Signal(object)  # Submission

    def __init__(self, service: ExamService, running: RunningAttempt, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.running, self.lang = service, running, lang
        self.entries = running.attempt.paper.entries
        self.index = 0
        self.view: QuestionView | None = None
        self._last_beat = time.monotonic()
        self.practice = not running.attempt.certifying
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("examRunner")
        self.setStyleSheet(STYLE)
        self.countdown = QLabel()
        self.countdown.setObjectName("examClock")
        self.saved = QLabel()
        self.saved.setObjectName("examSaved")
        self.grid = QGridLayout()
        self.cells: list[QPushButton] = []
        for number, _entry in enumerate(self.entries):
            cell = QPushButton(str(number + 1))
            cell.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            cell.setFixedWidth(48)
            cell.clicked.connect(lambda _c=False, n=number: self.go_to(n))
            self.cells.append(cell)
            self.grid.addWidget(cell, number // 5, number % 5)
        self.item_area = QScrollArea()
        self.item_area.setWidgetResizable(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("examFeedback")
        self.confirm = QLabel()
        self.confirm.setWordWrap(True)
        self.confirm.setObjectName("examConfirm")
        self.confirm.hide()
        self.paused_note = QLabel()
        self.paused_note.setObjectName("examPaused")
        self.paused_note.hide()
        self.previous = QPushButton()
        self.next = QPushButton()
        self.flag = QPushButton()
        self.submit = QPushButton()
        for button, slot in ((self.previous, lambda: self.go_to(self.index - 1)),
                             (self.next, lambda: self.go_to(self.index + 1)),
                             (self.flag, self.toggle_flag), (self.submit, self.ask_submit)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
        self._assemble()
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._on_timer_tick)
        self.timer.start()
        self.retranslate()
        self.go_to(0)

    def _assemble(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.countdown)
        top.addStretch(1)
        top.addWidget(self.saved)
        side = QVBoxLayout()
        side.addLayout(self.grid)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(side)
        middle.addWidget(self.item_area, 1)
        buttons = QHBoxLayout()
        for button in (self.previous, self.next, self.flag):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.paused_note)
        layout.addLayout(middle, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.previous.setText(self.tr("← Previous"))
        self.next.setText(self.tr("Next →"))
        self.flag.setText(self.tr("Flag for review (Ctrl+F)"))
        self.submit.setText(self.tr("Submit (Ctrl+Enter)"))
        self.paused_note.setText(self.tr("Paused: the exam clock is stopped."))
        self.countdown.setAccessibleName(self.tr("Time remaining"))
        self.setAccessibleName(self.tr("Exam"))
        self._update_clock()
        self._update_cells()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- navigation ------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        self.index = index
        entry = self.entries[index]
        item = self.service.content.items[entry.item_id]
        self.view = QuestionView(item, entry, index + 1, self.lang,
                                 self.running.answers.get(entry.item_id), self._on_answer)
        self.item_area.setWidget(self.view)
        self.feedback.clear()
        if self.practice and self.running.answers.get(entry.item_id) is not None:
            self._show_feedback()
        self._update_cells()
        if self.view.text_input is not None:
            self.view.text_input.setFocus()
        else:
            self.setFocus()

    def current_item_id(self) -> str:
        return self.entries[self.index].item_id

    # --- saving ----------------------------------------------------------------------------
    def _on_answer(self, response: Any) -> None:
        item_id = self.current_item_id()
        try:
            self.running.save_answer(item_id, response)
        except TrainerError as exc:
            if exc.code == "exam.time_up":
                self.finish("time_out")
            return
        # journalled with FULL sync: only now may the screen say so
        self.saved.setText(self.tr("Saved {time}").replace("{time}", time.strftime("%H:%M:%S")))
        if self.view is not None:
            self.view.show_response(response)
        if self.practice:
            self._show_feedback()
        self._update_cells()

    def _show_feedback(self) -> None:
        item = self.service.content.items[self.current_item_id()]
        done = outcome(item, self.running.answers.get(item.id))
        if done.score is None:
            self.feedback.setText(self.tr("A trainer marks this answer."))
            return
        verdict = self.tr("Right.") if done.right else self.tr("Not right.")
        explanation = pick(item.explanation, self.lang) if item.explanation else ""
        self.feedback.setText(f"{verdict} {explanation}".strip())

    def toggle_flag(self) -> None:
        item_id = self.current_item_id()
        try:
            self.running.set_flag(item_id, item_id not in self.running.flags)
        except TrainerError:
            return
        self._update_cells()

    def _update_cells(self) -> None:
        for number, (cell, entry) in enumerate(zip(self.cells, self.entries, strict=True)):
            answered = self.running.answers.get(entry.item_id) not in (None, "", {})
            flagged = entry.item_id in self.running.flags
            state = "flagged" if flagged else "answered" if answered else "unanswered"
            cell.setProperty("state", state)
            cell.setProperty("current", number == self.index)
            words = {"flagged": self.tr("flagged"), "answered": self.tr("answered"),
                     "unanswered": self.tr("unanswered")}[state]
            cell.setAccessibleName(f"{number + 1}: {words}")
            cell.style().unpolish(cell)
            cell.style().polish(cell)

    # --- clock, pause, submit ----------------------------------------------------------------
    def _update_clock(self) -> None:
        remaining = self.running.remaining_ms()
        if remaining is None:
            self.countdown.setText(self.tr("Practice — untimed"))
        else:
            self.countdown.setText(self.tr("Time left {clock}").replace(
                "{clock}", clock_text(remaining)))

    def _on_timer_tick(self) -> None:
        if self.running.submitted:
            return
        self._update_clock()
        if self.running.paused:
            return
        if self.running.timed_out:
            self.finish("time_out")
            return
        if time.monotonic() - self._last_beat >= HEARTBEAT_S:
            self._last_beat = time.monotonic()
            self.running.note_time()

    def pause(self, reason: str) -> None:
        self.running.pause(reason)
        self.paused_note.show()
        self._update_clock()

    def resume(self) -> None:
        self.running.resume()
        self.paused_note.hide()
        self._update_clock()

    def ask_submit(self) -> None:
        open_items = set(self.running.unanswered())
        numbers = [str(n + 1) for n, e in enumerate(self.entries) if e.item_id in open_items]
        text = self.tr("Submit now? Enter submits, Esc goes back.")
        if numbers:
            text = self.tr("Unanswered: {items}.").replace("{items}", ", ".join(numbers)) \
                + " " + text
        self.confirm.setText(text)
        self.confirm.show()
        self.setFocus()

    def finish(self, reason: str = "submitted") -> None:
        if self.running.submitted:
            return
        self.timer.stop()
        submission: Submission = self.service.submit(self.running, reason)
        self.confirm.hide()
        self.submitted.emit(submission)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self.running.paused or self.running.submitted:
            return False
        if self.confirm.isVisible():
            if enter:
                self.finish()
            elif key == Qt.Key.Key_Escape:
                self.confirm.hide()
            return True
        if ctrl and enter:
            self.ask_submit()
        elif ctrl and key == Qt.Key.Key_F:
            self.toggle_flag()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.go_to(self.index - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) or enter:
            self.go_to(self.index + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.view is not None:
            self.view.move_part(-1 if key == Qt.Key.Key_Up else 1)
        else:
            return self._answer_key(event.text().upper())
        return True

    def _answer_key(self, text: str) -> bool:
        if self.view is None or not text:
            return False
        if self.view.item.type == "true_false" and text in "TF":
            text = "A" if text == "T" else "B"
        if text in "123456":
            text = LETTERS[int(text) - 1]
        return text in LETTERS and self.view.choose_letter(text)
