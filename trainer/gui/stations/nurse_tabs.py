"""The nurse's bedside tabs: 医嘱执行 (scan, 三查八对, execute, hold), 皮试录入 and 体温单
(with the temperature and pulse curve).

May import: PySide6, trainer.sim (recording), trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.identity import IdentityForm
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid, ScanField, word
from trainer.sim.recording import RecordedAttempt

Issue = Callable[[str, dict[str, Any]], object]
ST = "nurse_station"
CHECKS = ("bed", "name", "drug", "concentration", "dose", "route", "time", "expiry")


class ExecutionTab(QWidget):
    def __init__(self, patient: Callable[[], str | None], issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        layout = QVBoxLayout(self)
        scan_row = QHBoxLayout()
        self.scan_label = QLabel(self)
        self.scan = ScanField(self)
        self.scan.scanned.connect(self._on_scanned)
        self.scan_wristband = MapButton(
            ST, "execution", "Scan wristband", self, self._on_scan_wristband
        )
        self.scan_drug = MapButton(ST, "execution", "Scan drug", self, self._on_scan_drug)
        for widget in (self.scan_label, self.scan, self.scan_wristband, self.scan_drug):
            scan_row.addWidget(widget)
        layout.addLayout(scan_row)
        self.context = QLabel(self)
        self.context.setObjectName("bedside-context")
        layout.addWidget(self.context)
        middle = QHBoxLayout()
        self.identity = IdentityForm(ST, "execution", patient, issue, self)
        middle.addWidget(self.identity)
        checks = QGridLayout()
        self.boxes = {c: QCheckBox(self) for c in CHECKS}
        for i, (name, box) in enumerate(self.boxes.items()):
            box.setObjectName(f"check-{name}")
            checks.addWidget(box, i // 4, i % 4)
        self.confirm = MapButton(ST, "execution", "Confirm checks", self, self._on_confirm)
        checks.addWidget(self.confirm, 2, 0, 1, 4)
        self.checks_box = QWidget(self)
        self.checks_box.setLayout(checks)
        middle.addWidget(self.checks_box)
        layout.addLayout(middle)
        self.grid = Grid("execution-orders", self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.hold_reason = QLineEdit(self)
        self.hold_reason.setObjectName("hold-reason")
        self.execute = MapButton(ST, "execution", "Execute", self, self._on_execute)
        self.hold = MapButton(ST, "execution", "Hold", self, self._on_hold)
        row.addWidget(self.execute)
        row.addWidget(self.hold_reason, 1)
        row.addWidget(self.hold)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.scan_label.setText(self.tr("Scan (wristband / drug label):"))
        self.scan.setAccessibleName(self.tr("scan field for wristbands and drug labels"))
        self.scan.setPlaceholderText(self.tr("scan or type the code, then Enter"))
        names = {
            "bed": self.tr("Bed"),
            "name": self.tr("Name"),
            "drug": self.tr("Drug"),
            "concentration": self.tr("Concentration"),
            "dose": self.tr("Dose"),
            "route": self.tr("Route"),
            "time": self.tr("Time"),
            "expiry": self.tr("Expiry"),
        }
        for key, box in self.boxes.items():
            box.setText(names[key])
            box.setAccessibleName(self.tr("check: %1").replace("%1", names[key]))
        self.checks_box.setAccessibleName(self.tr("three checks, eight matches"))
        self.grid.setAccessibleName(self.tr("orders to give"))
        self.context.setAccessibleName(self.tr("bedside scan status"))
        self.hold_reason.setPlaceholderText(self.tr("Reason for holding (e.g. positive skin test)"))
        self.hold_reason.setAccessibleName(self.tr("reason for holding the order"))
        for button in (self.scan_wristband, self.scan_drug, self.confirm, self.execute, self.hold):
            button.retranslate(lang)
        self.identity.retranslate(lang)

    def _on_scanned(self, code: str) -> None:
        if code.upper().startswith("WB"):
            self.issue("scan_wristband", {"code": code})
        else:  # an infusion label carries its order number
            self.issue("scan_drug", {"order": code})

    def _on_scan_wristband(self) -> None:
        if self.scan.text().strip():
            self.scan.returnPressed.emit()
        else:
            self.scan.setFocus()

    def _order(self) -> str | None:
        return self.grid.current_key()

    def _on_scan_drug(self) -> None:
        if self._order():
            self.issue("scan_drug", {"order": self._order()})

    def _on_confirm(self) -> None:
        ticked = [c for c, box in self.boxes.items() if box.isChecked()]
        if self._order() and ticked:
            self.issue("confirm_checks", {"order": self._order(), "checks": ticked})

    def _on_execute(self) -> None:
        if self._order():
            self.issue("execute_order", {"order": self._order()})

    def _on_hold(self) -> None:
        if self._order():
            self.issue("hold_order", {"order": self._order(), "reason": self.hold_reason.text()})

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        sb = rec.attempt.sandbox
        shown = sb.scanned_patient or self.patient()
        before = self._order()
        rows = []
        for o in sb.orders.values():
            if o.patient != shown:
                continue
            done = sum(1 for e in sb.executions if e.order == o.id)
            rows.append(
                (
                    o.id,
                    [
                        o.id,
                        word(o.kind),
                        text(sb.reference.drugs[o.drug].name, lang),
                        f"{o.dose.normalize():f}{o.unit}",
                        o.route,
                        o.freq,
                        word(o.status),
                        "✓" if o.id in sb.scanned_orders else "",
                        str(len(sb.confirmed_checks.get(o.id, []))) + "/8",
                        str(done),
                    ],
                )
            )
        self.grid.fill(
            [
                self.tr("Order"),
                self.tr("Type"),
                self.tr("Drug"),
                self.tr("Dose"),
                self.tr("Route"),
                self.tr("Frequency"),
                self.tr("Status"),
                self.tr("Drug scanned"),
                self.tr("Checks"),
                self.tr("Given"),
            ],
            rows,
        )
        if before in self.grid.keys:
            self.grid.select_key(before)
        if sb.scanned_patient:
            p = sb.patients[sb.scanned_patient]
            self.context.setText(
                self.tr("Wristband scanned: %1 bed %2")
                .replace("%1", text(p.ref.name, lang))
                .replace("%2", p.bed or "-")
            )
            self.context.setStyleSheet("color:#1b5e20;font-weight:bold;")
        else:
            self.context.setText(self.tr("No wristband scanned yet"))
            self.context.setStyleSheet("color:#b71c1c;font-weight:bold;")


class SkinTestTab(QWidget):
    def __init__(self, patient: Callable[[], str | None], issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.drug = QComboBox(self)
        self.drug.setObjectName("skin-drug")
        self.negative = MapButton(
            ST, "skin_test", "Record negative", self, lambda: self._record("negative")
        )
        self.positive = MapButton(
            ST, "skin_test", "Record positive", self, lambda: self._record("positive")
        )
        for widget in (self.drug, self.negative, self.positive):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.grid = Grid("skin-tests", self)
        layout.addWidget(self.grid)

    def retranslate(self, lang: str) -> None:
        self.drug.setAccessibleName(self.tr("drug tested"))
        self.grid.setAccessibleName(self.tr("skin tests of the patient"))
        self.negative.retranslate(lang)
        self.positive.retranslate(lang)

    def _record(self, result: str) -> None:
        patient = self.patient()
        if patient and self.drug.currentData():
            self.issue(
                "record_skin_test",
                {"patient": patient, "drug": self.drug.currentData(), "result": result},
            )

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        sb = rec.attempt.sandbox
        if not self.drug.count():
            for drug in sb.reference.drugs.values():
                if drug.skin_test or "beta_lactam" in drug.allergy_classes:
                    self.drug.addItem(text(drug.name, lang), drug.id)
        patient = self.patient()
        rows = [
            (f"{i}", [text(sb.reference.drugs[s.drug].name, lang), word(s.result)])
            for i, s in enumerate(sb.skin_tests)
            if s.patient == patient
        ]
        self.grid.fill([self.tr("Drug"), self.tr("Result")], rows)


class VitalsChart(QWidget):
    """体温单 curve: temperature (blue, 35–42 ℃) and pulse (red, 40–180) by time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.setMinimumHeight(160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        w, h = self.width(), self.height()
        painter.setPen(QPen(QColor("#cfd8dc")))
        for t in range(35, 43):
            y = h - (t - 35) / 7 * h
            painter.drawLine(0, int(y), w, int(y))
            painter.drawText(2, int(y) - 2, f"{t}℃")
        painter.setPen(QPen(QColor("#e53935"), 1, Qt.PenStyle.DashLine))
        y38 = h - 3 / 7 * h
        painter.drawLine(0, int(y38), w, int(y38))
        for key, color, low, span in (
            ("temperature", "#1565c0", 35, 7),
            ("pulse", "#c62828", 40, 140),
        ):
            points = [r for r in self.rows if key in r]
            painter.setPen(QPen(QColor(color), 2))
            prev = None
            for i, row in enumerate(points):
                pt = QPointF(40 + i * 60, h - (row[key] - low) / span * h)
                painter.drawEllipse(pt, 3, 3)
                if prev is not None:
                    painter.drawLine(prev, pt)
                prev = pt
        painter.end()


class VitalsTab(QWidget):
    FIELDS = ("temperature", "pulse", "respiration", "bp_systolic", "bp_diastolic", "spo2", "pain")

    def __init__(self, patient: Callable[[], str | None], issue: Issue) -> None:
        super().__init__()
        self.patient, self.issue = patient, issue
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.edits = {name: QLineEdit(self) for name in self.FIELDS}
        self.labels = {name: QLabel(self) for name in self.FIELDS}
        for i, name in enumerate(self.FIELDS):
            self.edits[name].setObjectName(f"vital-{name}")
            grid.addWidget(self.labels[name], 0, i)
            grid.addWidget(self.edits[name], 1, i)
        self.method = QComboBox(self)
        self.method.setObjectName("vital-method")
        grid.addWidget(self.method, 1, len(self.FIELDS))
        layout.addLayout(grid)
        self.enter = MapButton(ST, "vital_signs", "Enter vital signs", self, self._on_enter)
        layout.addWidget(self.enter)
        self.chart = VitalsChart(self)
        layout.addWidget(self.chart, 1)

    def retranslate(self, lang: str) -> None:
        names = {
            "temperature": self.tr("T ℃"),
            "pulse": self.tr("P /min"),
            "respiration": self.tr("R /min"),
            "bp_systolic": self.tr("BP sys"),
            "bp_diastolic": self.tr("BP dia"),
            "spo2": self.tr("SpO2 %"),
            "pain": self.tr("Pain 0-10"),
        }
        for name in self.FIELDS:
            self.labels[name].setText(names[name])
            self.edits[name].setAccessibleName(names[name])
        current = self.method.currentIndex()
        self.method.clear()
        for code, label in (
            ("axillary", self.tr("axillary")),
            ("oral", self.tr("oral")),
            ("rectal", self.tr("rectal")),
        ):
            self.method.addItem(label, code)
        self.method.setCurrentIndex(max(0, current))
        self.method.setAccessibleName(self.tr("temperature method"))
        self.chart.setAccessibleName(self.tr("vital-signs chart"))
        self.enter.retranslate(lang)

    def _on_enter(self) -> None:
        patient = self.patient()
        if patient is None:
            return
        args: dict[str, Any] = {"patient": patient}
        for name, edit in self.edits.items():
            if edit.text().strip():
                try:
                    args[name] = float(edit.text())
                except ValueError:
                    args[name] = edit.text().strip()
        if "temperature" in args:
            args["method"] = self.method.currentData()
        self.issue("record_vitals", args)

    def show_state(self, rec: RecordedAttempt, lang: str) -> None:
        patient = self.patient()
        self.chart.rows = [r for r in rec.attempt.sandbox.vitals if r["patient"] == patient]
        self.chart.update()
