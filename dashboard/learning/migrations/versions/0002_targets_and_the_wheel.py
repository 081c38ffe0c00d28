"""Targets per indicator and area (the start page's, typed per session before), and the annual wheel.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None



def kept(name: str, *columns: sa.Column) -> None:
    """A table of entries as the store keeps them: versioned, archived not deleted, who and when."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *columns,
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
    )


def upgrade() -> None:
    kept("targets",
         sa.Column("indicator_id", sa.String(40), nullable=False),
         sa.Column("area_code", sa.String(40), nullable=False),
         sa.Column("value", sa.Float, nullable=False))
    op.create_index("targets_in_force", "targets", ["indicator_id", "area_code"], unique=True,
                    sqlite_where=sa.text("archived = 0"), postgresql_where=sa.text("archived = false"))
    kept("wheel_items",
         sa.Column("area_code", sa.String(40), nullable=False),
         sa.Column("month", sa.Integer, nullable=False),
         sa.Column("kind", sa.String(20), nullable=False),
         sa.Column("title", sa.String(200), nullable=False))


def downgrade() -> None:
    op.drop_index("targets_in_force", "targets")
    op.drop_table("wheel_items")
    op.drop_table("targets")
