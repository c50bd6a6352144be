"""Tables of the service's PostgreSQL database (Core; the migrations create them).

- ``event``: every event any workstation pushed, keyed by ``event_id``, with the
  ``server_seq`` pulls are ordered by and the server's time of receipt.
- ``event_alias``: a device's ``(device_id, device_seq)`` that names an event already
  stored under another envelope (a re-enrolled profile re-sending an event the server had
  received under its old id), so that device's contiguous mark can pass over it.
- ``device``, ``enrol_code``, ``device_staff``, ``admin_session``: enrolment and scope;
  a device may be revoked, and re-enrolled once (its old token is then spent).
- ``throttle``: back-off after failed password checks, per account and per device.
- ``staff``/``staff_role``/``staff_department``: the authoritative roster; ``version``
  comes from ``roster_version`` on every change so workstations notice them.

May import: sqlalchemy.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()

#: Key of the transaction-level advisory lock under which server_seq values are taken.
SEQ_LOCK = 0x5EC7_0001

event = Table(
    "event",
    metadata,
    Column("server_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", String(36), nullable=False, unique=True),
    Column("device_id", String(36), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("type", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("actor_id", String(64)),
    Column("subject_id", String(128)),
    Column("payload", Text, nullable=False),
    Column("device_time", String(32), nullable=False),
    Column("server_time", String(32), nullable=False),
    Column("clock_skew_s", Float),
    UniqueConstraint("device_id", "device_seq", name="uq_event_device_seq"),
)

event_alias = Table(
    "event_alias",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("event_id", String(36), nullable=False),
    PrimaryKeyConstraint("device_id", "device_seq"),
)

device = Table(
    "device",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(200)),
    Column("app_version", String(40)),
    Column("departments", ARRAY(Text), nullable=False),
    Column("acked_seq", BigInteger, nullable=False),
    Column("enrolled_at", String(32), nullable=False),
    Column("last_seen", String(32)),
    Column("events_waiting", Integer, nullable=False),
    Column("clock_skew_s", Float),
    Column("clock_flagged", Boolean, nullable=False),
    Column("replaces", String(36)),
    Column("reason", String(32), nullable=False),
    Column("revoked_at", String(32)),  # set: the token is refused (and its successors')
    Column("replaced_by", String(36)),  # re-enrolled once: the old token is spent
    Column("open_login", String(64)),  # whose proven login is open there (push order)
    Column("history_upto", BigInteger),  # a merged standalone profile's history: 1…this
)

enrol_code = Table(
    "enrol_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("departments", ARRAY(Text), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("used_at", String(32)),
    Column("used_by", String(36)),
)

device_staff = Table(
    "device_staff",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("staff_id", String(64), nullable=False),
    Column("added_at", String(32), nullable=False),
    PrimaryKeyConstraint("device_id", "staff_id"),
)

admin_session = Table(
    "admin_session",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("staff_id", String(64), nullable=False),
    Column("expires_at", String(32), nullable=False),
)

staff = Table(
    "staff",
    metadata,
    Column("staff_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("password_hash", String(200)),
    Column("must_change_password", Boolean, nullable=False),
    Column("password_changed_at", String(32)),
    Column("created_at", String(32), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("proof_key", String(64)),  # login-proof key (trainer.auth.proof), hex
    Column("proof_key_before", String(64)),  # the one before the last password change
)

throttle = Table(
    "throttle",
    metadata,
    Column("key", String(200), primary_key=True),  # "staff:N100", "device:…", "ip:…"
    Column("failures", Integer, nullable=False),
    Column("blocked_until", Float, nullable=False),
)

staff_role = Table(
    "staff_role",
    metadata,
    Column("staff_id", String(64), nullable=False),
    Column("role", String(32), nullable=False),
    PrimaryKeyConstraint("staff_id", "role"),
)

staff_department = Table(
    "staff_department",
    metadata,
    Column("staff_id", String(64), nullable=False),
    Column("department", String(100), nullable=False),
    Column("since", String(32), nullable=False),
    Column("until", String(32)),
    PrimaryKeyConstraint("staff_id", "department", "since"),
)

merge_code = Table(  # enrolment codes that let a standalone profile merge its roster
    "merge_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
)

merge_person = Table(  # a merged standalone profile's staff (trainer.server.merge)
    "merge_person",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("staff_id", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("departments", ARRAY(Text), nullable=False),
    Column("roles", ARRAY(Text), nullable=False),
    Column("password_hash", String(200)),
    Column("outcome", String(16), nullable=False),  # added | same | clash | mapped | renamed
    Column("target", String(64)),  # the service's staff id the local person is
    Column("noted_at", String(32), nullable=False),
    Column("resolved_at", String(32)),
    Column("resolved_by", String(64)),
    PrimaryKeyConstraint("device_id", "staff_id"),
)

merge_held = Table(  # history events of clashing staff, held until an admin resolves
    "merge_held",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("waits_for", String(64), nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("type", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("actor_id", String(64)),
    Column("subject_id", String(128)),
    Column("payload", Text, nullable=False),
    Column("device_time", String(32), nullable=False),
    Column("clock_skew_s", Float),
    PrimaryKeyConstraint("device_id", "device_seq"),
)

cert_number = Table(
    "cert_number",
    metadata,
    Column("number", String(40), primary_key=True),  # allocated once, never reused
    Column("holder", String(64), nullable=False),
    Column("module", String(64), nullable=False),
    Column("event_id", String(36), nullable=False),  # the cert.issued event
    Column("issued_at", String(32), nullable=False),
)

authority_cursor = Table(
    "authority_cursor",
    metadata,
    Column("name", String(40), primary_key=True),  # "practicals"
    Column("server_seq", BigInteger, nullable=False),  # everything up to here was judged
)
