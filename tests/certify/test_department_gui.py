"""The department head's page and Home's note on one's own certificates, offscreen over a
demo profile: the head sees her department only; a certificate expiring within the
reminder days shows on its holder's Home in red, with the days left."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.certify.helpers import days, practical, read_course, theory
from trainer.certify.service import certification_for
from trainer.gui import operations
from trainer.gui.app import build_window, make_app
from trainer.gui.certificates.department import DepartmentPage
from trainer.gui.shell.home import HomePage
from trainer.services import Services

PASSPHRASE = "hr office passphrase"


def certify_n001(services: Services, issued_on: date) -> str:
    for course in services.catalogue().courses:
        if course.kind == "course" and "nurse_station" in course.modules:
            read_course(services.journal, "N001", issued_on - days(9), course=course.id,
                        sections=tuple(s.id for s in course.texts["zh_CN"].sections))
    theory(services.journal, "N001", issued_on - days(5), 93)
    practical(services.journal, "N001", issued_on - days(2), 88)
    certs = certification_for(services)
    hr = services.login.demo_session("R001")
    key = certs.create_key(hr, PASSPHRASE)
    return certs.issue(hr, key, "N001", "nurse_station", issued_on).number


def test_head_nurse_sees_her_department(qtbot: QtBot, demo_services: Services) -> None:
    make_app()
    certify_n001(demo_services, date.today() - days(30))
    ctx, win = build_window(demo_services, "en")
    qtbot.addWidget(win)
    ctx.start_session(demo_services.login.demo_session("H001"))
    page = win.show_page("department")
    assert isinstance(page, DepartmentPage)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    people = {page.table.item(r, 0).text() for r in range(page.table.rowCount())}
    assert "N001" in people and "H001" in people
    assert not people & {"P001", "C001", "R001", "A001"}  # other departments
    nurse = next(r for r in range(page.table.rowCount())
                 if page.table.item(r, 0).text() == "N001"
                 and page.table.item(r, 3).text() == "Nurse station")
    assert page.table.item(nurse, 4).text() == "Certified"
    assert "certified 1" in page.summary.text()
    operations.wait_for_all()  # the window's other pages load in the background too


@pytest.mark.parametrize(("issued_days_ago", "urgent"), [(30, False), (350, True)])
def test_home_shows_own_certificate_and_reminder(qtbot: QtBot, demo_services: Services,
                                                 issued_days_ago: int, urgent: bool) -> None:
    make_app()
    issued_on = date.today() - days(issued_days_ago)
    number = certify_n001(demo_services, issued_on)
    ctx, win = build_window(demo_services, "en")
    qtbot.addWidget(win)
    ctx.start_session(demo_services.login.demo_session("N001"))
    home = win.show_page("home")
    assert isinstance(home, HomePage)
    note = home.certificates
    qtbot.waitUntil(lambda: bool(note.lines))
    text = note.text()
    assert number in text and "days left" in text
    assert ("expiring soon" in text) is urgent
    assert ("#b00020" in note.styleSheet()) is urgent
    operations.wait_for_all()
