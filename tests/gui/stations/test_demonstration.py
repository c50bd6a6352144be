"""看示范: the golden log plays on the station screens to its end, with the hints as the
caption, step and play at a chosen speed; nothing is journalled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.stations.demo import golden_lines
from trainer.gui.stations.pages import StationPage
from trainer.services import Services
from trainer.sim import library

from .conftest import OpenStation

SCENARIO = "doctor-penicillin-allergy"
LEFT = Qt.MouseButton.LeftButton


def test_a_demonstration_plays_to_its_end(qtbot: QtBot, open_station: OpenStation,
                                          demo_services: Services) -> None:
    _win, page = open_station("D001", "station:doctor")
    assert isinstance(page, StationPage)
    page.picker.select(SCENARIO)
    qtbot.mouseClick(page.picker.mode_buttons["demo"], LEFT)
    operations.wait_for_all()
    demo, host = page.demo, page.host
    assert demo is not None and host is not None and host.recorded is not None
    assert host.hint.isVisible()
    first_caption = host.hint.text()
    qtbot.mouseClick(demo.step_button, LEFT)
    qtbot.mouseClick(demo.step_button, LEFT)
    assert demo.position == 2 and host.hint.text() != first_caption  # the caption moved on
    assert not host.finish_button.isVisible()
    demo.speed.setCurrentIndex(demo.speed.count() - 1)
    with qtbot.waitSignal(demo.ended, timeout=30_000):
        qtbot.mouseClick(demo.play, LEFT)
    golden = golden_lines(library.scenario(SCENARIO))
    assert [(e.t, e.cmd) for e in host.recorded.attempt.log] == [(t, c) for t, c, _ in golden]
    assert all(e.accepted for e in host.recorded.attempt.log)
    assert host.finish_button.isVisible()
    qtbot.mouseClick(host.finish_button, LEFT)
    assert page.result.result is not None and page.result.result.score == 100
    assert list(demo_services.journal.events(type="sim.command")) == []
