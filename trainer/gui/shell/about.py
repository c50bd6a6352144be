"""About: version, build, where this workstation keeps its data, and licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trainer.buildinfo import build_facts
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page


class AboutPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        facts = build_facts()
        profile = self.ctx.services.profile
        server = str(self.ctx.services.settings.get("server_url"))
        rows = [
            (self.tr("Version"), facts["version"]),
            (self.tr("Build"), facts["commit"] or self.tr("development checkout")),
            (self.tr("Built"), facts["built"] or "—"),
            (self.tr("Python"), facts["python"]),
            (self.tr("System"), facts["platform"]),
            (
                self.tr("Mode"),
                self.tr("Networked: %1").replace("%1", server)
                if server
                else self.tr("Standalone (this PC only)"),
            ),
            (self.tr("Data folder"), str(profile.root)),
            (self.tr("Log file"), str(profile.log_file)),
        ]
        table = "".join(
            f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{_escape(v)}</td></tr>" for k, v in rows
        )
        licences = self.tr(
            "Chinese text is set in LXGW WenKai (霞鹜文楷), SIL Open Font "
            "Licence 1.1. The interface uses Qt for Python (PySide6), LGPLv3."
        )
        self.title.setText(self.tr("About HIS Trainer"))
        self.body.setText(f"<table>{table}</table><p>{licences}</p>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
