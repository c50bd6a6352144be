"""The status-bar indicator: sync runs on a worker, the label says what happened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from testkit.postgres import ServiceThread
from tests.sync.conftest import Workstation
from tests.sync.helpers import read
from trainer.gui.app import make_app
from trainer.gui.context import AppContext
from trainer.gui.i18n import install_language
from trainer.gui.shell.sync_status import SyncController, attach_sync_status
from trainer.services import Services
from trainer.sync import state


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.sync_status = QLabel()
        self.statusBar().addPermanentWidget(self.sync_status)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[Window]:
    make_app()
    install_language("en")
    win = Window()
    qtbot.addWidget(win)
    yield win
    install_language("en")


def attach(win: Window, services: Services) -> SyncController:
    ctx = AppContext(services.profile, services.settings, services)
    services.settings.set("sync_interval_minutes", 0)  # no timer in tests: sync on demand
    controller = attach_sync_status(win, ctx)
    controller.wait_for_sync()
    return controller


def test_a_standalone_pc_says_so(window: Window, workstation: Workstation) -> None:
    controller = attach(window, workstation("pc"))
    assert window.sync_status.text() == "Standalone — no sync server"
    assert controller.sync_now() is False


def test_a_sync_on_demand_runs_on_a_worker_and_shows_the_result(
    window: Window, service: ServiceThread, server_db: str, workstation: Workstation
) -> None:
    pc = workstation("pc", service.url, server_db)
    controller = attach(window, pc)
    assert "Last sync" in window.sync_status.text()
    read(pc, "N100", "nurse_station", "intro")
    controller.refresh()
    assert "waiting: 1" in window.sync_status.text()
    assert controller.sync_now() is True
    assert controller.running
    assert window.sync_status.text().startswith("Syncing…")
    controller.wait_for_sync()
    assert "waiting: 0" in window.sync_status.text()
    assert "last error" not in window.sync_status.text()
    controller.stop()


def test_an_unreachable_server_is_explained_in_plain_words_and_in_chinese(
    window: Window, workstation: Workstation
) -> None:
    pc = workstation("pc")
    with pc.engine.begin() as conn:
        state.put(conn, "server_url", "http://127.0.0.1:9")  # nothing listens there
        state.put(conn, "device_token", "not-a-real-token")
    read(pc, "N100", "nurse_station", "intro")
    controller = attach(window, pc)
    text = window.sync_status.text()
    assert "the sync server cannot be reached" in text and "waiting: 1" in text
    controller.ctx.set_language("zh_CN", remember=False)
    assert "无法连接同步服务器" in window.sync_status.text()
    assert "待上传：1" in window.sync_status.text()
