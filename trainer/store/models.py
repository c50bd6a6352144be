"""Tables of the local database.

``journal_event`` is the append-only event log (ARCHITECTURE §3); ``profile_meta`` holds
the profile's identity and counters; ``proj_*`` tables are projections, derived from the
journal and rebuilt by ``his-trainer db rebuild``.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed: ``__table__`` is only a FromClause)."""
    return cast(Table, model.__table__)


class JournalEvent(Base):
    __tablename__ = "journal_event"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: Local insertion order; projections apply pending events in this order.
    local_order: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    device_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    type: Mapped[str] = mapped_column(String(64), nullable=False)
    schema_version: Mapped[int] = mapped_column(Integer, nullable=False)
    actor_id: Mapped[str | None] = mapped_column(String(64))
    subject_id: Mapped[str | None] = mapped_column(String(128))
    #: JSON text, byte for byte as written; never re-serialised.
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    device_time: Mapped[str] = mapped_column(String(32), nullable=False)
    server_seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    server_time: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (
        UniqueConstraint("device_id", "device_seq", name="uq_journal_device_seq"),
        Index("ix_journal_type", "type"),
        Index("ix_journal_actor", "actor_id"),
        Index("ix_journal_subject", "subject_id"),
    )


class ProfileMeta(Base):
    """Key/value facts about this profile: ``device_id``, ``created_at``, counters."""

    __tablename__ = "profile_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class DeviceCounter(Base):
    """The last ``device_seq`` handed out per device id this profile has written as."""

    __tablename__ = "device_counter"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False)


class CourseSectionRead(Base):
    """Projection: which sections of which course a person has read.

    Times are not copied from events: ``first_event``/``last_event`` name the events, whose
    time (the service's once it confirmed them) is read when queried. So a confirmation
    changes no projection row, and confirmed events need not be projected again.
    """

    __tablename__ = "proj_course_section"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    section_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    first_event: Mapped[str] = mapped_column(String(36), nullable=False)
    last_event: Mapped[str] = mapped_column(String(36), nullable=False)
    times_read: Mapped[int] = mapped_column(Integer, nullable=False)
    course_version: Mapped[int] = mapped_column(Integer, nullable=False)


class CoursePosition(Base):
    """Projection: where a person last was in a course (to resume there), and the event
    that put them there."""

    __tablename__ = "proj_course_position"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    course_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    section_id: Mapped[str] = mapped_column(String(80), nullable=False)
    event_id: Mapped[str] = mapped_column(String(36), nullable=False)


class Staff(Base):
    """The roster: a table, not journal events (ARCHITECTURE §3). 工号 is the key."""

    __tablename__ = "staff"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(nullable=False, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(nullable=False, default=False)
    password_changed_at: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)


class StaffRole(Base):
    __tablename__ = "staff_role"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)


class StaffDepartment(Base):
    """Department membership with its history: a transfer ends one row and starts another."""

    __tablename__ = "staff_department"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    department: Mapped[str] = mapped_column(String(100), primary_key=True)
    since: Mapped[str] = mapped_column(String(32), primary_key=True)
    until: Mapped[str | None] = mapped_column(String(32))


class LoginThrottle(Base):
    """Failed-login counters per account and per workstation, for the growing delay."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False)
    blocked_until: Mapped[float] = mapped_column(nullable=False)


# --- sync (migration 0002) -------------------------------------------------------------


class SyncState(Base):
    """Key/value state of the workstation's sync: server URL, device token, pull cursor,
    the server's acknowledged mark, last result and error (see trainer.sync.state)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class DeviceHistory(Base):
    """Every device id this profile has been enrolled as; a restored or copied profile
    is re-enrolled under a new id and the old one is retired here with the reason."""

    __tablename__ = "device_history"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    enrolled_at: Mapped[str] = mapped_column(String(32), nullable=False)
    retired_at: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(32))
    replaced_by: Mapped[str | None] = mapped_column(String(36))


class SyncScope(Base):
    """Staff whose history this workstation holds (back-filled when first in scope)."""

    __tablename__ = "sync_scope"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    backfilled_at: Mapped[str] = mapped_column(String(32), nullable=False)


# --- projection engine (migration 0003) ------------------------------------------------


class JournalQuarantine(Base):
    """Events this workstation cannot read or project (not JSON, invalid for their type,
    no upcaster …), set aside with the reason; projections, sync and rebuilds go on
    without them. ``db rebuild`` looks at them again (a newer app may read them)."""

    __tablename__ = "journal_quarantine"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    type: Mapped[str] = mapped_column(String(64), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[str] = mapped_column(String(32), nullable=False)


class ProjectionState(Base):
    """Key/value marks of the projection engine: how far the projections have applied
    the journal, the confirmed checkpoint, the projections' layout (trainer.journal.marks)."""

    __tablename__ = "projection_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
