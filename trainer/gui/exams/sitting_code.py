"""The sitting-code row of an exam lobby (theory and practical): the code the proctor
reads out, and "Use code". The page decides what the code unlocks.

May import: PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class SittingCodeRow(QWidget):
    """``entered`` when the code is submitted (Enter or the button)."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.button = QPushButton()
        self.code.returnPressed.connect(self.entered)
        self.button.clicked.connect(self.entered)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code)
        row.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.code.setPlaceholderText(self.tr("Sitting code from the proctor"))
        self.code.setAccessibleName(self.tr("Sitting code"))
        self.button.setText(self.tr("Use code"))
