"""The admins' workstation page against the real service: the list and a new code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from trainer.gui.admin.devices import DevicesPage
from trainer.gui.app import build_window, make_app
from trainer.sync.client import enrol


def test_admin_lists_workstations_and_issues_a_code_that_enrols_a_pc(
        service: ServiceThread, server_db: str, workstation: Workstation, qtbot: QtBot) -> None:
    pc = workstation("it-desk", service.url, server_db, departments=("it",))
    assert client(pc).run().error_code is None  # the admin A100 is now known here
    make_app()
    ctx, window = build_window(pc, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()  # the start-up sync runs on a worker; let it end first
    ctx.start_session(pc.login.login("A100", PEOPLE["A100"][3]))
    page = window.show_page("devices")
    assert isinstance(page, DevicesPage)
    assert service.url in page.where.text()

    page.password.setText("not my password")
    with qtbot.waitSignal(page.call_finished, timeout=20_000):
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    assert page.admin is None and "refused" in page.message.text()

    page.password.setText(PEOPLE["A100"][3])
    with qtbot.waitSignal(page.call_finished, timeout=20_000):
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "it"

    page.departments.setText("ward-7")
    with qtbot.waitSignal(page.call_finished, timeout=20_000):
        qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    code = page.code.text()
    assert len(code) == 14 and "ward-7" in page.notice.text()
    new_pc = workstation("ward7")
    enrol(new_pc.engine, new_pc.journal, service.url, code)
    assert client(new_pc).run().error_code is None


def test_a_standalone_pc_explains_how_to_enrol(workstation: Workstation, qtbot: QtBot) -> None:
    pc = workstation("alone")
    from trainer.demo import make_demo

    make_demo(pc)
    make_app()
    ctx, window = build_window(pc, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()  # the start-up sync runs on a worker; let it end first
    ctx.start_session(pc.login.demo_session("A001"))
    page = window.show_page("devices")
    assert isinstance(page, DevicesPage)
    assert "standalone" in page.where.text()
    assert not page.connect_button.isEnabled() and not page.code_button.isEnabled()
