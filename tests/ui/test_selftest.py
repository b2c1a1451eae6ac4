"""`salesdesk --self-test` in this process and as a command: it passes on a
good install, fails loudly on a broken one, and never touches a rep's data."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk import logs
from salesdesk.paths import resources_dir
from salesdesk.ui import i18n, selftest


@pytest.fixture
def english_after(qapp):
    yield
    i18n.install(qapp, "en")  # the self-test installs its language's translators


def test_self_test_passes_and_leaves_the_deal_moved(qapp, tmp_path, english_after):
    out = io.StringIO()
    assert selftest.run(str(tmp_path / "data"), "en", out) == 0, out.getvalue()
    text = out.getvalue()
    for step in (
        "version",
        "playbooks",
        "translations",
        "icon",
        "language",
        "window",
        "new deal",
        "drag to next stage",
        "undo and redo",
        "quit",
        "saved",
    ):
        assert f"ok   {step}:" in text, text
    assert text.rstrip().endswith("11 passed, 0 failed")
    assert "English (" in text and "left to right" in text
    assert logs._handler is None  # the log file in the folder under test is closed
    with sqlite3.connect(tmp_path / "data" / "salesdesk.sqlite") as conn:
        ((title, stage),) = conn.execute("SELECT title, stage_id FROM deal").fetchall()
        first, second = (
            r[0] for r in conn.execute("SELECT id FROM stage ORDER BY position LIMIT 2")
        )
    assert title == selftest.DEAL_TITLE and stage == second != first


def test_self_test_in_persian_runs_right_to_left(qapp, tmp_path, english_after):
    out = io.StringIO()
    assert selftest.run(str(tmp_path / "data"), "fa", out) == 0, out.getvalue()
    assert "right to left" in out.getvalue()


def test_self_test_reports_a_broken_install(qapp, tmp_path, monkeypatch, english_after):
    """A bundle that lost its translations: the failing check is named, the rest run."""
    broken = tmp_path / "resources"
    shutil.copytree(resources_dir() / "playbooks", broken / "playbooks")
    shutil.copytree(resources_dir() / "icons", broken / "icons")
    (broken / "translations").mkdir()
    monkeypatch.setenv("SALESDESK_RESOURCES", str(broken))
    out = io.StringIO()
    assert selftest.run(str(tmp_path / "data"), "en", out) == 1
    text = out.getvalue()
    assert "FAIL translations: salesdesk_en.qm is missing" in text
    assert "FAIL language" in text and "ok   saved:" in text  # the workflow still ran
    assert text.rstrip().endswith("2 failed")


def test_self_test_never_touches_an_existing_database(qapp, tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "salesdesk.sqlite").write_bytes(b"the rep's deals")
    assert selftest.run(str(data), "en", io.StringIO()) == 2
    assert "already holds a database" in capsys.readouterr().err
    assert (data / "salesdesk.sqlite").read_bytes() == b"the rep's deals"


def test_self_test_refuses_a_folder_with_only_backups(qapp, tmp_path, capsys):
    """No database, but the rep's backups: nothing may be written beside them."""
    backups = tmp_path / "data" / "backups"
    backups.mkdir(parents=True)
    (backups / "salesdesk-2026-11-01.sqlite").write_bytes(b"a backup")
    assert selftest.run(str(tmp_path / "data"), "en", io.StringIO()) == 2
    assert "already holds files" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["backups"]


def test_a_failure_after_the_window_opened_still_closes_it(qapp, tmp_path, monkeypatch):
    """The folder is released and the database closed even when a step fails."""

    def broken_move(self):
        raise selftest.Failed("the drop went nowhere")

    monkeypatch.setattr(selftest._Workflow, "move", broken_move)
    out = io.StringIO()
    assert selftest.run(str(tmp_path / "data"), "en", out) == 1
    text = out.getvalue()
    assert "FAIL drag to next stage: the drop went nowhere" in text
    assert "ok   quit:" in text and "undo and redo" not in text
    assert not (tmp_path / "data" / "salesdesk.lock").exists()  # released


def test_self_test_from_the_command_line_uses_a_temporary_folder(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SALESDESK_DATA_DIR", None)  # the self-test must not need one
    done = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    folder = Path(done.stdout.splitlines()[0].removeprefix("SalesDesk self-test in "))
    assert "salesdesk-self-test-" in str(folder) and not folder.exists()  # cleaned up
    assert not (tmp_path / "home" / ".local" / "share" / "SalesDesk").exists()
