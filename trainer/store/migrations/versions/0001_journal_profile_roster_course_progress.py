"""journal, profile, roster, course progress

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 17:22:02.718060
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('device_counter',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    op.create_table('journal_event',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('local_order', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(length=64), nullable=True),
    sa.Column('subject_id', sa.String(length=128), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('device_time', sa.String(length=32), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=True),
    sa.Column('server_time', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('event_id'),
    sa.UniqueConstraint('device_id', 'device_seq', name='uq_journal_device_seq'),
    sa.UniqueConstraint('local_order'),
    sa.UniqueConstraint('server_seq')
    )
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.create_index('ix_journal_actor', ['actor_id'], unique=False)
        batch_op.create_index('ix_journal_subject', ['subject_id'], unique=False)
        batch_op.create_index('ix_journal_type', ['type'], unique=False)

    op.create_table('login_throttle',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('blocked_until', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('profile_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('proj_course_position',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=80), nullable=False),
    sa.Column('section_id', sa.String(length=80), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('staff_id', 'course_id')
    )
    op.create_table('proj_course_section',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=80), nullable=False),
    sa.Column('section_id', sa.String(length=80), nullable=False),
    sa.Column('first_read', sa.String(length=32), nullable=False),
    sa.Column('last_read', sa.String(length=32), nullable=False),
    sa.Column('times_read', sa.Integer(), nullable=False),
    sa.Column('course_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('staff_id', 'course_id', 'section_id')
    )
    op.create_table('staff',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('password_changed_at', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
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


def downgrade() -> None:
    op.drop_table('staff_role')
    op.drop_table('staff_department')
    op.drop_table('staff')
    op.drop_table('proj_course_section')
    op.drop_table('proj_course_position')
    op.drop_table('profile_meta')
    op.drop_table('login_throttle')
    with op.batch_alter_table('journal_event', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_type')
        batch_op.drop_index('ix_journal_subject')
        batch_op.drop_index('ix_journal_actor')

    op.drop_table('journal_event')
    op.drop_table('device_counter')
