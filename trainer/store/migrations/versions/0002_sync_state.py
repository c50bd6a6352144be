"""sync state, device history, sync scope

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('device_history',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('enrolled_at', sa.String(length=32), nullable=False),
    sa.Column('retired_at', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('replaced_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('device_id')
    )
    op.create_table('sync_scope',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('backfilled_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('staff_id')
    )


def downgrade() -> None:
    op.drop_table('sync_scope')
    op.drop_table('device_history')
    op.drop_table('sync_state')
