"""Start the GUI (``his-trainer``) or render one page offscreen (``his-trainer screenshot``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from trainer import __version__
from trainer.config import Settings, open_profile
from trainer.gui import operations
from trainer.gui.context import AppContext
from trainer.gui.fonts import register_fonts
from trainer.gui.i18n import install_language
from trainer.gui.messages import install_exception_hook
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.style import STYLE
from trainer.vocabulary import Role

if TYPE_CHECKING:
    from trainer.services import Services

log = logging.getLogger(__name__)

#: Screens that are not navigation pages but can be rendered by name.
SCREENS = ("first-run", "lock", "password")
#: Screenshot names that show a page in a prepared state: name → (page, state).
SCREENSHOT_STATES = {"exam-review": ("exam", "review"), "exam-matching": ("exam", "matching")}
SCREENSHOT_STATES |= {"replay": ("review-queue", "replay"), "rubric": ("review-queue", "rubric")}

#: Demo account each page is rendered as when ``--as`` is not given.
DEFAULT_SCREENSHOT_STAFF = "N001"


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("HIS Trainer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("HISTrainer")
    register_fonts(app)
    app.setStyleSheet(STYLE)
    return app


def build_window(services: Services, lang: str | None = None) -> tuple[AppContext, MainWindow]:
    """A window over services that are already open (screenshots, tests)."""
    ctx = AppContext(services.profile, services.settings, services)
    if lang:
        ctx.language = lang
    install_language(ctx.language)
    return ctx, MainWindow(ctx)


def run(args: argparse.Namespace) -> int:
    """Show the login window at once; open the database and content behind it."""
    app = make_app()
    profile = open_profile(getattr(args, "data_dir", None))
    install_exception_hook(profile.log_file)
    ctx = AppContext(profile, Settings(profile))
    if getattr(args, "lang", None):
        ctx.language = args.lang
    install_language(ctx.language)
    window = MainWindow(ctx)
    window.show()
    ctx.load_services_in_background()
    log.info("HIS Trainer %s started, profile %s", __version__, profile.root)
    code = app.exec()
    if ctx.ready:
        if ctx.session is not None:
            ctx.log_out()
        ctx.services.close()
    return int(code)


def screenshot_staff(page: str) -> str:
    """The demo account a page is rendered as: the nurse, unless the page is not hers."""
    from trainer.demo import DEMO_ACCOUNTS
    from trainer.gui.pages import spec

    found = spec(page)
    if found is None or found.roles is None:
        return DEFAULT_SCREENSHOT_STAFF
    if Role.ADMIN in found.roles:
        return "A001"
    return next(sid for sid, _n, roles, _d, _p in DEMO_ACCOUNTS if roles & found.roles)


def screenshot(args: argparse.Namespace) -> int:
    """Render page ``args.page`` to ``args.out`` offscreen and exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.demo import make_demo
    from trainer.gui.pages import spec
    from trainer.services import open_services

    first_run = args.page == "first-run"
    page_name, state = SCREENSHOT_STATES.get(args.page, (args.page, None))
    if spec(page_name) is None and args.page not in SCREENS:
        print(f"unknown page '{args.page}'", file=sys.stderr)
        return 2
    data_dir = getattr(args, "data_dir", None)
    if data_dir is None or first_run:
        data_dir = tempfile.mkdtemp(prefix="his-trainer-screenshot-")
    services = open_services(data_dir)
    if services.login.needs_first_admin() and not first_run:
        make_demo(services)
    app = make_app()
    ctx, window = build_window(services, args.lang)
    width, height = (int(v) for v in str(args.size).lower().split("x"))
    window.resize(width, height)
    if args.page not in ("login", "first-run"):
        staff = args.as_staff or screenshot_staff(page_name)
        ctx.start_session(services.login.demo_session(staff))
        if args.page == "lock":
            ctx.lock("manual")
        elif args.page == "password":
            window.show_password_change()
        elif (shown := window.show_page(page_name)) is None:
            print(f"page '{args.page}' is not available to this account", file=sys.stderr)
            return 2
        elif hasattr(shown, "prepare_screenshot"):  # demo data for the page to show
            shown.prepare_screenshot(state)
        if getattr(args, "scenario", None):  # station pages: open a scenario (issue 12)
            getattr(window.pages[page_name], "open_scenario", print)(args.scenario)
    window.show()
    operations.wait_for_all()  # what the page loads in the background is shown when ready
    app.processEvents()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    services.close()
    print(out if ok else f"could not write {out}")
    return 0 if ok else 1
