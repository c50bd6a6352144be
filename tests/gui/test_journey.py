"""The journey page: a patient journey's legs one station after another on one attempt.

Played on a test-only journey (doctor → infusion nurse, ``journey_scenarios/``) under a
simulators folder of the test's own: training swaps the station screen at the hand-over
and scores as the sim grader scores the same log; a team exercise refuses a login of the
wrong role and hands over by switching user, each leg journalled under its player; a
journey left (locked, user switched) resumes at the leg it had reached."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.app import build_window, make_app
from trainer.gui.context import AppContext
from trainer.gui.shell.main_window import MainWindow
from trainer.gui.stations.demo import golden_lines
from trainer.gui.stations.doctor import DoctorScreen
from trainer.gui.stations.journey import JourneyPage
from trainer.gui.stations.journey_setup import PLAYER
from trainer.gui.stations.nurse import NurseScreen
from trainer.services import Services
from trainer.sim import library
from trainer.sim.attempt import SimAttempt
from trainer.sim.grading import grade
from trainer.sim.scenario_files import LoadedScenario

REPO = Path(__file__).resolve().parents[2]
SCENARIO = "test-journey"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A simulators folder: the shipped reference data and the test journey."""
    folder = tmp_path / "simulators"
    shutil.copytree(REPO / "simulators" / "reference", folder / "reference")
    shutil.copytree(Path(__file__).with_name("journey_scenarios") / SCENARIO,
                    folder / "scenarios" / SCENARIO)
    return folder


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services) -> tuple[AppContext, MainWindow]:
    make_app()
    ctx, win = build_window(demo_services, "en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return ctx, win


def _journey_page(ctx: AppContext, win: MainWindow, staff: str,
                  root: Path | None) -> JourneyPage:
    """``staff`` logs in (as the login page does) and opens the journey page."""
    ctx.start_session(ctx.services.login.demo_session(staff))
    page = win.show_page("journey")
    assert isinstance(page, JourneyPage)
    page.root = root
    page.refresh()
    operations.wait_for_all()
    return page


def _lines(root: Path) -> tuple[LoadedScenario, list[tuple[int, str, dict]]]:  # type: ignore[type-arg]
    loaded = library.scenario(SCENARIO, root)
    return loaded, golden_lines(loaded)


def _play(page: JourneyPage, lines: list[tuple[int, str, dict]]) -> None:  # type: ignore[type-arg]
    for t, cmd, args in lines:
        assert page.host is not None, f"no station open for {cmd}"
        entry = page.host.issue(cmd, args, t)
        assert entry is not None and entry.accepted, (cmd, entry)


def _actors(services: Services, attempt_id: str) -> list[tuple[str, str | None]]:
    return [(e.data()["cmd"], e.actor_id)
            for e in services.journal.events(type="sim.command", subject_id=attempt_id)]


def test_training_plays_every_leg_and_swaps_the_screen_at_the_hand_over(
        qtbot: QtBot, window: tuple[AppContext, MainWindow], root: Path) -> None:
    ctx, win = window
    page = _journey_page(ctx, win, "D001", root)
    assert [s.id for s in page.setup.summaries] == [SCENARIO]
    assert page.setup.legs.rowCount() == 2
    page.setup.mode.setCurrentIndex(page.setup.mode.findData("practice"))
    qtbot.mouseClick(page.setup.solo_button, LEFT)
    operations.wait_for_all()
    assert page.host is not None and isinstance(page.host.station_screen, DoctorScreen)
    assert [b.property("leg_state") for b in page.strip.boxes] == ["current", "next"]
    assert "consulting room" in page.strip.brief.text()
    assert not page.host.finish_button.isVisibleTo(page)  # a leg ends by handing over
    loaded, lines = _lines(root)
    handover = next(i for i, line in enumerate(lines) if line[1] == "hand_over")
    _play(page, lines[:handover])
    assert page.hand_over.isVisibleTo(page)  # the doctor's screen has no hand-over of its own
    qtbot.mouseClick(page.hand_over, LEFT)
    assert page.host is not None
    assert isinstance(page.host.station_screen, NurseScreen)  # same attempt, next station
    assert not page.hand_over.isVisibleTo(page)  # the last leg ends by finishing
    assert page.recorded is not None and page.recorded.attempt.leg == 1
    assert [b.property("leg_state") for b in page.strip.boxes] == ["done", "current"]
    assert "infusion room" in page.strip.brief.text()
    assert page.host.finish_button.isVisibleTo(page)
    _play(page, lines[handover + 1:])
    qtbot.mouseClick(page.host.finish_button, LEFT)
    assert page.stack.currentWidget() is page.result

    expected = SimAttempt(loaded.scenario, loaded.reference)
    for t, cmd, args in lines:
        expected.apply(t, cmd, args)
    graded = grade(expected)
    result = page.result.details.result
    assert result is not None
    assert (result.score, result.passed, result.legs) == (graded.score, graded.passed,
                                                          graded.legs)
    table = page.result.legs
    assert [[table.item(r, c).text() for c in range(5)] for r in range(2)] == [
        ["1", "Doctor", "D001", "100", "passed"], ["2", "Nurse", "D001", "100", "passed"]]
    assert page.plan is not None
    attempt_id = page.plan.attempt_id
    assert {actor for _cmd, actor in _actors(ctx.services, attempt_id)} == {"D001"}
    ctx.log_out()


def test_a_team_exercise_refuses_a_login_of_the_wrong_role_and_hands_over_by_login(
        qtbot: QtBot, window: tuple[AppContext, MainWindow], root: Path) -> None:
    ctx, win = window
    page = _journey_page(ctx, win, "T001", root)  # the trainer sets the exercise up
    for row, staff in enumerate(("D001", "N001")):
        page.setup.legs.setItem(row, PLAYER, QTableWidgetItem(staff))
    qtbot.mouseClick(page.setup.team_button, LEFT)
    operations.wait_for_all()
    assert page.host is None  # a trainer is no doctor: leg 1 is not opened under T001
    assert page.handover.words.property("refused") is True
    assert "D001" in page.handover.words.text()
    qtbot.mouseClick(page.handover.switch_button, LEFT)
    assert ctx.session is None and win.screens.currentWidget() is win.login_page

    page = _journey_page(ctx, win, "D001", root)
    assert page.setup.waiting_list.count() == 1
    qtbot.mouseClick(page.setup.continue_button, LEFT)
    operations.wait_for_all()
    assert page.host is not None and isinstance(page.host.station_screen, DoctorScreen)
    _loaded, lines = _lines(root)
    handover = next(i for i, line in enumerate(lines) if line[1] == "hand_over")
    _play(page, lines[:handover + 1])
    assert page.host is None  # the nurse's leg waits for the nurse
    assert page.handover.words.property("refused") is False
    assert "N001" in page.handover.words.text() and page.handover.switch_button.isVisibleTo(page)
    assert page.plan is not None
    attempt_id = page.plan.attempt_id

    page.back_to_list()  # the doctor tries to go on with the nurse's leg himself
    operations.wait_for_all()
    qtbot.mouseClick(page.setup.continue_button, LEFT)
    operations.wait_for_all()
    assert page.host is None and page.handover.words.property("refused") is True
    qtbot.mouseClick(page.handover.switch_button, LEFT)

    page = _journey_page(ctx, win, "N001", root)
    assert page.setup.waiting_list.item(0).text().endswith("leg 2 of 2, Nurse, played by "
                                                           "N001 — your turn")
    qtbot.mouseClick(page.setup.continue_button, LEFT)
    operations.wait_for_all()
    assert page.host is not None and isinstance(page.host.station_screen, NurseScreen)
    assert [b.property("leg_state") for b in page.strip.boxes] == ["done", "current"]
    _play(page, lines[handover + 1:])
    page.host.finish()
    table = page.result.legs
    assert [table.item(r, 2).text() for r in range(2)] == ["D001", "N001"]
    assert page.result.details.result is not None and page.result.details.result.passed
    actors = _actors(ctx.services, attempt_id)
    assert actors == [(cmd, "D001") for _t, cmd, _a in lines[:handover + 1]] + [
        (cmd, "N001") for _t, cmd, _a in lines[handover + 1:]]
    ctx.log_out()


def test_a_journey_left_mid_leg_resumes_at_the_leg_it_had_reached(
        qtbot: QtBot, window: tuple[AppContext, MainWindow], root: Path) -> None:
    ctx, win = window
    page = _journey_page(ctx, win, "D001", root)
    qtbot.mouseClick(page.setup.solo_button, LEFT)
    operations.wait_for_all()
    _loaded, lines = _lines(root)
    handover = next(i for i, line in enumerate(lines) if line[1] == "hand_over")
    _play(page, lines[:handover + 3])  # the hand-over and two of the nurse's commands
    assert page.recorded is not None
    before = [e.to_json() for e in page.recorded.attempt.log]
    ctx.lock("manual")  # the doctor steps away; the page stays under the lock screen
    assert page.host is not None
    ctx.switch_user()  # and someone ends the locked session: the page is dropped

    page = _journey_page(ctx, win, "D001", root)
    assert page.host is None and page.setup.waiting_list.count() == 1
    page.setup.waiting_list.setFocus()
    qtbot.keyClick(page.setup.waiting_list, Qt.Key.Key_Return)  # by keyboard
    operations.wait_for_all()
    assert page.host is not None and isinstance(page.host.station_screen, NurseScreen)
    assert page.recorded is not None and page.recorded.attempt.leg == 1
    assert [e.to_json() for e in page.recorded.attempt.log] == before
    assert [b.property("leg_state") for b in page.strip.boxes] == ["done", "current"]
    _play(page, lines[handover + 3:])
    result = page.host.finish()
    assert result is not None and result.passed and result.score == 100
    finished = [e.data() for e in ctx.services.journal.events(type="sim.finished")]
    assert [f["commands"] for f in finished] == [len(lines)]
    ctx.log_out()


SCREENS = {"doctor": "DoctorScreen", "nurse": "NurseScreen", "pharmacist": "PharmacyScreen",
           "cashier": "CashierScreen"}


@pytest.mark.parametrize("scenario", ["journey-outpatient-infusion", "inpatient-journey"])
def test_a_shipped_journey_golden_log_played_through_the_page_scores_as_the_sim_grader(
        qtbot: QtBot, window: tuple[AppContext, MainWindow], scenario: str) -> None:
    ctx, win = window
    page = _journey_page(ctx, win, "D001", None)  # the shipped journeys
    page.open_scenario(scenario, "practice")
    operations.wait_for_all()
    loaded = library.scenario(scenario)
    lines = golden_lines(loaded)
    module = loaded.scenario.module
    seen = []
    for t, cmd, args in lines:
        assert page.host is not None and page.recorded is not None, cmd
        leg = page.recorded.attempt.leg
        screen = type(page.host.station_screen).__name__
        if not seen or seen[-1] != (leg, screen):
            seen.append((leg, screen))
        page.host.issue(cmd, args, t)
    expected_screens = [
        ("WardDoctorScreen" if role == "doctor" and module.startswith("inpatient")
         else SCREENS[role]) for role in (leg.role for leg in loaded.scenario.legs)]
    assert seen == list(enumerate(expected_screens))  # each leg at its own station
    assert page.host is not None
    page.host.finish()

    expected = SimAttempt(loaded.scenario, loaded.reference)
    for t, cmd, args in lines:
        expected.apply(t, cmd, args)
    graded = grade(expected)
    result = page.result.details.result
    assert result is not None and result.passed
    assert (result.score, result.passed, result.legs, result.checks, result.critical_errors) \
        == (graded.score, graded.passed, graded.legs, graded.checks, graded.critical_errors)
    table = page.result.legs
    assert table.rowCount() == len(loaded.scenario.legs)
    assert {table.item(r, 2).text() for r in range(table.rowCount())} == {"D001"}
    ctx.log_out()
