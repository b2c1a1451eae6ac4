"""A full disk under the command line: a calm message, exit code 2, nothing
half-written. Once with SQLite's page limit standing in for the disk, and once
on a real, tiny filesystem (a 1 MB tmpfs in a private mount namespace) where
the machine allows it."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk.cli import main
from tests.helpers import fill_the_disk


def _counts(path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM deal").fetchone()[0],
        )
    finally:
        conn.close()


def test_demo_on_a_full_disk_says_so_and_adds_nothing(tmp_path, monkeypatch, capsys):
    data = ["--data-dir", str(tmp_path)]
    assert main([*data, "init"]) == 0
    fill_the_disk(monkeypatch, spare_pages=5)
    capsys.readouterr()
    assert main([*data, "demo", "--deals", "3000"]) == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and "Nothing was saved" in err and "Traceback" not in err
    assert _counts(tmp_path / "salesdesk.sqlite") == ("ok", 0)
    assert not list((tmp_path / "logs").glob("crash-*"))  # the rep's disk, not a bug


def _private_mounts_work() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        return False
    probe = subprocess.run(
        [unshare, "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && echo ok"],
        capture_output=True,
        text=True,
    )
    return probe.stdout.strip() == "ok"


@pytest.mark.skipif(not _private_mounts_work(), reason="no unprivileged mount namespace here")
def test_a_real_tiny_filesystem(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    data = mount / "data"
    cli = f"{sys.executable} -m salesdesk --data-dir {data}"
    script = (
        f"mount -t tmpfs -o size=1m tmpfs {mount} || exit 99\n"
        f"{cli} init >/dev/null; echo init=$?\n"
        f"{cli} demo --deals 20000 2>&1; echo demo=$?\n"
        f"{cli} check; echo check=$?\n"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    out = done.stdout
    assert "init=0" in out, out + done.stderr
    assert "demo=2" in out and "disk is full" in out and "Traceback" not in out, out
    assert "Integrity check passed." in out and "deal: 0" in out and "check=0" in out, out
