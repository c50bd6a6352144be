"""The pharmacy's shelf as its screens show it: batches with their expiry (过期 red, 近效期
amber, 已下架 grey), the batch panel a dispensing screen picks from (隔离批号 F6), the
四查十对 ticks, and the stock view (库存) with 盘点 (stocktake).

A batch the trainee has not picked is not picked: the grid shows no selection until the
trainee chooses one, and the dispensing command then leaves the choice to the shelf order
(first in expiry order — which may be the expired batch a scenario planted).

May import: PySide6, trainer.sim (recording, reference, state, pharmacy), trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid
from trainer.sim.pharmacy import TEN_MATCHES
from trainer.sim.reference import Batch, Drug
from trainer.sim.state import Sandbox

Issue = Callable[[str, dict[str, Any]], object]
ST = "pharmacy"
#: A batch expiring within this many days is 近效期 (flagged amber).
NEAR_EXPIRY_DAYS = 180
#: 四查十对 as the pharmacist says it: each 查 with its 对.
FOUR_CHECKS = (
    ("prescription", ("department", "name", "age")),
    ("drug", ("drug", "form", "strength", "quantity")),
    ("compatibility", ("appearance", "usage")),
    ("rationality", ("diagnosis",)),
)
RANK = {"expired": 0, "near": 1, "ok": 2, "quarantined": 3}
COLOURS = {"expired": "#ffcdd2", "near": "#ffe0b2", "quarantined": "#e0e0e0"}


def batch_state(sb: Sandbox, batch: Batch) -> str:
    """quarantined | expired | near | ok."""
    if (batch.drug, batch.batch) in sb.quarantined:
        return "quarantined"
    if batch.expiry < sb.reference.today:
        return "expired"
    if (batch.expiry - sb.reference.today).days <= NEAR_EXPIRY_DAYS:
        return "near"
    return "ok"


def shelf(sb: Sandbox, drug: str | None = None) -> list[Batch]:
    """The batches in first-expiry-first-out order, as the shelf and the HIS list them."""
    return sorted(
        (b for b in sb.stock if drug is None or b.drug == drug),
        key=lambda b: (b.drug, b.expiry, b.batch),
    )


def spec(drug: Drug, lang: str) -> str:
    """规格: strength × pack size and form (10mg×6 片)."""
    strength = f"{drug.strength.value.normalize():f}{drug.strength.unit}"
    return f"{strength}×{drug.pack_size}"


def drug_name(sb: Sandbox, drug: str, lang: str) -> str:
    found = sb.reference.drugs.get(drug)
    return text(found.name, lang) if found else drug


def days_left(sb: Sandbox, expiry: date) -> int:
    return (expiry - sb.reference.today).days


class BatchPanel(QWidget):
    """The batches of one drug (or of all drugs): pick one, or take one off the shelf."""

    picked = Signal(str, str)  # drug, batch

    def __init__(self, name: str, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.drug: str | None = None
        self.chosen: str | None = None
        self._keys: dict[str, tuple[str, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight:bold;")
        self.grid = Grid(name, self)
        self.grid.itemSelectionChanged.connect(self._on_selection)
        row = QHBoxLayout()
        self.legend = QLabel(self)
        self.quarantine = MapButton(ST, "inventory", "Quarantine batch", self, self._on_quarantine)
        row.addWidget(self.legend, 1)
        row.addWidget(self.quarantine)
        layout.addWidget(self.title)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.grid.setAccessibleName(self.tr("batches on the shelf with expiry dates"))
        self.legend.setText(
            self.tr("Red: expired — do not dispense; amber: expires within %1 days").replace(
                "%1", str(NEAR_EXPIRY_DAYS)
            )
        )
        self.legend.setStyleSheet("color:#5d4037;")
        self.quarantine.retranslate(lang)

    def _on_selection(self) -> None:
        key = self.grid.current_key()
        if key is not None and key in self._keys:
            drug, batch = self._keys[key]
            self.chosen = batch
            self.picked.emit(drug, batch)

    def selected(self) -> tuple[str, str] | None:
        """(drug, batch) of the row chosen in the grid, if any."""
        key = self.grid.current_key()
        return self._keys.get(key) if key is not None else None

    def _on_quarantine(self) -> None:
        key = self.grid.current_key()
        if key is not None and key in self._keys:
            drug, batch = self._keys[key]
            self.issue("quarantine_batch", {"drug": drug, "batch": batch})

    def show_batches(
        self, sb: Sandbox, drug: str | None, chosen: str | None, lang: str, *, all_drugs: bool
    ) -> None:
        self.drug, self.chosen = drug, chosen
        if all_drugs:
            self.title.setText(self.tr("Stock by batch (first expiry first out)"))
        elif drug is None:
            self.title.setText(self.tr("Batches: select a drug line"))
        else:
            self.title.setText(
                self.tr("Batches of %1 — today %2")
                .replace("%1", drug_name(sb, drug, lang))
                .replace("%2", sb.reference.today.isoformat())
            )
        words = {
            "quarantined": self.tr("Off the shelf"),
            "expired": self.tr("EXPIRED"),
            "near": self.tr("Near expiry"),
            "ok": self.tr("Valid"),
        }
        rows, states = [], []
        batches = shelf(sb, drug) if drug else []
        if all_drugs:  # 效期预警: expired and near-expiry batches first
            batches = sorted(shelf(sb), key=lambda b: RANK[batch_state(sb, b)])
        self._keys = {}
        for b in batches:
            key = f"{b.drug}/{b.batch}"
            self._keys[key] = (b.drug, b.batch)
            state = batch_state(sb, b)
            states.append(state)
            cells = [b.batch, b.expiry.isoformat(), str(days_left(sb, b.expiry)), str(b.quantity),
                     words[state]]
            if all_drugs:
                d = sb.reference.drugs[b.drug]
                cells = [text(d.name, lang), spec(d, lang), *cells]
            rows.append((key, cells))
        headers = [self.tr("Batch"), self.tr("Expiry"), self.tr("Days left"),
                   self.tr("Packs"), self.tr("State")]
        if all_drugs:
            headers = [self.tr("Drug"), self.tr("Spec"), *headers]
        first = not self.grid.keys
        self.grid.blockSignals(True)
        self.grid.fill(headers, rows)
        for r, state in enumerate(states):
            colour = COLOURS.get(state)
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                if item is not None:
                    item.setBackground(QBrush(QColor(colour)) if colour else QBrush())
                    if state == "expired":
                        item.setForeground(QBrush(QColor("#b71c1c")))
        picked = f"{drug}/{chosen}" if chosen else None
        if picked is not None and picked in self.grid.keys:
            self.grid.select_key(picked)
        elif not all_drugs or first:  # nothing picked until the trainee picks (red shows)
            self.grid.clearSelection()
            self.grid.setCurrentCell(-1, -1)
        self.grid.blockSignals(False)


class TenMatches(QGroupBox):
    """四查十对: the ten ticks, grouped under their four checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ten-matches")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(1)
        self.heads: dict[str, QLabel] = {}
        self.boxes: dict[str, QCheckBox] = {}
        for r, (check, matches) in enumerate(FOUR_CHECKS):
            head = QLabel(self)
            head.setStyleSheet("font-weight:bold;")
            self.heads[check] = head
            grid.addWidget(head, r, 0)
            for c, match in enumerate(matches):
                box = QCheckBox(self)
                box.setObjectName(f"match-{match}")
                self.boxes[match] = box
                grid.addWidget(box, r, c + 1)
        assert set(self.boxes) == set(TEN_MATCHES)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Four checks, ten matches"))
        heads = {
            "prescription": self.tr("Check the prescription:"),
            "drug": self.tr("Check the drug:"),
            "compatibility": self.tr("Check compatibility:"),
            "rationality": self.tr("Check rationality:"),
        }
        names = {
            "department": self.tr("Department"),
            "name": self.tr("Name"),
            "age": self.tr("Age"),
            "drug": self.tr("Drug name"),
            "form": self.tr("Dosage form"),
            "strength": self.tr("Strength"),
            "quantity": self.tr("Quantity"),
            "appearance": self.tr("Appearance"),
            "usage": self.tr("Usage and dose"),
            "diagnosis": self.tr("Clinical diagnosis"),
        }
        for check, head in self.heads.items():
            head.setText(heads[check])
        for match, box in self.boxes.items():
            box.setText(names[match])
            box.setAccessibleName(self.tr("match: %1").replace("%1", names[match]))
        self.setAccessibleName(self.tr("Four checks, ten matches"))

    def ticked(self) -> list[str]:
        return [m for m in TEN_MATCHES if self.boxes[m].isChecked()]

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)


class StockTab(QWidget):
    """库存: every batch of every drug with its expiry; take a batch off the shelf; 盘点:
    enter the packs counted for the chosen batch, the difference from the book is recorded."""

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue
        self.sb: Sandbox | None = None
        layout = QVBoxLayout(self)
        self.batches = BatchPanel("stock-batches", issue, self)
        self.batches.picked.connect(lambda _d, _b: self._show_count())
        layout.addWidget(self.batches, 1)
        row = QHBoxLayout()
        self.counted_label = QLabel(self)
        self.counted = QSpinBox(self)
        self.counted.setObjectName("stocktake-counted")
        self.counted.setRange(0, 100000)
        self.count_state = QLabel(self)
        self.count_state.setObjectName("stocktake-state")
        self.count_state.setWordWrap(True)
        self.stocktake = MapButton(ST, "inventory", "Stocktake", self, self._on_stocktake)
        row.addWidget(self.counted_label)
        row.addWidget(self.counted)
        row.addWidget(self.stocktake)
        row.addWidget(self.count_state, 1)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.batches.retranslate(lang)
        self.counted_label.setText(self.tr("Counted (packs) for the chosen batch:"))
        self.counted.setAccessibleName(self.tr("packs counted"))
        for edit in self.counted.findChildren(QLineEdit):
            edit.setAccessibleName(self.tr("packs counted"))
        self.count_state.setAccessibleName(self.tr("stocktake result"))
        self.stocktake.retranslate(lang)

    def _on_stocktake(self) -> None:
        chosen = self.batches.selected()
        if chosen is None:
            self.count_state.setText(self.tr("Choose a batch in the list first"))
            return
        self.issue("stocktake", {"drug": chosen[0], "batch": chosen[1],
                                 "counted": self.counted.value()})

    def _show_count(self) -> None:
        chosen, sb = self.batches.selected(), self.sb
        if chosen is None or sb is None:
            self.count_state.clear()
            return
        counts = [c for c in sb.extra.get("stocktakes", [])
                  if (c["drug"], c["batch"]) == chosen]
        if not counts:
            self.count_state.setText(self.tr("Not counted yet"))
            self.count_state.setStyleSheet("color:#455a64;")
            return
        last = counts[-1]
        said = (self.tr("Counted %1, book %2, difference %3")
                .replace("%1", str(last["counted"])).replace("%2", str(last["book"]))
                .replace("%3", f"{last['difference']:+d}"))
        self.count_state.setText(said)
        self.count_state.setStyleSheet(
            f"color:{'#1b5e20' if last['difference'] == 0 else '#b71c1c'};font-weight:bold;")

    def show_state(self, sb: Sandbox, lang: str) -> None:
        self.sb = sb
        self.batches.show_batches(sb, None, None, lang, all_drugs=True)
        self._show_count()
