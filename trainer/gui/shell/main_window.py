"""The main window: login, the shell (navigation by role, pages, status bar), the lock
screen and the password change, as screens of one stacked widget.

Idle lock: after ``idle_lock_minutes`` without input the screen locks; the pages stay
underneath, untouched, until the same person unlocks or someone switches user.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.gui import operations
from trainer.gui.accounts.lock import LockPage
from trainer.gui.accounts.password import PasswordPage
from trainer.gui.context import AppContext
from trainer.gui.pages import LOGIN, PAGES, Page, PageSpec
from trainer.gui.roles import join_names, role_name
from trainer.gui.shell.idle import IdleWatcher
from trainer.gui.shell.sync_status import attach_sync_status


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.pages: dict[str, Page] = {}
        self._specs: list[PageSpec] = []
        self._pages_for: str | None = None  # whose pages are built

        self.login_page = LOGIN.create(ctx)
        self.lock_page = LockPage(ctx)
        self.password_page = PasswordPage(ctx)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.who = QLabel()
        self.who.setObjectName("whoLabel")
        self.lock_button = QPushButton()
        self.logout_button = QPushButton()
        self.idle = IdleWatcher(self)

        header = QHBoxLayout()
        header.addWidget(self.who, 1)
        header.addWidget(self.lock_button)
        header.addWidget(self.logout_button)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        shell_layout = QVBoxLayout()
        shell_layout.addLayout(header)
        shell_layout.addLayout(body, 1)
        self.shell = QWidget()
        self.shell.setLayout(shell_layout)

        self.screens = QStackedWidget()
        for screen in (self.login_page, self.shell, self.lock_page, self.password_page):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)

        self.demo_badge = QLabel()
        self.demo_badge.setObjectName("demoBadge")
        self.sync_status = QLabel()
        self.sync_status.setObjectName("syncStatus")
        self.statusBar().addWidget(self.demo_badge)
        self.statusBar().addPermanentWidget(self.sync_status)

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.logout_button.clicked.connect(ctx.log_out)
        self.lock_button.clicked.connect(self._on_lock_clicked)
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.activated.connect(self._on_lock_clicked)
        self.idle.idle.connect(self._on_idle_idle)
        self.password_page.password_changed.connect(self._show_shell)
        self.password_page.cancelled.connect(self._on_password_cancelled)
        ctx.session_changed.connect(self._on_session_changed)
        ctx.lock_changed.connect(self._on_lock_changed)
        ctx.password_change_requested.connect(self.show_password_change)
        self.resize(1280, 800)
        self.retranslate()
        self.sync = attach_sync_status(self, ctx)
        self._on_session_changed()

    # slots
    def _on_session_changed(self) -> None:
        session = self.ctx.session
        if session is None:
            self.idle.stop()
            self._drop_pages()
            self.screens.setCurrentWidget(self.login_page)
            self.login_page.refresh()
            return
        if self._pages_for != session.staff_id:
            self._drop_pages()
            self._pages_for = session.staff_id
        self._build_navigation()
        self.retranslate()
        if session.member.must_change_password:
            self.password_page.start(forced=True)
            self.screens.setCurrentWidget(self.password_page)
        else:
            self._show_shell()

    def _show_shell(self) -> None:
        self.screens.setCurrentWidget(self.shell)
        if self.stack.currentWidget() is None or self.nav.currentRow() < 0:
            self.show_page("home")
        self.idle.start(float(self.ctx.settings.get("idle_lock_minutes")))

    def _on_lock_changed(self, locked: bool) -> None:
        if locked:
            self.idle.stop()
            self.lock_page.refresh()
            self.screens.setCurrentWidget(self.lock_page)
        else:
            self._show_shell()

    def _on_idle_idle(self) -> None:
        self.ctx.lock("idle")

    def _on_lock_clicked(self) -> None:
        if self.screens.currentWidget() is self.shell:
            self.ctx.lock("manual")

    def _on_password_cancelled(self) -> None:
        if self.password_page.forced:
            self.ctx.log_out()
        else:
            self._show_shell()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentWidget(self.pages[self._specs[row].name])

    # internals
    def _drop_pages(self) -> None:
        """Forget the previous person's pages (and whatever they had open)."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._specs = []
        self._pages_for = None
        self.nav.clear()

    def _build_navigation(self) -> None:
        import qtawesome as qta  # ~0.2 s to import: not before the login window is up

        session = self.ctx.session
        assert session is not None
        current = self.nav.currentRow()
        self._specs = [spec for spec in PAGES if spec.visible_to(session.roles)]
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self._specs:
            if spec.name not in self.pages:
                page = spec.create(self.ctx)
                self.pages[spec.name] = page
                self.stack.addWidget(page)
            icon = qta.icon(spec.icon, color="#2d5f8b", color_selected="white")
            self.nav.addItem(QListWidgetItem(icon, spec.title()))
        if 0 <= current < len(self._specs):
            self.nav.setCurrentRow(current)
        self.nav.blockSignals(False)

    def show_page(self, name: str) -> Page | None:
        """Switch to page ``name`` if the person may see it; returns the page."""
        for row, spec in enumerate(self._specs):
            if spec.name == name:
                self.nav.setCurrentRow(row)
                self.stack.setCurrentWidget(self.pages[name])
                return self.pages[name]
        return None

    def show_password_change(self) -> None:
        """The voluntary password change (from the settings page)."""
        self.password_page.start(forced=False)
        self.screens.setCurrentWidget(self.password_page)

    def retranslate(self) -> None:
        self.nav.setAccessibleName(self.tr("navigation"))
        self.lock_button.setAccessibleName(self.tr("lock screen"))
        self.logout_button.setAccessibleName(self.tr("log out"))
        self.setWindowTitle(self.tr("HIS Trainer"))
        self.logout_button.setText(self.tr("Log out"))
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        for row, spec in enumerate(self._specs):
            item = self.nav.item(row)
            if item is not None:
                item.setText(spec.title())
        session = self.ctx.session
        if session is not None:
            roles = join_names(role_name(r) for r in sorted(session.roles))
            self.who.setText(f"{session.member.name}（{session.staff_id}） · {roles}")
        demo = self.ctx.is_demo()
        self.demo_badge.setText(
            self.tr("DEMO profile — practice data only, not real training records") if demo else ""
        )
        self.demo_badge.setVisible(demo)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.sync.stop()  # let a running sync finish its transaction; nothing is cut off
        operations.wait_for_all()  # a worker must not outlive the window it reports to
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
