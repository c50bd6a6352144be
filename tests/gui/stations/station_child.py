"""A station in its own process, for the crash test: opens the doctor station on the
profile given, starts an exam attempt whose first steps of the golden log are played through
the station host, waits until the station says "saved", prints the recorded log as JSON and
then waits to be killed."""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(profile: str, scenario: str, steps: int) -> None:
    from PySide6.QtWidgets import QApplication

    from trainer.gui import operations
    from trainer.gui.app import build_window, make_app
    from trainer.gui.stations.pages import StationPage
    from trainer.services import open_services

    services = open_services(profile)
    app = make_app()
    ctx, win = build_window(services, "en")
    ctx.start_session(services.login.demo_session("D001"))
    page = win.show_page("station:doctor")
    assert isinstance(page, StationPage)
    win.show()
    operations.wait_for_all()
    page.open_scenario(f"{scenario}@{steps}", "exam")
    operations.wait_for_all()
    host = page.host
    assert host is not None and host.recorded is not None
    while host.saved_label.text() != "saved":  # what the trainee sees
        app.processEvents()
        time.sleep(0.02)
    print(json.dumps([e.to_json() for e in host.recorded.attempt.log]), flush=True)
    while True:
        QApplication.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
