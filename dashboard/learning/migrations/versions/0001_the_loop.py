"""The loop: meetings, observations, decisions, follow-ups, and the history of every change.

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
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
    kept("meetings",
         sa.Column("area_code", sa.String(40), nullable=False),
         sa.Column("month", sa.Date, nullable=False),
         sa.Column("title", sa.String(200), nullable=False),
         sa.Column("held_on", sa.Date),
         sa.Column("notes", sa.Text))
    kept("observations",
         sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id")),
         sa.Column("indicator_id", sa.String(40), nullable=False),
         sa.Column("area_code", sa.String(40), nullable=False),
         sa.Column("month", sa.Date, nullable=False),
         sa.Column("text", sa.Text, nullable=False),
         sa.Column("analysis", sa.Text),
         sa.Column("snapshot", sa.Text))
    kept("decisions",
         sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id")),
         sa.Column("observation_id", sa.Integer, sa.ForeignKey("observations.id")),
         sa.Column("indicator_id", sa.String(40), nullable=False),
         sa.Column("area_code", sa.String(40), nullable=False),
         sa.Column("decided_on", sa.Date, nullable=False),
         sa.Column("what", sa.Text, nullable=False),
         sa.Column("owner", sa.String(100), nullable=False),
         sa.Column("due", sa.Date, nullable=False),
         sa.Column("expected", sa.Text, nullable=False))
    kept("follow_ups",
         sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=False),
         sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id")),
         sa.Column("followed_on", sa.Date, nullable=False),
         sa.Column("outcome", sa.String(20), nullable=False),
         sa.Column("text", sa.Text, nullable=False))
    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text, nullable=False),
    )
    op.create_index("history_entry", "history", ["entity", "entity_id", "version"], unique=True)


def downgrade() -> None:
    for table in ("history", "follow_ups", "decisions", "observations", "meetings"):
        op.drop_table(table)
