"""The shared station widgets: pinyin-initial search, the three looks of the allergy
badge, F-keys in tooltips, accessible names on every control, refusals and alerts in the
HIS's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.stations.pages import StationPage
from trainer.gui.stations.stationmap import MapButton
from trainer.gui.stations.widgets import AllergyBadge, match_drugs
from trainer.sim import library

from .conftest import OpenStation, type_text

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QTableWidget, QTabWidget)


def test_pinyin_initials_find_the_drug() -> None:
    drugs = list(library.reference().drugs.values())
    assert match_drugs(drugs, "AMXL")[0].id == "amoxicillin"
    assert match_drugs(drugs, "amxl")[0].name["zh_CN"] == "阿莫西林胶囊"
    assert match_drugs(drugs, "阿奇")[0].id == "azithromycin"
    assert match_drugs(drugs, "QQQQ") == []


def test_not_recorded_looks_different_from_no_known_allergy(qtbot: QtBot) -> None:
    badge = AllergyBadge()
    qtbot.addWidget(badge)
    looks = {}
    for state in (None, [], ["penicillin"]):
        badge.show_state(state)
        looks[badge.property("allergy")] = (badge.text(), badge.styleSheet())
    assert set(looks) == {"unknown", "none", "recorded"}
    assert len({text for text, _ in looks.values()}) == 3
    assert len({style for _, style in looks.values()}) == 3
    assert "Penicillins" in looks["recorded"][0] and "#c62828" in looks["recorded"][1]


@pytest.mark.parametrize(("staff", "page_name", "scenario"), [
    ("D001", "station:doctor", "doctor-penicillin-allergy"),
    ("N001", "station:nurse", "nurse-positive-skin-test"),
])
def test_every_control_is_named_and_f_keys_are_in_tooltips(
        open_station: OpenStation, staff: str, page_name: str, scenario: str) -> None:
    _win, page = open_station(staff, page_name)
    assert isinstance(page, StationPage)
    page.open_scenario(scenario, "practice")
    operations.wait_for_all()
    assert page.host is not None
    unnamed = [w.objectName() or type(w).__name__ for w in page.host.findChildren(QWidget)
               if isinstance(w, CONTROLS) and w.isVisibleTo(page.host)
               and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert unnamed == []
    keyed = [b for b in page.host.findChildren(MapButton) if b.spec.key]
    assert keyed and all(b.spec.key in b.toolTip() and b.spec.key in b.text() for b in keyed)
    page.host.stop()


def test_a_soft_alert_asks_for_a_reason_and_a_hard_stop_is_refused_in_words(
        qtbot: QtBot, open_station: OpenStation) -> None:
    _win, page = open_station("D001", "station:doctor")
    assert isinstance(page, StationPage)
    page.open_scenario("doctor-penicillin-allergy@8", "practice")  # up to the new prescription
    operations.wait_for_all()
    host = page.host
    assert host is not None and host.recorded is not None
    screen = host.station_screen
    rx = screen.rx  # type: ignore[union-attr]
    screen.tabs.setCurrentWidget(rx)  # type: ignore[union-attr]
    rx.drug.setFocus()
    type_text(qtbot, rx.drug, "AMXL")
    qtbot.keyClick(rx.drug, Qt.Key.Key_Return)
    type_text(qtbot, rx.dose, "0.5")
    qtbot.keyClick(rx.dose, Qt.Key.Key_F2)
    assert host.recorded.attempt.log[-1].code == "allergy"  # recorded penicillin: hard stop
    assert "allerg" in host.message.text().lower() and not host.alert.isVisible()
    rx.drug.clear()
    type_text(qtbot, rx.drug, "TBFXZ")  # cefuroxime: penicillin cross-allergy, soft alert
    qtbot.keyClick(rx.drug, Qt.Key.Key_Return)
    qtbot.keyClick(rx.dose, Qt.Key.Key_F2)
    assert host.recorded.attempt.log[-1].code == "alert_needs_reason"
    assert host.alert.isVisible() and "assess" in host.alert.words.text()
    type_text(qtbot, host.alert.reason, "已评估：非严重过敏，可用")
    qtbot.keyClick(host.alert.reason, Qt.Key.Key_Return)
    last = host.recorded.attempt.log[-1]
    assert last.accepted and last.args["reason"] == "已评估：非严重过敏，可用"
    assert not host.alert.isVisible() and rx.grid.rowCount() == 1
    host.stop()
