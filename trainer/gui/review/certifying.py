"""After a practical exam is signed off: the certificate, on this PC (standalone mode).

When the module's certification rules say *auto-issue* and the trainee is now eligible,
:meth:`CertificationService.after_sign_off` issues the certificate — but only with the
issuer key unlocked, and the key needs its passphrase, which HR or the admin holds. The
rubric offers a passphrase box for whoever holds it; without it (or with a wrong one, or
no key on this PC) the trainer is told plainly that HR must issue the certificate — never
silence. In networked mode the hospital's service issues (issue 17, branch ``issuing``);
nothing is issued here.

Plain Python (no Qt): it runs inside the sign-off's background operation.

May import: trainer.certify, trainer.practical, trainer.words, the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from trainer import words
from trainer.certify.keys import IssuerKeyError, has_issuer_key, unlock_issuer_key
from trainer.certify.service import CertificationService
from trainer.certify.standing import ELIGIBLE, standing
from trainer.practical.attempts import PracticalAttempt

words.define_many({
    "practical.cert.issued": "Certificate {number} is issued to {holder} for this module.",
    "practical.cert.hr_must_issue": "{holder} has now passed theory and practical exams and "
    "may be certified. The issuer key on this PC is locked (it needs HR's passphrase): HR "
    "must issue the certificate on the Certificates page.",
    "practical.cert.wrong_passphrase": "The issuer key passphrase was not accepted, so no "
    "certificate was issued. {holder} may be certified: HR must issue the certificate on "
    "the Certificates page.",
    "practical.cert.no_key": "{holder} may be certified, but this PC has no issuer key: HR "
    "must issue the certificate on the Certificates page.",
    "practical.cert.by_hr": "{holder} may now be certified: HR issues the certificate on "
    "the Certificates page.",
    "practical.cert.on_service": "The hospital's service issues the certificate once this "
    "sign-off has reached it.",
})


@dataclass(frozen=True)
class CertificateNews:
    """What the trainer is told after a sign-off (``code`` "" : nothing to say)."""

    code: str
    facts: dict[str, Any]

    def say(self, lang: str) -> str:
        return words.say(f"practical.cert.{self.code}", lang, **self.facts) if self.code \
            else ""


def offers_auto_issue(certs: CertificationService, module: str, networked: bool) -> bool:
    """True when signing off may issue here: standalone, auto-issue, a key on this PC."""
    return (not networked and certs.ledger().rules(module).auto_issue
            and has_issuer_key(certs.keys_dir))


def after_sign_off(certs: CertificationService, signed: PracticalAttempt, passphrase: str,
                   holder_name: str, today: date, *, networked: bool) -> CertificateNews:
    """Issue the certificate if the rules and the key allow; else say who must issue."""
    data = signed.signed_off or {}
    if not data.get("passed"):
        return CertificateNews("", {})
    if networked:
        return CertificateNews("on_service", {})
    ledger = certs.ledger()
    found = standing(ledger, signed.trainee, signed.module, today, certs.courses())
    if found.status != ELIGIBLE and not found.renewal_eligible:
        return CertificateNews("", {})  # theory still to pass, courses to read, …
    holder = {"holder": holder_name}
    if not ledger.rules(signed.module).auto_issue:
        return CertificateNews("by_hr", holder)
    if not has_issuer_key(certs.keys_dir):
        return CertificateNews("no_key", holder)
    if not passphrase:
        return CertificateNews("hr_must_issue", holder)
    try:
        key = unlock_issuer_key(certs.keys_dir, passphrase)
    except IssuerKeyError:
        return CertificateNews("wrong_passphrase", holder)
    cert = certs.after_sign_off(key, signed.trainee, signed.module, today)
    if cert is None:
        return CertificateNews("hr_must_issue", holder)
    return CertificateNews("issued", {"number": cert.number, **holder})
