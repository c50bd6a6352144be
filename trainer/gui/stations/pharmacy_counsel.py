"""The outpatient pharmacy's 用药交代 tab: what the pharmacist tells the patient, written down.

The note editor is prefilled from the prescription (each drug's dose, route, frequency and
days, the drug's own warning, the special warning of a controlled or high-alert drug,
storage) and stays editable; the tick boxes say which points were covered, the points this
prescription needs marked. 用药交代 (F8) records the note and the points on the
prescription (``counsel``).

May import: PySide6, trainer.sim (pharmacy, state), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.pharmacy_tabs import ST, Current, Issue, tr
from trainer.gui.stations.stationmap import MapButton, text
from trainer.sim.pharmacy import COUNSEL_POINTS, counsel_needed
from trainer.sim.state import Prescription, Sandbox

POINTS: dict[str, object] = {
    "dose": QT_TRANSLATE_NOOP("pharmacy", "Dose"),
    "timing": QT_TRANSLATE_NOOP("pharmacy", "When and how to take it"),
    "adverse_effects": QT_TRANSLATE_NOOP("pharmacy", "Main adverse effects"),
    "storage": QT_TRANSLATE_NOOP("pharmacy", "Storage"),
    "for_whom": QT_TRANSLATE_NOOP("pharmacy", "For whom"),
    "special_warning": QT_TRANSLATE_NOOP("pharmacy", "Special warning (controlled / high-alert)"),
}
CONTROLLED_WARNING = QT_TRANSLATE_NOOP(
    "pharmacy", "Controlled drug: for this patient only, never give it to others; keep it "
    "locked away; bring back what is left and the empty packs")
HIGH_ALERT_WARNING = QT_TRANSLATE_NOOP(
    "pharmacy", "High-alert drug: take exactly the dose prescribed; come back at once if "
    "you feel unwell")
STORAGE = QT_TRANSLATE_NOOP(
    "pharmacy", "Storage: keep in a cool, dry place out of the reach of children")
FOR_WHOM = QT_TRANSLATE_NOOP("pharmacy", "For: %1 only")
FOR_DAYS = QT_TRANSLATE_NOOP("pharmacy", "for %1 days")


def prefilled(sb: Sandbox, rx: Prescription, lang: str) -> str:
    """The counselling note built from the prescription, for the pharmacist to edit."""
    ref, lines = sb.reference, []
    patient = sb.patients.get(rx.patient)
    for item in rx.items:
        drug = ref.drugs[item.drug]
        route, freq = ref.routes.get(item.route), ref.frequencies.get(item.freq)
        line = (f"{text(drug.name, lang)}: {item.dose.normalize():f}{item.unit}, "
                f"{text(route.name, lang) if route else item.route}, "
                f"{text(freq.name, lang) if freq else item.freq}, "
                + tr(FOR_DAYS).replace("%1", str(item.days)))
        if drug.note:
            line += f" — {text(drug.note, lang)}"
        lines.append(line)
        if drug.controlled != "none":
            lines.append(tr(CONTROLLED_WARNING))
        elif drug.high_alert:
            lines.append(tr(HIGH_ALERT_WARNING))
    lines.append(tr(STORAGE))
    if patient is not None:
        lines.append(tr(FOR_WHOM).replace("%1", text(patient.ref.name, lang)))
    return "\n".join(lines)


class CounselTab(QWidget):
    """用药交代: the note (prefilled, editable), the points covered, 用药交代 (F8)."""

    def __init__(self, current: Current, issue: Issue) -> None:
        super().__init__()
        self.current, self.issue = current, issue
        self.notes: dict[str, str] = {}  # rx -> the note as the pharmacist left it
        self.shown: str | None = None
        self.lang = "zh_CN"
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("counsel-header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.note_label = QLabel(self)
        layout.addWidget(self.note_label)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("counsel-note")
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._on_edited)
        layout.addWidget(self.note, 1)
        self.points_label = QLabel(self)
        layout.addWidget(self.points_label)
        grid = QGridLayout()
        self.points = {p: QCheckBox(self) for p in COUNSEL_POINTS}
        for i, (point, box) in enumerate(self.points.items()):
            box.setObjectName(f"counsel-{point}")
            grid.addWidget(box, i // 3, i % 3)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.state = QLabel(self)
        self.state.setObjectName("counsel-state")
        self.state.setWordWrap(True)
        self.counsel = MapButton(ST, "counselling", "Counsel", self, self._on_counsel)
        row.addWidget(self.state, 1)
        row.addWidget(self.counsel)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.note_label.setText(self.tr("What the patient was told (edit as you say it):"))
        self.note.setAccessibleName(self.tr("counselling note"))
        self.points_label.setText(self.tr("Points covered (★ = this prescription needs it):"))
        self.header.setAccessibleName(self.tr("prescription being counselled"))
        self.state.setAccessibleName(self.tr("counselling state"))
        self.counsel.retranslate(lang)

    def _on_edited(self) -> None:
        if self.shown is not None:
            self.notes[self.shown] = self.note.toPlainText()

    def ticked(self) -> list[str]:
        return [p for p, box in self.points.items() if box.isChecked()]

    def _on_counsel(self) -> None:
        rx = self.current()
        if rx is not None:
            self.issue("counsel", {"rx": rx.id, "note": self.note.toPlainText(),
                                   "points": self.ticked()})

    def show_state(self, sb: Sandbox, lang: str) -> None:
        self.lang = lang
        rx = self.current()
        if rx is None:
            self.shown = None
            self.header.setText(self.tr("No prescription selected"))
            self.note.clear()
            self.state.clear()
            return
        needed = counsel_needed(sb, rx)
        for point, box in self.points.items():
            words = tr(POINTS[point])
            box.setText(f"★ {words}" if point in needed else words)
            box.setAccessibleName(words)
        patient = sb.patients.get(rx.patient)
        self.header.setText(self.tr("Counselling %1 · prescription %2")
                            .replace("%1", text(patient.ref.name, lang) if patient else rx.patient)
                            .replace("%2", rx.id))
        if rx.id != self.shown:
            self.shown = None  # filling the editor is not an edit
            self.note.setPlainText(rx.counsel_note or self.notes.get(rx.id)
                                   or prefilled(sb, rx, lang))
            for point, box in self.points.items():
                box.setChecked(point in rx.counsel_points)
            self.shown = rx.id
        if rx.counselled:
            missing = [tr(POINTS[p]) for p in needed if p not in rx.counsel_points]
            said = self.tr("✓ Counselled")
            if missing:
                said += " · " + self.tr("not covered: %1").replace("%1", "、".join(missing))
            self.state.setText(said)
            self.state.setStyleSheet(f"color:{'#e65100' if missing else '#1b5e20'};"
                                     "font-weight:bold;")
        else:
            self.state.setText(self.tr("Not counselled yet"))
            self.state.setStyleSheet("color:#455a64;")
