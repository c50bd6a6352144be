"""regrading: the service's archive of exam item versions and its grading of attempts

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exam_item_version",
        sa.Column("item_id", sa.String(length=128), nullable=False),
        sa.Column("full_hash", sa.String(length=64), nullable=False),
        sa.Column("public_hash", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "full_hash"),
    )
    op.create_index("ix_exam_item_version_public", "exam_item_version",
                    ["item_id", "public_hash"])
    op.create_table(
        "exam_grading",
        sa.Column("attempt_id", sa.String(length=64), nullable=False),
        sa.Column("trainee", sa.String(length=128), nullable=False),
        sa.Column("module", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("submitted_seq", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("max_score", sa.Float(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("local_percent", sa.Float(), nullable=True),
        sa.Column("local_passed", sa.Boolean(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id"),
    )
    op.create_index("ix_exam_grading_status", "exam_grading", ["status"])
    op.create_table(
        "service_mark",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("service_mark")
    op.drop_index("ix_exam_grading_status", table_name="exam_grading")
    op.drop_table("exam_grading")
    op.drop_index("ix_exam_item_version_public", table_name="exam_item_version")
    op.drop_table("exam_item_version")
