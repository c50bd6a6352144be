"""The outpatient doctor's 检验 and 检查 tabs: request a lab test (with its specimen) or an
imaging exam (with its body site) from the fee table's request list, with a clinical note,
and submit it (提交申请, F8). The grid shows the visit's requests with their fee and whether
the cashier has been paid — a request is a charge on the patient's bill.

May import: PySide6, trainer.sim (recording, reference, outpatient_requests),
trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import Grid
from trainer.sim.outpatient_requests import requests_of
from trainer.sim.recording import RecordedAttempt
from trainer.sim.reference import FeeItem

Issue = Callable[[str, dict[str, Any]], object]
ST = "outpatient_doctor"


def yuan(fen: int) -> str:
    return f"¥{fen / 100:.2f}"


class RequestTab(QWidget):
    """检验 (``kind="lab"``: specimen) or 检查 (``kind="imaging"``: body site)."""

    def __init__(self, kind: str, visit: Callable[[], str | None], issue: Issue) -> None:
        super().__init__()
        self.kind, self.visit, self.issue = kind, visit, issue
        self.screen_id = "lab" if kind == "lab" else "imaging"
        self.items: dict[str, FeeItem] = {}
        self.lang = "zh_CN"
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.item = QComboBox(self)
        self.item.setObjectName(f"{kind}-item")
        self.item.currentIndexChanged.connect(self._on_item_changed)
        self.choice = QComboBox(self)
        self.choice.setObjectName(f"{kind}-choice")
        self.note = QLineEdit(self)
        self.note.setObjectName(f"{kind}-note")
        for widget in (self.item, self.choice, self.note):
            self.form.addRow("", widget)
        self.submit = MapButton(ST, self.screen_id, "Submit request", self, self._on_submit)
        self.form.addRow(self.submit)
        layout.addLayout(self.form)
        self.grid = Grid(f"{kind}-requests", self)
        layout.addWidget(self.grid, 1)
        self.total = QLabel(self)
        self.total.setObjectName(f"{kind}-total")
        layout.addWidget(self.total)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        if self.kind == "lab":
            heads = (self.tr("Lab test"), self.tr("Specimen"), self.tr("Clinical note"))
        else:
            heads = (self.tr("Imaging exam"), self.tr("Body site"), self.tr("Clinical note"))
        for head, widget in zip(heads, (self.item, self.choice, self.note), strict=True):
            label = self.form.labelForField(widget)
            if label is not None:
                label.setText(head)  # type: ignore[attr-defined]
            widget.setAccessibleName(head)
        self.note.setPlaceholderText(self.tr("e.g. fever for 3 days, check for infection"))
        self.grid.setAccessibleName(self.tr("requests of this visit"))
        self.total.setAccessibleName(self.tr("fees of the requests"))
        self.submit.retranslate(lang)

    def _choices(self, item: FeeItem) -> tuple[Any, ...]:
        return item.specimens if self.kind == "lab" else item.sites

    def _on_item_changed(self) -> None:
        item = self.items.get(self.item.currentData() or "")
        self.choice.clear()
        for option in self._choices(item) if item else ():
            self.choice.addItem(text(option.name, self.lang), option.id)

    def _on_submit(self) -> None:
        visit, item = self.visit(), self.item.currentData()
        if visit is None or not item:
            return
        args: dict[str, Any] = {"visit": visit, "item": item}
        if self.choice.currentData():
            args["specimen" if self.kind == "lab" else "site"] = self.choice.currentData()
        if self.note.text().strip():
            args["note"] = self.note.text().strip()
        if getattr(self.issue("request_test", args), "accepted", False):
            self.note.clear()

    def show_state(self, rec: RecordedAttempt, visit: str | None) -> None:
        ref = rec.attempt.sandbox.reference
        if not self.items:
            self.items = {f.id: f for f in ref.fees.values() if self._choices(f)}
            for item in self.items.values():
                self.item.addItem(
                    f"{item.code or ''} {text(item.name, self.lang)} {yuan(item.price)}".strip(),
                    item.id,
                )
        requests = [r for r in requests_of(rec.attempt.sandbox).values()
                    if r.visit == visit and r.kind == self.kind]
        rows = []
        for r in requests:
            item = ref.fees[r.item]
            chosen = r.specimen if self.kind == "lab" else r.site
            names = {c.id: text(c.name, self.lang) for c in self._choices(item)}
            rows.append((r.id, [r.id, text(item.name, self.lang), names.get(chosen or "", ""),
                                r.note, yuan(r.amount),
                                self.tr("paid") if r.paid else self.tr("to pay")]))
        second = self.tr("Specimen") if self.kind == "lab" else self.tr("Body site")
        heads = [self.tr("Request"), self.tr("Requested item"), second,
                 self.tr("Clinical note"), self.tr("Fee"), self.tr("Payment")]
        self.grid.fill(heads, rows)
        self.total.setText(self.tr("Total %1 — paid at the cashier").replace(
            "%1", yuan(sum(r.amount for r in requests))))
