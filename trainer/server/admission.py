"""What the service lets in from a workstation: every pushed event is checked against the
event registry (the complete one, from :mod:`trainer.catalogue`) and against what the
device may claim, in ``device_seq`` order. One event that fails refuses the batch (4xx,
with a code the workstation shows in words, the event's number and type as facts):

- the type is known (``push.unknown_type``), its ``schema_version`` is not above the
  current one (``push.bad_version``), its payload is valid for it (``push.bad_payload``);
- it is not a result: results are written by the service (``push.result_event``);
- its actor and subject are in the device's scope (``push.out_of_scope``) — scope grows
  by department, by a password the service checked, or by an administrator, never by an
  event;
- its actor is logged in there: an ``auth.login`` opens a person's session on the device
  only with a valid proof (``trainer.auth.proof``; ``push.unproven_login``), logout or a
  switch of user closes it, and every other event of a person needs their session open
  (``push.not_logged_in``); some types need a role of the actor (``push.role``).

The session open after the device's acknowledged mark is kept on the device row, so the
check needs nothing but the batch. Events already stored (re-sent) are not checked again
but still open and close sessions. A merged standalone profile's history is checked by
:func:`trainer.server.merge.history_refusal` instead, and opens no session.

May import: sqlalchemy, pydantic, trainer.catalogue, trainer.journal.events,
trainer.auth.proof, trainer.server.*, the standard library.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select

from trainer import catalogue
from trainer.auth.proof import proof_holds
from trainer.errors import JournalError
from trainer.journal.events import EventType
from trainer.server.enrolment import lineage
from trainer.server.errors import ServiceError
from trainer.server.roster import scope_of
from trainer.server.schema import event, staff, staff_role

LOGIN = "auth.login"
CLOSERS = frozenset({"auth.logout", "auth.user_switched"})


def valid_payload(spec: EventType, version: int, payload: str) -> bool:
    try:
        if version == spec.version:
            spec.model.model_validate_json(payload)
            return True
        data = json.loads(payload)
        if not isinstance(data, dict):
            return False
        for step in range(version, spec.version):
            upcast = spec.upcasters.get(step)
            if upcast is None:
                return False
            data = upcast(data)
        spec.model.model_validate(data)
        return True
    except (ValidationError, ValueError, TypeError, KeyError, JournalError):
        return False


class Gate:
    """The checks for one batch of one device (see the module's docstring)."""

    def __init__(self, conn: Connection, device_id: str, open_login: str | None,
                 history_upto: int | None) -> None:
        """``open_login`` and ``history_upto``: as on the device row (locked by the push)."""
        self.conn = conn
        self.device_id = device_id
        self.open_login = open_login
        self.registry = catalogue.load()
        self.scope = frozenset(scope_of(conn, device_id))
        self._devices: list[str] | None = None
        #: (type, version, payload, actor, subject) → the type and what refuses it
        self._checked: dict[tuple[Any, ...], tuple[EventType | None,
                                                    tuple[str, int] | None]] = {}
        self._roles: dict[tuple[str, str], bool] = {}
        from trainer.server.merge import history_upto as history

        self.history = history(conn, device_id, history_upto)  # a merged standalone profile's

    def admit(self, columns: dict[str, list[Any]], mark: int, stored: set[str]) -> str | None:
        """Check the events after ``mark`` in order (not those in ``stored``: already
        checked); returns the session open after the batch. What depends on an event's
        text alone is judged once per distinct text (:meth:`_what_refuses`); the session,
        proofs and roles for each event."""
        upto = self.history.upto
        checked = self._checked
        texts = zip(columns["type"], columns["schema_version"], columns["payload"],
                    columns["actor_id"], columns["subject_id"], strict=True)
        for i, (event_id, seq, key) in enumerate(zip(columns["event_id"],
                                                     columns["device_seq"], texts, strict=True)):
            if seq <= mark:
                continue  # stored and counted in the session already
            kind, actor = key[0], key[3]
            if event_id not in stored:
                if seq <= upto:
                    from trainer.server.merge import history_refusal

                    refused = history_refusal(self, columns, i)
                else:
                    found = checked.get(key)
                    if found is None:
                        found = checked[key] = self._what_refuses(*key)
                    spec, refused = found
                    if refused is None and spec is not None:
                        refused = self._session_refusal(spec, columns, i)
                if refused is not None:
                    raise ServiceError(*refused, device_seq=seq, type=kind[:64])
            if seq <= upto:
                continue  # standalone history: self-attested, opens no session here
            if kind == LOGIN:
                self.open_login = actor
            elif kind in CLOSERS and actor == self.open_login:
                self.open_login = None
        return self.open_login

    def _session_refusal(self, spec: EventType, columns: dict[str, list[Any]], i: int
                         ) -> tuple[str, int] | None:
        """The checks of event ``i`` beyond its text: a login's proof, the actor's session
        on this device, the actor's role."""
        kind, actor = columns["type"][i], columns["actor_id"][i]
        if kind == LOGIN:
            if actor is None or columns["subject_id"][i] != actor or not self._proved(columns,
                                                                                       i):
                return "push.unproven_login", 403
        elif spec.needs_login and (actor is None or actor != self.open_login):
            return "push.not_logged_in", 403
        if spec.actor_role is not None and not self._holds(actor, spec.actor_role):
            return "push.role", 403
        return None

    def _what_refuses(self, kind: str, version: int, payload: str, actor: str | None,
                      subject: str | None) -> tuple[EventType | None, tuple[str, int] | None]:
        """The checks that depend on the event's text alone: its type, version, payload
        and people in scope (the session and proofs are checked for each event)."""
        spec = self.registry.get(kind)
        if spec is None:
            return None, ("push.unknown_type", 422)
        if kind in catalogue.RESULT_TYPES or not spec.from_devices:
            return spec, ("push.result_event", 403)
        if version > spec.version:
            return spec, ("push.bad_version", 422)
        if not valid_payload(spec, version, payload):
            return spec, ("push.bad_payload", 422)
        if (actor is not None and actor not in self.scope) or (
                subject is not None and subject not in self.scope and not spec.any_subject):
            return spec, ("push.out_of_scope", 403)
        return spec, None

    def _proved(self, columns: dict[str, list[Any]], i: int) -> bool:
        """A valid proof, and the event not delivered before by a device other than this
        one or one it replaced (a login event opens a session on one device only)."""
        staff_id, event_id = columns["actor_id"][i], columns["event_id"][i]
        first_by = self.conn.scalar(select(event.c.device_id)
                                    .where(event.c.event_id == event_id))
        if first_by is not None:
            if self._devices is None:
                self._devices = lineage(self.conn, self.device_id)
            return first_by in self._devices
        keys = self.conn.execute(select(staff.c.proof_key, staff.c.proof_key_before)
                                 .where(staff.c.staff_id == staff_id)).first()
        proof = json.loads(columns["payload"][i]).get("proof")
        return keys is not None and proof_holds(tuple(keys), proof, event_id, staff_id,
                                                columns["device_time"][i])

    def _holds(self, actor: str | None, role: str) -> bool:
        if actor is None:
            return False
        held = self._roles.get((actor, role))
        if held is None:
            held = self._roles[(actor, role)] = self.conn.scalar(select(staff_role.c.role).where(
                staff_role.c.staff_id == actor, staff_role.c.role == role)) is not None
        return held
