"""After a sign-off, on this PC: the certificate is issued when the module auto-issues and
whoever signs holds the issuer key's passphrase; otherwise the trainer is told who must
issue — never nothing. Networked: the service issues, nothing here."""

from __future__ import annotations

import pytest

from tests.certify.conftest import certs, issuer  # noqa: F401 (fixtures)
from tests.certify.helpers import DAY0, days, hr_session
from tests.certify.test_rules import ready
from trainer.certify.keys import IssuerKey
from trainer.certify.service import CertificationService
from trainer.gui.review.certifying import after_sign_off, offers_auto_issue
from trainer.practical.attempts import PracticalAttempt
from trainer.services import Services

TODAY = DAY0 + days(30)
PASSPHRASE = "correct horse battery"


def signed(passed: bool = True) -> PracticalAttempt:
    return PracticalAttempt("P1", "N100", "nurse_station", "nurse_station", 1, "sc1", 1, "h",
                            80.0, 1200, "T009", "pc", "2026-01-16T09:00:00.000Z",
                            signed_off={"passed": passed, "score": 85.0})


def issued(services: Services) -> int:
    return len(list(services.journal.events(type="cert.issued")))


@pytest.mark.parametrize(("passphrase", "code"), [
    ("", "hr_must_issue"), ("wrong one", "wrong_passphrase"), (PASSPHRASE, "issued")])
def test_auto_issue_needs_the_passphrase(services: Services,
                                         certs: CertificationService,  # noqa: F811
                                         issuer: IssuerKey, passphrase: str,  # noqa: F811
                                         code: str) -> None:
    ready(services)
    certs.set_rules(hr_session(), auto_issue=True)
    assert offers_auto_issue(certs, "nurse_station", networked=False)
    news = after_sign_off(certs, signed(), passphrase, "李雪", TODAY, networked=False)
    assert news.code == code
    assert issued(services) == (1 if code == "issued" else 0)
    said = news.say("en")
    assert "李雪" in said
    if code == "issued":
        [cert] = services.journal.events(type="cert.issued")
        assert cert.data()["number"] in said
    else:
        assert "HR must issue" in said
        assert "人事科" in news.say("zh_CN")


def test_what_is_said_without_auto_issue_or_key_or_when_networked(
        services: Services, certs: CertificationService) -> None:  # noqa: F811
    ready(services)
    assert after_sign_off(certs, signed(), "", "李雪", TODAY, networked=False).code == "by_hr"
    certs.set_rules(hr_session(), auto_issue=True)
    assert not offers_auto_issue(certs, "nurse_station", networked=False)  # no key here
    assert after_sign_off(certs, signed(), PASSPHRASE, "李雪", TODAY,
                          networked=False).code == "no_key"
    assert after_sign_off(certs, signed(), PASSPHRASE, "李雪", TODAY,
                          networked=True).code == "on_service"
    assert after_sign_off(certs, signed(False), PASSPHRASE, "李雪", TODAY,
                          networked=False).code == ""
    assert issued(services) == 0
