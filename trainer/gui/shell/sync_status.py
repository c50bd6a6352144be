"""The sync status indicator: background sync, and the words in the status bar (last
sync, events waiting, the last error in plain words).

``attach_sync_status(window, ctx)`` is all the main window calls: it returns a
:class:`SyncController` that syncs every ``sync_interval_minutes`` and on demand
(:meth:`SyncController.sync_now`) as a network :class:`~trainer.gui.operations.Operation`
(never on the GUI thread, never beside another network call) and keeps
``window.sync_status`` (a QLabel) up to date. What a pull brought in reaches the pages
through ``AppContext.changed``, like any other operation's changes.

May import: PySide6, trainer.gui, trainer.sync (lazily, on the worker), trainer.services.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from trainer.gui.operations import Operation, Progress
from trainer.sync.words import error_words

if TYPE_CHECKING:
    from trainer.gui.context import AppContext
    from trainer.services import Services
    from trainer.sync.client import SyncOutcome
    from trainer.sync.state import SyncStatus

log = logging.getLogger(__name__)

class SyncController(QObject):
    #: A sync run ended (successfully or not); :meth:`status` has the result.
    sync_finished = Signal()
    #: The indicator's text changed.
    text_changed = Signal(str)

    def __init__(self, ctx: AppContext, label: QLabel | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = label
        self._sync: Operation[SyncOutcome] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        ctx.language_changed.connect(self._on_ctx_language_changed)
        ctx.services_ready.connect(self._on_ctx_services_ready)
        ctx.changed.connect(self._on_ctx_changed)

    # public
    def start(self) -> None:
        """Sync now (once the profile is open) and then every ``sync_interval_minutes``."""
        minutes = int(self.ctx.settings.get("sync_interval_minutes"))
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        if self.ctx.ready:
            self.sync_now()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        if self._sync is not None:
            self._sync.wait()

    @property
    def running(self) -> bool:
        return self._sync is not None

    def networked(self) -> bool:
        status = self.status()
        return bool(self.ctx.settings.get("server_url")) or (status is not None
                                                              and status.enrolled)

    def sync_now(self) -> bool:
        """Start a sync on the worker; False when one is running or there is no server."""
        if self._sync is not None or not self.ctx.ready or not self.networked():
            self.refresh()
            return False
        services = self.ctx.services

        def sync(_progress: Progress) -> SyncOutcome:
            return _run_sync(services)

        self._sync = Operation(self.ctx, sync, parent=self, network=True)
        # the client records its own errors in the status; a failure here is a bug, logged
        self._sync.on_success(self._on_sync_ended).on_failure(self._on_sync_ended)
        self._sync.start()
        self.refresh()
        return True

    def wait_for_sync(self, timeout_ms: int = 60_000) -> None:
        """Block until the running sync has finished and its result is shown (tests)."""
        if self._sync is not None:
            self._sync.wait(timeout_ms)

    def status(self) -> SyncStatus | None:
        if not self.ctx.ready:
            return None
        from trainer.sync.state import read_status

        return read_status(self.ctx.services.engine)

    def text(self) -> str:
        status = self.status()
        if status is None or not (status.enrolled or self.ctx.settings.get("server_url")):
            return self.tr("Standalone — no sync server")
        parts = [self.tr("Syncing…") if self._sync is not None else self._last(status)]
        parts.append(self.tr("waiting: %1").replace("%1", str(status.waiting)))
        if status.error_code:
            parts.append(self.tr("last error: %1").replace(
                "%1", error_words(status.error_code, self.ctx.language)))
        if status.clock_flagged:
            parts.append(self.tr("this PC's clock is wrong"))
        return " · ".join(parts)

    def refresh(self) -> None:
        text = self.text()
        if self.label is not None:
            self.label.setText(text)
            self.label.setAccessibleName(self.tr("sync status"))
            status = self.status()
            self.label.setToolTip(
                "" if status is None or not status.server_url else
                self.tr("Server: %1").replace("%1", status.server_url))
        self.text_changed.emit(text)

    # internals
    def _last(self, status: SyncStatus) -> str:
        if not status.last_sync:
            return self.tr("Not synced yet")
        when = datetime.fromisoformat(status.last_sync).astimezone()
        return self.tr("Last sync %1").replace("%1", when.strftime("%Y-%m-%d %H:%M"))

    def _on_sync_ended(self, _outcome: object) -> None:
        self._sync = None
        self.refresh()
        self.sync_finished.emit()

    def _on_ctx_language_changed(self, _lang: str) -> None:
        self.refresh()

    def _on_ctx_changed(self, _changes: object) -> None:
        self.refresh()  # events written or pulled: the count waiting moved

    def _on_ctx_services_ready(self) -> None:
        self.sync_now()


def _run_sync(services: Services) -> SyncOutcome:
    from trainer.sync.client import SyncClient

    return SyncClient(services.engine, services.journal).run()


def attach_sync_status(window: Any, ctx: AppContext) -> SyncController:
    """Drive ``window.sync_status`` (a QLabel in the status bar) and start syncing."""
    controller = SyncController(ctx, getattr(window, "sync_status", None), parent=window)
    controller.start()
    return controller
