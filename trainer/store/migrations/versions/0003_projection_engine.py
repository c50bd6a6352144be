"""projection engine: quarantine, marks; course progress names events instead of times

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 18:00:00

The projection tables are derived data: they are recreated empty here and rebuilt from
the journal when the profile is next opened (the engine sees no layout mark). The sync
checkpoint copies of the old layout (``sync_confirmed__*``) are dropped likewise.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _course_tables(event_columns: bool) -> None:
    if event_columns:
        times = [sa.Column('first_event', sa.String(length=36), nullable=False),
                 sa.Column('last_event', sa.String(length=36), nullable=False)]
        at = sa.Column('event_id', sa.String(length=36), nullable=False)
    else:
        times = [sa.Column('first_read', sa.String(length=32), nullable=False),
                 sa.Column('last_read', sa.String(length=32), nullable=False)]
        at = sa.Column('at', sa.String(length=32), nullable=False)
    op.create_table('proj_course_position',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=80), nullable=False),
    sa.Column('section_id', sa.String(length=80), nullable=False),
    at,
    sa.PrimaryKeyConstraint('staff_id', 'course_id')
    )
    op.create_table('proj_course_section',
    sa.Column('staff_id', sa.String(length=64), nullable=False),
    sa.Column('course_id', sa.String(length=80), nullable=False),
    sa.Column('section_id', sa.String(length=80), nullable=False),
    *times,
    sa.Column('times_read', sa.Integer(), nullable=False),
    sa.Column('course_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('staff_id', 'course_id', 'section_id')
    )


def _drop_checkpoints() -> None:
    bind = op.get_bind()
    names = sa.inspect(bind).get_table_names()
    for name in names:
        if name.startswith(('sync_confirmed__', 'checkpoint__')):
            op.drop_table(name)
    if 'sync_state' in names:
        bind.execute(sa.text("DELETE FROM sync_state WHERE key LIKE 'confirmed_%'"))


def upgrade() -> None:
    _drop_checkpoints()
    op.drop_table('proj_course_section')
    op.drop_table('proj_course_position')
    _course_tables(event_columns=True)
    op.create_table('journal_quarantine',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('event_id')
    )
    op.create_table('projection_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    _drop_checkpoints()
    op.drop_table('projection_state')
    op.drop_table('journal_quarantine')
    op.drop_table('proj_course_section')
    op.drop_table('proj_course_position')
    _course_tables(event_columns=False)
