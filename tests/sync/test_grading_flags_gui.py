"""The grading flags in the trainers' review page against the real service: reached from
the queue on a networked PC, a wrong password refused in words, then the flagged attempt
listed with the person's name and the service's reason; a service gone is said in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from testkit.postgres import ServiceThread
from tests.server.flags_kit import flagged_pc
from tests.server.regrading_kit import TRAINER_PASSWORD
from tests.sync.conftest import Workstation, client
from trainer.gui.app import build_window, make_app
from trainer.gui.review.page import ReviewPage

LEFT = Qt.MouseButton.LeftButton


def test_trainer_sees_the_flagged_attempt_after_a_refused_password(
        workstation: Workstation, service: ServiceThread, server_db: str,
        qtbot: QtBot) -> None:
    sitting, attempt_id = flagged_pc(workstation, service, server_db)
    make_app()
    ctx, window = build_window(sitting.pc, "en")
    qtbot.addWidget(window)
    window.sync.wait_for_sync()  # the start-up sync runs on a worker; let it end first
    # a trainer logs in online (no trainer hash on a ward PC), as the login page does
    client(sitting.pc).fetch_person("T100", TRAINER_PASSWORD)
    sitting.pc.login.note_online_check("T100", TRAINER_PASSWORD)
    ctx.start_session(sitting.pc.login.login("T100", TRAINER_PASSWORD))
    page = window.show_page("review-queue")
    assert isinstance(page, ReviewPage) and page.flags is not None
    assert page.queue.flags_button.isVisibleTo(page)
    qtbot.mouseClick(page.queue.flags_button, LEFT)
    assert page.stack.currentWidget() is page.flags
    flags = page.flags

    flags.password.setText("not my password")
    with qtbot.waitSignal(flags.call_finished, timeout=20_000):
        qtbot.mouseClick(flags.show_button, LEFT)
    assert "refused" in flags.message.text() and flags.table.rowCount() == 0
    assert flags.password.text() == ""  # not kept after the read

    flags.password.setText(TRAINER_PASSWORD)
    with qtbot.waitSignal(flags.call_finished, timeout=20_000):
        qtbot.mouseClick(flags.show_button, LEFT)
    assert flags.table.rowCount() == 1 and flags.rows[0].attempt_id == attempt_id
    assert [flags.table.item(0, c).text() for c in (1, 2, 3, 4)] == [
        "N100", "Nurse One", "Nurse station", "Graded, flagged"]
    assert flags.table.item(0, 5).text() == \
        "The result shown on the PC differs from the service's grading."
    assert flags.message.text().startswith("1 flagged attempt")
    assert flags.message.property("error") is False

    service.stop()  # the network goes: said in words, the last list stays readable
    flags.password.setText(TRAINER_PASSWORD)
    with qtbot.waitSignal(flags.call_finished, timeout=30_000):
        qtbot.mouseClick(flags.show_button, LEFT)
    assert flags.message.text().startswith("The sync service cannot be reached: ")
    assert flags.message.property("error") is True and flags.show_button.isEnabled()
    assert flags.table.rowCount() == 1
    qtbot.mouseClick(flags.back_button, LEFT)
    assert page.stack.currentWidget() is page.queue
