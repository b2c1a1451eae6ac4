from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlmodel import select

from salesdesk.core.models import Organization
from salesdesk.storage.backup import backup_database
from salesdesk.storage.check import Verdict, check_database
from salesdesk.storage.database import head_revision, open_database
from salesdesk.storage.errors import (
    CorruptError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    classify,
)


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _filled(tmp_path: Path, orgs: int = 300) -> Path:
    path = tmp_path / "data" / "salesdesk.sqlite"
    path.parent.mkdir()
    db = open_database(path)
    with db.transaction() as s:
        s.add_all(Organization(name=f"Org {i} " + "x" * 200) for i in range(orgs))
    db.close()
    return path


def test_check_passes_a_healthy_database_and_writes_nothing(tmp_path):
    path = _filled(tmp_path)
    before = _files(path.parent)
    report = check_database(path)
    assert report.verdict == Verdict.OK and report.revision == head_revision()
    assert report.counts["organization"] == 300
    assert _files(path.parent) == before


def test_check_reports_corruption(tmp_path):
    path = _filled(tmp_path, orgs=2000)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 8, min(len(data), page * 40), page):  # scribble over table pages
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    report = check_database(path)
    assert report.verdict == Verdict.DAMAGED
    assert report.lines


def test_check_refuses_missing_foreign_and_newer_files(tmp_path):
    assert check_database(tmp_path / "none.sqlite").verdict == Verdict.UNUSABLE
    text = tmp_path / "text.sqlite"
    text.write_text("hello")
    assert check_database(text).verdict == Verdict.UNUSABLE
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert check_database(other).verdict == Verdict.UNUSABLE
    newer = _filled(tmp_path)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.commit()
    conn.close()
    report = check_database(newer)
    assert report.verdict == Verdict.UNUSABLE and "newer" in report.lines[-1]


def test_backup_is_consistent_while_the_database_is_open(tmp_path):
    path = _filled(tmp_path, orgs=50)
    db = open_database(path)
    with db.transaction() as s:
        s.add(Organization(name="Written after open"))
    # The new row still sits in the -wal file; the backup API must include it.
    target = backup_database(path, tmp_path / "backups" / "b.sqlite")
    db.close()
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM organization").fetchone()[0] == 51
    conn.close()
    assert not list((tmp_path / "backups").glob("*.partial"))
    reopened = open_database(target)
    with reopened.transaction() as s:
        assert s.exec(select(Organization).where(Organization.name == "Written after open")).first()
    reopened.close()


def test_classify_sorts_environment_errors_from_bugs():
    cases = {
        "database or disk is full": DiskFullError,
        "attempt to write a readonly database": ReadOnlyError,
        "database is locked": LockedError,
        "database disk image is malformed": CorruptError,
    }
    for message, cls in cases.items():
        err = classify(sqlite3.OperationalError(message))
        assert isinstance(err, cls) and err.advice
    assert classify(sqlite3.OperationalError("no such column: nope")) is None
    assert classify(ValueError("bug")) is None
