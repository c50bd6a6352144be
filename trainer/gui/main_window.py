"""The main window: the login screen, or the shell (navigation by role, pages, status bar)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
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

from trainer.gui.context import AppContext
from trainer.gui.pages import LOGIN, PAGES, Page, PageSpec
from trainer.gui.roles import role_name


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.pages: dict[str, Page] = {}
        self._specs: list[PageSpec] = []

        self.login_page = LOGIN.create(ctx)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName("navigation")
        self.stack = QStackedWidget()
        self.who = QLabel()
        self.who.setObjectName("whoLabel")
        self.logout_button = QPushButton()
        self.logout_button.setAccessibleName("log out")

        header = QHBoxLayout()
        header.addWidget(self.who, 1)
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
        self.screens.addWidget(self.login_page)
        self.screens.addWidget(self.shell)
        self.setCentralWidget(self.screens)

        self.demo_badge = QLabel()
        self.demo_badge.setObjectName("demoBadge")
        self.sync_status = QLabel()
        self.sync_status.setObjectName("syncStatus")
        self.statusBar().addWidget(self.demo_badge)
        self.statusBar().addPermanentWidget(self.sync_status)

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.logout_button.clicked.connect(ctx.log_out)
        ctx.session_changed.connect(self._on_session_changed)
        self.resize(1280, 800)
        self.retranslate()
        self._on_session_changed()

    # slots
    def _on_session_changed(self) -> None:
        session = self.ctx.session
        if session is None:
            self.screens.setCurrentWidget(self.login_page)
            self.login_page.refresh()
            return
        self._build_navigation()
        self.screens.setCurrentWidget(self.shell)
        self.show_page("home")
        self.retranslate()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentWidget(self.pages[self._specs[row].name])

    # internals
    def _build_navigation(self) -> None:
        import qtawesome as qta  # ~0.2 s to import: not before the login window is up

        session = self.ctx.session
        assert session is not None
        self._specs = [spec for spec in PAGES if spec.visible_to(session.roles)]
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self._specs:
            if spec.name not in self.pages:
                page = spec.create(self.ctx)
                self.pages[spec.name] = page
                self.stack.addWidget(page)
            item = QListWidgetItem(
                qta.icon(spec.icon, color="#2d5f8b", color_selected="white"), spec.title()
            )
            self.nav.addItem(item)
        self.nav.blockSignals(False)

    def show_page(self, name: str) -> Page | None:
        """Switch to page ``name`` if the person may see it; returns the page."""
        for row, spec in enumerate(self._specs):
            if spec.name == name:
                self.nav.setCurrentRow(row)
                self.stack.setCurrentWidget(self.pages[name])
                return self.pages[name]
        return None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("HIS Trainer"))
        self.logout_button.setText(self.tr("Log out"))
        for row, spec in enumerate(self._specs):
            item = self.nav.item(row)
            if item is not None:
                item.setText(spec.title())
        session = self.ctx.session
        if session is not None:
            roles = "、".join(role_name(r) for r in sorted(session.roles))
            self.who.setText(f"{session.member.name}（{session.staff_id}） · {roles}")
        demo = self.ctx.is_demo()
        self.demo_badge.setText(
            self.tr("DEMO profile — practice data only, not real training records") if demo else ""
        )
        self.demo_badge.setVisible(demo)
        server = str(self.ctx.settings.get("server_url"))
        self.sync_status.setText(
            self.tr("Sync: %1").replace("%1", server)
            if server
            else self.tr("Standalone — no sync server")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
