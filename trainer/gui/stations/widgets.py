"""Widgets every station shares: the patient banner with its allergy badge, the scan
field, the pinyin-initial drug search and the dense grid.

The allergy badge has three looks, because they mean three different things: red with
the classes (recorded allergies), amber "未录入" (never asked — ask!), grey "无已知药物过敏"
(asked, none). A doctor sees it above every tab before prescribing.

May import: PySide6, trainer.sim (reference, state), trainer.gui.stations.stationmap.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.sim.reference import Diagnosis, Drug, Reference
from trainer.sim.state import PatientState

ALLERGY_CLASSES: dict[str, object] = {
    "penicillin": QT_TRANSLATE_NOOP("stations", "Penicillins"),
    "cephalosporin": QT_TRANSLATE_NOOP("stations", "Cephalosporins"),
    "beta_lactam": QT_TRANSLATE_NOOP("stations", "Beta-lactams"),
    "sulfonamide": QT_TRANSLATE_NOOP("stations", "Sulfonamides"),
    "nsaid": QT_TRANSLATE_NOOP("stations", "NSAIDs"),
    "salicylate": QT_TRANSLATE_NOOP("stations", "Salicylates"),
    "macrolide": QT_TRANSLATE_NOOP("stations", "Macrolides"),
    "quinolone": QT_TRANSLATE_NOOP("stations", "Quinolones"),
    "nitroimidazole": QT_TRANSLATE_NOOP("stations", "Nitroimidazoles"),
}


STATUS: dict[str, object] = {
    "long_term": QT_TRANSLATE_NOOP("stations", "Long-term"),
    "temporary": QT_TRANSLATE_NOOP("stations", "Temporary"),
    "prn": QT_TRANSLATE_NOOP("stations", "Long-term PRN"),
    "sos": QT_TRANSLATE_NOOP("stations", "Once PRN"),
    "new": QT_TRANSLATE_NOOP("stations", "New"),
    "verified": QT_TRANSLATE_NOOP("stations", "Verified"),
    "stopped": QT_TRANSLATE_NOOP("stations", "Stopped"),
    "cancelled": QT_TRANSLATE_NOOP("stations", "Cancelled"),
    "held": QT_TRANSLATE_NOOP("stations", "Held"),
    "draft": QT_TRANSLATE_NOOP("stations", "Draft"),
    "signed": QT_TRANSLATE_NOOP("stations", "Signed"),
    "approved": QT_TRANSLATE_NOOP("stations", "Approved"),
    "returned": QT_TRANSLATE_NOOP("stations", "Returned"),
    "dispensed": QT_TRANSLATE_NOOP("stations", "Dispensed"),
    "void": QT_TRANSLATE_NOOP("stations", "Void"),
    "ordered": QT_TRANSLATE_NOOP("stations", "Ordered"),
    "positive": QT_TRANSLATE_NOOP("stations", "Positive (+)"),
    "general": QT_TRANSLATE_NOOP("stations", "General clinic"),
    "associate": QT_TRANSLATE_NOOP("stations", "Associate chief"),
    "specialist": QT_TRANSLATE_NOOP("stations", "Specialist"),
    "expert": QT_TRANSLATE_NOOP("stations", "Expert clinic"),
    "emergency": QT_TRANSLATE_NOOP("stations", "Emergency clinic"),
    "negative": QT_TRANSLATE_NOOP("stations", "Negative (-)"),
}


def word(code: str) -> str:
    """A status or kind of the sandbox in the trainee's language."""
    return tr(STATUS[code]) if code in STATUS else code


def entrusted_label(words: str, template: str) -> str:
    """嘱托：<text> in an order list (the doctor may have typed the 嘱托 already)."""
    return words if words.startswith("嘱托") else template.replace("%1", words)


def tr(text: object) -> str:
    return QCoreApplication.translate("stations", str(text))


def allergy_names(classes: Sequence[str]) -> str:
    return "、".join(tr(ALLERGY_CLASSES.get(c, c)) for c in classes)


def age(ref: Reference, patient: PatientState) -> int:
    dob, today = patient.ref.dob, ref.today
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


class AllergyBadge(QLabel):
    """Red: recorded allergies; amber: not recorded; grey: no known drug allergy."""

    def show_state(self, recorded: list[str] | None) -> None:
        if recorded is None:
            self.setText(self.tr("Allergies: NOT RECORDED — ask"))
            self.setProperty("allergy", "unknown")
        elif not recorded:
            self.setText(self.tr("No known drug allergy"))
            self.setProperty("allergy", "none")
        else:
            self.setText(self.tr("ALLERGY: %1").replace("%1", allergy_names(recorded)))
            self.setProperty("allergy", "recorded")
        styles = {
            "unknown": "background:#ffb300;color:#000;border:2px dashed #b71c1c;",
            "none": "background:#e0e0e0;color:#333;",
            "recorded": "background:#c62828;color:white;font-weight:bold;",
        }
        style = (
            "QLabel{padding:3px 8px;border-radius:3px;"
            + styles[str(self.property("allergy"))]
            + "}"
        )
        if style != self.styleSheet():  # restyling is slow: only when the look changes
            self.setStyleSheet(style)
        self.setAccessibleName(self.text())


class PatientBanner(QFrame):
    """Name, sex, age, visit / inpatient number, payer type, allergies, deposit balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient-banner")
        self.setStyleSheet("#patient-banner{background:#e8f0f8;border:1px solid #9db4cc;}")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        self.identity = QLabel(self)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.payer = QLabel(self)
        self.balance = QLabel(self)
        self.allergy = AllergyBadge(self)
        for widget in (self.identity, self.payer, self.balance):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.allergy)
        self.show_patient(None, None, "")

    def show_patient(
        self,
        ref: Reference | None,
        patient: PatientState | None,
        number: str,
        lang: str = "zh_CN",
        number_word: str | None = None,
    ) -> None:
        """``number_word``: what the number is when not the visit number (住院号…)."""
        if ref is None or patient is None:
            self.identity.setText(self.tr("No patient selected"))
            self.payer.clear()
            self.balance.clear()
            self.allergy.clear()
            self.allergy.setStyleSheet("")
            self.setAccessibleName(self.tr("patient banner"))
            return
        p = patient.ref
        sex = self.tr("F") if p.sex == "F" else self.tr("M")
        bed_word, age_word = self.tr("bed"), self.tr("%1 y")
        no_word = number_word or self.tr("No.")
        payer_word, account_word = self.tr("Payer"), self.tr("Account")
        bed = f"  {patient.bed}{bed_word}" if patient.bed else ""
        years = age_word.replace("%1", str(age(ref, patient)))
        name = p.name.get(lang) or p.name.get("zh_CN")
        self.identity.setText(
            f"<b>{name}</b>  {sex}  {years}  {p.dob.isoformat()}  {no_word} {number}{bed}"
        )
        payer = ref.payer_types.get(p.payer_type)
        payer_name = (payer.name.get(lang) or p.payer_type) if payer else p.payer_type
        self.payer.setText(f"{payer_word}: {payer_name}")
        self.balance.setText(f"{account_word}: ¥{patient.personal_account / 100:.2f}")
        self.allergy.show_state(patient.allergies_recorded)
        self.setAccessibleName(
            self.tr("patient banner") + f": {self.identity.text()} "
            f"{self.payer.text()} {self.allergy.text()}"
        )


class ScanField(QLineEdit):
    """Where a barcode scanner types (wristband, card, drug label) and presses Enter."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan-field")
        self.setStyleSheet("QLineEdit{background:#fffde7;border:2px solid #f9a825;}")
        self.returnPressed.connect(self._on_return_pressed)

    def _on_return_pressed(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)


def match_drugs(drugs: Sequence[Drug], query: str) -> list[Drug]:
    """Drugs whose pinyin initials start with the query ("AMXL" → 阿莫西林), or whose
    Chinese or English name or id contains it."""
    q = query.strip().lower()
    if not q:
        return list(drugs)
    starts = [d for d in drugs if d.pinyin.lower().startswith(q)]
    rest = [
        d
        for d in drugs
        if d not in starts
        and (
            q in d.id.lower()
            or q in d.pinyin.lower()
            or any(q in name.lower() for name in d.name.values())
        )
    ]
    return starts + rest


def match_diagnoses(diagnoses: Sequence[Diagnosis], query: str) -> list[Diagnosis]:
    """Diagnoses by ICD-10 code prefix or pinyin initials ("GXY" → 原发性高血压, as the drug
    search finds "AMXL" → 阿莫西林), then by a name containing the query; best match first."""
    q = query.strip().lower()
    if not q:
        return list(diagnoses)
    ranked = (
        [d for d in diagnoses if d.code.lower().startswith(q)],
        [d for d in diagnoses if d.pinyin.lower().startswith(q)],
        [d for d in diagnoses if q in d.pinyin.lower()],
        [d for d in diagnoses if any(q in name.lower() for name in d.name.values())],
    )
    found: list[Diagnosis] = []
    for group in ranked:
        found.extend(d for d in group if d not in found)
    return found


class DrugSearch(QLineEdit):
    """Type pinyin initials (AMXL), a name or an id; pick from the list; ``drug`` is the
    chosen formulary id."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drugs: list[Drug] = []
        self.lang = "zh_CN"
        self.drug: str | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._on_completer_activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._on_return_pressed)

    def set_drugs(self, drugs: Sequence[Drug], lang: str) -> None:
        self.drugs, self.lang = list(drugs), lang

    def label(self, drug: Drug) -> str:
        strength = f"{drug.strength.value.normalize():f}{drug.strength.unit}"
        return f"{drug.pinyin}  {drug.name.get(self.lang) or drug.name['zh_CN']}  {strength}"

    def _on_text_edited(self, text: str) -> None:
        self.drug = None
        self._model.setStringList([self.label(d) for d in match_drugs(self.drugs, text)][:15])

    def _on_completer_activated(self, text: str) -> None:
        for drug in self.drugs:
            if self.label(drug) == text:
                self.choose(drug.id)

    def _on_return_pressed(self) -> None:
        if self.drug is None:
            found = match_drugs(self.drugs, self.text())
            if found:
                self.choose(found[0].id)

    def choose(self, drug_id: str) -> None:
        for drug in self.drugs:
            if drug.id == drug_id:
                self.drug = drug.id
                self.setText(self.label(drug))
                self.chosen.emit(drug.id)


class Grid(QTableWidget):
    """A dense, read-only, row-selecting grid as HIS screens have them."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(22)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.keys: list[str] = []
        self._shown: object = None

    def fill(self, headers: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """``rows``: (key, cells); the selection is kept by key. Unchanged rows are not
        rebuilt (a command changes a row or two; rebuilding every cell is slow)."""
        shown = (tuple(headers), tuple((k, tuple(c)) for k, c in rows))
        if shown == self._shown:
            return
        self._shown = shown
        current = self.current_key()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        self.keys = [key for key, _ in rows]
        for r, (_key, cells) in enumerate(rows):
            for c, cell in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(cell))
        if current in self.keys:
            self.selectRow(self.keys.index(current))
        elif self.keys:
            self.selectRow(0)

    def current_key(self) -> str | None:
        row = self.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def select_key(self, key: str) -> None:
        if key in self.keys:
            self.selectRow(self.keys.index(key))


class TabbedWork(QWidget):
    """A tabbed station's work area: the patient banner over the tabs (``tabs`` named
    ``name``); the station adds its pages to ``tabs`` and any row below to ``column``."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.banner = PatientBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(name)
        self.column.addWidget(self.banner)
        self.column.addWidget(self.tabs, 1)
