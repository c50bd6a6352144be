"""Who may do what: one table of actions and the roles allowed, checked by services.

Every service function that changes or reveals something calls :func:`require` with the
acting :class:`~trainer.auth.session.Session` first. The GUI may also hide what a person
cannot do, but hiding is a convenience; this is the check (OWASP ASVS V8).
"""

from __future__ import annotations

from trainer.auth.session import Session
from trainer.errors import PermissionDenied
from trainer.vocabulary import TRAINEE_ROLES, Role

ADMIN = frozenset({Role.ADMIN})
STAFF_READERS = frozenset({Role.ADMIN, Role.HR})
CONTENT_STAFF = frozenset({Role.TRAINER, Role.ADMIN})
EVERYONE = frozenset(Role)

#: action → roles that may perform it.
ACTIONS: dict[str, frozenset[Role]] = {
    "staff.view": STAFF_READERS,
    "staff.create": ADMIN,
    "staff.edit": ADMIN,
    "staff.import": ADMIN,
    "staff.disable": ADMIN,
    "staff.reset_password": ADMIN,
    "audit.view": ADMIN,
    "audit.export": ADMIN,
    "settings.workstation": ADMIN,
    "bank.browse": CONTENT_STAFF,
    "course.read": EVERYONE,
    "password.change_own": EVERYONE,
    "training.take": frozenset(TRAINEE_ROLES),
    "exam.proctor": CONTENT_STAFF,
    "exam.mark": CONTENT_STAFF,
    "practical.review": CONTENT_STAFF,
    "practical.mark": frozenset({Role.TRAINER}),
    "cert.view": frozenset({Role.HR, Role.ADMIN, Role.TRAINER}),
    # 护士长 / 科主任: the standing of the staff of their own departments, read-only
    "cert.view_department": frozenset({Role.DEPARTMENT_HEAD}),
    "cert.issue": STAFF_READERS,
    "cert.revoke": STAFF_READERS,
    "cert.rules": STAFF_READERS,
    "cert.key": STAFF_READERS,
    "cert.print": STAFF_READERS,
    "records.export": STAFF_READERS,
}


def allowed(session: Session | None, action: str) -> bool:
    if session is None:
        return False
    roles = ACTIONS.get(action)
    if roles is None:
        raise KeyError(f"unknown action {action!r}")
    return bool(roles & session.roles) and session.member.active


def require(session: Session | None, action: str) -> Session:
    """Return ``session`` if it may perform ``action``; else raise PermissionDenied."""
    if session is None or not allowed(session, action):
        raise PermissionDenied(code="auth.denied", action=action,
                               staff_id=None if session is None else session.staff_id)
    return session
