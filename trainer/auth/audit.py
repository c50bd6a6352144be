"""Audit event types: ids only, never credentials or personal data (ARCHITECTURE §3)."""

from __future__ import annotations

from trainer.journal.events import EventType, Payload, register


class LoginPayload(Payload):
    workstation: str


class LoginFailedPayload(Payload):
    workstation: str
    reason: str  # bad_password | unknown_staff | disabled | throttled


class StaffChangePayload(Payload):
    change: str  # created | roles | disabled | enabled | password_reset | password_changed
    roles: list[str] | None = None


LOGIN = register(EventType("auth.login", 1, LoginPayload))
LOGIN_FAILED = register(EventType("auth.login_failed", 1, LoginFailedPayload))
LOGOUT = register(EventType("auth.logout", 1, LoginPayload))
STAFF_CHANGED = register(EventType("auth.staff_changed", 1, StaffChangePayload))
