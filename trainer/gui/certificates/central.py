"""Issuing in networked mode (ARCHITECTURE §4): the sync service holds the issuer key and
decides. HR's PC asks it, person by person, for those this PC shows as eligible; the
service logs HR in with their own password, checks the role and the eligibility by its own
records, allocates the numbers and signs. The certificates then arrive with a sync.

May import: PySide6, trainer.gui (operations), trainer.sync, trainer.certify,
trainer.services, the standard library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from trainer import words
from trainer.certify.service import Row
from trainer.certify.words_certs import module_name
from trainer.errors import TrainerError
from trainer.gui.context import AppContext
from trainer.gui.operations import Operation, Progress
from trainer.services import Services
from trainer.sync.admin import ServiceAdmin
from trainer.sync.client import SyncClient

# Qt's translate under the name lupdate finds (contexts are literal at each call)
translate = QCoreApplication.translate


@dataclass
class CentralOutcome:
    issued: list[str] = field(default_factory=list)  # certificate numbers
    refused: list[tuple[str, str, TrainerError]] = field(default_factory=list)  # holder, module


def wanted(rows: list[Row]) -> list[tuple[str, str]]:
    """(holder, module) of those eligible here, renewals included."""
    return [(r.member.staff_id, r.standing.module) for r in rows
            if r.standing.status == "eligible" or r.standing.renewal_eligible]


def issue_on_service(services: Services, staff_id: str, password: str,
                     asked: list[tuple[str, str]]) -> CentralOutcome:
    """Ask the service to issue each of ``asked``; a refusal for one person (not eligible
    by the service's records, say) does not stop the others. A wrong password or a missing
    role stops all: it is raised."""
    outcome = CentralOutcome()
    admin = ServiceAdmin(services.engine)
    try:
        admin.log_in(staff_id, password)
        for holder, module in asked:
            try:
                issued = admin.issue_certificate(holder, module)
            except TrainerError as exc:
                if exc.code in ("auth.bad_credentials", "auth.denied", "sync.unauthorized"):
                    raise
                outcome.refused.append((holder, module, exc))
            else:
                outcome.issued.append(str(issued.get("number", "")))
    finally:
        admin.close()
    if outcome.issued:  # bring the signed certificates here now, not at the next sync
        SyncClient(services.engine, services.journal).run()
    return outcome



def start_central_issue(ctx: AppContext, parent: QWidget, rows: list[Row],
                        done: Callable[[str], None],
                        failed: Callable[[TrainerError], None]) -> bool:
    """Ask HR for their password and have the service issue to those eligible in ``rows``
    (in the background); ``done`` gets the outcome in words. False if HR cancelled."""
    session = ctx.session
    asked = wanted(rows)
    if session is None:
        return False
    if not asked:
        done(translate("CentralIssue", "Nobody in the list is eligible for a certificate."))
        return False
    password, ok = QInputDialog.getText(
        parent, translate("CentralIssue", "Issue certificates"),
        translate("CentralIssue", "The sync service issues certificates. "
                  "Your password (checked by the service):"),
        QLineEdit.EchoMode.Password)
    if not ok or not password:
        return False
    services, staff, lang = ctx.services, session.staff_id, ctx.language

    def run(_p: Progress) -> str:
        return outcome_text(issue_on_service(services, staff, password, asked), lang)

    Operation(ctx, run, parent=parent, network=True).on_success(done) \
        .on_failure(failed).start()
    return True


def outcome_text(outcome: CentralOutcome, lang: str) -> str:
    text = translate("CentralIssue", "%1 certificate(s) issued by the sync service").replace(
        "%1", str(len(outcome.issued)))
    if outcome.refused:
        why = "; ".join(f"{holder} {module_name(module, lang)}: "
                        f"{words.say(exc.code, lang, **exc.facts)}"
                        for holder, module, exc in outcome.refused)
        text += " · " + translate("CentralIssue", "not issued: %1").replace("%1", why)
    return text
