"""The learning store loses nothing: migrations from the first schema keep what was written, every
change has its history, concurrent writers (threads and processes) lose no entry, a process killed
mid-write loses none it was told was saved, and an edit made from an old version is a conflict."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import date

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext

from dashboard.learning import schema
from dashboard.learning.store import MIGRATIONS, EditConflict, NotFound, Store
from dashboard.settings import ROOT

OBSERVATION = {"indicator_id": "ed_rate_80", "area_code": "1490", "month": "2025-11", "text": "Fler akutbesök"}


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'learning.sqlite'}"


def test_a_store_of_the_first_schema_is_migrated_and_keeps_its_entries(url):
    # the first release's store: the loop, with a meeting and a decision written by it
    engine = sa.create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(sa.text(
            "insert into meetings (area_code, month, title, version, archived, created_at, created_by, updated_at, "
            "updated_by) values ('1490', '2025-10-01', 'Oktober', 1, 0, '2025-10-20 08:00:00', 'Anna', "
            "'2025-10-20 08:00:00', 'Anna')"))
    assert "targets" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    store = Store(url)
    assert store.revision() == store.head() == "0002"
    meeting = store.get("meeting", 1)
    assert (meeting["title"], meeting["month"], meeting["created_by"]) == ("Oktober", date(2025, 10, 1), "Anna")
    target = store.add("target", {"indicator_id": "team_visit_share", "area_code": "1490", "value": 0.4}, "Bo")
    assert store.get("target", target["id"])["value"] == 0.4


def test_the_migrations_make_the_schema_the_store_queries(url):
    store = Store(url)
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), schema.metadata) == []


def test_every_change_has_its_history_with_the_entry_before_and_after(url):
    store = Store(url)
    first = store.add("observation", OBSERVATION, "Anna")
    store.update("observation", first["id"], 1, {"analysis": "Influensan kom tidigt"}, "Bo")
    store.archive("observation", first["id"], 2, "Cia")
    store.restore("observation", first["id"], 3, "Dan")
    changes = store.history("observation", first["id"])
    assert [(c.version, c.action, c.actor) for c in changes] == [
        (1, "create", "Anna"), (2, "update", "Bo"), (3, "archive", "Cia"), (4, "restore", "Dan")]
    assert changes[0].before is None and changes[0].after["text"] == "Fler akutbesök"
    assert changes[1].before["analysis"] is None and changes[1].after["analysis"] == "Influensan kom tidigt"
    assert (changes[2].before["archived"], changes[2].after["archived"]) == (False, True)
    assert changes[3].after["archived"] is False and changes[3].after["updated_by"] == "Dan"
    assert store.get("observation", first["id"])["version"] == 4


def test_nothing_is_deleted_an_archived_entry_is_only_set_aside(url):
    store = Store(url)
    kept = store.add("observation", OBSERVATION, "Anna")
    store.archive("observation", kept["id"], 1, "Anna")
    assert store.entries("observation") == []
    assert [e["id"] for e in store.entries("observation", archived=True)] == [kept["id"]]
    assert not hasattr(store, "delete")


def test_an_edit_from_an_old_version_is_a_conflict_and_writes_nothing(url):
    store = Store(url)
    entry = store.add("observation", OBSERVATION, "Anna")
    store.update("observation", entry["id"], 1, {"text": "Bos text"}, "Bo")
    with pytest.raises(EditConflict) as conflict:  # Cia opened it at version 1 too
        store.update("observation", entry["id"], 1, {"text": "Cias text"}, "Cia")
    assert conflict.value.current["updated_by"] == "Bo" and conflict.value.current["version"] == 2
    assert store.get("observation", entry["id"])["text"] == "Bos text"
    assert [c.actor for c in store.history("observation", entry["id"])] == ["Anna", "Bo"]
    with pytest.raises(NotFound):
        store.update("observation", 99, 1, {"text": "x"}, "Cia")


def test_eight_threads_and_two_processes_saving_500_entries_each_lose_none(url):
    store = Store(url)
    processes = [subprocess.Popen([sys.executable, "-m", "tests.learning.writer", url, "500", f"process {p}"],
                                  cwd=ROOT, stdout=subprocess.PIPE, text=True) for p in range(2)]
    saved: list[list[int]] = [[] for _ in range(8)]

    def write(thread: int) -> None:
        for n in range(500):
            saved[thread].append(store.add("observation", {**OBSERVATION, "text": f"thread {thread} {n}"},
                                           f"thread {thread}")["id"])

    threads = [threading.Thread(target=write, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    told = [int(line) for p in processes for line in p.communicate(timeout=600)[0].split() if line.isdigit()]
    assert [p.returncode for p in processes] == [0, 0]
    stored = store.entries("observation")
    assert len(stored) == 5000 and len(told) == 1000 and sum(map(len, saved)) == 4000
    assert {e["id"] for e in stored} == set(told) | {i for ids in saved for i in ids}
    assert sorted(e["text"] for e in stored) == sorted(
        [f"thread {k} {n}" for k in range(8) for n in range(500)] + [f"process {p} {n}" for p in range(2)
                                                                    for n in range(500)])
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from history")).scalar() == 5000


def test_a_process_killed_while_writing_loses_no_entry_it_was_told_was_saved(url, tmp_path):
    writer = subprocess.Popen([sys.executable, "-m", "tests.learning.writer", url, "100000", "killed"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    told = []
    while len(told) < 300:  # killed while it writes on: between two saves or inside one
        told.append(int(writer.stdout.readline()))
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    told += [int(line) for line in writer.stdout.read().split()]  # acknowledged before the kill, still unread
    with sqlite3.connect(tmp_path / "learning.sqlite") as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    stored = {e["id"] for e in Store(url).entries("observation")}
    assert set(told) <= stored
    assert len(stored) - len(told) <= 1  # at most the one saved between its acknowledgement and the kill
