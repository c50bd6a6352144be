"""The rubric and sign-off: the automatic result (each check, each critical error), the
rubric items to tick, comments, an optional changed score with the reason it needs, and
the buttons to submit the mark, adjudicate, or sign off. A second marker is told that the
first mark is hidden. The score the ticks give is shown as they change.

May import: PySide6, trainer.gui, trainer.practical, trainer.words.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.content.common import pick
from trainer.practical.attempts import PracticalAttempt
from trainer.practical.definitions import PracticalExam
from trainer.practical.marking import mark_score
from trainer.sim.scenarios import Scenario


class RubricView(QWidget):
    back = Signal()
    submit = Signal()  # mark or adjudicate, as the status says
    sign = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.found: PracticalAttempt | None = None
        self.exam: PracticalExam | None = None
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.automatic = QLabel()
        self.automatic.setWordWrap(True)
        self.auto_box, self.rubric_box, self.mark_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.auto_layout = QVBoxLayout(self.auto_box)
        self.auto_layout.addWidget(self.automatic)
        self.rubric_layout = QVBoxLayout(self.rubric_box)
        self.upheld: dict[str, QCheckBox] = {}
        self.ticks: dict[str, QCheckBox] = {}
        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.change_score = QCheckBox()
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        self.score.setEnabled(False)
        self.change_score.toggled.connect(self.score.setEnabled)
        self.change_score.toggled.connect(lambda _on: self.update_score())
        self.score.valueChanged.connect(lambda _v: self.update_score())
        self.reason_label, self.comments_label = QLabel(), QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(60)
        self.comments = QPlainTextEdit()
        self.comments.setMaximumHeight(60)
        self.passphrase_label = QLabel()
        self.passphrase_label.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.buttons = {n: QPushButton() for n in ("back", "submit", "sign")}
        self.buttons["back"].clicked.connect(self.back.emit)
        self.buttons["submit"].clicked.connect(self.submit.emit)
        self.buttons["sign"].clicked.connect(self.sign.emit)
        self._layout()

    def _layout(self) -> None:
        form = QVBoxLayout(self.mark_box)
        row = QHBoxLayout()
        row.addWidget(self.change_score)
        row.addWidget(self.score)
        row.addStretch(1)
        form.addWidget(self.score_label)
        form.addWidget(self.formula)
        form.addLayout(row)
        for part in (self.reason_label, self.reason, self.comments_label, self.comments,
                     self.passphrase_label, self.passphrase):
            form.addWidget(part)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in (self.heading, self.status, self.auto_box, self.rubric_box,
                       self.mark_box, self.message):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        bar = QHBoxLayout()
        bar.addWidget(self.buttons["back"])
        bar.addStretch(1)
        bar.addWidget(self.buttons["submit"])
        bar.addWidget(self.buttons["sign"])
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

    def retranslate(self) -> None:
        self.buttons["back"].setText(self.tr("◀ Back to the replay"))
        self.buttons["sign"].setText(self.tr("Sign off"))
        self.auto_box.setTitle(self.tr("1. What the system checked (automatic, provisional)"))
        self.rubric_box.setTitle(self.tr("2. What you saw: tick each item the trainee did"))
        self.mark_box.setTitle(self.tr("3. Your mark"))
        self.change_score.setText(self.tr("Change the score (needs a reason):"))
        self.reason_label.setText(self.tr("Reason for changing the system's verdict "
                                          "(required if you change the score or clear a "
                                          "critical error):"))
        self.comments_label.setText(self.tr("Comments for the trainee:"))
        self.passphrase_label.setText(self.tr(
            "This module's certificate is issued when the exam is signed off. If you hold "
            "the issuer key passphrase (HR or the admin does), type it here; otherwise leave "
            "it empty and HR issues the certificate."))
        self.passphrase.setAccessibleName(self.tr("Issuer key passphrase"))

    def load(self, heading: str, found: PracticalAttempt, exam: PracticalExam,
             scenario: Scenario, status: str, auto_issue: bool = False) -> None:
        self.found, self.exam = found, exam
        self.passphrase.clear()
        self.passphrase_label.setVisible(auto_issue)
        self.passphrase.setVisible(auto_issue)
        self.heading.setText(heading)
        self.status.setText(status)
        assert found.result is not None
        result = found.result
        lines = [self.tr("Automatic score: {0} (pass mark {1})")
                 .format(f"{result.score:g}", f"{found.pass_mark:g}")]
        for check in scenario.checks:
            held = result.checks.get(check.id, False)
            lines.append(("✓ " if held else "✗ ") + pick(check.text, self.lang)
                         + f"  ({check.weight})")
        self.automatic.setText("\n".join(lines))
        for box in (*self.upheld.values(), *self.ticks.values()):
            box.deleteLater()
        self.upheld = {}
        texts = {c.id: pick(c.text, self.lang) for c in scenario.critical_errors}
        for cid in result.critical_errors:
            box = QCheckBox(self.tr("⚠ Critical error — uphold: {0}").format(texts.get(cid, cid)))
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.update_score())
            self.auto_layout.addWidget(box)
            self.upheld[cid] = box
        self.ticks = {}
        for item in exam.rubric:
            box = QCheckBox(self.tr("{0} ({1} points)").format(pick(item.text, self.lang),
                                                               item.points))
            box.toggled.connect(lambda _on: self.update_score())
            self.rubric_layout.addWidget(box)
            self.ticks[item.id] = box
        self.change_score.setChecked(False)
        self.reason.clear()
        self.comments.clear()
        self.message.clear()
        self.update_score()

    def ticked(self) -> list[str]:
        return [k for k, box in self.ticks.items() if box.isChecked()]

    def upheld_errors(self) -> list[str]:
        return [k for k, box in self.upheld.items() if box.isChecked()]

    def computed(self) -> float:
        assert self.found is not None and self.found.result is not None
        assert self.exam is not None
        return mark_score(self.exam, self.found.result.score, self.ticked())

    def update_score(self) -> None:
        if self.found is None:
            return
        score = self.score.value() if self.change_score.isChecked() else self.computed()
        if not self.change_score.isChecked():
            self.score.blockSignals(True)
            self.score.setValue(score)
            self.score.blockSignals(False)
        passed = score >= self.found.pass_mark and not self.upheld_errors()
        verdict = self.tr("PASS") if passed else self.tr("FAIL")
        self.score_label.setText(self.tr("Score: {0} — {1}").format(f"{score:g}", verdict))
        assert self.exam is not None
        self.formula.setText(self.tr(
            "Score = {0}% of the automatic score + {1}% for the ticked items. Pass: {2} or "
            "more and no critical error upheld.").format(
            100 - self.exam.rubric_weight, self.exam.rubric_weight, f"{self.found.pass_mark:g}"))

    def override(self) -> tuple[float | None, list[str] | None]:
        """The changed score and the upheld critical errors (None: unchanged)."""
        score = self.score.value() if self.change_score.isChecked() else None
        upheld = self.upheld_errors()
        assert self.found is not None and self.found.result is not None
        return score, (None if len(upheld) == len(self.found.result.critical_errors)
                       else upheld)
