"""The outpatient pharmacy window's 发药 tab (batches with expiry, the drug scan, 四查十对,
dispense; 用药交代 has its own tab) and what the pharmacy tabs share: the prescription's
lines, the reason boxes, the review alerts' look.

May import: PySide6, trainer.sim (recording, refusals, safety, state), trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.pharmacy_stock import BatchPanel, TenMatches, batch_state, drug_name, spec
from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid, ScanField
from trainer.sim.state import Prescription, Sandbox

Issue = Callable[[str, dict[str, Any]], object]
Current = Callable[[], Prescription | None]
ST = "pharmacy"
KINDS: dict[str, object] = {
    "ordinary": QT_TRANSLATE_NOOP("pharmacy", "Ordinary (white)"),
    "emergency": QT_TRANSLATE_NOOP("pharmacy", "Emergency (light yellow)"),
    "paediatric": QT_TRANSLATE_NOOP("pharmacy", "Paediatric (light green)"),
    "psych2": QT_TRANSLATE_NOOP("pharmacy", "Psychotropic II (white, marked)"),
    "psych1": QT_TRANSLATE_NOOP("pharmacy", "Psychotropic I (light red)"),
    "narcotic": QT_TRANSLATE_NOOP("pharmacy", "Narcotic (light red)"),
}
CONTROLLED: dict[str, object] = {
    "psych2": QT_TRANSLATE_NOOP("pharmacy", "Psych. II"),
    "psych1": QT_TRANSLATE_NOOP("pharmacy", "Psych. I"),
    "narcotic": QT_TRANSLATE_NOOP("pharmacy", "Narcotic"),
}


ALERT_STYLE = ("background:#fff3e0;border:2px solid #e65100;color:#bf360c;font-weight:bold;"
               "padding:3px;")


def placeholder(box: QComboBox, words: str) -> None:
    edit = box.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(words)
        edit.setAccessibleName(box.accessibleName())


def name_spin(spin: QSpinBox, name: str) -> None:
    """A spin box and the line edit inside it share the accessible name."""
    spin.setAccessibleName(name)
    for edit in spin.findChildren(QLineEdit):
        edit.setAccessibleName(name)


def tr(source: object) -> str:
    return QCoreApplication.translate("pharmacy", str(source))


def items_rows(sb: Sandbox, rx: Prescription, lang: str) -> list[tuple[str, list[str]]]:
    ref, rows = sb.reference, []
    for i, item in enumerate(rx.items):
        drug = ref.drugs[item.drug]
        freq = ref.frequencies.get(item.freq)
        route = ref.routes.get(item.route)
        rows.append((str(i), [
            text(drug.name, lang), spec(drug, lang),
            f"{item.dose.normalize():f}{item.unit}",
            text(route.name, lang) if route else item.route,
            text(freq.name, lang) if freq else item.freq,
            str(item.days), str(item.quantity),
            tr(CONTROLLED[drug.controlled]) if drug.controlled in CONTROLLED else "",
        ]))
    return rows


ITEM_HEADERS = (
    QT_TRANSLATE_NOOP("pharmacy", "Drug"),
    QT_TRANSLATE_NOOP("pharmacy", "Spec"),
    QT_TRANSLATE_NOOP("pharmacy", "Dose"),
    QT_TRANSLATE_NOOP("pharmacy", "Route"),
    QT_TRANSLATE_NOOP("pharmacy", "Frequency"),
    QT_TRANSLATE_NOOP("pharmacy", "Days"),
    QT_TRANSLATE_NOOP("pharmacy", "Packs"),
    QT_TRANSLATE_NOOP("pharmacy", "Controlled"),
)


def item_headers() -> list[str]:
    return [tr(h) for h in ITEM_HEADERS]


def reason_box(parent: QWidget, name: str) -> QComboBox:
    """An editable combo: a common reason to pick, and room to type the detail."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setEditable(True)
    box.setMinimumWidth(320)
    return box


def fill_reasons(box: QComboBox, reasons: tuple[object, ...]) -> None:
    typed = box.currentText()
    box.clear()
    for reason in reasons:
        box.addItem(tr(reason))
    box.setEditText(typed)


class DispenseTab(QWidget):
    """发药: scan the drugs, pick valid batches, 四查十对, dispense."""

    def __init__(self, current: Current, issue: Issue) -> None:
        super().__init__()
        self.current, self.issue = current, issue
        self.chosen: dict[str, dict[str, str]] = {}  # rx -> drug -> batch
        self.sb: Sandbox | None = None
        self.lang = "zh_CN"
        layout = QVBoxLayout(self)
        scan_row = QHBoxLayout()
        self.scan_label = QLabel(self)
        self.scan = ScanField(self)
        self.scan.setObjectName("drug-scan")
        self.scan.setMinimumWidth(240)
        self.scan.scanned.connect(self._on_scanned)
        self.scan_result = QLabel(self)
        self.scan_result.setObjectName("scan-result")
        self.scan_result.setWordWrap(True)
        for widget in (self.scan_label, self.scan):
            scan_row.addWidget(widget)
        scan_row.addWidget(self.scan_result, 1)
        layout.addLayout(scan_row)
        self.prepared = QLabel(self)
        self.prepared.setObjectName("dispense-prepared")
        layout.addWidget(self.prepared)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.items = Grid("dispense-items", split)
        self.items.itemSelectionChanged.connect(self._on_item)
        self.batches = BatchPanel("dispense-batches", issue, split)
        self.batches.picked.connect(self._on_picked)
        split.addWidget(self.items)
        split.addWidget(self.batches)
        split.setSizes([110, 170])
        layout.addWidget(split, 1)
        self.matches = TenMatches(self)
        layout.addWidget(self.matches)
        row = QHBoxLayout()
        self.dispense = MapButton(ST, "dispensing", "Dispense", self, self._on_dispense)
        row.addStretch(1)
        row.addWidget(self.dispense)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.scan_label.setText(self.tr("Scan drug (batch barcode):"))
        self.scan.setAccessibleName(self.tr("scan field for drug batch barcodes"))
        self.scan.setPlaceholderText(self.tr("scan or type the batch number, then Enter"))
        self.scan_result.setAccessibleName(self.tr("scan result"))
        self.items.setAccessibleName(self.tr("drugs to dispense with the chosen batch"))
        self.prepared.setAccessibleName(self.tr("who prepared the prescription"))
        self.batches.retranslate(lang)
        self.matches.retranslate()
        self.dispense.retranslate(lang)

    def _drug(self) -> str | None:
        rx, key = self.current(), self.items.current_key()
        if rx is None or key is None or not key.isdigit() or int(key) >= len(rx.items):
            return None
        return rx.items[int(key)].drug

    def _on_item(self) -> None:
        if self.sb is not None:
            self.show_state(self.sb, self.lang)

    def _on_picked(self, drug: str, batch: str) -> None:
        rx = self.current()
        if rx is not None and self.sb is not None:
            self.chosen.setdefault(rx.id, {})[drug] = batch
            self.show_state(self.sb, self.lang)

    def _on_scanned(self, code: str) -> None:
        rx, sb = self.current(), self.sb
        if rx is None or sb is None:
            return
        found = [b for b in sb.stock if b.batch.upper() == code.upper()]
        on_rx = [b for b in found if any(i.drug == b.drug for i in rx.items)]
        if not on_rx:
            words = (self.tr("Not on this prescription: %1") if found
                     else self.tr("Unknown code: %1"))
            self._scan_says(words.replace("%1", code), bad=True)
            return
        batch = on_rx[0]
        self.chosen.setdefault(rx.id, {})[batch.drug] = batch.batch
        state = batch_state(sb, batch)
        name = drug_name(sb, batch.drug, self.lang)
        words = {
            "expired": self.tr("%1 batch %2 EXPIRED %3 — do not dispense"),
            "quarantined": self.tr("%1 batch %2 is off the shelf (expiry %3) — do not dispense"),
            "near": self.tr("%1 batch %2 near expiry: %3"),
            "ok": self.tr("%1 batch %2, expires %3"),
        }[state]
        said = words.replace("%1", name).replace("%2", batch.batch)
        self._scan_says(said.replace("%3", batch.expiry.isoformat()), bad=state != "ok")
        for i, item in enumerate(rx.items):
            if item.drug == batch.drug:
                self.items.select_key(str(i))
        self.show_state(sb, self.lang)

    def _scan_says(self, words: str, *, bad: bool) -> None:
        self.scan_result.setText(words)
        self.scan_result.setStyleSheet(f"color:{'#b71c1c' if bad else '#1b5e20'};font-weight:bold;")

    def _on_dispense(self) -> None:
        rx = self.current()
        if rx is None:
            return
        args: dict[str, Any] = {"rx": rx.id}
        picked = {d: b for d, b in self.chosen.get(rx.id, {}).items()
                  if any(i.drug == d for i in rx.items)}
        if picked:
            args["batches"] = picked
        args["checks"] = self.matches.ticked()
        self.issue("dispense", args)

    def show_state(self, sb: Sandbox, lang: str) -> None:
        self.sb, self.lang = sb, lang
        for picks in self.chosen.values():  # a batch taken off the shelf is no longer chosen
            for drug in [d for d, b in picks.items() if (d, b) in sb.quarantined]:
                del picks[drug]
        rx = self.current()
        rows: list[tuple[str, list[str]]] = []
        expired: list[int] = []
        if rx is not None:
            given = {d.drug: d for d in sb.dispensings if d.rx == rx.id}
            picks = self.chosen.get(rx.id, {})
            for key, cells in items_rows(sb, rx, lang):
                drug = rx.items[int(key)].drug
                if drug in given:
                    batch, expiry = given[drug].batch, given[drug].expiry.isoformat()
                    state = self.tr("Dispensed")
                elif drug in picks:
                    found = next(b for b in sb.stock if b.drug == drug and b.batch == picks[drug])
                    batch, expiry = found.batch, found.expiry.isoformat()
                    state = self.tr("Batch chosen")
                else:
                    batch, expiry, state = self.tr("not chosen (shelf order)"), "", ""
                if expiry and expiry < sb.reference.today.isoformat():
                    state = self.tr("EXPIRED batch — do not dispense")
                    expired.append(len(rows))
                rows.append((key, [*cells[:3], cells[4], cells[6], batch, expiry, state]))
        self.items.fill(
            [self.tr("Drug"), self.tr("Spec"), self.tr("Dose"), self.tr("Frequency"),
             self.tr("Packs"), self.tr("Batch"), self.tr("Expiry"), self.tr("State")], rows)
        for r in expired:
            for c in range(self.items.columnCount()):
                cell = self.items.item(r, c)
                if cell is not None:
                    cell.setForeground(QBrush(QColor("#b71c1c")))
                    cell.setBackground(QBrush(QColor("#ffcdd2")))
        if rx is None:
            self.prepared.clear()
        elif rx.prepared:
            self.prepared.setText(self.tr("Prepared by %1: check it again before handing it over")
                                  .replace("%1", rx.prepared_by))
            self.prepared.setStyleSheet("color:#1b5e20;")
        else:
            self.prepared.setText(self.tr("Not confirmed as prepared (配药确认) yet"))
            self.prepared.setStyleSheet("color:#e65100;")
        shown = self._drug()
        chosen = self.chosen.get(rx.id, {}).get(shown or "") if rx else None
        self.batches.show_batches(sb, shown, chosen, lang, all_drugs=False)
