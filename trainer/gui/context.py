"""What every page shares: the profile, the services, the person logged in, and change
signals.

The login window is shown *before* the services (SQLAlchemy, migrations, content) are
loaded; they load on a worker thread and ``services_ready`` announces them. Until then
only the profile, its settings and a read-only probe of the database are available.
Pages connect to the signals and refresh themselves; they never poll each other.

Workers hand results back through ``QThread.finished`` and attributes read afterwards,
never Python objects through queued signals; and nothing may spin
``QApplication.processEvents()`` in a loop while a worker runs: with PySide6 6.12 that
combination crashed the interpreter here ("deallocating None") — the real event loop
(``app.exec()``, ``QEventLoop``, ``qtbot.waitSignal``) is safe.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from trainer.auth.session import Session
from trainer.config import Profile, Settings
from trainer.gui.i18n import install_language, resolve_language
from trainer.store import probe

if TYPE_CHECKING:
    from trainer.services import Services

log = logging.getLogger(__name__)


class _ServicesLoader(QThread):
    """Opens the services on a worker thread; read ``services`` / ``error`` after
    ``finished`` (passing Python objects through queued signals is avoided on purpose)."""

    def __init__(self, profile: Profile, settings: Settings) -> None:
        super().__init__()
        self.profile = profile
        self.settings = settings
        self.services: Services | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            from trainer.services import open_profile_services

            self.services = open_profile_services(self.profile, self.settings)
        except Exception as exc:  # shown to the person by the login page
            log.exception("could not open the profile %s", self.profile.root)
            self.error = exc


class AppContext(QObject):
    #: Someone logged in or out (``session`` is the new state).
    session_changed = Signal()
    #: The session is about to end (switch user, log out): pages pause and save their work.
    session_ending = Signal()
    #: The screen was locked (True) or unlocked (False); the session continues underneath.
    lock_changed = Signal(bool)
    #: A page asks for the (voluntary) password change screen.
    password_change_requested = Signal()
    language_changed = Signal(str)
    content_changed = Signal()
    services_ready = Signal()
    services_failed = Signal(str)

    def __init__(
        self,
        profile: Profile,
        settings: Settings,
        services: Services | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.settings = settings
        self._services = services
        self._loader: _ServicesLoader | None = None
        self.session: Session | None = None
        self.locked = False
        self.language = resolve_language(str(settings.get("language")))

    # services
    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("services are still loading")
        return self._services

    def load_services_in_background(self) -> None:
        self._loader = _ServicesLoader(self.profile, self.settings)
        self._loader.finished.connect(self._on_loader_finished)
        self._loader.start()

    def wait_until_ready(self, timeout_ms: int = 60_000) -> None:
        """Block until the background load has finished (tests, screenshots)."""
        if self._loader is not None:
            self._loader.wait(timeout_ms)
            self._on_loader_finished()

    def _on_loader_finished(self) -> None:
        loader, self._loader = self._loader, None
        if loader is None:
            return
        loader.wait()
        if loader.error is not None:
            self.services_failed.emit(str(loader.error))
            return
        self._services = loader.services
        self.services_ready.emit()

    def needs_first_admin(self) -> bool:
        if self._services is not None:
            return self._services.login.needs_first_admin()
        return probe.roster_is_empty(self.profile.database)

    def is_demo(self) -> bool:
        if self._services is not None:
            return self._services.is_demo
        return probe.is_demo(self.profile.database)

    # session
    def log_in(self, staff_id: str, password: str) -> Session:
        """Raises :class:`trainer.errors.LoginFailed`; on success announces it."""
        self.session = self.services.login.login(staff_id, password)
        self.session_changed.emit()
        return self.session

    def start_session(self, session: Session) -> None:
        self.session = session
        self.session_changed.emit()

    def log_out(self) -> None:
        if self.session is not None:
            self.session_ending.emit()
            self.services.login.logout(self.session)
        self.session = None
        self.locked = False
        self.session_changed.emit()

    def lock(self, reason: str) -> None:
        """Hide the screen; the work under it stays (``reason``: idle or manual)."""
        if self.session is None or self.locked:
            return
        self.services.login.lock(self.session, reason)
        self.locked = True
        self.lock_changed.emit(True)

    def unlock(self, password: str) -> None:
        """Raises :class:`trainer.errors.LoginFailed` (same back-off as logging in)."""
        if self.session is None:
            return
        self.services.login.unlock(self.session, password)
        self.locked = False
        self.lock_changed.emit(False)

    def switch_user(self) -> None:
        """End the locked session cleanly so the next person can log in."""
        if self.session is not None:
            self.session_ending.emit()
            self.services.login.switch_user(self.session)
        self.session = None
        self.locked = False
        self.session_changed.emit()

    # language
    def set_language(self, lang: str, *, remember: bool = True) -> None:
        """Switch the interface language now; ``remember`` stores it in the settings."""
        if remember:
            self.settings.set("language", lang)
        self.language = resolve_language(lang)
        install_language(self.language)
        self.language_changed.emit(self.language)
