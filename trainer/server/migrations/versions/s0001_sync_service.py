"""sync service: events, devices, enrolment, scope, roster

Revision ID: s0001
Revises: (none)
Create Date: 2026-11-25 18:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('admin_session',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_table('device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('app_version', sa.String(length=40), nullable=True),
    sa.Column('departments', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('acked_seq', sa.BigInteger(), nullable=False),
    sa.Column('enrolled_at', sa.String(length=32), nullable=False),
    sa.Column('last_seen', sa.String(length=32), nullable=True),
    sa.Column('events_waiting', sa.Integer(), nullable=False),
    sa.Column('clock_skew_s', sa.Float(), nullable=True),
    sa.Column('clock_flagged', sa.Boolean(), nullable=False),
    sa.Column('replaces', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('device_id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('device_staff',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'staff_id')
    )
    op.create_table('enrol_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('departments', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('used_at', sa.String(length=32), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_table('event',
    sa.Column('server_seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(length=64), nullable=True),
    sa.Column('subject_id', sa.String(length=128), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('device_time', sa.String(length=32), nullable=False),
    sa.Column('server_time', sa.String(length=32), nullable=False),
    sa.Column('clock_skew_s', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('server_seq'),
    sa.UniqueConstraint('device_id', 'device_seq', name='uq_event_device_seq'),
    sa.UniqueConstraint('event_id')
    )
    op.create_table('event_alias',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'device_seq')
    )
    op.create_table('staff',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('password_changed_at', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('staff_id')
    )
    op.create_table('staff_department',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('since', sa.String(length=32), nullable=False),
    sa.Column('until', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('staff_id', 'department', 'since')
    )
    op.create_table('staff_role',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('staff_id', 'role')
    )
    op.execute("CREATE SEQUENCE event_server_seq AS bigint")
    op.execute("CREATE SEQUENCE roster_version AS bigint")
    op.create_index("ix_event_actor", "event", ["actor_id", "server_seq"])
    op.create_index("ix_event_subject", "event", ["subject_id", "server_seq"])
    op.create_index("ix_staff_department_dept", "staff_department", ["department"])


def downgrade() -> None:
    for table in ("staff_role", "staff_department", "staff", "event_alias", "event",
                  "enrol_code", "device_staff", "device", "admin_session"):
        op.drop_table(table)
    op.execute("DROP SEQUENCE roster_version")
    op.execute("DROP SEQUENCE event_server_seq")
