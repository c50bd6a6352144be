"""hardening: login-proof keys, device revocation and replacement, open logins, throttling

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-02 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff", sa.Column("proof_key", sa.String(length=64), nullable=True))
    op.add_column("staff", sa.Column("proof_key_before", sa.String(length=64), nullable=True))
    op.add_column("device", sa.Column("revoked_at", sa.String(length=32), nullable=True))
    op.add_column("device", sa.Column("replaced_by", sa.String(length=36), nullable=True))
    op.add_column("device", sa.Column("open_login", sa.String(length=64), nullable=True))
    op.create_table(
        "throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_until", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("throttle")
    op.drop_column("device", "open_login")
    op.drop_column("device", "replaced_by")
    op.drop_column("device", "revoked_at")
    op.drop_column("staff", "proof_key_before")
    op.drop_column("staff", "proof_key")
