"""The learning store's tables at the schema's head, for the store's queries (SQLAlchemy Core).

The migrations (`migrations/versions/`) create them and are the schema's history; this module only
describes the latest, and a test checks the two agree. Every entry carries the columns of `_kept`:
a version that each change raises (two people editing one entry: the second is told, not obeyed),
an archived flag in place of deletion, and who changed it when. Each change is also a row of
`history`, with the entry before and after it."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: Longest texts, in characters: a sentence's fields, a paragraph's, a name's
SHORT, LONG, NAME = 200, 4000, 100


def _kept(name: str, *columns: sa.Column) -> sa.Table:
    return sa.Table(
        name, metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *columns,
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(NAME), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(NAME), nullable=False),
    )


meetings = _kept(
    "meetings",
    sa.Column("area_code", sa.String(40), nullable=False),
    sa.Column("month", sa.Date, nullable=False),
    sa.Column("title", sa.String(SHORT), nullable=False),
    sa.Column("held_on", sa.Date),
    sa.Column("notes", sa.Text),
)

observations = _kept(
    "observations",
    sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id")),
    sa.Column("indicator_id", sa.String(40), nullable=False),
    sa.Column("area_code", sa.String(40), nullable=False),
    sa.Column("month", sa.Date, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("analysis", sa.Text),
    sa.Column("snapshot", sa.Text),
)

decisions = _kept(
    "decisions",
    sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id")),
    sa.Column("observation_id", sa.Integer, sa.ForeignKey("observations.id")),
    sa.Column("indicator_id", sa.String(40), nullable=False),
    sa.Column("area_code", sa.String(40), nullable=False),
    sa.Column("decided_on", sa.Date, nullable=False),
    sa.Column("what", sa.Text, nullable=False),
    sa.Column("owner", sa.String(NAME), nullable=False),
    sa.Column("due", sa.Date, nullable=False),
    sa.Column("expected", sa.Text, nullable=False),
)

follow_ups = _kept(
    "follow_ups",
    sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=False),
    sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id")),
    sa.Column("followed_on", sa.Date, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

targets = _kept(
    "targets",
    sa.Column("indicator_id", sa.String(40), nullable=False),
    sa.Column("area_code", sa.String(40), nullable=False),
    sa.Column("value", sa.Float, nullable=False),
)
# one target in force for an indicator and area: a second is a change of the first
sa.Index("targets_in_force", targets.c.indicator_id, targets.c.area_code, unique=True,
         sqlite_where=targets.c.archived == sa.false(), postgresql_where=targets.c.archived == sa.false())

wheel_items = _kept(
    "wheel_items",
    sa.Column("area_code", sa.String(40), nullable=False),
    sa.Column("month", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("title", sa.String(SHORT), nullable=False),
)

history = sa.Table(
    "history", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("entity", sa.String(40), nullable=False),
    sa.Column("entity_id", sa.Integer, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("action", sa.String(20), nullable=False),
    sa.Column("actor", sa.String(NAME), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("before", sa.Text),
    sa.Column("after", sa.Text, nullable=False),
    sa.Index("history_entry", "entity", "entity_id", "version", unique=True),
)

#: Each kind of entry by the name the store, the page and the history know it by
TABLES: dict[str, sa.Table] = {
    "meeting": meetings, "observation": observations, "decision": decisions, "follow_up": follow_ups,
    "target": targets, "wheel_item": wheel_items,
}
