"""What every page shares: the services, the person logged in, and change signals.

Pages connect to ``session_changed`` / ``content_changed`` and refresh themselves; they
never poll each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from trainer.auth.login import Session
from trainer.gui.i18n import install_language, resolve_language
from trainer.services import Services


class AppContext(QObject):
    session_changed = Signal()
    language_changed = Signal(str)
    content_changed = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        self.language = resolve_language(str(services.settings.get("language")))

    def log_in(self, staff_id: str, password: str) -> Session:
        """Raises :class:`trainer.auth.login.LoginFailed`; on success announces it."""
        self.session = self.services.login.login(staff_id, password)
        self.session_changed.emit()
        return self.session

    def start_session(self, session: Session) -> None:
        self.session = session
        self.session_changed.emit()

    def log_out(self) -> None:
        if self.session is not None:
            self.services.login.logout(self.session)
        self.session = None
        self.session_changed.emit()

    def set_language(self, lang: str, *, remember: bool = True) -> None:
        """Switch the interface language now; ``remember`` stores it in the settings."""
        if remember:
            self.services.settings.set("language", lang)
        self.language = resolve_language(lang)
        install_language(self.language)
        self.language_changed.emit(self.language)
