"""Shared-workstation GUI: idle lock and unlock, switch user, forced password change,
staff administration and import, the audit page."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot

from trainer.gui.admin.audit import AuditPage
from trainer.gui.admin.staff_admin import StaffAdminPage
from trainer.gui.admin.staff_model import StaffTableModel
from trainer.gui.shell.main_window import MainWindow
from trainer.services import Services

LogIn = Callable[[MainWindow, str, str], None]


def event_types(win: MainWindow) -> list[str]:
    return [e.type for e in win.ctx.services.journal.events()]


def test_idle_lock_hides_the_work_and_only_the_same_person_unlocks(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "demo-nurse")
    page = window.show_page("settings")
    window.idle.start(0.001)  # 60 ms instead of minutes
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.lock_page, timeout=3000)
    last = list(window.ctx.services.journal.events(type="auth.locked"))[-1]
    assert last.data()["reason"] == "idle"
    window.lock_page.password.setText("someone else's guess")
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.lock_page
    assert window.lock_page.message.text() == "Wrong password."
    window.lock_page.password.setText("demo-nurse")
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.shell
    assert window.stack.currentWidget() is page  # the work under the lock is still there
    assert event_types(window)[-3:] == ["auth.locked", "auth.login_failed", "auth.unlocked"]


def test_switch_user_ends_the_session_cleanly(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "demo-nurse")
    reading = window.show_page("course") or window.show_page("home")
    assert reading is not None
    ending: list[bool] = []
    window.ctx.session_ending.connect(lambda: ending.append(True))
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 5000)
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screens.currentWidget() is window.lock_page
    qtbot.mouseClick(window.lock_page.switch_button, Qt.MouseButton.LeftButton)
    assert ending == [True]
    assert window.screens.currentWidget() is window.login_page
    assert window.pages == {}  # nothing of the nurse's is left for the next person
    assert event_types(window)[-3:] == ["auth.locked", "auth.user_switched", "auth.logout"]
    log_in(window, "D001", "demo-doctor")
    assert "Demo Doctor" in window.who.text()


def test_forced_password_change_after_an_admin_reset(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    services = window.ctx.services
    services.roster.reset_password(services.login.demo_session("A001"), "C001", "temporary-cash-1")
    log_in(window, "C001", "temporary-cash-1")
    page = window.password_page
    assert window.screens.currentWidget() is page and page.forced
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)  # "Log out"
    assert window.screens.currentWidget() is window.login_page
    log_in(window, "C001", "temporary-cash-1")
    page.old.setText("temporary-cash-1")
    page.new.setText("12345678")
    page.repeat.setText("12345678")
    with qtbot.waitSignal(page.save_finished, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "This password is too common; choose another."
    page.new.setText("counting the till at six")
    page.repeat.setText("counting the till at six")
    with qtbot.waitSignal(page.save_finished, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.shell
    assert window.ctx.session is not None
    assert not window.ctx.session.member.must_change_password


def test_staff_model_is_a_well_behaved_model(demo_services: Services) -> None:
    model = StaffTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    admin = demo_services.login.demo_session("A001")
    model.set_staff(demo_services.roster.list_staff(admin))
    assert model.rowCount() == 8 and model.columnCount() == 5
    assert model.index(0, 0).data() == "A001"


def staff_page(log_in: LogIn, qtbot: QtBot, window: MainWindow) -> StaffAdminPage:
    log_in(window, "A001", "demo-admin")
    page = window.show_page("staff-admin")
    assert isinstance(page, StaffAdminPage)
    return page


def test_staff_import_with_errors_imports_nothing(
    log_in: LogIn, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = staff_page(log_in, qtbot, window)
    bad = tmp_path / "hr.csv"
    bad.write_text("工号,姓名,科室,岗位\nN500,周护士,外科,护士\nN501,,外科,保洁\n", encoding="gbk")
    with qtbot.waitSignal(page.import_planned, timeout=10_000):
        page.plan_file(bad)
    assert page.preview is not None
    problems = [page.preview.problems.item(i).text() for i in range(page.preview.problems.count())]
    assert problems == [
        "hr.csv:3: B (姓名/name): empty",
        "hr.csv:3: D (岗位/role): unknown role '保洁'",
    ]
    assert not hasattr(page.preview, "import_button")
    page.preview.reject()
    assert page.model.rowCount() == 8


def test_staff_import_preview_then_apply(
    log_in: LogIn, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = staff_page(log_in, qtbot, window)
    good = tmp_path / "hr.csv"
    good.write_text("工号,姓名,科室,岗位\nN500,周护士,外科,护士\n", encoding="utf-8")
    with qtbot.waitSignal(page.import_planned, timeout=10_000):
        page.plan_file(good)
    assert page.preview is not None
    qtbot.mouseClick(page.preview.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 9
    assert "N500" in {page.model.member(r).staff_id for r in range(9)}  # type: ignore[union-attr]


def test_audit_page_lists_and_exports(
    log_in: LogIn, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    log_in(window, "N001", "wrong password here")
    log_in(window, "A001", "demo-admin")
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    page.staff.setText("N001")
    page.refresh()
    assert [e.type for e in page.entries] == ["auth.login_failed"]
    page.export(tmp_path / "audit.csv")
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["time", "event", "actor", "subject"]
    assert rows[1][1:4] == ["auth.login_failed", "", "N001"]


def test_admin_pages_are_not_in_a_nurses_navigation(
    log_in: LogIn, qtbot: QtBot, window: MainWindow
) -> None:
    log_in(window, "N001", "demo-nurse")
    assert window.show_page("staff-admin") is None
    assert window.show_page("audit") is None
