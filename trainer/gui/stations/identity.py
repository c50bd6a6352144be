"""Identity check (查对) and allergy history, shared by the stations.

The trainee types what the patient states — name and date of birth, or ID number, card
number — and presses 核对身份 (F3); the sandbox compares them with the record. A bed number
is never offered as an identifier. The allergy part asks the patient (询问过敏史) and records
the answer (登记过敏); "no known drug allergy" is its own tick, not an empty form.

May import: PySide6, trainer.gui.stations (stationmap, widgets).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import MapButton
from trainer.gui.stations.widgets import ALLERGY_CLASSES, tr

Issue = Callable[[str, dict[str, Any]], object]


class IdentityForm(QGroupBox):
    """Name, date of birth, ID number, card number → ``verify_identity``."""

    FIELDS = ("name", "dob", "id_number", "card_no", "wristband")

    def __init__(
        self,
        station: str,
        screen_id: str,
        patient: Callable[[], str | None],
        issue: Issue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.patient, self.issue = patient, issue
        form = QFormLayout(self)
        self.edits = {name: QLineEdit(self) for name in self.FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(f"identity-{name}")
            form.addRow(name, edit)
        self.form = form
        self.verify = MapButton(station, screen_id, "Verify identity", self, self._on_verify)
        form.addRow(self.verify)

    def retranslate(self, lang: str) -> None:
        self.setTitle(self.tr("Identity check: what the patient states (two identifiers)"))
        labels = {
            "name": self.tr("Name"),
            "dob": self.tr("Date of birth (YYYY-MM-DD)"),
            "id_number": self.tr("ID number"),
            "card_no": self.tr("Card number"),
            "wristband": self.tr("Wristband"),
        }
        for name, edit in self.edits.items():
            label = self.form.labelForField(edit)
            if label is not None:
                label.setText(labels[name])  # type: ignore[attr-defined]
            edit.setAccessibleName(labels[name])
        self.verify.retranslate(lang)

    def _on_verify(self) -> None:
        patient = self.patient()
        if patient is None:
            return
        given = {k: e.text().strip() for k, e in self.edits.items() if e.text().strip()}
        self.issue("verify_identity", {"patient": patient, **given})

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()


class AllergyForm(QGroupBox):
    """询问过敏史 and 登记过敏 (classes, severe reaction, reason when removing)."""

    def __init__(
        self,
        station: str,
        screen_id: str,
        patient: Callable[[], str | None],
        issue: Issue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.patient, self.issue = patient, issue
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(ALLERGY_CLASSES):
            box = QCheckBox(self)
            box.setObjectName(f"allergy-{code}")
            self.boxes[code] = box
            grid.addWidget(box, i // 3, i % 3)
        layout.addLayout(grid)
        self.none = QCheckBox(self)
        self.none.setObjectName("allergy-none")
        self.severe = QCheckBox(self)
        self.severe.setObjectName("allergy-severe")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("allergy-reason")
        for widget in (self.none, self.severe, self.reason):
            layout.addWidget(widget)
        row = QHBoxLayout()
        self.ask = MapButton(
            "outpatient_doctor", "identity", "Ask about allergies", self, self._on_ask
        )
        self.record = MapButton(
            "outpatient_doctor", "identity", "Record allergies", self, self._on_record
        )
        row.addWidget(self.ask)
        row.addWidget(self.record)
        row.addStretch(1)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.setTitle(self.tr("Allergy history"))
        for code, box in self.boxes.items():
            box.setText(tr(ALLERGY_CLASSES[code]))
            box.setAccessibleName(tr(ALLERGY_CLASSES[code]))
        self.none.setText(self.tr("No known drug allergy (asked)"))
        self.none.setAccessibleName(self.none.text())
        self.severe.setText(self.tr("Severe reaction (anaphylaxis) to the ticked classes"))
        self.severe.setAccessibleName(self.severe.text())
        self.reason.setPlaceholderText(self.tr("Reason (needed when removing a recorded allergy)"))
        self.reason.setAccessibleName(self.tr("reason for the change"))
        self.ask.retranslate(lang)
        self.record.retranslate(lang)

    def _on_ask(self) -> None:
        patient = self.patient()
        if patient is not None:
            self.issue("ask_allergies", {"patient": patient})

    def _on_record(self) -> None:
        patient = self.patient()
        if patient is None:
            return
        classes = (
            []
            if self.none.isChecked()
            else [code for code, box in self.boxes.items() if box.isChecked()]
        )
        args: dict[str, Any] = {"patient": patient, "classes": classes}
        if self.severe.isChecked() and classes:
            args["severe"] = classes
        if self.reason.text().strip():
            args["reason"] = self.reason.text()
        self.issue("record_allergies", args)
