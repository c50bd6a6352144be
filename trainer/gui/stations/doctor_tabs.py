"""The outpatient doctor's work tabs: 病历 (record), 诊断 (diagnosis), 西药处方 (prescription).

Each tab reads the current visit from the screen and asks the host to issue commands; it
renders itself from the sandbox.

May import: PySide6, trainer.sim (recording, reference), trainer.gui.stations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.stations.stationmap import MapButton, text
from trainer.gui.stations.widgets import DrugSearch, Grid, match_diagnoses, word
from trainer.sim.recording import RecordedAttempt
from trainer.sim.reference import Diagnosis, Reference

Issue = Callable[[str, dict[str, Any]], object]
ST = "outpatient_doctor"
EMR_FIELDS = (
    "chief_complaint",
    "present_illness",
    "past_history",
    "allergy_history",
    "examination",
    "tests",
    "diagnosis",
    "plan",
)


def number(value: str) -> float | str:
    try:
        return float(value)
    except ValueError:
        return value.strip()


class RecordTab(QWidget):
    def __init__(self, visit: Callable[[], str | None], issue: Issue) -> None:
        super().__init__()
        self.visit, self.issue = visit, issue
        self.form = QFormLayout(self)
        self.edits = {name: QLineEdit(self) for name in EMR_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(f"emr-{name}")
            self.form.addRow(name, edit)
        self.save = MapButton(ST, "record", "Save record", self, self._on_save)
        self.form.addRow(self.save)

    def retranslate(self, lang: str) -> None:
        labels = {
            "chief_complaint": self.tr("Chief complaint"),
            "present_illness": self.tr("Present illness"),
            "past_history": self.tr("Past history"),
            "allergy_history": self.tr("Allergy history"),
            "examination": self.tr("Examination"),
            "tests": self.tr("Test results"),
            "diagnosis": self.tr("Diagnosis"),
            "plan": self.tr("Plan"),
        }
        for name, edit in self.edits.items():
            label = self.form.labelForField(edit)
            if label is not None:
                label.setText(labels[name])  # type: ignore[attr-defined]
            edit.setAccessibleName(labels[name])
        self.save.retranslate(lang)

    def _on_save(self) -> None:
        visit = self.visit()
        if visit is not None:
            fields = {k: e.text() for k, e in self.edits.items() if e.text().strip()}
            self.issue("write_emr", {"visit": visit, **fields})

    def show_state(self, rec: RecordedAttempt, visit: str | None) -> None:
        emr = rec.attempt.sandbox.visits[visit].emr if visit else {}
        for name, edit in self.edits.items():
            if name in emr and not edit.text():
                edit.setText(emr[name])


class DiagnosisTab(QWidget):
    def __init__(self, visit: Callable[[], str | None], issue: Issue) -> None:
        super().__init__()
        self.visit, self.issue = visit, issue
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("diagnosis-search")
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompleter(completer)
        self.primary = QCheckBox(self)
        self.primary.setObjectName("diagnosis-primary")
        self.add = MapButton(ST, "diagnosis", "Add diagnosis", self, self._on_add)
        for widget in (self.search, self.primary, self.add):
            row.addWidget(widget)
        layout.addLayout(row)
        self.grid = Grid("diagnosis-grid", self)
        layout.addWidget(self.grid)
        self.codes: dict[str, dict[str, str]] = {}
        self.diagnoses: list[Diagnosis] = []
        self.lang = "zh_CN"

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.search.setPlaceholderText(
            self.tr("ICD-10 code, pinyin initials or name, e.g. J03.9 or GXY")
        )
        self.search.setAccessibleName(self.tr("diagnosis search"))
        self.primary.setText(self.tr("Primary diagnosis"))
        self.primary.setAccessibleName(self.primary.text())
        self.grid.setAccessibleName(self.tr("diagnoses of this visit"))
        self.add.retranslate(lang)

    def _on_add(self) -> None:
        visit, query = self.visit(), self.search.text().strip()
        if visit is None or not query:
            return
        code = query.split()[0]
        if code not in self.codes:  # pinyin initials (GXY), a code prefix or a name
            found = match_diagnoses(self.diagnoses, query)
            code = found[0].code if found else code
        self.issue(
            "add_diagnosis", {"visit": visit, "code": code, "primary": self.primary.isChecked()}
        )

    def show_state(self, rec: RecordedAttempt, visit: str | None) -> None:
        ref = rec.attempt.sandbox.reference
        if not self.codes:
            self.codes = {c: dict(d.name) for c, d in ref.diagnoses.items()}
            self.diagnoses = list(ref.diagnoses.values())
            self._model.setStringList(
                [f"{d.code} {d.pinyin} {text(d.name, self.lang)}" for d in self.diagnoses]
            )
        rows = [
            (
                f"{d.code}",
                [
                    d.code,
                    text(self.codes.get(d.code, {}), self.lang),
                    self.tr("primary") if d.primary else "",
                ],
            )
            for d in rec.attempt.sandbox.diagnoses
            if d.visit == visit
        ]
        self.grid.fill([self.tr("Code"), self.tr("Diagnosis"), self.tr("Primary")], rows)


class PrescriptionTab(QWidget):
    KINDS = ("ordinary", "emergency", "paediatric", "psych2", "psych1", "narcotic")

    def __init__(
        self, visit: Callable[[], str | None], patient: Callable[[], str | None], issue: Issue
    ) -> None:
        super().__init__()
        self.visit, self.patient, self.issue = visit, patient, issue
        self.rx: str | None = None
        self._ref: Reference | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.rx_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("rx-kind")
        self.indication = QComboBox(self)
        self.indication.setObjectName("rx-indication")
        self.new = MapButton(ST, "prescription", "New prescription", self, self._on_new)
        widget: QWidget
        for widget in (self.rx_label, self.kind, self.indication, self.new):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        line = QGridLayout()
        self.drug = DrugSearch(self)
        self.drug.setObjectName("rx-drug")
        self.drug.chosen.connect(self._on_drug_chosen)
        self.dose, self.unit = QLineEdit(self), QLineEdit(self)
        self.route, self.freq = QComboBox(self), QComboBox(self)
        self.days = QSpinBox(self)
        self.days.setRange(1, 90)
        self.days.setValue(3)
        for name, widget in (
            ("rx-dose", self.dose),
            ("rx-unit", self.unit),
            ("rx-route", self.route),
            ("rx-freq", self.freq),
            ("rx-days", self.days),
        ):
            widget.setObjectName(name)
        self.line_labels = [QLabel(self) for _ in range(6)]
        for col, widget in enumerate(
            (self.drug, self.dose, self.unit, self.route, self.freq, self.days)
        ):
            line.addWidget(self.line_labels[col], 0, col)
            line.addWidget(widget, 1, col)
        line.setColumnStretch(0, 3)
        layout.addLayout(line)
        buttons = QHBoxLayout()
        self.add = MapButton(ST, "prescription", "Add drug", self, self._on_add)
        self.remove = MapButton(ST, "prescription", "Remove drug", self, self._on_remove)
        self.skin = MapButton(ST, "prescription", "Skin test", self, self._on_skin)
        self.sign = MapButton(ST, "prescription", "Submit prescription", self, self._on_sign)
        self.void = MapButton(ST, "prescription", "Void prescription", self, self._on_void)
        for widget in (self.add, self.remove, self.skin, self.sign, self.void):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.grid = Grid("rx-grid", self)
        layout.addWidget(self.grid)
        self.lang = "zh_CN"

    def buttons(self) -> list[MapButton]:
        return [self.new, self.add, self.remove, self.skin, self.sign, self.void]

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        kinds = [
            self.tr("Ordinary"),
            self.tr("Emergency"),
            self.tr("Paediatric"),
            self.tr("Psychotropic II"),
            self.tr("Psychotropic I"),
            self.tr("Narcotic"),
        ]
        current = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItems(kinds)
        self.kind.setCurrentIndex(max(current, 0))
        self.kind.setAccessibleName(self.tr("prescription kind"))
        current = self.indication.currentIndex()
        self.indication.clear()
        self.indication.addItems(
            [self.tr("No pain indication"), self.tr("Cancer pain"), self.tr("Chronic pain")]
        )
        self.indication.setCurrentIndex(max(current, 0))
        self.indication.setAccessibleName(self.tr("pain indication (controlled drugs)"))
        heads = [
            self.tr("Drug (pinyin initials, e.g. AMXL)"),
            self.tr("Dose"),
            self.tr("Unit"),
            self.tr("Route"),
            self.tr("Frequency"),
            self.tr("Days"),
        ]
        for label, head, widget in zip(
            self.line_labels,
            heads,
            (self.drug, self.dose, self.unit, self.route, self.freq, self.days),
            strict=True,
        ):
            label.setText(head)
            widget.setAccessibleName(head)
        self.grid.setAccessibleName(self.tr("drugs on the prescription"))
        self.rx_label.setAccessibleName(self.tr("current prescription"))
        for button in self.buttons():
            button.retranslate(lang)

    def _on_new(self) -> None:
        visit = self.visit()
        if visit is None:
            return
        args: dict[str, Any] = {"visit": visit}
        if self.kind.currentIndex() > 0:
            args["kind"] = self.KINDS[self.kind.currentIndex()]
        if self.indication.currentIndex() > 0:
            args["indication"] = ("cancer_pain", "chronic_pain")[self.indication.currentIndex() - 1]
        entry = self.issue("new_prescription", args)
        rx = getattr(entry, "result", {}).get("rx")
        if rx:
            self.rx = str(rx)

    def _on_drug_chosen(self, drug_id: str) -> None:
        if self._ref is None:
            return
        drug = self._ref.drugs[drug_id]
        self.unit.setText(drug.strength.unit)
        self.route.setCurrentIndex(max(0, self.route.findData(drug.routes[0])))
        self.dose.setFocus()

    def _on_add(self) -> None:
        if self.rx is None or self.drug.drug is None:
            return
        self.issue(
            "add_rx_item",
            {
                "rx": self.rx,
                "drug": self.drug.drug,
                "dose": number(self.dose.text()),
                "unit": self.unit.text().strip(),
                "route": self.route.currentData(),
                "freq": self.freq.currentData(),
                "days": self.days.value(),
            },
        )

    def _on_remove(self) -> None:
        drug = self.grid.current_key()
        if self.rx is not None and drug is not None:
            self.issue("remove_rx_item", {"rx": self.rx, "drug": drug})

    def _on_skin(self) -> None:
        patient = self.patient()
        if patient is not None and self.drug.drug is not None:
            self.issue("order_skin_test", {"patient": patient, "drug": self.drug.drug})

    def _on_sign(self) -> None:
        if self.rx is not None:
            self.issue("sign_prescription", {"rx": self.rx})

    def _on_void(self) -> None:
        if self.rx is not None:
            self.issue("void_prescription", {"rx": self.rx})

    def show_state(self, rec: RecordedAttempt, visit: str | None) -> None:
        sb = rec.attempt.sandbox
        self._ref = sb.reference
        if not self.drug.drugs:
            self.drug.set_drugs(list(sb.reference.drugs.values()), self.lang)
            for code, route in sb.reference.routes.items():
                self.route.addItem(f"{code} {text(route.name, self.lang)}", code)
            for code, freq in sb.reference.frequencies.items():
                self.freq.addItem(f"{code} {text(freq.name, self.lang)}", code)
        mine = [rx for rx in sb.prescriptions.values() if rx.visit == visit]
        if self.rx not in {rx.id for rx in mine}:
            drafts = [rx.id for rx in mine if rx.status == "draft"]
            self.rx = drafts[-1] if drafts else (mine[-1].id if mine else None)
        rx = sb.prescriptions.get(self.rx) if self.rx else None
        self.rx_label.setText(
            self.tr("Prescription") + f" {rx.id} · {word(rx.status)}"
            if rx
            else self.tr("No prescription: press New prescription (F3)")
        )
        rows = [
            (
                item.drug,
                [
                    text(sb.reference.drugs[item.drug].name, self.lang),
                    f"{item.dose.normalize():f}{item.unit}",
                    item.route,
                    item.freq,
                    str(item.days),
                    str(item.quantity),
                    ", ".join(item.alerts),
                ],
            )
            for item in (rx.items if rx else [])
        ]
        self.grid.fill(
            [
                self.tr("Drug"),
                self.tr("Dose"),
                self.tr("Route"),
                self.tr("Frequency"),
                self.tr("Days"),
                self.tr("Packs"),
                self.tr("Alerts overridden"),
            ],
            rows,
        )
