"""Every page the application shows, by name (for navigation and screenshots).

Pages are imported when first shown: the login window must appear before the services
and the heavier pages are loaded (ARCHITECTURE §10, start-up budget).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from trainer.gui.pages.base import Page, PageSpec, page_title
from trainer.vocabulary import TRAINEE_ROLES, Role

TRAINEES = frozenset(TRAINEE_ROLES)

#: Navigation order. ``login`` is shown before anyone is logged in, outside the shell.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "home",
        page_title(QT_TRANSLATE_NOOP("pages", "Home")),
        "fa5s.home",
        "trainer.gui.shell.home:HomePage",
    ),
    PageSpec(
        "catalogue",
        page_title(QT_TRANSLATE_NOOP("pages", "Courses")),
        "fa5s.book",
        "trainer.gui.reading.catalogue:CataloguePage",
    ),
    PageSpec(
        "course",
        page_title(QT_TRANSLATE_NOOP("pages", "Reader")),
        "fa5s.book-open",
        "trainer.gui.reading.course:CoursePage",
    ),
    PageSpec(
        "search",
        page_title(QT_TRANSLATE_NOOP("pages", "Search")),
        "fa5s.search",
        "trainer.gui.reading.search:SearchPage",
    ),
    PageSpec(
        "help",
        page_title(QT_TRANSLATE_NOOP("pages", "Help")),
        "fa5s.question-circle",
        "trainer.gui.shell.help:HelpPage",
    ),
    PageSpec(
        "exam",
        page_title(QT_TRANSLATE_NOOP("pages", "Exams")),
        "fa5s.pen",
        "trainer.gui.exams.exam_page:ExamPage",
        roles=TRAINEES,
    ),
    PageSpec("practical-exam", page_title(QT_TRANSLATE_NOOP("pages", "Practical exam")), "fa5s.user-nurse", "trainer.gui.review.sitting_page:PracticalExamPage", roles=TRAINEES),  # noqa: E501
    PageSpec(
        "wrong-answers",
        page_title(QT_TRANSLATE_NOOP("pages", "Wrong answers")),
        "fa5s.redo",
        "trainer.gui.exams.notebook_page:WrongAnswersPage",
        roles=TRAINEES,
    ),
    PageSpec(
        "exam-sittings",
        page_title(QT_TRANSLATE_NOOP("pages", "Exam sittings")),
        "fa5s.user-check",
        "trainer.gui.exams.proctor_page:SittingsPage",
        roles=frozenset({Role.TRAINER, Role.ADMIN}),
    ),
    PageSpec(
        "exam-paper",
        page_title(QT_TRANSLATE_NOOP("pages", "Paper preview")),
        "fa5s.file-alt",
        "trainer.gui.exams.paper_page:PaperPreviewPage",
        roles=frozenset({Role.TRAINER, Role.ADMIN}),
    ),
    PageSpec(
        "bank-browser",
        page_title(QT_TRANSLATE_NOOP("pages", "Question banks")),
        "fa5s.database",
        "trainer.gui.teaching.bank_browser:BankBrowserPage",
        roles=frozenset({Role.TRAINER, Role.ADMIN}),
    ),
    PageSpec(
        "staff-admin",
        page_title(QT_TRANSLATE_NOOP("pages", "Staff")),
        "fa5s.users",
        "trainer.gui.admin.staff_admin:StaffAdminPage",
        roles=frozenset({Role.ADMIN, Role.HR}),
    ),
    PageSpec(
        "audit",
        page_title(QT_TRANSLATE_NOOP("pages", "Audit log")),
        "fa5s.clipboard-list",
        "trainer.gui.admin.audit:AuditPage",
        roles=frozenset({Role.ADMIN}),
    ),
    PageSpec(
        "devices",
        page_title(QT_TRANSLATE_NOOP("pages", "Workstations")),
        "fa5s.desktop",
        "trainer.gui.admin.devices:DevicesPage",
        roles=frozenset({Role.ADMIN}),
    ),
    PageSpec("station:doctor", page_title(QT_TRANSLATE_NOOP("pages", "Outpatient doctor station")), "fa5s.user-md", "trainer.gui.stations.pages:DoctorStationPage", roles=frozenset({Role.DOCTOR})),  # noqa: E501
    PageSpec("station:nurse", page_title(QT_TRANSLATE_NOOP("pages", "Nurse station")), "fa5s.syringe", "trainer.gui.stations.pages:NurseStationPage", roles=frozenset({Role.NURSE})),  # noqa: E501
    PageSpec("station:pharmacy", page_title(QT_TRANSLATE_NOOP("pages", "Pharmacy station")), "fa5s.prescription-bottle-alt", "trainer.gui.stations.pages:PharmacyStationPage", roles=frozenset({Role.PHARMACIST})),  # noqa: E501
    PageSpec("station:cashier", page_title(QT_TRANSLATE_NOOP("pages", "Registration and cashier station")), "fa5s.cash-register", "trainer.gui.stations.pages:CashierStationPage", roles=frozenset({Role.CASHIER})),  # noqa: E501
    PageSpec("journey", page_title(QT_TRANSLATE_NOOP("pages", "Patient journeys")), "fa5s.route", "trainer.gui.stations.journey:JourneyPage", roles=TRAINEES | {Role.TRAINER}),  # noqa: E501
    PageSpec("sim-result", page_title(QT_TRANSLATE_NOOP("pages", "Practice results")), "fa5s.clipboard-check", "trainer.gui.stations.results_page:ResultsPage", roles=frozenset({Role.DOCTOR, Role.NURSE, Role.PHARMACIST, Role.CASHIER})),  # noqa: E501
    PageSpec("my-practicals", page_title(QT_TRANSLATE_NOOP("pages", "My practical exams")), "fa5s.clipboard-list", "trainer.gui.review.feedback_page:FeedbackPage", roles=TRAINEES),  # noqa: E501
    PageSpec("review-queue", page_title(QT_TRANSLATE_NOOP("pages", "Practical exam review")), "fa5s.clipboard-check", "trainer.gui.review.page:ReviewPage", roles=frozenset({Role.TRAINER})),  # noqa: E501
    PageSpec(
        "certificates",
        page_title(QT_TRANSLATE_NOOP("pages", "Certificates")),
        "fa5s.certificate",
        "trainer.gui.certificates.page:CertificatesPage",
        roles=frozenset({Role.HR, Role.ADMIN}),
    ),
    PageSpec(
        "department",
        page_title(QT_TRANSLATE_NOOP("pages", "My department")),
        "fa5s.users",
        "trainer.gui.certificates.department:DepartmentPage",
        roles=frozenset({Role.DEPARTMENT_HEAD}),
    ),
    PageSpec(
        "verify",
        page_title(QT_TRANSLATE_NOOP("pages", "Verify")),
        "fa5s.check-circle",
        "trainer.gui.certificates.verify:VerifyPage",
        roles=frozenset({Role.HR, Role.ADMIN, Role.TRAINER, Role.DEPARTMENT_HEAD}),
    ),
    PageSpec(
        "settings",
        page_title(QT_TRANSLATE_NOOP("pages", "Settings")),
        "fa5s.cog",
        "trainer.gui.shell.settings:SettingsPage",
    ),
    PageSpec(
        "about",
        page_title(QT_TRANSLATE_NOOP("pages", "About")),
        "fa5s.info-circle",
        "trainer.gui.shell.about:AboutPage",
    ),
)
LOGIN = PageSpec(
    "login",
    page_title(QT_TRANSLATE_NOOP("pages", "Log in")),
    "fa5s.sign-in-alt",
    "trainer.gui.accounts.login:LoginPage",
    in_nav=False,
)


def spec(name: str) -> PageSpec | None:
    return next((p for p in (*PAGES, LOGIN) if p.name == name), None)


__all__ = ["LOGIN", "PAGES", "Page", "PageSpec", "spec"]
