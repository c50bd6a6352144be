"""Words of certification: statuses, verdicts, reasons, module names and error codes
(English here; Chinese in ``trainer/i18n/zh_CN/certs.json``).

May import: ``trainer.words``.
"""

from __future__ import annotations

from trainer import words

MODULE_NAMES = {
    "outpatient_doctor": "Outpatient doctor station",
    "inpatient_doctor": "Inpatient doctor station",
    "nurse_station": "Nurse station",
    "pharmacy": "Pharmacy",
    "cashier": "Registration and cashier station",
}

words.define_many({
    **{f"module.{k}": v for k, v in MODULE_NAMES.items()},
    "cert.status.certified": "Certified",
    "cert.status.expiring": "Certified, expiring soon",
    "cert.status.expired": "Expired",
    "cert.status.revoked": "Revoked",
    "cert.status.eligible": "Eligible, awaiting issue",
    "cert.status.failed": "Failed: retraining",
    "cert.status.in_training": "In training",
    "cert.verdict.valid": "Valid",
    "cert.verdict.expired": "Expired",
    "cert.verdict.revoked": "Revoked",
    "cert.verdict.not_genuine": "Not genuine",
    "cert.verdict.genuine": "Genuine training record",
    "cert.reason.record_altered": "the signature does not match: the record was altered",
    "cert.reason.record_digest":
        "the QR code signs the record's digest: compare it with the digest on the page, "
        "or verify the record's PDF for the details",
    "cert.reason.bad_signature": "the signature does not match: the certificate was altered",
    "cert.reason.unknown_key": "signed by an issuer this PC does not know",
    "cert.reason.altered_text": "the printed text differs from what was signed",
    "cert.reason.unknown_code": "no certificate with this code in the synced records",
    "cert.reason.no_payload": "no signature on this page (unsigned: for information only)",
    "cert.reason.bad_payload": "the signature on this page is damaged",
    "cert.reason.topup_missed": "a required top-up course was not completed in time",
    "cert.reason.expired": "past its expiry date",
    "cert.reason.self_attested": "self-attested (issued on a standalone PC)",
    "cert.reason.course_unread": "the module's course is not read in full yet",
    "cert.reason.theory_missing": "no theory exam passed yet",
    "cert.reason.practical_missing": "no practical exam signed off yet",
    "cert.reason.theory_failed": "theory exam failed: retraining, then a retake",
    "cert.reason.practical_failed": "practical exam failed: retraining, then a retake",
    "cert.reason.critical_error_failed":
        "a critical error in the practical exam: retraining, then a retake",
    "cert.reason.window": "theory and practical passed too far apart: take the older again",
    "cert.reason.expires_soon": "expires soon: pass both exams again to renew",
    "cert.reason.revoked": "revoked",
    "cert.bad_payload": "Not a certificate, a QR text or a verification code",
    "cert.bad_pdf": "Cannot read {path} as a PDF",
    "cert.not_eligible": "{staff_id} is not eligible for {module} ({status})",
    "cert.issue_on_service": "In networked mode certificates are issued by the sync service",
    "cert.service_not_eligible": "{staff_id} is not eligible for {module} by the sync "
                                 "service's records ({standing})",
    "cert.no_issuer_key": "The sync service has no issuer key configured: ask IT",
    "cert.bad_passphrase": "Wrong passphrase for the issuer key",
    "cert.no_key": "This PC has no issuer key yet: create one first",
    "cert.key_exists": "This PC already has an issuer key",
    "cert.bad_key_file": "The issuer key file {path} is damaged",
    "cert.weak_passphrase": "The passphrase needs at least {minimum} characters",
    "cert.reason_required": "A reason is required to revoke a certificate",
    "cert.unknown_number": "No certificate numbered {number}",
    "cert.already_revoked": "Certificate {number} is already revoked",
    "cert.name_changed": "The holder's name changed since {number} was issued: re-issue it",
    "cert.unknown_holder": "No staff member {staff_id}",
    "cert.unknown_module": "No HIS module {module}",
    "cert.unknown_course": "No course {course_id}",
    "cert.bad_status": "Unknown status {status}",
    "cert.bad_rule": "{field} must be between {low} and {high}",
})


def module_name(module: str, lang: str) -> str:
    return words.say(f"module.{module}", lang) if module in MODULE_NAMES else module


def status_name(status: str, lang: str) -> str:
    return words.say(f"cert.status.{status}", lang)


def reason_words(reason: str, lang: str) -> str:
    """Why a standing is what it is, in words ("" when there is nothing to say)."""
    return words.say(f"cert.reason.{reason}", lang) if reason else ""
