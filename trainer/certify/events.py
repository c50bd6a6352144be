"""Events of certification: certificates issued and revoked, the rules in force, top-up
requirements after an HIS upgrade, and the issuer's public key.

``cert.issued`` carries the signed certificate record (no name: the holder is a staff id;
``name_digest`` binds the printed name without storing it, see ``trainer.certify.signing``).
Certificates are results: in networked mode only the service issues them and a workstation
never pushes cert events (the service refuses result events from devices, issue 16); in
standalone mode the PC's own issuer key signs them and they are marked self-attested.

May import: ``trainer.journal``.
"""

from __future__ import annotations

from trainer.journal.events import EventType, Payload, register


class ModuleScore(Payload):
    """The results a certificate rests on, per HIS module (percent, 0–100)."""

    module: str
    theory: float
    practical: float
    theory_attempt: str
    practical_attempt: str


class Issued(Payload):
    """A certificate. ``subject_id`` is the holder, ``actor_id`` who issued it (``None``:
    issued automatically on sign-off). ``signature`` is Ed25519 over the record."""

    number: str
    holder: str  # staff id
    name_digest: str
    modules: tuple[str, ...]
    scores: tuple[ModuleScore, ...]
    issued_on: str  # YYYY-MM-DD
    expires_on: str  # YYYY-MM-DD: the first day it is no longer valid
    self_attested: bool
    key_id: str
    signature: str  # base64url


class Revoked(Payload):
    number: str
    reason: str


class RulesSet(Payload):
    """Rule settings for one HIS module, or for every module when ``module`` is empty."""

    module: str = ""
    window_days: int = 90
    validity_months: int = 12
    reminder_days: int = 30
    auto_issue: bool = False


class TopUpRequired(Payload):
    """After an HIS upgrade: holders of ``module`` certificates issued before this event
    must finish ``course_id`` by ``due_on`` (inclusive) to keep them valid."""

    module: str
    course_id: str
    due_on: str  # YYYY-MM-DD
    reason: str = ""


class IssuerKey(Payload):
    """The public half of an issuer key, published so that every PC can verify."""

    key_id: str
    public_key: str  # raw Ed25519 public key, base64url
    self_attested: bool


ISSUED = register(EventType("cert.issued", 1, Issued, from_devices=False))
REVOKED = register(EventType("cert.revoked", 1, Revoked, from_devices=False))
RULES_SET = register(EventType("cert.rules_set", 1, RulesSet))
TOPUP_REQUIRED = register(EventType("cert.topup_required", 1, TopUpRequired))
ISSUER_KEY = register(EventType("cert.issuer_key", 1, IssuerKey))

#: Result events a networked workstation must never push (the service issues).
RESULT_TYPES: frozenset[str] = frozenset({ISSUED.name, REVOKED.name})
