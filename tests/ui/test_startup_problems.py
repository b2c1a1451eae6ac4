"""A database SalesDesk cannot use at start: the rep is told what happened and
chooses what to do; the file at fault is never overwritten or deleted, and the
app never starts with an empty database in its place."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from salesdesk import bootstrap
from salesdesk.core import demo
from salesdesk.core import playbook as pb
from salesdesk.core.errors import SalesDeskError
from salesdesk.paths import AppPaths, resolve
from salesdesk.storage import backups
from salesdesk.storage.errors import StorageError
from salesdesk.ui import app as app_module
from salesdesk.ui.startup_problem import Answer, Decision, answers_for
from salesdesk.ui.startup_problem import ask as real_ask  # the conftest replaces `ask`
from tests.helpers import read_only_folder


def _default(catalogue, language):
    return bootstrap.load_shipped(pb.DEFAULT_PLAYBOOK, language)


def _never(catalogue, language):
    raise AssertionError("the first-run playbook question must not be asked")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Script:
    """Plays the rep at the problem dialog: one answer per problem, in order."""

    def __init__(self, *decisions: Decision) -> None:
        self.decisions = list(decisions)
        self.seen: list[SalesDeskError] = []

    def __call__(self, exc: SalesDeskError, paths: AppPaths) -> Decision:
        self.seen.append(exc)
        assert self.decisions, f"an unexpected problem: {exc}"
        return self.decisions.pop(0)

    @property
    def kinds(self) -> list[str]:
        return [getattr(e, "kind", "?") for e in self.seen]


def _data_with_deals(folder: Path, deals: int = 40) -> AppPaths:
    """A data folder with a database of `deals` demo deals, closed as the app
    leaves it (WAL mode, every change checkpointed into the one file, no -wal
    beside it), and one verified backup of it."""
    paths = resolve(folder)
    db = bootstrap.open_app_database(paths)
    pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped(pb.DEFAULT_PLAYBOOK, "en"))
    conn = db.raw()
    demo.generate(conn, pipeline.id or 0, deals)
    conn.close()
    db.close()
    assert not paths.database.with_name("salesdesk.sqlite-wal").exists()
    backups.make_backup(paths.database, paths.backups, "manual")
    return paths


def _deal_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM deal").fetchone()[0]
    finally:
        conn.close()


def _damage_deal_table(path: Path) -> None:
    """Overwrites the deal table's root page with noise: the file opens, but the
    board's first read finds the damage."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'deal'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(bytes(range(256)) * (size // 256))


def _launch(folder: Path, script: Script, choose=_never):
    return app_module.launch(str(folder), "en", choose, script)


def test_each_kind_of_problem_offers_what_helps():
    def answers(kind: str) -> list[Answer]:
        exc = type("E", (StorageError,), {"kind": kind})("x")
        return answers_for(exc)

    assert answers("corrupt")[0] == Answer.RESTORE
    assert answers("not-a-database")[:2] == [Answer.RESTORE, Answer.ANOTHER_FOLDER]
    assert answers("missing") == [Answer.RESTORE, Answer.START_NEW, Answer.QUIT]
    assert answers("disk-full")[0] == Answer.RETRY
    assert answers("read-only")[:2] == [Answer.RETRY, Answer.ANOTHER_FOLDER]
    assert Answer.RESTORE not in answers("newer-version")  # its data is newer than any backup
    for kind in ("corrupt", "missing", "disk-full", "newer-version", "read-only"):
        assert answers(kind)[-1] == Answer.QUIT


def test_text_file_is_shown_and_kept_byte_for_byte(tmp_path):
    path = tmp_path / "salesdesk.sqlite"
    path.write_text("my shopping list\n" * 100)
    before = _digest(path)
    script = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, script) == 2
    assert script.kinds == ["not-a-database"]
    assert _digest(path) == before
    assert not (tmp_path / "salesdesk.sqlite-wal").exists()


def test_truncated_database_is_refused_untouched(tmp_path):
    paths = _data_with_deals(tmp_path)
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 3])
    before = _digest(paths.database)
    script = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, script) == 2
    assert script.kinds == ["corrupt"]
    assert "damaged" in script.seen[0].message
    assert _digest(paths.database) == before


def test_damage_found_by_the_first_read_offers_the_same_choices(tmp_path):
    paths = _data_with_deals(tmp_path)
    _damage_deal_table(paths.database)
    before = _digest(paths.database)
    script = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, script) == 2  # not a crash while building the window
    assert script.kinds == ["corrupt"]
    assert _digest(paths.database) == before


def test_restoring_a_backup_over_a_damaged_file_keeps_the_damaged_one(qtbot, tmp_path):
    paths = _data_with_deals(tmp_path, deals=40)
    (backup,) = backups.list_backups([paths.backups])
    _damage_deal_table(paths.database)
    damaged = paths.database.read_bytes()
    script = Script(Decision(Answer.RESTORE, backup.path))
    running = _launch(tmp_path, script)
    assert not isinstance(running, int)
    qtbot.addWidget(running.window)
    assert script.kinds == ["corrupt"]
    from PySide6.QtWidgets import QLabel

    note = running.window.findChild(QLabel, "startupNote")
    assert note is not None and "kept in" in note.text() and backup.path.name in note.text()
    shown = sum(len(c.model.visible) for c in running.window.board.columns)
    running.close()
    assert shown > 0 and _deal_count(paths.database) == 40
    kept = [p for p in paths.backups.iterdir() if "before-restore" in p.name]
    assert any(p.read_bytes() == damaged for p in kept), kept


def test_restoring_a_backup_over_a_text_file_keeps_the_text(qtbot, tmp_path):
    paths = _data_with_deals(tmp_path, deals=10)
    (backup,) = backups.list_backups([paths.backups])
    paths.database.write_text("not a database\n")
    script = Script(Decision(Answer.RESTORE, backup.path))
    running = _launch(tmp_path, script)
    assert not isinstance(running, int), script.kinds
    qtbot.addWidget(running.window)
    running.close()
    assert _deal_count(paths.database) == 10
    kept = [p for p in paths.backups.iterdir() if "before-restore" in p.name]
    assert any(p.read_bytes() == b"not a database\n" for p in kept), kept


def test_newer_version_can_move_to_another_folder(qtbot, tmp_path):
    paths = _data_with_deals(tmp_path / "mine", deals=5)
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _digest(paths.database)
    other = tmp_path / "other"
    script = Script(Decision(Answer.ANOTHER_FOLDER, other))
    running = app_module.launch(str(paths.data_dir), "en", _default, script)
    assert not isinstance(running, int)
    qtbot.addWidget(running.window)
    assert script.kinds == ["newer-version"]
    assert running.paths.data_dir == other.resolve()
    running.close()
    assert (other / "salesdesk.sqlite").is_file()
    assert _digest(paths.database) == before


def test_missing_database_beside_backups_is_not_replaced_silently(qtbot, tmp_path):
    paths = _data_with_deals(tmp_path, deals=12)
    paths.database.unlink()
    (backup,) = backups.list_backups([paths.backups])
    # Quit: nothing is created.
    script = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, script) == 2
    assert script.kinds == ["missing"] and "backups" in script.seen[0].message
    assert not paths.database.exists()
    # Restore: the deals are back.
    script = Script(Decision(Answer.RESTORE, backup.path))
    running = _launch(tmp_path, script)
    assert not isinstance(running, int)
    qtbot.addWidget(running.window)
    running.close()
    assert _deal_count(paths.database) == 12


def test_missing_database_can_start_new_when_the_rep_says_so(qtbot, tmp_path):
    paths = _data_with_deals(tmp_path, deals=3)
    paths.database.unlink()
    script = Script(Decision(Answer.START_NEW))
    running = _launch(tmp_path, script, choose=_default)
    assert not isinstance(running, int)
    qtbot.addWidget(running.window)
    running.close()
    assert script.kinds == ["missing"] and _deal_count(paths.database) == 0
    assert len(backups.list_backups([paths.backups])) >= 1  # the old backups stay


def test_read_only_folder_then_try_again(qtbot, tmp_path):
    """The rep makes the folder writable while the dialog waits, then Try again."""
    paths = _data_with_deals(tmp_path / "data", deals=4)
    before = _digest(paths.database)
    protected = read_only_folder(paths.data_dir)
    protected.__enter__()
    seen: list[str] = []

    def fix_then_retry(exc, p):
        seen.append(getattr(exc, "kind", "?"))
        assert _digest(paths.database) == before  # refused untouched
        protected.__exit__(None, None, None)
        return Decision(Answer.RETRY)

    try:
        running = app_module.launch(str(paths.data_dir), "en", _never, fix_then_retry)
    finally:
        if seen == []:
            protected.__exit__(None, None, None)
    assert seen == ["read-only"]
    assert not isinstance(running, int)
    qtbot.addWidget(running.window)
    running.close()
    assert _deal_count(paths.database) == 4


def test_read_only_folder_can_quit_untouched(tmp_path):
    paths = _data_with_deals(tmp_path / "data", deals=4)
    before = _digest(paths.database)
    script = Script(Decision(Answer.QUIT))
    with read_only_folder(paths.data_dir):
        assert _launch(paths.data_dir, script) == 2
        assert _digest(paths.database) == before
    assert script.kinds == ["read-only"]


def test_read_only_database_file_is_refused_untouched(tmp_path):
    paths = _data_with_deals(tmp_path, deals=4)
    before = _digest(paths.database)
    script = Script(Decision(Answer.QUIT))
    if os.geteuid() == 0:
        import subprocess

        subprocess.run(["chattr", "+i", str(paths.database)], check=True)
    else:
        paths.database.chmod(0o400)
    try:
        assert _launch(tmp_path, script) == 2
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(paths.database)], check=True)
        paths.database.chmod(0o600)
    assert script.kinds == ["read-only"]
    assert _digest(paths.database) == before


def test_full_disk_at_start_is_explained_and_nothing_is_left_half_made(tmp_path, monkeypatch):
    """SQLite's max_page_count stands in for a full disk: the new database's
    schema does not fit, so its creation fails as a whole."""
    from salesdesk.storage import database

    real = database._on_connect

    def tiny(conn, record):
        real(conn, record)
        conn.execute("PRAGMA max_page_count = 4")

    monkeypatch.setattr(database, "_on_connect", tiny)
    script = Script(Decision(Answer.RETRY), Decision(Answer.QUIT))
    assert _launch(tmp_path, script, choose=_default) == 2
    assert script.kinds == ["disk-full", "disk-full"]
    assert "full" in script.seen[0].message
    monkeypatch.setattr(database, "_on_connect", real)
    conn = sqlite3.connect(tmp_path / "salesdesk.sqlite")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("kind", ["corrupt", "missing"])
def test_the_dialog_lists_the_answers_and_quits_on_escape(qtbot, tmp_path, kind):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers import drive_modal

    exc = type("E", (StorageError,), {"kind": kind})("The database file is damaged.")
    seen: dict = {}

    def look(box: QMessageBox) -> None:
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["format"] = box.textFormat()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    drive_modal(QMessageBox, look, seen)
    decision = real_ask(exc, resolve(tmp_path))
    assert "error" not in seen, seen.get("error")
    assert decision == Decision(Answer.QUIT)
    assert seen["format"] == Qt.TextFormat.PlainText
    assert "&Restore a backup…" in seen["buttons"] and "&Quit" in seen["buttons"]


def test_an_empty_file_beside_backups_counts_as_missing(tmp_path):
    paths = _data_with_deals(tmp_path, deals=5)
    paths.database.write_bytes(b"")
    script = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, script) == 2
    assert script.kinds == ["missing"] and paths.database.read_bytes() == b""


def test_a_database_without_a_pipeline_beside_backups_counts_as_missing(qtbot, tmp_path):
    """Start new, then cancel the playbook question: the next start still offers
    the backups instead of going straight to an empty pipeline."""
    paths = _data_with_deals(tmp_path, deals=5)
    paths.database.unlink()
    cancel = Script(Decision(Answer.START_NEW))
    assert _launch(tmp_path, cancel, choose=lambda c, lang: None) == 0
    again = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, again) == 2
    assert again.kinds == ["missing"]


def test_a_damaged_older_database_is_refused_before_its_migration(tmp_path):
    """quick_check runs before the migration would write to it or back it up."""
    paths = _data_with_deals(tmp_path, deals=30)
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '0004'")
    conn.commit()
    conn.close()
    _damage_deal_table(paths.database)
    before = _digest(paths.database)
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    script = Script(Decision(Answer.QUIT))
    assert _launch(tmp_path, script) == 2
    assert script.kinds == ["corrupt"]
    assert _digest(paths.database) == before
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before


def test_another_folder_is_named_in_the_status_bar(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    path = tmp_path / "salesdesk.sqlite"
    path.write_text("not a database")
    other = tmp_path / "elsewhere"
    script = Script(Decision(Answer.ANOTHER_FOLDER, other))
    running = app_module.launch(str(tmp_path), "en", _default, script)
    assert not isinstance(running, int)
    qtbot.addWidget(running.window)
    note = running.window.findChild(QLabel, "startupNote")
    assert note is not None and str(other.resolve()) in note.text()
    running.close()
