"""Verify a certificate or a training record: paste the QR text or type the code, or open
a PDF. Says valid, expired, revoked, genuine (a record) or not genuine in plain words;
garbage is a one-line refusal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer import words
from trainer.certify.record_seal import summary
from trainer.certify.service import certification_for, trusted_keys
from trainer.certify.signing import name_digest
from trainer.certify.verify import Verdict, verify_text
from trainer.certify.words_certs import module_name
from trainer.errors import TrainerError
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page

COLOURS = {"valid": "#1E7B34", "genuine": "#1E7B34", "expired": "#A15C00",
           "revoked": "#B3261E", "not_genuine": "#B3261E"}


class VerifyPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prompt = QLabel()
        self.input = QLineEdit()
        self.input.setAccessibleName(self.tr("QR text or verification code"))
        self.check_button, self.open_button = QPushButton(), QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("verification result"))
        self.result.setMinimumHeight(80)

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.check_button.clicked.connect(self._on_check_clicked)
        self.input.returnPressed.connect(self._on_check_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Paste the text of the QR code of a certificate or a "
                                    "training record, type a certificate's verification "
                                    "code, or open the PDF."))
        self.check_button.setText(self.tr("Verify"))
        self.open_button.setText(self.tr("Open PDF…"))

    def _on_check_clicked(self) -> None:
        self.verify(self.input.text())

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open certificate"), "",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.input.setText(path)
            self.verify(path)

    def verify(self, text: str) -> list[Verdict]:
        lang = self.ctx.language
        certs = certification_for(self.ctx.services)
        try:
            ledger = certs.ledger()
            verdicts = verify_text(text, ledger, trusted_keys(certs, ledger), date.today(),
                                   certs.courses())
        except TrainerError as exc:
            self.result.setStyleSheet("color: #B3261E;")
            self.result.setText(words.say(exc.code, lang, **exc.facts))
            return []
        # a typed code's record has only the name digest: show the roster's name if it is
        # the name that was signed
        members = certs.members({v.record.holder for v in verdicts if v.record is not None})
        names = {v.record.holder: members[v.record.holder].name for v in verdicts
                 if v.record is not None and v.record.holder in members
                 and name_digest(v.record.number, members[v.record.holder].name)
                 == v.record.name_digest}
        self.result.setStyleSheet(f"color: {COLOURS[_worst(verdicts)]};")
        self.result.setText("\n".join(describe(v, lang, names) for v in verdicts))
        return verdicts


def _worst(verdicts: list[Verdict]) -> str:
    order = ["not_genuine", "revoked", "expired", "genuine", "valid"]
    return min((v.verdict for v in verdicts), key=order.index, default="not_genuine")


def describe(v: Verdict, lang: str, names: dict[str, str] | None = None) -> str:
    said = words.say(f"cert.verdict.{v.verdict}", lang)
    why = words.say(f"cert.reason.{v.reason}", lang) if v.reason else ""
    if v.verdict == "revoked":
        why = v.reason
    where = f"[{v.page}] " if v.page else ""
    if v.training is not None and v.verdict == "genuine":  # a training record
        return (f"{where}{said}: {summary(v.training, lang)} · {v.code}"
                + (f" · {why}" if why else ""))
    if v.record is None or v.verdict == "not_genuine":
        return f"{where}{said}" + (f": {why}" if why else "")
    modules = "、".join(module_name(m, lang) for m in v.record.modules)
    who = v.record.name or (names or {}).get(v.record.holder) or v.record.holder
    return (f"{where}{said}: {v.record.number} · {who} · {modules} · "
            f"{v.record.issued_on} – {v.record.expires_on}" + (f" · {why}" if why else ""))


class VerifyPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.panel = VerifyPanel(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.panel, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Verify a certificate"))


class VerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.panel = VerifyPanel(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(640, 240)


def open_verify_dialog(ctx: AppContext, parent: QWidget | None, path: Path | None = None
                       ) -> VerifyDialog:
    dialog = VerifyDialog(ctx, parent)
    if path is not None:
        dialog.panel.input.setText(str(path))
        dialog.panel.verify(str(path))
    dialog.show()
    return dialog
