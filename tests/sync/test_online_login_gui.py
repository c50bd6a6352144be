"""A nurse from another ward logs in on this PC: the login page asks the service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from tests.sync.helpers import read
from trainer.gui import operations
from trainer.gui.accounts.login import LoginPage
from trainer.gui.app import build_window, make_app


@pytest.mark.parametrize("password,logged_in", [(PEOPLE["N100"][3], True),
                                                ("not her password", False)])
def test_login_page_fetches_an_unknown_person_from_the_service(
        service: ServiceThread, server_db: str, workstation: Workstation,
        password: str, logged_in: bool, qtbot: QtBot) -> None:
    ward3 = workstation("ward3", service.url, server_db, departments=("ward-3",))
    ward5 = workstation("ward5", service.url, server_db, departments=("ward-5",))
    read(ward3, "N100", "nurse_station", "intro")
    assert client(ward3).run().error_code is None
    assert client(ward5).run().error_code is None
    assert not ward5.login.knows("N100")
    make_app()
    ctx, window = build_window(ward5, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()  # the start-up sync runs on a worker; let it end first
    page = window.login_page
    assert isinstance(page, LoginPage)
    page.staff_id.setText("N100")
    page.password.setText(password)
    with qtbot.waitSignal(page.lookup_finished, timeout=20_000):
        qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    if logged_in:
        assert ctx.session is not None and ctx.session.staff_id == "N100"
        assert window.screens.currentWidget() is window.shell
        operations.wait_for_all()  # the pages she sees load in the background
    else:
        assert ctx.session is None
        assert page.message.text() == "Staff number or password is wrong."
