"""A station killed mid-attempt (a real process, SIGKILL) resumes in the same state: the
unfinished attempt is offered, resuming rebuilds the sandbox from the journal, and the
attempt can be finished and passes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.gui import operations
from trainer.gui.app import build_window, make_app
from trainer.gui.stations.demo import golden_lines
from trainer.gui.stations.doctor import DoctorScreen
from trainer.gui.stations.pages import StationPage
from trainer.services import open_services
from trainer.sim import library

from .conftest import REPO

SCENARIO = "doctor-penicillin-allergy"
STEPS = 6


def _kill_mid_attempt(profile: Path) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("station_child.py")), str(profile),
         SCENARIO, str(STEPS)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    return list(json.loads(line))


def test_a_killed_station_resumes_in_the_same_state(qtbot: QtBot, tmp_path: Path,
                                                   demo_template: Path) -> None:
    profile = tmp_path / "profile"
    shutil.copytree(demo_template, profile)
    before = _kill_mid_attempt(profile)
    assert len(before) == STEPS
    services = open_services(profile)
    try:
        make_app()
        ctx, win = build_window(services, "en")
        qtbot.addWidget(win)
        ctx.start_session(services.login.demo_session("D001"))
        page = win.show_page("station:doctor")
        assert isinstance(page, StationPage)
        operations.wait_for_all()
        assert page.picker.resume_list.count() == 1
        qtbot.mouseClick(page.picker.resume_button, Qt.MouseButton.LeftButton)
        operations.wait_for_all()
        host = page.host
        assert host is not None and host.recorded is not None
        assert host.recorded.mode == "exam"
        assert [e.to_json() for e in host.recorded.attempt.log] == before
        screen = host.station_screen
        assert isinstance(screen, DoctorScreen)
        assert screen.banner.allergy.property("allergy") == "recorded"  # shown as it was
        assert screen.record.edits["chief_complaint"].text() == "咽痛、发热2天"
        for t, cmd, args in golden_lines(library.scenario(SCENARIO))[STEPS:]:
            host.issue(cmd, args, t)
        result = host.finish()
        assert result is not None and result.passed and result.score == 100
        finished = [e.data() for e in services.journal.events(type="sim.finished")]
        assert [f["commands"] for f in finished] == [len(golden_lines(library.scenario(SCENARIO)))]
    finally:
        services.close()
