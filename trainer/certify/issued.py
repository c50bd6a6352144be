"""The ``cert.issued`` payload, built and signed in one place for both issuers: a
standalone PC (its own key, self-attested) and the sync service (the hospital's key).

May import: ``trainer.certify``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from trainer.certify.keys import IssuerKey
from trainer.certify.signing import CertificateRecord, Score, sign
from trainer.certify.standing import Standing, add_months


def certificate_payload(number: str, holder: str, name: str, found: Standing, today: date,
                        validity_months: int, key: IssuerKey, *, self_attested: bool
                        ) -> dict[str, Any]:
    """The ``cert.issued`` payload for ``holder``'s eligible ``found`` standing, signed with
    ``key`` (standalone: this PC's key, self-attested; networked: the service's)."""
    assert found.theory is not None and found.practical is not None
    module = found.module
    record = CertificateRecord(
        number, holder, name, (module,),
        (Score(module, round(found.theory.score, 1), round(found.practical.score, 1)),),
        today.isoformat(), add_months(today, validity_months).isoformat(),
        self_attested, key.key_id)
    return {
        "number": number, "holder": holder, "name_digest": record.name_digest,
        "modules": [module],
        "scores": [{"module": module, "theory": record.scores[0].theory,
                    "practical": record.scores[0].practical,
                    "theory_attempt": found.theory.attempt_id,
                    "practical_attempt": found.practical.attempt_id}],
        "issued_on": record.issued_on, "expires_on": record.expires_on,
        "self_attested": self_attested, "key_id": key.key_id,
        "signature": sign(record, key.private)}
