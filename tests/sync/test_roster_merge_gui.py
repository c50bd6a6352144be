"""Issue 17 item 5 without the CLI: IT issues a merge code on the Workstations page, a
standalone demo-like profile enrols through the GUI and merges its roster (one staff number
clashes with someone else on the service), the clash shows on the IT desk's Workstations
page, a rename resolves it and the held history reaches the service's journal. Real
PostgreSQL, the real service on loopback, real profiles."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from testkit.postgres import ServiceThread
from tests.sync.conftest import PEOPLE, Workstation, client
from tests.sync.helpers import login, pg_dsn, read, server_events, sync_ok
from trainer.auth.staff import create_staff
from trainer.demo import make_demo
from trainer.gui.admin.devices import DevicesPage
from trainer.gui.admin.enrol_dialog import EnrolDialog
from trainer.gui.app import build_window, make_app
from trainer.gui.context import AppContext
from trainer.services import Services
from trainer.vocabulary import Role


def _click(qtbot: QtBot, page: DevicesPage | EnrolDialog, button: object) -> None:
    with qtbot.waitSignal(page.call_finished, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _it_desk(workstation: Workstation, service: ServiceThread, server_db: str,
             qtbot: QtBot) -> tuple[object, DevicesPage]:
    """The IT desk's Workstations page, shown to the service's administrator A100 (and its
    context, to keep)."""
    pc = workstation("it-desk", service.url, server_db, departments=("it",))
    assert client(pc).run().error_code is None
    ctx, window = build_window(pc, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()
    client(pc).fetch_person("A100", PEOPLE["A100"][3])
    pc.login.note_online_check("A100", PEOPLE["A100"][3])
    ctx.start_session(pc.login.login("A100", PEOPLE["A100"][3]))
    page = window.show_page("devices")
    assert isinstance(page, DevicesPage)
    page.password.setText(PEOPLE["A100"][3])
    _click(qtbot, page, page.connect_button)
    assert page.admin is not None and page.clashes.clashes == []
    assert not page.clashes.rename_button.isEnabled()  # nothing to resolve
    return (ctx, window), page


def _standalone(workstation: Workstation) -> Services:
    """A demo profile used on its own, plus two nurses whose numbers the service gives to
    others: N100 (Nurse One there) read three sections here, N200 (Nurse Two) one."""
    solo = workstation("solo")
    make_demo(solo)
    with solo.engine.begin() as conn:
        create_staff(conn, "N100", "Wang Fang", {Role.NURSE}, ["ward-3"], "wang-fang-pass-1",
                     must_change_password=False)
        create_staff(conn, "N200", "Zhang Wei", {Role.NURSE}, ["ward-3"], "zhang-wei-pass-1",
                     must_change_password=False)
    login(solo, "N100", "wang-fang-pass-1")
    for n in range(3):
        read(solo, "N100", "nurse_station", f"s-{n}")
    login(solo, "N200", "zhang-wei-pass-1")
    read(solo, "N200", "nurse_station", "s-0")
    return solo


def _held(db_url: str, staff_id: str) -> int:
    """How many of the merged PC's events wait on the service for ``staff_id``."""
    with psycopg.connect(pg_dsn(db_url)) as conn:
        row = conn.execute("SELECT count(*) FROM merge_held WHERE waits_for = %s",
                           (staff_id,)).fetchone()
    return int(row[0]) if row else -1


def _actors(db_url: str, staff_id: str) -> int:
    """How many events in the service's journal name ``staff_id`` as their actor."""
    return len([e for e in server_events(db_url) if e["actor_id"] == staff_id])


def test_it_merges_a_standalone_pc_and_resolves_its_clash_in_the_gui(
        service: ServiceThread, server_db: str, workstation: Workstation, qtbot: QtBot,
        tmp_path: Path) -> None:
    make_app()
    _kept, desk = _it_desk(workstation, service, server_db, qtbot)
    desk.departments.setText("ward-3")
    desk.merge_code.setChecked(True)
    _click(qtbot, desk, desk.code_button)
    code = desk.code.text()
    assert len(code) == 14 and "merge code" in desk.notice.text()

    # the standalone PC: its Workstations page offers to enrol it, with a merge
    solo = _standalone(workstation)
    ctx, window = build_window(solo, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()
    ctx.start_session(solo.login.demo_session("A001"))
    page = window.show_page("devices")
    assert isinstance(page, DevicesPage) and page.enrol_button.isVisibleTo(page)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.enrol_dialog
    assert isinstance(dialog, EnrolDialog) and dialog.merging
    assert "merges its staff" in dialog.explain.text()
    dialog.url.setText(service.url)
    dialog.code.setText("WRONG-CODE-123")
    _click(qtbot, dialog, dialog.enrol_button)
    assert dialog.message.text().startswith("Not enrolled:") and not dialog.is_enrolled
    dialog.code.setText(code)
    _click(qtbot, dialog, dialog.enrol_button)
    assert dialog.message.text() == ""
    outcome = {sid: kind for sid, _name, kind in dialog.outcome}
    assert outcome["N100"] == outcome["N200"] == "clash" and outcome["A001"] == "added"
    lines = [dialog.people_list.item(n).text() for n in range(dialog.people_list.count())]
    assert lines[0].startswith("N100 Wang Fang: this staff number belongs to someone else")
    assert lines[1].startswith("N200 Zhang Wei: this staff")  # clashes first
    assert "lists 2 staff number(s) in clash" in dialog.summary.text()
    _grab_in_chinese(dialog, ctx, dialog.url_label, "服务地址(&A)", tmp_path, qtbot)
    assert "lists 2 staff number(s) in clash" in dialog.summary.text()  # English again
    dialog.reject()
    assert service.url in page.where.text() and not page.enrol_button.isVisibleTo(page)

    sync_ok(solo)  # its history goes to the service; the two nurses' waits there
    held, held2 = _held(server_db, "N100"), _held(server_db, "N200")
    assert (held, held2) == (4, 2)  # a login and the readings each
    assert _actors(server_db, "N100") == _actors(server_db, "N200") == 0

    # IT sees the clashes and renames the PC's first nurse
    desk.password.setText(PEOPLE["A100"][3])
    _click(qtbot, desk, desk.connect_button)
    clashes = desk.clashes
    assert [(c.staff_id, c.local_name, c.service_name, c.held_events)
            for c in clashes.clashes] == [("N100", "Wang Fang", "Nurse One", held),
                                          ("N200", "Zhang Wei", "Nurse Two", held2)]
    assert clashes.table.item(0, 1).text() == "Nurse One · ward-3"
    assert clashes.table.item(0, 2).text().startswith("Wang Fang")
    _grab_in_chinese(desk.window(), desk.ctx, clashes.title, "工号冲突", tmp_path, qtbot)
    clashes.table.selectRow(0)
    clashes.new_number.setText("N100")  # the same number: refused here, no call
    qtbot.mouseClick(clashes.rename_button, Qt.MouseButton.LeftButton)
    assert "other than N100" in desk.message.text() and clashes.clashes
    clashes.new_number.setText("N 901")  # not a staff number
    qtbot.mouseClick(clashes.rename_button, Qt.MouseButton.LeftButton)
    assert "1 to 32 letters" in desk.message.text() and len(clashes.clashes) == 2
    clashes.new_number.setText("D100")  # taken on the service: its refusal in words
    _click(qtbot, desk, clashes.rename_button)
    assert "already belongs to someone" in desk.message.text()
    assert _held(server_db, "N100") == held
    clashes.table.selectRow(0)
    clashes.new_number.setText("N901")
    clashes.new_number.setFocus()
    with qtbot.waitSignal(desk.call_finished, timeout=30_000):
        qtbot.keyClick(clashes.new_number, Qt.Key.Key_Return)  # keyboard only
    assert [c.staff_id for c in clashes.clashes] == ["N200"]  # the list was asked again
    assert f"is now N901; {held} waiting event(s) were released" in desk.notice.text()
    assert _held(server_db, "N100") == 0 and _actors(server_db, "N100") == 0
    assert _actors(server_db, "N901") == held

    # the second nurse is Nurse Two after all: mapping is confirmed first
    clashes.table.selectRow(0)
    qtbot.mouseClick(clashes.map_button, Qt.MouseButton.LeftButton)
    assert clashes.confirm is not None and "Zhang Wei" in clashes.confirm.text()
    clashes.confirm.button(QMessageBox.StandardButton.No).click()  # not yet
    assert clashes.confirm is None and _held(server_db, "N200") == held2
    qtbot.mouseClick(clashes.map_button, Qt.MouseButton.LeftButton)
    assert clashes.confirm is not None
    with qtbot.waitSignal(desk.call_finished, timeout=30_000):
        clashes.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert clashes.clashes == [] and clashes.table.rowCount() == 0
    assert "No staff number is in clash" in clashes.explain.text()
    assert _held(server_db, "N200") == 0 and _actors(server_db, "N200") == held2
    with psycopg.connect(pg_dsn(server_db)) as conn:
        names: dict[str, str] = dict(conn.execute("SELECT staff_id, name FROM staff").fetchall())
    assert names["N901"] == "Wang Fang" and names["N100"] == "Nurse One"
    assert sync_ok(solo).waiting == 0


def _grab_in_chinese(widget: QWidget, ctx: AppContext, label: QLabel | QPushButton,
                     chinese: str, folder: Path, qtbot: QtBot) -> None:
    """``widget`` in Chinese (``label`` then reads ``chinese``), saved for a person to look
    at (HIS_SCREENSHOT_DIR keeps it), then back in English."""
    english = label.text()
    ctx.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: label.text() == chinese)  # the change is posted
    QApplication.processEvents()  # and the layouts that follow the new texts
    name = type(widget).__name__
    target = Path(os.environ.get("HIS_SCREENSHOT_DIR", folder)) / f"{name}_zh_CN.png"
    assert widget.grab().save(str(target))
    ctx.set_language("en", remember=False)
    qtbot.waitUntil(lambda: label.text() == english)
