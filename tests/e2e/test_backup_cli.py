"""`salesdesk backup`, `backups` and `restore` through the command line's entry
point, on a real data folder."""

from __future__ import annotations

import builtins
import hashlib
import io
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from salesdesk import bootstrap
from salesdesk.cli import main
from salesdesk.paths import resolve
from salesdesk.storage.backup import parse_name


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(data: Path, *titles: str) -> None:
    from salesdesk.core.services import deals, pipelines

    db = bootstrap.open_app_database(resolve(data))
    pipeline = bootstrap.current_pipeline(db)
    assert pipeline is not None
    with db.transaction() as s:
        stage = pipelines.stages(s, pipeline.id or 0)[0]
        for title in titles:
            deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stage.id, title=title)
    db.close()


def _titles(data: Path) -> set[str]:
    db = bootstrap.open_app_database(resolve(data))
    with db.sql() as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM deal")}
    db.close()
    return titles


@pytest.fixture
def data(tmp_path, capsys) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init"]) == 0
    _add(folder, "Alpha", "Beta")
    capsys.readouterr()
    return folder


@pytest.fixture
def no_terminal(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def test_backup_list_restore_round_trip(data, capsys, no_terminal):
    assert main(["--data-dir", str(data), "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == data / "backups" and parse_name(made.name)[1] == "manual"
    _add(data, "Gamma")
    assert main(["--data-dir", str(data), "backups"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "2 deals" in listing and str(made) in listing
    assert main(["--data-dir", str(data), "restore", str(made), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Deals:    2 open, 0 won, 0 lost" in out and "Restored" in out
    safety = Path(out.strip().splitlines()[-1].split(" kept in ")[1])
    assert parse_name(safety.name)[1] == "before-restore"
    assert _titles(data) == {"Alpha", "Beta"}
    # the database as it was, with Gamma, is a backup that can itself be restored
    assert main(["--data-dir", str(data), "restore", str(safety), "--yes"]) == 0
    assert _titles(data) == {"Alpha", "Beta", "Gamma"}


def test_backup_to_a_folder_and_failures(data, tmp_path, capsys):
    stick = tmp_path / "stick"
    assert main(["--data-dir", str(data), "backup", "--to", str(stick)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == stick and made.is_file()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["--data-dir", str(data), "backup", "--to", str(blocker)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "backup"]) == 2
    assert "no database" in capsys.readouterr().err


def test_restore_without_a_terminal_asks_for_yes(data, capsys, no_terminal):
    assert main(["--data-dir", str(data), "backup"]) == 0
    made = capsys.readouterr().out.strip()
    before = _sha(resolve(data).database)
    assert main(["--data-dir", str(data), "restore", made]) == 2
    assert "--yes" in capsys.readouterr().err
    assert _sha(resolve(data).database) == before


def test_restore_asks_on_a_terminal(data, capsys, monkeypatch):
    assert main(["--data-dir", str(data), "backup"]) == 0
    made = capsys.readouterr().out.strip()
    _add(data, "Gamma")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["", "y"])
    monkeypatch.setattr(builtins, "input", lambda prompt="": next(answers))
    assert main(["--data-dir", str(data), "restore", made]) == 1  # Enter means no
    assert "Nothing was changed" in capsys.readouterr().out
    assert _titles(data) == {"Alpha", "Beta", "Gamma"}
    assert main(["--data-dir", str(data), "restore", made]) == 0
    assert _titles(data) == {"Alpha", "Beta"}


def test_restore_refuses_while_the_app_runs(data, capsys):
    assert main(["--data-dir", str(data), "backup"]) == 0
    made = capsys.readouterr().out.strip()
    lock = QLockFile(str(resolve(data).lock_file))
    assert lock.tryLock(100)
    try:
        before = _sha(resolve(data).database)
        assert main(["--data-dir", str(data), "restore", made, "--yes"]) == 2
        assert "running" in capsys.readouterr().err
        assert _sha(resolve(data).database) == before
    finally:
        lock.unlock()


def test_restore_refuses_a_file_that_is_not_a_backup(data, tmp_path, capsys):
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all\n" * 30)
    before = _sha(resolve(data).database)
    assert main(["--data-dir", str(data), "restore", str(text), "--yes"]) == 2
    captured = capsys.readouterr()
    assert "not a SalesDesk database" in captured.err and "not changed" in captured.err
    assert _sha(resolve(data).database) == before
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())


def test_backups_lists_the_second_folder_too(data, tmp_path, capsys):
    from salesdesk.storage import backups

    usb = tmp_path / "usb"
    usb.mkdir()
    db = bootstrap.open_app_database(resolve(data))
    with db.sql(write=True) as conn:
        backups.set_second_folder(conn, usb)
    db.close()
    assert main(["--data-dir", str(data), "backup"]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 2 and Path(printed[1]).parent == usb
    assert main(["--data-dir", str(data), "backups"]) == 0
    assert str(usb) in capsys.readouterr().out
    usb.rename(tmp_path / "unplugged")
    assert main(["--data-dir", str(data), "backup"]) == 0
    assert "plugged in" in capsys.readouterr().err
