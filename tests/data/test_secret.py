"""The cell key method's secret lives with the data (dashboard/data/secret.py): one per data folder,
made once, and found from any extract or archived version inside it, so that the app and the
command give the same rows the same noise. An extract outside every data folder has none."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from dashboard.cli import main
from dashboard.data.secret import SECRET_FILE, cell_key_secret
from dashboard.settings import SettingError
from tests.builders import base_tables, build


@pytest.fixture(autouse=True)
def no_secret_setting(monkeypatch, tmp_path):
    monkeypatch.delenv("NVK_CELL_KEY_SECRET")
    monkeypatch.setenv("NVK_DATA_DIR", str(tmp_path / "data"))


def _bits(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def test_the_data_folder_makes_its_secret_once_and_every_version_in_it_shares_it(tmp_path):
    version = tmp_path / "data" / "archive" / "v1"
    version.mkdir(parents=True)
    first = cell_key_secret(version)
    stored = (tmp_path / "data" / SECRET_FILE).read_text().strip()
    assert len(stored) == 64 and first == _bits(stored)
    assert cell_key_secret(tmp_path / "data" / "extracts") == cell_key_secret() == first


def test_an_extract_in_another_data_folder_takes_that_folders_secret(tmp_path):
    other = tmp_path / "other"
    (other / "extracts").mkdir(parents=True)
    (other / SECRET_FILE).write_text("abc\n")
    assert cell_key_secret(other / "extracts") == _bits("abc")


def test_an_extract_outside_every_data_folder_has_no_secret(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with pytest.raises(SettingError) as error:
        cell_key_secret(elsewhere)
    assert error.value.name == "NVK_DATA_DIR" and not (elsewhere / SECRET_FILE).exists()
    assert not (tmp_path / "data" / SECRET_FILE).exists()


def test_the_command_refuses_to_publish_an_extract_outside_every_data_folder(tmp_path, capsys):
    extract = build(tmp_path / "elsewhere", base_tables(), extracted_on=date(2025, 12, 31))
    code = main(["indicators", "--data", str(extract), "--from", "2025-01", "--to", "2025-03"])
    assert code == 2 and "NVK_CELL_KEY_SECRET" in capsys.readouterr().err
    assert main(["indicators", "--data", str(extract), "--from", "2025-01", "--to", "2025-03",
                 "--no-suppress"]) == 0  # the true figures need no secret


def test_a_data_folder_of_its_own_makes_its_secret_beside_its_archive(tmp_path):
    # a data folder that is not the configured one (a benchmark's, another instance's): known by its
    # archive of ingested versions
    version = tmp_path / "own" / "archive" / "v1"
    version.mkdir(parents=True)
    assert cell_key_secret(version) == _bits((tmp_path / "own" / SECRET_FILE).read_text().strip())
