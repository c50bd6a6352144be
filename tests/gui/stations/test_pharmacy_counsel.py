"""The pharmacy station's 配药, 用药交代 and 盘点 controls, by keyboard and mouse: the
counselling note is prefilled from the prescription, edited and recorded with the points
covered; 配药确认 by a second pharmacist makes the dispensing second-checked; a stocktake
shows the difference from the book.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.stations.pages import StationPage
from trainer.gui.stations.pharmacy import PharmacyScreen

from .conftest import OpenStation, start, type_text
from .test_station_pharmacy import _grades_as_golden, _tick_all

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot: QtBot, open_station: OpenStation, scenario: str = "pharmacist-expired-batch",
          mode: str = "practice") -> tuple[MainWindow, StationPage, PharmacyScreen]:
    win, page = open_station("P001", "station:pharmacy")
    assert isinstance(page, StationPage)
    screen = start(qtbot, page, scenario, mode, PharmacyScreen)
    return win, page, screen


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box


def _finish(qtbot: QtBot, page: StationPage) -> None:
    assert page.host is not None
    qtbot.mouseClick(page.host.finish_button, LEFT)
    operations.wait_for_all()


def _log(page: StationPage) -> list[tuple[str, dict[str, object], bool]]:
    assert page.host is not None and page.host.recorded is not None
    return [(e.cmd, dict(e.args), e.accepted) for e in page.host.recorded.attempt.log]


def test_the_counselling_note_is_prefilled_edited_and_recorded(
    qtbot: QtBot, open_station: OpenStation
) -> None:
    _win, page, screen = _open(qtbot, open_station)
    talk = screen.counselling
    screen.tabs.setCurrentWidget(talk)
    prefilled = talk.note.toPlainText()
    assert "Loratadine" in prefilled and "10mg" in prefilled and "6" in prefilled
    assert "Zhou Li" in prefilled  # for whom
    assert talk.points["dose"].text().startswith("★")  # needed for every prescription
    assert not talk.points["special_warning"].text().startswith("★")  # not a controlled drug
    assert "Not counselled" in talk.state.text()
    talk.note.moveCursor(talk.note.textCursor().MoveOperation.End)
    type_text(qtbot, talk.note, " 可能嗜睡，服药后勿驾车")
    _tick(qtbot, talk.points["dose"])
    talk.points["timing"].setFocus()
    qtbot.keyClick(talk.points["timing"], Qt.Key.Key_Space)
    screen.tabs.setCurrentWidget(screen.review)  # leaving the tab keeps the edit
    screen.tabs.setCurrentWidget(talk)
    assert talk.note.toPlainText().endswith("可能嗜睡，服药后勿驾车")
    talk.note.setFocus()
    qtbot.keyClick(talk.note, Qt.Key.Key_F8)  # 用药交代
    [(cmd, args, ok)] = _log(page)
    assert (cmd, ok, args["points"]) == ("counsel", True, ["dose", "timing"])
    assert str(args["note"]).startswith(prefilled) and "勿驾车" in str(args["note"])
    assert "Counselled" in talk.state.text() and "not covered" in talk.state.text()
    assert "Main adverse effects" in talk.state.text()
    _tick(qtbot, talk.points["adverse_effects"])
    qtbot.mouseClick(talk.counsel, LEFT)
    assert "not covered" not in talk.state.text()
    assert page.host is not None and page.host.recorded is not None
    rx = page.host.recorded.attempt.sandbox.prescriptions["rx1"]
    assert rx.counsel_points == ["adverse_effects", "dose", "timing"]
    assert "勿驾车" in rx.counsel_note
    _finish(qtbot, page)


def test_preparation_by_a_second_pharmacist_then_dispensing(
    qtbot: QtBot, open_station: OpenStation
) -> None:
    _win, page, screen = _open(qtbot, open_station)
    assert "Not confirmed" in screen.dispensing.prepared.text()
    prep = screen.preparation
    screen.tabs.setCurrentWidget(prep)
    assert prep.items.rowCount() == 1 and "Ready to prepare" in prep.state.text()
    type_text(qtbot, prep.by, "P002")
    qtbot.keyClick(prep.by, Qt.Key.Key_F7)  # 配药确认
    assert "P002" in prep.state.text()
    disp = screen.dispensing
    screen.tabs.setCurrentWidget(disp)
    assert "Prepared by P002" in disp.prepared.text()  # the second check at the window
    type_text(qtbot, disp.scan, "LOR2406A")
    qtbot.keyClick(disp.scan, Qt.Key.Key_Return)
    qtbot.mouseClick(disp.dispense, LEFT)
    assert [(c, a.get("by"), ok) for c, a, ok in _log(page)] == [
        ("prepare_prescription", "P002", True), ("dispense", None, True)]
    assert page.host is not None and page.host.recorded is not None
    assert page.host.recorded.attempt.sandbox.prescriptions["rx1"].second_checked
    _finish(qtbot, page)


def test_a_stocktake_of_the_chosen_batch_shows_the_difference(
    qtbot: QtBot, open_station: OpenStation
) -> None:
    _win, page, screen = _open(qtbot, open_station)
    stock = screen.stock
    screen.tabs.setCurrentWidget(stock)
    qtbot.mouseClick(stock.stocktake, LEFT)  # no batch chosen: nothing is sent
    assert _log(page) == [] and "Choose a batch" in stock.count_state.text()
    stock.batches.grid.select_key("loratadine/LOR2406A")
    assert "Not counted" in stock.count_state.text()
    stock.counted.setFocus()
    stock.counted.selectAll()
    type_text(qtbot, stock.counted, "48")
    qtbot.mouseClick(stock.stocktake, LEFT)  # 盘点
    assert _log(page) == [("stocktake", {"drug": "loratadine", "batch": "LOR2406A",
                                         "counted": 48}, True)]
    assert "difference -2" in stock.count_state.text()
    assert "b71c1c" in stock.count_state.styleSheet()
    _finish(qtbot, page)


def test_a_psychotropic_is_second_checked_and_counselled_with_its_warning_in_an_exam(
    qtbot: QtBot, open_station: OpenStation, tmp_path: Path
) -> None:
    scenario = "pharmacist-controlled-counselling"
    _win, page, screen = _open(qtbot, open_station, scenario, "exam")
    type_text(qtbot, screen.identity.edits["name"], "马丽华")
    type_text(qtbot, screen.identity.edits["card_no"], "A916081")
    qtbot.keyClick(screen.identity.edits["card_no"], Qt.Key.Key_F2)  # 核对身份
    prep = screen.preparation
    screen.tabs.setCurrentWidget(prep)
    type_text(qtbot, prep.by, "P002")
    qtbot.keyClick(prep.by, Qt.Key.Key_Return)  # 配药确认
    disp = screen.dispensing
    screen.tabs.setCurrentWidget(disp)
    _tick_all(qtbot, disp.matches)
    disp.items.setFocus()
    qtbot.keyClick(disp.items, Qt.Key.Key_F7)  # 发药 (the one diazepam batch on the shelf)
    talk = screen.counselling
    screen.tabs.setCurrentWidget(talk)
    assert talk.points["special_warning"].text().startswith("★")  # a psychotropic
    assert "never give it to others" in talk.note.toPlainText()  # the prefilled warning
    for point in ("dose", "timing", "adverse_effects", "special_warning"):
        _tick(qtbot, talk.points[point])
    talk.note.moveCursor(talk.note.textCursor().MoveOperation.End)
    type_text(qtbot, talk.note, " 可能嗜睡，服药后勿驾车")
    qtbot.keyClick(talk.note, Qt.Key.Key_F8)  # 用药交代
    assert page.host is not None and page.host.recorded is not None
    log = page.host.recorded.attempt.log
    assert [e.cmd for e in log] == ["verify_identity", "prepare_prescription", "dispense",
                                    "counsel"]
    assert log[3].args["points"] == ["dose", "timing", "adverse_effects", "special_warning"]
    _grades_as_golden(page, scenario, tmp_path, qtbot)
