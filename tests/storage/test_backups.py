"""Backups on real files: made and verified, rotated, copied to a second folder,
previewed and restored; damaged, foreign and newer files refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from salesdesk.core.models import Deal, Organization
from salesdesk.core.services import deals
from salesdesk.storage import backups
from salesdesk.storage.backup import RotationPolicy, backup_name, parse_name, rotation
from salesdesk.storage.database import APPLICATION_ID, Database, head_revision, open_database
from tests.helpers import read_only_folder

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_deals(db: Database, pipeline_id: int, stage_id: int, *titles: str) -> None:
    with db.transaction() as s:
        for title in titles:
            deals.create_deal(
                s, pipeline_id=pipeline_id, stage_id=stage_id, title=title, value_minor=500_00
            )


def _titles(path: Path) -> set[str]:
    db = open_database(path)
    try:
        with db.transaction() as s:
            return {d.title for d in s.exec(select(Deal)).all()}
    finally:
        db.close()


def _damaged_copy(source: Path, target: Path) -> Path:
    """A copy with its table pages scribbled over (after test_check_backup)."""
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):
        data[offset + 8 : offset + 200] = b"\xff" * 192
    target.write_bytes(bytes(data))
    return target


@pytest.fixture
def filled(db, pipeline, stages) -> Database:
    """The test database with deals A and B and enough rows to span many pages."""
    _add_deals(db, pipeline.id, stages[0].id, "A", "B")
    with db.transaction() as s:
        s.add_all(Organization(name=f"Org {i} " + "x" * 200) for i in range(400))
    return db


# --- making and verifying ---------------------------------------------------------------


def test_backup_is_verified_private_and_complete(filled, tmp_path):
    folder = tmp_path / "made"
    path = backups.make_backup(filled.path, folder, "manual")
    assert parse_name(path.name) is not None and parse_name(path.name)[1] == "manual"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    backups.verify(path)  # raises if not
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    conn.close()
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert _titles(path) == {"A", "B"}


def test_backups_in_the_same_second_never_replace_each_other(filled, tmp_path):
    when = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    first = backups.make_backup(filled.path, tmp_path / "b", "manual", now=when)
    second = backups.make_backup(filled.path, tmp_path / "b", "manual", now=when)
    assert first != second and first.is_file() and second.is_file()
    assert parse_name(second.name)[0] == when + timedelta(seconds=1)


def test_preview_shows_counts_pipelines_and_dates(filled, pipeline, tmp_path):
    when = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    path = backups.make_backup(filled.path, tmp_path / "b", "start", now=when)
    shown = backups.preview(path)
    assert shown.usable and shown.problem is None
    assert shown.made_at == when and shown.reason == "start"
    assert shown.revision == head_revision() and shown.size == path.stat().st_size
    assert shown.counts == {
        "open": 2,
        "won": 0,
        "lost": 0,
        "organizations": 400,
        "contacts": 0,
        "activities": 0,
    }
    assert shown.pipelines == (pipeline.name,)
    assert shown.latest is not None and shown.latest <= datetime.now(UTC)
    assert backups.count_deals(path) == 2


def test_preview_reads_an_older_schema_and_a_file_not_named_like_ours(tmp_path):
    copy = shutil.copyfile(FIXTURES / "schema-0001.sqlite", tmp_path / "old.sqlite")
    before = _sha(copy)
    shown = backups.preview(copy)
    assert shown.usable, shown.problem
    assert shown.revision == "0001" and shown.reason == ""
    assert abs(shown.made_at.timestamp() - copy.stat().st_mtime) < 1  # from the file's time
    assert set(shown.counts) >= {"open", "won", "lost", "organizations"}
    assert _sha(copy) == before and list(tmp_path.iterdir()) == [copy]


def test_damaged_backup_is_refused_everywhere(filled, tmp_path):
    good = backups.make_backup(filled.path, tmp_path / "b", "manual")
    bad = _damaged_copy(good, tmp_path / "b" / backup_name("daily"))
    with pytest.raises(backups.BackupCheckFailed) as raised:
        backups.verify(bad)
    assert "integrity" in raised.value.message
    shown = backups.preview(bad)
    assert not shown.usable and shown.counts == {}
    assert "damaged" in shown.problem.message
    live = filled.path
    filled.close()
    before = _sha(live)
    with pytest.raises(backups.RestoreRefused, match="damaged"):
        backups.restore(live, bad, tmp_path / "b")
    assert _sha(live) == before
    assert not [p for p in (tmp_path / "b").iterdir() if "before-restore" in p.name]


def test_backup_of_a_damaged_database_is_removed_and_reported(filled, tmp_path):
    copy = backups.make_backup(filled.path, tmp_path / "first", "manual")
    damaged = _damaged_copy(copy, tmp_path / "damaged.sqlite")
    folder = tmp_path / "second"
    with pytest.raises(backups.BackupCheckFailed) as raised:
        backups.make_backup(damaged, folder, "manual")
    assert raised.value.advice and raised.value.params["folder"] == str(folder)
    assert list(folder.iterdir()) == []  # no bad backup left to be trusted


def test_unwritable_primary_folder_is_a_clear_error(filled, tmp_path):
    blocker = tmp_path / "backups-file"
    blocker.write_text("not a folder")
    with pytest.raises(backups.BackupError, match="is a file, not a folder"):
        backups.make_backup(filled.path, blocker, "manual")
    with read_only_folder(tmp_path / "ro") as ro:
        with pytest.raises(backups.BackupError) as raised:
            backups.make_backup(filled.path, ro, "manual")
        assert "cannot be written" in raised.value.message and raised.value.advice
        assert list(ro.iterdir()) == []


# --- rotation ---------------------------------------------------------------------------


def test_rotation_over_sixty_days_keeps_seven_days_and_four_weeks():
    entries: list[tuple[str, datetime]] = []
    first = datetime(2024, 1, 1, tzinfo=UTC)  # a Monday; 2024-02-29 is a Thursday
    for day in range(60):
        for hour, reason in ((2, "start"), (14, "exit")):
            when = first + timedelta(days=day, hours=hour)
            entries.append((backup_name(reason, when), when))
    safety = []
    for n in range(8):
        when = first + timedelta(days=n * 7, hours=9)
        safety.append((backup_name(f"before-migration-000{n % 5 + 1}", when), when))
    late = first + timedelta(days=59, hours=20)
    safety.append((backup_name("before-restore", late), late))
    kept_forever = [
        (backup_name("before-restore-damaged", first), first),
        (backup_name("imported", first), first),
        ("holiday-photo.sqlite", first),
    ]
    doomed = rotation(entries + safety + kept_forever, RotationPolicy(), tz=UTC)

    def name(month: int, day: int) -> str:
        return backup_name("exit", datetime(2024, month, day, 14, tzinfo=UTC))

    # Days: the newest of Feb 23..29. Weeks: ISO weeks 9 and 8 are covered by those,
    # week 7 by Sunday Feb 18, week 6 by Sunday Feb 11.
    kept_auto = {name(2, d) for d in range(23, 30)} | {name(2, 18), name(2, 11)}
    # The three newest whatever their day: Feb 29's start backup survives its exit one.
    kept_auto.add(backup_name("start", datetime(2024, 2, 29, 2, tzinfo=UTC)))
    assert {n for n, _ in entries} - doomed == kept_auto
    newest_safety = {n for n, _ in sorted(safety, key=lambda e: e[1])[-5:]}
    assert {n for n, _ in safety} - doomed == newest_safety
    assert backup_name("before-restore", late) in newest_safety
    assert not doomed & {n for n, _ in kept_forever}
    assert len(doomed) == 120 - 10 + 8 + 1 - 5


def test_rotation_counts_days_on_the_reps_calendar():
    a = datetime(2024, 3, 1, 10, tzinfo=UTC)
    b = datetime(2024, 3, 1, 21, tzinfo=UTC)  # 00:30 on March 2nd in Tehran
    entries = [(backup_name("start", a), a), (backup_name("exit", b), b)]
    policy = RotationPolicy(daily=2, weekly=0, safety=5, recent=0)
    assert rotation(entries, policy, tz=UTC) == {backup_name("start", a)}
    assert rotation(entries, policy, tz=ZoneInfo("Asia/Tehran")) == set()


def test_rotation_on_files_leaves_foreign_files_alone(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2024, 6, 10, 12, tzinfo=UTC)
    ours = []
    for days in range(10):
        path = folder / backup_name("daily", now - timedelta(days=days))
        path.write_bytes(b"x")
        ours.append(path)
    foreign = [folder / "notes.txt", folder / "salesdesk-old.sqlite", folder / "a.sqlite.partial"]
    for path in foreign:
        path.write_text("mine")
    deleted = backups.rotate(folder, RotationPolicy(daily=3, weekly=0, safety=5), tz=UTC)
    assert sorted(deleted) == sorted(ours[3:])
    assert sorted(folder.iterdir()) == sorted(ours[:3] + foreign)


def test_make_backups_rotates_with_the_databases_counts(filled, pipeline, tmp_path):
    with filled.sql(write=True) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('backup/keep_daily', '2')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('backup/keep_weekly', '0')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('backup/keep_recent', '0')")
    settings = backups.load_settings(filled.path)
    assert settings.policy == RotationPolicy(daily=2, weekly=0, safety=5, recent=0)
    folder = tmp_path / "rot"
    start = datetime(2024, 6, 1, 8, tzinfo=UTC)
    for day in range(4):
        backups.make_backups(
            filled.path, folder, "start", settings=settings, now=start + timedelta(days=day), tz=UTC
        )
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        backup_name("start", start + timedelta(days=2)),
        backup_name("start", start + timedelta(days=3)),
    ]
    assert backups.newest_automatic(folder) == start + timedelta(days=3)


# --- the second folder ------------------------------------------------------------------


def test_second_folder_gets_a_verified_copy(filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with filled.sql(write=True) as conn:
        backups.set_second_folder(conn, usb)
    settings = backups.load_settings(filled.path)
    assert settings.second_folder == usb
    result = backups.make_backups(filled.path, tmp_path / "backups", "manual", settings=settings)
    assert result.failures == []
    assert [p.name for p in result.copies] == [result.path.name]
    assert _sha(result.copies[0]) == _sha(result.path)
    backups.verify(result.copies[0])
    listed = backups.list_backups([tmp_path / "backups", usb, None, tmp_path / "nowhere"])
    assert {i.path for i in listed} == {result.path, result.copies[0]}
    with filled.sql(write=True) as conn:
        backups.set_second_folder(conn, None)
    assert backups.load_settings(filled.path).second_folder is None


def test_unplugged_or_read_only_second_folder_does_not_fail_the_primary(filled, tmp_path):
    unplugged = backups.BackupSettings(second_folder=tmp_path / "media" / "stick")
    result = backups.make_backups(filled.path, tmp_path / "backups", "daily", settings=unplugged)
    assert result.path.is_file() and result.copies == []
    assert len(result.failures) == 1
    assert str(tmp_path / "media" / "stick") in result.failures[0].message
    assert "plugged in" in result.failures[0].message
    assert not (tmp_path / "media").exists()  # never created on the mount point
    with read_only_folder(tmp_path / "ro") as ro:
        result = backups.make_backups(
            filled.path,
            tmp_path / "backups",
            "manual",
            settings=backups.BackupSettings(second_folder=ro),
        )
        assert result.path.is_file() and result.copies == []
        assert str(ro) in result.failures[0].message
        assert list(ro.iterdir()) == []


# --- restoring ---------------------------------------------------------------------------


def test_restore_round_trip(filled, pipeline, stages, tmp_path):
    folder = tmp_path / "backups"
    earlier = backups.make_backup(filled.path, folder, "manual")
    _add_deals(filled, pipeline.id, stages[1].id, "C")
    with filled.transaction() as s:
        a = s.exec(select(Deal).where(Deal.title == "A")).one()
        deals.delete_deal(s, a.id)
    live = filled.path
    filled.close()
    assert _titles(live) == {"B", "C"}
    safety = backups.restore(live, earlier, folder)
    assert safety is not None and safety.parent == folder
    assert parse_name(safety.name)[1] == "before-restore"
    backups.verify(safety)
    assert _titles(live) == {"A", "B"}
    assert _titles(safety) == {"B", "C"}  # what was there before is kept
    reopened = open_database(live, folder)
    with reopened.sql() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()


def test_restore_migrates_an_older_backup_when_opened(tmp_path):
    live = tmp_path / "data" / "salesdesk.sqlite"
    folder = tmp_path / "data" / "backups"
    old = shutil.copyfile(FIXTURES / "schema-0001.sqlite", tmp_path / "old.sqlite")
    assert backups.restore(live, old, folder) is None  # there was no database to keep
    db = open_database(live, folder)
    with db.sql() as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    db.close()
    assert revision == head_revision()


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "missing", "itself"])
def test_restore_refuses_what_it_cannot_use(filled, tmp_path, kind):
    folder = tmp_path / "backups"
    candidate = tmp_path / "candidate.sqlite"
    if kind == "text":
        candidate.write_text("my shopping list\n" * 50)
    elif kind == "foreign":
        sqlite3.connect(candidate).execute("CREATE TABLE t (x)").connection.close()
    elif kind == "newer":
        made = backups.make_backup(filled.path, tmp_path / "made", "manual")
        conn = sqlite3.connect(made)
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
        conn.commit()
        conn.close()
        candidate = made
    elif kind == "itself":
        candidate = filled.path
    live = filled.path
    filled.close()
    before = _sha(live)
    with pytest.raises(backups.RestoreRefused) as raised:
        backups.restore(live, candidate, folder)
    expected = {
        "text": "not a SalesDesk database",
        "foreign": "not a SalesDesk database",
        "newer": "newer version",
        "missing": "There is no file",
        "itself": "in use",
    }[kind]
    assert expected in raised.value.message and raised.value.advice
    assert _sha(live) == before
    assert not folder.exists() or list(folder.iterdir()) == []
    if kind == "newer":
        assert backups.preview(candidate).problem is not None


def test_restore_over_a_damaged_database_keeps_its_bytes(filled, tmp_path):
    folder = tmp_path / "backups"
    good = backups.make_backup(filled.path, folder, "manual")
    live = filled.path
    filled.close()
    live.write_bytes(b"garbage after a crash " * 500)
    garbage = _sha(live)
    safety = backups.restore(live, good, folder)
    assert safety is not None and parse_name(safety.name)[1] == "before-restore-damaged"
    assert _sha(safety) == garbage
    assert _titles(live) == {"A", "B"}
