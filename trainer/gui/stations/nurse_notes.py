"""The nurse's written work beside the bedside tabs: 嘱托执行 (carry out the doctor's
free-text orders) and 交班记录 (the handover note, SBAR per patient, with the ward census).

交班记录 is the written note (``write_handover_note``); the 交班 button of the bed overview is
``hand_over``, the end of a journey leg — two different things on a real ward too.

May import: PySide6, trainer.sim (recording, entrusted, handover), trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid, word
from trainer.sim.entrusted import entrusted
from trainer.sim.handover import SHIFTS, condition_of, handover_notes, ward_census
from trainer.sim.recording import RecordedAttempt

Issue = Callable[[str, dict[str, Any]], object]
ST = "nurse_station"
SBAR = ("situation", "background", "assessment", "recommendation")


class EntrustedTab(QWidget):
    """嘱托执行: the ward's 嘱托 orders; carry one out (F7) with a note of what was done."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue
        layout = QVBoxLayout(self)
        self.grid = Grid("entrusted-orders", self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("entrusted-note")
        self.carry_out = MapButton(ST, "entrusted", "Carry out", self, self._on_carry_out)
        row.addWidget(self.note, 1)
        row.addWidget(self.carry_out)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.grid.setAccessibleName(self.tr("entrusted orders of the ward"))
        self.note.setPlaceholderText(self.tr("What was done (e.g. patient told to fast)"))
        self.note.setAccessibleName(self.tr("note on carrying out the entrusted order"))
        self.carry_out.retranslate(lang)

    def _on_carry_out(self) -> None:
        order = self.grid.current_key()
        if order is None:
            return
        args: dict[str, Any] = {"order": order}
        if self.note.text().strip():
            args["note"] = self.note.text().strip()
        if getattr(self.issue("execute_entrusted_order", args), "accepted", False):
            self.note.clear()

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        sb = rec.attempt.sandbox
        before = self.grid.current_key()
        rows = []
        for e in entrusted(sb).values():
            p = sb.patients[e.patient]
            last = e.executions[-1]["note"] if e.executions else ""
            rows.append((e.id, [e.id, p.bed or "-", text(p.ref.name, lang), word(e.kind), e.text,
                                word(e.status), str(len(e.executions)), last]))
        self.grid.fill(
            [self.tr("Order"), self.tr("Bed"), self.tr("Name"), self.tr("Type"),
             self.tr("Entrusted order"), self.tr("Status"), self.tr("Times done"),
             self.tr("Last note")],
            rows,
        )
        if before in self.grid.keys:
            self.grid.select_key(before)


class HandoverTab(QWidget):
    """交班记录: the shift, the census, the patients to hand over, and an SBAR form (F8)."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.shift_label = QLabel(self)
        self.shift = QComboBox(self)
        self.shift.setObjectName("handover-shift")
        self.census = QLabel(self)
        self.census.setObjectName("handover-census")
        self.census.setStyleSheet("font-weight:bold;")
        for widget in (self.shift_label, self.shift, self.census):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        self.grid = Grid("handover-patients", self)
        self.grid.itemSelectionChanged.connect(self._on_patient_selected)
        layout.addWidget(self.grid, 1)
        self.form = QFormLayout()
        self.edits = {name: QLineEdit(self) for name in SBAR}
        for name, edit in self.edits.items():
            edit.setObjectName(f"handover-{name}")
            self.form.addRow(name, edit)
        self.bedside = QCheckBox(self)
        self.bedside.setObjectName("handover-bedside")
        self.save = MapButton(ST, "handover_note", "Save handover note", self, self._on_save)
        row = QHBoxLayout()
        row.addWidget(self.bedside)
        row.addStretch(1)
        row.addWidget(self.save)
        self.form.addRow(row)
        layout.addLayout(self.form)
        self._critical: set[str] = set()
        self._shown: str | None = None

    def retranslate(self, lang: str) -> None:
        labels = {
            "situation": self.tr("S — Situation"),
            "background": self.tr("B — Background"),
            "assessment": self.tr("A — Assessment"),
            "recommendation": self.tr("R — Recommendation"),
        }
        for name, edit in self.edits.items():
            label = self.form.labelForField(edit)
            if label is not None:
                label.setText(labels[name])  # type: ignore[attr-defined]
            edit.setAccessibleName(labels[name])
        self.shift_label.setText(self.tr("Shift:"))
        current = max(0, self.shift.currentIndex())
        self.shift.clear()
        for code, name in zip(
            SHIFTS, (self.tr("Day shift"), self.tr("Evening shift"), self.tr("Night shift")),
            strict=True,
        ):
            self.shift.addItem(name, code)
        self.shift.setCurrentIndex(current)
        self.shift.setAccessibleName(self.tr("shift"))
        self.census.setAccessibleName(self.tr("ward census"))
        self.grid.setAccessibleName(self.tr("patients to hand over"))
        self.bedside.setText(self.tr("Handed over at the bedside"))
        self.bedside.setAccessibleName(self.bedside.text())
        self.save.retranslate(lang)

    def _on_patient_selected(self) -> None:
        key = self.grid.current_key()
        if key != self._shown:  # a new patient: 病危/病重 are handed over at the bedside too
            self._shown = key
            self.bedside.setChecked(key in self._critical)

    def _on_save(self) -> None:
        patient = self.grid.current_key()
        if patient is None:
            return
        args: dict[str, Any] = {"patient": patient, "shift": self.shift.currentData(),
                                "bedside": self.bedside.isChecked()}
        args.update({k: e.text().strip() for k, e in self.edits.items() if e.text().strip()})
        if getattr(self.issue("write_handover_note", args), "accepted", False):
            for edit in self.edits.values():
                edit.clear()

    def show_state(self, rec: RecordedAttempt, lang: str, patient: str | None) -> None:
        sb = rec.attempt.sandbox
        census = ward_census(sb)
        self.census.setText(
            self.tr("In the ward %1 · critical %2 · serious %3")
            .replace("%1", str(census["present"]))
            .replace("%2", str(census["critical"]))
            .replace("%3", str(census["serious"]))
        )
        noted = {n["patient"] for n in handover_notes(sb)}
        conditions = {"critical": self.tr("Critical (病危)"), "serious": self.tr("Serious (病重)")}
        ward = sorted((p for p in sb.patients.values() if p.bed),
                      key=lambda p: (p.bed or "").zfill(4)) or list(sb.patients.values())
        rows = []
        self._critical = set()
        for p in ward:
            condition = condition_of(sb, p.ref.id)
            if condition in conditions:
                self._critical.add(p.ref.id)
            rows.append((p.ref.id, [p.bed or "-", text(p.ref.name, lang),
                                    conditions.get(condition or "", ""),
                                    "✓" if p.ref.id in noted else ""]))
        before = self.grid.current_key() or patient
        self.grid.blockSignals(True)
        self.grid.fill([self.tr("Bed"), self.tr("Name"), self.tr("Condition"),
                        self.tr("Note written")], rows)
        for row, key in enumerate(self.grid.keys):  # 病危/病重 in red, as on the bed cards
            cell = self.grid.item(row, 2)
            if key in self._critical and cell is not None:
                cell.setForeground(QColor("#c62828"))
        if before in self.grid.keys:
            self.grid.select_key(before)
        self.grid.blockSignals(False)
        self._on_patient_selected()
