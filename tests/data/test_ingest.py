"""Ingest: a valid extract is published, with its marts, by one symlink switch; anything else leaves the
current one alone."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from dashboard.data import cube
from dashboard.data import ingest as ingest_module
from dashboard.data.ingest import ExtractRejected, IngestError, current_version, ingest
from dashboard.settings import ROOT
from tests.builders import build
from tests.data.breakages import BY_ID, build_valid, valid_tables


def snapshot(data_dir: Path) -> tuple[str, dict[str, bytes]]:
    """Where `extracts` points and the bytes of every file it shows, its stored marts included."""
    current = data_dir / "extracts"
    files = sorted(f for f in current.resolve().rglob("*") if f.is_file())
    return os.readlink(current), {str(f.relative_to(current.resolve())): f.read_bytes() for f in files}


def extract_files(version: Path) -> list[str]:
    return sorted(p.name for p in version.iterdir() if p.name != cube.MARTS_DIR)


def leftovers(data_dir: Path) -> list[str]:
    return sorted(p.name for p in [*(data_dir / "archive").glob(".incoming-*"), data_dir / ".extracts.tmp"]
                  if p.exists() or p.is_symlink())


def versions(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "archive").iterdir() if not p.name.startswith("."))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder whose current extract is the valid one."""
    data = tmp_path / "data"
    ingest(build_valid(tmp_path / "first"), data)
    return data


def second_extract(tmp_path: Path) -> Path:
    tables = valid_tables()
    tables["home_visits"][0]["visit_kind"] = "acute"
    return build(tmp_path / "second", tables)


def test_ingest_publishes_through_a_relative_symlink_and_keeps_the_previous_version(tmp_path, data_dir):
    first = current_version(data_dir)
    src = second_extract(tmp_path)
    (src / "notes.txt").write_text("not part of the extract")

    published = ingest(src, data_dir)

    current = data_dir / "extracts"
    assert current.is_symlink() and os.readlink(current) == f"archive/{published.name}"
    assert current_version(data_dir) == published.name != first
    assert versions(data_dir) == [first, published.name]  # sortable: the later ingest sorts last
    assert extract_files(published) == sorted(p.name for p in src.iterdir() if p.suffix != ".txt")
    for name in extract_files(published):
        assert (published / name).read_bytes() == (src / name).read_bytes()
    assert extract_files(data_dir / "archive" / first) == extract_files(published)
    stored = sorted(p.name for p in cube.marts_folder(published).iterdir())
    assert stored == sorted(f"{mart}.parquet" for mart in cube.STORED_MARTS)
    assert leftovers(data_dir) == []


def test_version_names_are_a_utc_timestamp_and_a_content_hash(tmp_path):
    data = tmp_path / "data"
    src = build_valid(tmp_path / "src")
    one, two = ingest(src, data), ingest(src, data)
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{8}", one.name)
    assert one.name[17:] == two.name[17:]  # the same content ...
    assert one.name < two.name  # ... is a new version, sorting after the first even within one second
    assert current_version(data) == two.name


def test_current_version_is_none_without_a_published_extract(tmp_path):
    assert current_version(tmp_path) is None


@pytest.mark.parametrize(
    "kind",
    ["missing_required_table", "corrupt_file", "date_as_string", "duplicate_key",
     "overlapping_home_care_episodes", "date_after_reference_date", "manifest_not_json"],
)
def test_a_rejected_extract_changes_nothing(tmp_path, data_dir, kind):
    before = snapshot(data_dir)
    archived = versions(data_dir)
    src = BY_ID[kind].build(tmp_path / "bad")

    with pytest.raises(ExtractRejected) as rejected:
        ingest(src, data_dir)

    assert not rejected.value.report.ok
    assert str(rejected.value).startswith(f"Extract {src} is invalid")  # names what the user gave
    assert snapshot(data_dir) == before
    assert versions(data_dir) == archived
    assert leftovers(data_dir) == []


def failing_on_call(real, n: int):
    """A stand-in for `real` that fails on its n-th call, as a full disk or a kill would."""
    calls = 0

    def stand_in(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == n:
            raise OSError("simulated failure")
        return real(*args, **kwargs)

    return stand_in


@pytest.mark.parametrize(
    "module, name, n",
    [(cube, "_write_mart", 2), (os, "fsync", 1), (os, "rename", 1), (ingest_module, "fsync_dir", 1),
     (os, "symlink", 1), (os, "rename", 2)],
    ids=["writing the marts", "fsync of the copy", "publishing rename", "fsync of the archive", "symlink creation",
         "symlink switch"],
)
def test_an_interrupted_ingest_leaves_the_current_extract(tmp_path, data_dir, monkeypatch, module, name, n):
    before = snapshot(data_dir)
    archived = versions(data_dir)
    monkeypatch.setattr(module, name, failing_on_call(getattr(module, name), n))

    with pytest.raises(OSError, match="simulated"):
        ingest(second_extract(tmp_path), data_dir)

    assert snapshot(data_dir) == before
    assert versions(data_dir) == archived
    assert leftovers(data_dir) == []
    monkeypatch.undo()
    published = ingest(second_extract(tmp_path / "again"), data_dir)
    assert current_version(data_dir) == published.name


@pytest.mark.parametrize("kill", ["i.fsync_tree = lambda path: os._exit(3)",
                                  "i.cube._write_mart = lambda *args: os._exit(3)"],
                         ids=["before publishing", "while writing the marts"])
def test_a_killed_ingest_is_cleaned_up_by_the_next(tmp_path, data_dir, kill):
    before = snapshot(data_dir)
    src = second_extract(tmp_path)
    killed = (
        "import os, sys; from pathlib import Path; import dashboard.data.ingest as i; "
        f"{kill}; i.ingest(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    run = subprocess.run([sys.executable, "-c", killed, str(src), str(data_dir)], cwd=ROOT, check=False)
    assert run.returncode == 3
    assert snapshot(data_dir) == before
    assert leftovers(data_dir) != []  # the copy is still there: nothing could clean it

    published = ingest(src, data_dir)

    assert leftovers(data_dir) == []
    assert current_version(data_dir) == published.name


def test_a_real_extracts_folder_is_refused_and_kept(tmp_path):
    data = tmp_path / "data"
    by_hand = build_valid(data / "extracts")
    files = {f.name: f.read_bytes() for f in by_hand.iterdir()}

    with pytest.raises(IngestError, match=r"placed by hand.*ingest it instead"):
        ingest(build_valid(tmp_path / "src"), data)

    assert not by_hand.is_symlink()
    assert {f.name: f.read_bytes() for f in by_hand.iterdir()} == files
    assert versions(data) == []


def test_a_source_that_is_not_a_folder_is_refused(tmp_path):
    with pytest.raises(IngestError, match="not a directory"):
        ingest(tmp_path / "missing", tmp_path / "data")


def test_a_table_that_is_a_folder_is_refused(tmp_path, data_dir):
    before = snapshot(data_dir)
    src = build_valid(tmp_path / "src")
    (src / "nsvt_teams.parquet").unlink()
    (src / "nsvt_teams.parquet").mkdir()
    with pytest.raises(IngestError, match=r"nsvt_teams\.parquet is not a file"):
        ingest(src, data_dir)
    assert snapshot(data_dir) == before and leftovers(data_dir) == []


def test_ingests_take_turns(tmp_path, data_dir):
    """While another ingest holds the lock, a second one waits and then publishes."""
    first = current_version(data_dir)
    src = second_extract(tmp_path)
    published: list[Path] = []
    with open(data_dir / ".ingest.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        waiting = threading.Thread(target=lambda: published.append(ingest(src, data_dir)))
        waiting.start()
        time.sleep(0.3)
        assert current_version(data_dir) == first and leftovers(data_dir) == []
        fcntl.flock(lock, fcntl.LOCK_UN)
    waiting.join(timeout=30)
    assert current_version(data_dir) == published[0].name


def test_archived_files_are_read_only(data_dir):
    files = [f for f in (data_dir / "extracts").resolve().rglob("*") if f.is_file()]
    assert any(f.parent.name == cube.fingerprint() for f in files)
    for f in files:
        assert f.stat().st_mode & 0o222 == 0


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left on device", "marts.parquet"),
                                   OSError(errno.EROFS, "Read-only file system", "archive"),
                                   duckdb.IOException("Could not write file \"x.parquet\": No space left on device")],
                         ids=["full disk", "read-only folder", "full disk in DuckDB"])
def test_the_command_says_what_failed_and_that_nothing_changed(tmp_path, data_dir, monkeypatch, capsys, error):
    from dashboard.cli import main

    before = snapshot(data_dir)
    monkeypatch.setenv("NVK_DATA_DIR", str(data_dir))

    def fail(*_args):
        raise error

    monkeypatch.setattr(cube, "_write_mart", fail)
    assert main(["ingest", str(second_extract(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the data folder could not be written: ") and "Traceback" not in err
    assert ("No space left on device" in err or "Read-only file system" in err) and err.count("\n") == 1
    assert "Nothing was changed: the current extract is as it was." in err
    assert snapshot(data_dir) == before and leftovers(data_dir) == []


def test_a_demo_folder_that_cannot_be_written_is_named(tmp_path, capsys):
    from dashboard.cli import main

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    assert main(["demo-data", "--out", str(blocked / "demo"), "--scale", "0.01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(blocked) in err and "Traceback" not in err
