"""issuing: the service's own events, certificate numbers, the authority's cursor

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # device_seq of the events the service writes itself (device id "service")
    op.execute("CREATE SEQUENCE service_event_seq AS bigint")
    # serial part of certificate numbers: one counter for every workstation and process
    op.execute("CREATE SEQUENCE cert_number_seq AS bigint")
    op.create_table(
        "cert_number",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("module", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("number"),
    )
    op.create_table(
        "authority_cursor",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("authority_cursor")
    op.drop_table("cert_number")
    op.execute("DROP SEQUENCE cert_number_seq")
    op.execute("DROP SEQUENCE service_event_seq")
