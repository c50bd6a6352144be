"""The event envelope, payload serialisation, and the registry of event types.

A payload is serialised once, when the event is made, and that text is stored and sent
byte for byte ever after. Each event type declares its current ``schema_version`` and a
pydantic model of its payload; older payloads are *upcast* when read, never rejected.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from trainer.errors import JournalError


def now_iso() -> str:
    """UTC now as ``2026-11-25T09:30:00.123Z`` (sortable text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def dump_payload(payload: Mapping[str, Any]) -> str:
    """Canonical JSON text of a payload: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Payload(BaseModel):
    """Base of every payload model: extra keys are kept (a newer writer may add some)."""

    model_config = ConfigDict(extra="allow", frozen=True)


Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class EventType:
    name: str
    version: int
    model: type[Payload]
    #: ``upcasters[v]`` turns a version-``v`` payload into version ``v + 1``.
    upcasters: Mapping[int, Upcaster] = field(default_factory=dict)


REGISTRY: dict[str, EventType] = {}


def register(event_type: EventType) -> EventType:
    if event_type.name in REGISTRY:
        raise ValueError(f"event type registered twice: {event_type.name}")
    REGISTRY[event_type.name] = event_type
    return event_type


@dataclass(frozen=True)
class NewEvent:
    """An event about to be appended. ``payload`` is validated against its type."""

    type: str
    payload: Mapping[str, Any]
    actor_id: str | None = None
    subject_id: str | None = None
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    device_time: str = field(default_factory=now_iso)

    def payload_text(self) -> tuple[int, str]:
        """``(schema_version, canonical JSON)`` after validating the payload."""
        spec = REGISTRY.get(self.type)
        if spec is None:
            raise JournalError("unknown event type", code="journal.unknown_type", type=self.type)
        try:
            spec.model.model_validate(dict(self.payload))
        except ValidationError as exc:
            raise JournalError(
                "invalid payload",
                code="journal.bad_payload",
                type=self.type,
                errors=exc.errors(include_url=False),
            ) from exc
        return spec.version, dump_payload(self.payload)


@dataclass(frozen=True)
class Event:
    """A stored event, as read back from the journal."""

    event_id: str
    local_order: int
    device_id: str
    device_seq: int
    type: str
    schema_version: int
    actor_id: str | None
    subject_id: str | None
    payload: str
    device_time: str
    server_seq: int | None = None
    server_time: str | None = None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Event:
        """An event from a row of the envelope columns in field order, built without the
        frozen dataclass's per-field ``__setattr__`` (reading 100,000 events at a time)."""
        event = object.__new__(cls)
        event.__dict__.update(zip(_FIELDS, row, strict=True))
        return event

    @property
    def time(self) -> str:
        """Server time when known, else the workstation's clock (advisory)."""
        return self.server_time or self.device_time

    def data(self) -> dict[str, Any]:
        """The payload as a dict, upcast to the type's current schema version."""
        data: dict[str, Any] = json.loads(self.payload)
        spec = REGISTRY.get(self.type)
        if spec is None:
            return data
        for version in range(self.schema_version, spec.version):
            upcast = spec.upcasters.get(version)
            if upcast is None:
                raise JournalError(
                    "no upcaster", code="journal.no_upcaster", type=self.type, version=version
                )
            data = upcast(data)
        return data


_FIELDS = tuple(f.name for f in fields(Event))
