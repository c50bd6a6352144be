"""The lines of the invoice picked for a refund (退费明细): per item the packs billed,
dispensed and confirmed returned by the pharmacy (退药确认), what may be refunded, and the
packs to refund that the cashier enters (部分退费); below, what the refund would pay back —
the insurance fund's part (统筹), the personal account's (个账) and the patient's part through
the channel she paid — and the total of the invoice reissued for the lines kept.

The amounts come from the sandbox's own ``preview`` (the re-settlement ``pay_refund`` makes),
never worked out again here.

May import: PySide6, trainer.sim (refunds, state), trainer.gui.stations.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from trainer.gui.stations.cashier_tabs import method_name, yuan
from trainer.gui.stations.stationmap import text
from trainer.gui.stations.widgets import Grid
from trainer.sim.refunds import billed, preview, refundable
from trainer.sim.state import Invoice, Sandbox


def item_name(sb: Sandbox, item: str, lang: str) -> str:
    """A drug's or a fee's name as the HIS prints it."""
    ref = sb.reference
    if item in ref.drugs:
        return text(ref.drugs[item].name, lang)
    return text(ref.fees[item].name, lang) if item in ref.fees else item


def packs_text(sb: Sandbox, quantities: dict[str, int], lang: str) -> str:
    return "，".join(f"{item_name(sb, item, lang)} ×{q}" for item, q in quantities.items())


class RefundLines(QWidget):
    """退费明细 of one invoice with the packs to refund per item."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = Grid("refund-lines", self)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setFixedHeight(24 + 22 * 3)
        self.summary = QLabel(self)
        self.summary.setObjectName("refund-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.grid)
        layout.addWidget(self.summary)
        self.sb: Sandbox | None = None
        self.invoice: Invoice | None = None
        self.lang = "zh_CN"
        self.spins: dict[str, QSpinBox] = {}
        self.limits: dict[str, int] = {}

    def retranslate(self) -> None:
        self.grid.setAccessibleName(self.tr("lines of the invoice to refund"))
        self.summary.setAccessibleName(self.tr("what the refund pays back"))
        if self.sb is not None and self.invoice is not None:
            invoice, self.invoice = self.invoice, None
            self.show_invoice(self.sb, invoice.id, self.lang)

    def quantities(self) -> dict[str, int] | None:
        """The packs entered per item; None when none is entered (the whole invoice)."""
        asked = {item: spin.value() for item, spin in self.spins.items() if spin.value()}
        return asked or None

    def show_invoice(self, sb: Sandbox, invoice: str | None, lang: str) -> None:
        """Show the invoice's lines; the packs entered stay while it is the same invoice."""
        self.sb, self.lang = sb, lang
        inv = sb.invoices.get(invoice or "")
        if inv is not None and self.invoice is not None and inv.id == self.invoice.id:
            self._summarise()
            return
        self.invoice = inv
        self.spins, self.limits = {}, {}
        rows = []
        packs = billed(inv) if inv is not None else {}
        for item, qty in packs.items():
            assert inv is not None
            rxs = {ln.get("rx") for ln in inv.lines if ln["item"] == item and ln.get("rx")}
            given = sum(d.quantity for d in sb.dispensings if d.rx in rxs and d.drug == item)
            back = sum(int(r["quantity"]) for r in sb.drug_returns if r["rx"] in rxs
                       and r["drug"] == item)
            self.limits[item] = refundable(sb, inv, item)
            rows.append((item, [item_name(sb, item, lang), str(qty), str(given), str(back),
                                str(self.limits[item]), ""]))
        self.grid.fill([self.tr("Charge item"), self.tr("Billed"), self.tr("Dispensed"),
                        self.tr("Returned (退药确认)"), self.tr("Refundable"),
                        self.tr("Refund packs")], rows)
        for r, (item, qty) in enumerate(packs.items()):
            spin = QSpinBox(self.grid)
            spin.setObjectName(f"refund-packs-{item}")
            spin.setRange(0, qty)
            spin.setEnabled(inv is not None and inv.status == "paid")  # 冲红: nothing to refund
            spin.setAccessibleName(self.tr("packs to refund: %1").replace(
                "%1", item_name(sb, item, lang)))
            spin.valueChanged.connect(self._summarise)
            self.grid.setCellWidget(r, 5, spin)
            self.spins[item] = spin
        self._summarise()

    def _summarise(self) -> None:
        inv, sb = self.invoice, self.sb
        if inv is None or sb is None or inv.status != "paid":
            self.summary.clear()
            return
        asked = self.quantities()
        whole = asked is None or asked == billed(inv)
        back = preview(sb, inv, None if whole else asked)
        words = (self.tr("No packs entered: whole invoice") if asked is None else
                 self.tr("Whole invoice") if whole else packs_text(sb, asked or {}, self.lang))
        words += " — " + self.tr("back: fund (统筹) %1, personal account %2, %3 %4").replace(
            "%1", yuan(back["pooled"])).replace("%2", yuan(back["personal"])).replace(
            "%3", method_name(inv.method)).replace("%4", yuan(back["amount"]))
        if not whole:
            words += self.tr("; new invoice for the rest %1").replace("%1", yuan(back["kept"]))
        over = [item for item, q in (asked or billed(inv)).items() if q > self.limits[item]]
        names = "，".join(item_name(sb, i, self.lang) for i in over)
        if over and asked is None:  # nothing typed yet: what to do, not an error made
            words += "\n" + self.tr("⚠ Enter the packs to refund: the whole invoice is more "
                                     "than the pharmacy confirmed returned (%1)").replace(
                "%1", names)
        elif over:
            words += "\n" + self.tr("✘ More than the pharmacy confirmed returned: %1").replace(
                "%1", names)
        self.summary.setText(words)
        colour = ("#0d47a1" if not over else "#e65100" if asked is None else "#b71c1c")
        self.summary.setStyleSheet(f"color:{colour};font-weight:bold;")
