"""Pages hear what a sync brought in: a nurse reads on one ward PC; the Home page open on
another ward PC shows her progress after its next sync, without anyone navigating."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from tests.sync.helpers import read
from trainer.changes import Changes
from trainer.gui.app import build_window, make_app
from trainer.gui.shell.home import HomePage


def progress_of(home: HomePage, course_id: str) -> str:
    row = next(n for n, entry in enumerate(home.courses) if entry.course_id == course_id)
    item = home.table.item(row, 1)
    assert item is not None
    return item.text()


def test_the_open_home_page_shows_progress_pulled_by_a_sync(
        service: ServiceThread, server_db: str, workstation: Workstation,
        qtbot: QtBot) -> None:
    desk = workstation("desk", service.url, server_db)
    bedside = workstation("bedside", service.url, server_db)
    assert client(bedside).run().error_code is None  # the roster arrives: N100 may log in
    bedside.settings.set("sync_interval_minutes", 0)  # sync on demand only
    make_app()
    ctx, window = build_window(bedside, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()
    ctx.log_in("N100", PEOPLE["N100"][3])
    home = window.show_page("home")
    assert isinstance(home, HomePage) and window.stack.currentWidget() is home
    before = progress_of(home, "nurse_station")
    assert before.startswith("0 / ")

    read(desk, "N100", "nurse_station", "order-verification")  # at the other PC
    assert client(desk).run().error_code is None
    heard: list[Changes] = []
    ctx.changed.connect(heard.append)
    assert window.sync.sync_now()
    window.sync.wait_for_sync()

    assert any(c.touches("course.section_read") for c in heard)
    assert window.stack.currentWidget() is home  # nobody navigated
    assert progress_of(home, "nurse_station") == "1 / " + before.split(" / ")[1]
