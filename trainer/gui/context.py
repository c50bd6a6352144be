"""What every page shares: the profile, the services, the person logged in, and change
signals.

The login window is shown *before* the services (SQLAlchemy, migrations, content) are
loaded; they load in the background (:mod:`trainer.gui.operations`) and ``services_ready``
announces them. Until then only the profile, its settings and a read-only probe of the
database are available.

Pages hear what changed instead of re-reading on show or polling each other: every
background operation, every call made through :meth:`AppContext.perform` and every sync
pull ends with ``changed`` carrying a :class:`trainer.changes.Changes` (the event types
that arrived in the journal); a page refreshes when ``changes.touches(...)`` its data.
Background work follows the rules in :mod:`trainer.gui.operations`.

May import: PySide6, trainer.gui.i18n, trainer.gui.operations, trainer.auth.session,
trainer.config, trainer.store.probe; trainer.services and trainer.changes lazily.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from trainer.auth.session import Session
from trainer.config import Profile, Settings
from trainer.gui.i18n import install_language, resolve_language
from trainer.gui.operations import Operation, Progress
from trainer.store import probe

if TYPE_CHECKING:
    from trainer.changes import Changes
    from trainer.services import Services

log = logging.getLogger(__name__)

T = TypeVar("T")


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
    #: Something changed in the journal (a :class:`trainer.changes.Changes`): pages whose
    #: data it touches refresh themselves.
    changed = Signal(object)
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
        self._loader: Operation[Services] | None = None
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
        profile, settings = self.profile, self.settings

        def open_services(_progress: Progress) -> Services:
            from trainer.services import open_profile_services

            return open_profile_services(profile, settings)

        self._loader = Operation(None, open_services, parent=self) \
            .on_success(self._on_services_opened).on_failure(self._on_services_failed)
        self._loader.start()

    def wait_until_ready(self, timeout_ms: int = 60_000) -> None:
        """Block until the background load has finished (tests, screenshots)."""
        if self._loader is not None:
            self._loader.wait(timeout_ms)

    def _on_services_opened(self, services: Services) -> None:
        self._loader = None
        self._services = services
        self.services_ready.emit()

    def _on_services_failed(self, error: Exception) -> None:
        self._loader = None
        log.error("could not open the profile %s: %s", self.profile.root, error)
        self.services_failed.emit(str(error))

    # changes
    def announce(self, changes: Changes) -> None:
        """Tell every page what changed (the runner and the sync controller call this)."""
        if changes:
            self.changed.emit(changes)

    def perform(self, call: Callable[[], T]) -> T:
        """Run a quick service call here on the GUI thread and announce what it changed.

        For calls too short to need a worker (recording a section read, one roster edit);
        anything that may take long or touches the network goes through
        :class:`~trainer.gui.operations.Operation`.
        """
        from trainer import changes

        mark = changes.mark(self.services.engine)
        result = call()
        self.announce(changes.since(self.services.engine, mark))
        return result

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
