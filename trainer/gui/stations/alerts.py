"""The prescribing alert (用药警示) as the HIS shows it: each alert in its own words, a
reason box, and the two choices of the station map — 返回修改 (go back and change) and
填写理由继续 (continue with a reason). The reason goes to the sandbox with the command;
a reason that is not real text is refused there, in words.

May import: PySide6, trainer.sim.refusals, trainer.gui.stations.stationmap.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainer.gui.stations.stationmap import MapButton
from trainer.sim.refusals import refusal


class AlertPanel(QFrame):
    resubmit = Signal(str, object)  # command, arguments with the reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prescribing-alert")
        self.setStyleSheet("#prescribing-alert{background:#fff3e0;border:2px solid #e65100;}")
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight:bold;color:#e65100;")
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("alert-reason")
        self.reason.returnPressed.connect(self._on_continue)
        row = QHBoxLayout()
        self.back = MapButton(
            "outpatient_doctor", "alert", "Go back and change", self, self.hide_alert
        )
        self.go_on = MapButton(
            "outpatient_doctor", "alert", "Continue with a reason", self, self._on_continue
        )
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.go_on)
        for widget in (self.heading, self.words, self.reason):
            layout.addWidget(widget)
        layout.addLayout(row)
        self._pending: tuple[str, dict[str, Any]] | None = None
        self.hide()

    def retranslate(self, lang: str) -> None:
        self.heading.setText(self.tr("Prescribing alert"))
        self.reason.setPlaceholderText(self.tr("Reason (your assessment) — required to continue"))
        self.reason.setAccessibleName(self.tr("reason for continuing despite the alert"))
        self.words.setAccessibleName(self.tr("alert text"))
        self.back.retranslate(lang)
        self.go_on.retranslate(lang)
        self.setAccessibleName(self.tr("Prescribing alert"))

    def show_alert(self, cmd: str, args: dict[str, Any], facts: dict[str, Any], lang: str) -> None:
        alerts = facts.get("alerts") or []
        lines = [refusal(str(code), lang, facts) for code in alerts] or [
            refusal("alert_needs_reason", lang, facts)
        ]
        self.words.setText("\n".join(f"⚠ {line}" for line in lines))
        self._pending = (cmd, dict(args))
        self.reason.clear()
        self.show()
        self.reason.setFocus()

    def hide_alert(self) -> None:
        self._pending = None
        self.hide()

    def _on_continue(self) -> None:
        if self._pending is None:
            return
        cmd, args = self._pending
        self.resubmit.emit(cmd, {**args, "reason": self.reason.text()})
