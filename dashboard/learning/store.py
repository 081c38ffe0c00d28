"""The one way in and out of the learning store: every entry is written here, in a transaction that
also writes its history, and nothing is deleted, only archived.

- **Where.** `NVK_LEARNING_DB` (a file path, or an SQLAlchemy URL such as `postgresql://…` for
  several app instances), by default `learning.sqlite` in the data folder. A SQLite file runs in WAL
  mode, so the app, the command line and a backup (`sqlite3 FILE ".backup COPY"`) use it at once.
- **Schema.** Alembic's migrations (`migrations/versions/`) run on opening, inside the write lock, so
  a store of an older release is brought up to date once, whichever process opens it first.
- **Writes.** Each is one transaction (SQLite: `BEGIN IMMEDIATE`, waiting up to `BUSY_SECONDS` for
  another writer instead of failing): the entry and its history row together, committed with the
  file synced (`synchronous=FULL`), so an entry the caller was told is saved survives a process
  killed a moment later.
- **Conflicts.** A change names the version it was made from; if another change came first, the
  store raises `EditConflict` with the entry as it now is and who changed it, and writes nothing.
- **Who.** Every write names its actor: the name a person typed, or later the account logged in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dashboard.learning import entries
from dashboard.learning.schema import TABLES, history

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: How long a write waits for another writer's transaction before giving up
BUSY_SECONDS = 30
#: The columns every entry has that its writer does not set
KEPT = ("id", "version", "archived", "created_at", "created_by", "updated_at", "updated_by")


class EditConflict(Exception):
    """Someone else changed the entry since it was read: nothing was written. `current` is the entry
    as it now is (its `updated_by` and `updated_at` say who and when)."""

    def __init__(self, kind: str, entry_id: int, version: int, current: dict[str, Any]):
        self.kind, self.entry_id, self.version, self.current = kind, entry_id, version, current
        super().__init__(f"{kind} {entry_id}: changed by {current['updated_by']} at {current['updated_at']} "
                         f"(version {current['version']}, not {version})")


class NotFound(LookupError):
    """No entry of that kind has that id."""


@dataclass(frozen=True)
class Change:
    """One row of an entry's history: what it was before (None when created) and after."""

    version: int
    action: str
    actor: str
    at: datetime
    before: dict[str, Any] | None
    after: dict[str, Any]


class Store:
    """The learning store at `url`, migrated to the schema's head on opening."""

    def __init__(self, url: str):
        self.url = url
        self.engine = sa.create_engine(url, poolclass=sa.NullPool if url.startswith("sqlite") else None)
        if self.engine.dialect.name == "sqlite":
            _sqlite_writes_wait_and_sync(self.engine)
        self.migrate()

    # --- schema -----------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the schema to its head, inside the write lock: two processes opening an old store at
        once migrate it once, and the second finds it done."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self._writing() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def revision(self) -> str | None:
        """The schema's revision as the store records it."""
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    @staticmethod
    def head() -> str:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        return ScriptDirectory.from_config(config).get_current_head()

    # --- writing ----------------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        """One write transaction: SQLite's write lock taken at its start (not at its first write,
        where two readers turning writers would deadlock), committed or rolled back whole. A row the
        database refuses (a reference to no entry, a second target in force for one indicator and
        area) is an InvalidEntry, not a crash."""
        with self.engine.connect() as conn:
            conn.execution_options(write=True)
            try:
                with conn.begin():
                    yield conn
            except sa.exc.IntegrityError as error:
                raise entries.InvalidEntry("entry", [entries.Problem("entry", "refused_by_store", {
                    "error": str(error.orig)})]) from error

    def add(self, kind: str, fields: Mapping[str, Any], actor: str) -> dict[str, Any]:
        """A new entry of `kind`, checked (`entries.check`), with its history; returned as stored."""
        table = TABLES[kind]
        clean = entries.check(kind, fields)
        who = entries.check_actor(actor)
        now = _now()
        with self._writing() as conn:
            row = {**clean, "version": 1, "archived": False, "created_at": now, "created_by": who,
                   "updated_at": now, "updated_by": who}
            entry_id = conn.execute(table.insert().values(**row)).inserted_primary_key[0]
            stored = {"id": entry_id, **row}
            _record(conn, kind, stored, "create", who, now, None)
        return stored

    def update(self, kind: str, entry_id: int, version: int, changes: Mapping[str, Any],
               actor: str) -> dict[str, Any]:
        """The entry changed as `changes` say, if it is still at `version`; else EditConflict."""
        clean = entries.check(kind, changes, partial=True)
        return self._change(kind, entry_id, version, clean, actor, "update")

    def archive(self, kind: str, entry_id: int, version: int, actor: str) -> dict[str, Any]:
        """The entry set aside: kept, with its history, but no longer listed as in force."""
        return self._change(kind, entry_id, version, {"archived": True}, actor, "archive")

    def restore(self, kind: str, entry_id: int, version: int, actor: str) -> dict[str, Any]:
        """An archived entry back in force."""
        return self._change(kind, entry_id, version, {"archived": False}, actor, "restore")

    def _change(self, kind: str, entry_id: int, version: int, changes: Mapping[str, Any], actor: str,
                action: str) -> dict[str, Any]:
        table = TABLES[kind]
        who = entries.check_actor(actor)
        now = _now()
        with self._writing() as conn:
            before = _one(conn, table, entry_id, kind)
            if before["version"] != version:
                raise EditConflict(kind, entry_id, version, before)
            values = {**changes, "version": version + 1, "updated_at": now, "updated_by": who}
            done = conn.execute(table.update().where(table.c.id == entry_id, table.c.version == version)
                                .values(**values))
            if done.rowcount != 1:  # another database's writer (PostgreSQL) came between
                raise EditConflict(kind, entry_id, version, _one(conn, table, entry_id, kind))
            after = {**before, **values}
            if problems := entries.together(kind, after):  # a change read with the fields it leaves
                raise entries.InvalidEntry(kind, problems)
            _record(conn, kind, after, action, who, now, before)
        return after

    # --- reading ----------------------------------------------------------------------------------

    def get(self, kind: str, entry_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return _one(conn, TABLES[kind], entry_id, kind)

    def entries(self, kind: str, *, archived: bool = False, **equal: Any) -> list[dict[str, Any]]:
        """The entries of `kind` whose columns equal `equal`'s values, oldest first; the archived
        ones only with `archived`."""
        table = TABLES[kind]
        query = sa.select(table).order_by(table.c.id)
        if not archived:
            query = query.where(table.c.archived == sa.false())
        for column, value in equal.items():
            query = query.where(table.c[column] == value)
        with self.engine.connect() as conn:
            return [_as_dict(r) for r in conn.execute(query).mappings()]

    def everything(self) -> dict[str, list[dict[str, Any]]]:
        """Every entry of every kind, archived ones too, by kind: what a page or the minutes read."""
        return {kind: self.entries(kind, archived=True) for kind in TABLES}

    def history(self, kind: str, entry_id: int) -> list[Change]:
        """Every change of the entry, oldest first."""
        query = (sa.select(history).where(history.c.entity == kind, history.c.entity_id == entry_id)
                 .order_by(history.c.version))
        with self.engine.connect() as conn:
            return [Change(r["version"], r["action"], r["actor"], _utc(r["at"]),
                           None if r["before"] is None else json.loads(r["before"]), json.loads(r["after"]))
                    for r in conn.execute(query).mappings()]


def _sqlite_writes_wait_and_sync(engine: sa.Engine) -> None:
    """SQLite as several processes share it: WAL (readers never wait for the writer), a write waits
    for another up to BUSY_SECONDS, every commit synced to disk, foreign keys checked; and
    transactions begun by SQLAlchemy, not by the driver, so a write one can take the lock first."""

    @sa.event.listens_for(engine, "connect")
    def _connected(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # the driver begins nothing of its own
        for pragma in ("journal_mode=WAL", "synchronous=FULL", f"busy_timeout={BUSY_SECONDS * 1000}",
                       "foreign_keys=ON"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def _one(conn: sa.Connection, table: sa.Table, entry_id: int, kind: str) -> dict[str, Any]:
    row = conn.execute(sa.select(table).where(table.c.id == entry_id)).mappings().first()
    if row is None:
        raise NotFound(f"{kind} {entry_id}")
    return _as_dict(row)


def _record(conn: sa.Connection, kind: str, after: dict[str, Any], action: str, actor: str, at: datetime,
            before: dict[str, Any] | None) -> None:
    conn.execute(history.insert().values(
        entity=kind, entity_id=after["id"], version=after["version"], action=action, actor=actor, at=at,
        before=None if before is None else _json(before), after=_json(after)))


def _json(entry: dict[str, Any]) -> str:
    return json.dumps({k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in entry.items()},
                      ensure_ascii=False, sort_keys=True)


def _as_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _utc(v) if isinstance(v, datetime) else v for k, v in row.items()}


def _utc(moment: datetime) -> datetime:
    """A stored moment as UTC: SQLite keeps it without its zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)
