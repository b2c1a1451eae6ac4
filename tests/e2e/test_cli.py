"""The command line as a rep or a script uses it: a real process, a real folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk import __version__
from tests.helpers import read_only_folder


def salesdesk(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    cmd = [sys.executable, "-m", "salesdesk"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=120)


def test_version_and_help():
    assert salesdesk("--version").stdout.strip() == f"SalesDesk {__version__}"
    out = salesdesk("--help").stdout
    for command in ("demo", "check", "playbooks", "--data-dir"):
        assert command in out


def test_playbooks_lists_every_shipped_playbook():
    out = salesdesk("playbooks").stdout
    for pid in (
        "b2b-7-step",
        "six-stage-cycle",
        "proposal-negotiation",
        "four-bases",
        "bant",
        "champ",
        "meddic",
    ):
        assert pid in out
    # each line lists the languages it ships in: all five
    assert all(line.endswith("[ar, en, fa, fi, zh_CN]") for line in out.splitlines())


def test_demo_then_check(tmp_path):
    result = salesdesk("demo", "--deals", "300", "--seed", "7", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "300" in result.stdout
    check = salesdesk("check", data_dir=tmp_path)
    assert check.returncode == 0, check.stdout
    assert "deal: 300" in check.stdout and "Integrity check passed." in check.stdout


def test_env_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SALESDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert salesdesk("init").returncode == 0
    assert (tmp_path / "from-env" / "salesdesk.sqlite").is_file()


@pytest.mark.parametrize("deals", ["0", "-5", "2000000"])
def test_demo_refuses_bad_counts(tmp_path, deals):
    result = salesdesk("demo", "--deals", deals, data_dir=tmp_path)
    assert result.returncode == 2 and "--deals" in result.stderr
    assert not (tmp_path / "salesdesk.sqlite").exists()


def test_check_on_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "salesdesk.sqlite"
    path.write_bytes(b"PK\x03\x04 a zip file, not a database" * 20)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    result = salesdesk("check", data_dir=tmp_path)
    assert result.returncode == 2 and "not a SQLite database" in result.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    demo = salesdesk("demo", "--deals", "5", data_dir=tmp_path)
    assert demo.returncode == 2 and "not a SalesDesk database" in demo.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_check_without_database(tmp_path):
    result = salesdesk("check", data_dir=tmp_path / "empty")
    assert result.returncode == 2 and "No database" in result.stdout


def test_read_only_data_folder_gets_clear_message(tmp_path):
    with read_only_folder(tmp_path / "ro") as folder:
        result = salesdesk("init", data_dir=folder)
        assert result.returncode == 2
        assert "read-only" in result.stderr or "writable" in result.stderr
        assert list(folder.iterdir()) == []
