"""Settings: interface language for this workstation; machine settings for admins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import PermissionDenied
from trainer.gui import messages
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page
from trainer.services import change_setting

LANGUAGE_CHOICES = ("system", "zh_CN", "en")


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.language = QComboBox()
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(1, 60)
        self.language_label = QLabel()
        self.idle_label = QLabel()
        self.password_button = QPushButton()
        self.admin_note = QLabel()
        self.admin_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.idle_label, self.idle_lock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.admin_note)
        layout.addWidget(self.password_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.language.activated.connect(self._on_language_activated)
        self.idle_lock.editingFinished.connect(self._on_idle_lock_edited)
        self.password_button.clicked.connect(ctx.password_change_requested)
        ctx.session_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.language.setAccessibleName(self.tr("interface language"))
        self.idle_lock.setAccessibleName(self.tr("idle lock minutes"))
        self.password_button.setAccessibleName(self.tr("change my password"))
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface language"))
        self.idle_label.setText(self.tr("Lock the screen after idle (minutes)"))
        self.password_button.setText(self.tr("Change my password…"))
        self.admin_note.setText(
            self.tr("Workstation settings can be changed by administrators only.")
        )
        labels = {"system": self.tr("Same as the system"), "zh_CN": "中文 (简体)", "en": "English"}
        current = self.ctx.services.settings.get("language")
        self.language.blockSignals(True)
        self.language.clear()
        for key in LANGUAGE_CHOICES:
            self.language.addItem(labels[key], key)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.idle_lock.setValue(int(self.ctx.services.settings.get("idle_lock_minutes")))
        is_admin = self.ctx.session is not None and "admin" in self.ctx.session.roles
        self.idle_lock.setEnabled(is_admin)
        self.admin_note.setVisible(not is_admin)

    def _on_language_activated(self, index: int) -> None:
        self.ctx.set_language(str(self.language.itemData(index)))

    def _on_idle_lock_edited(self) -> None:
        try:
            change_setting(
                self.ctx.services, self.ctx.session, "idle_lock_minutes", self.idle_lock.value()
            )
        except PermissionDenied:
            messages.warn(self, self.tr("Only administrators may change this setting."))
            self.refresh()
