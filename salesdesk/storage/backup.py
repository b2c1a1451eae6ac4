"""Backups through SQLite's online backup API: consistent even while the app
writes, unlike a file copy of a live WAL database. Also the backup file names
and the rotation policy, as pure functions (see backups.py for the rest)."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from salesdesk.core.timeutil import utcnow

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

# salesdesk-YYYYMMDD-HHMMSS-<reason>.sqlite, the time in UTC. Only files with
# such a name are ever listed or deleted by rotation.
NAME_PATTERN = re.compile(r"^salesdesk-(\d{8}-\d{6})-([a-z0-9][a-z0-9.-]*)\.sqlite$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# In the order they happen: within one second (a stamp's precision) the later wins.
AUTOMATIC_REASONS = {"start": 0, "daily": 1, "manual": 2, "exit": 3}
SAFETY_REASON = "before-restore"
MIGRATION_PREFIX = "before-migration-"


def backup_database(source: Path, destination: Path, progress: Progress | None = None) -> Path:
    """Copies `source` into a new file `destination` (written beside, then renamed,
    so a half-written backup never carries the final name)."""
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:

            def report(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=report)
            # A backup is one self-contained file: no -wal beside it when copied.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.chmod(partial, 0o600)
    os.replace(partial, destination)
    return destination


def backup_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or utcnow()).astimezone(UTC).strftime(STAMP_FORMAT)
    return f"salesdesk-{stamp}-{reason}.sqlite"


def parse_name(name: str) -> tuple[datetime, str] | None:
    """(made at, in UTC; reason) from a backup's file name, or None if not ours."""
    match = NAME_PATTERN.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:  # 20241399-...: looks like ours but is not
        return None
    return made_at, match.group(2)


def is_automatic(reason: str) -> bool:
    return reason in AUTOMATIC_REASONS


def is_safety(reason: str) -> bool:
    """Made before a restore or a migration. A damaged database's raw copy
    ("before-restore-damaged") is neither: rotation never deletes it."""
    return reason == SAFETY_REASON or reason.startswith(MIGRATION_PREFIX)


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7  # the newest backup of each of this many recent days
    weekly: int = 4  # ... and of each of this many recent ISO weeks
    safety: int = 5  # before-restore and before-migration backups kept
    # The newest few whatever their day: closing the app must not delete this
    # morning's start backup, the one a rep wants after a bad afternoon.
    recent: int = 3


def rotation(
    entries: Iterable[tuple[str, datetime]],
    policy: RotationPolicy = RotationPolicy(),
    tz: tzinfo | None = None,
) -> set[str]:
    """The names to delete among (name, made_at) entries. Days and weeks are the
    rep's calendar (`tz`, local time by default). Names that are not ours, and
    reasons that are neither automatic nor safety ones, are always kept."""
    automatic: list[tuple[datetime, int, str]] = []
    safety: list[tuple[datetime, str]] = []
    for name, made_at in entries:
        parsed = parse_name(name)
        if parsed is None:
            continue
        reason = parsed[1]
        if is_automatic(reason):
            automatic.append((made_at, AUTOMATIC_REASONS[reason], name))
        elif is_safety(reason):
            safety.append((made_at, name))
    automatic.sort(reverse=True)  # newest first: the first seen of a day is its newest
    keep: set[str] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    keep.update(name for *_, name in automatic[: max(policy.recent, 0)])
    for made_at, _order, name in automatic:
        local = made_at.astimezone(tz)
        day, week = local.date(), local.isocalendar()[:2]
        if day not in days and len(days) < policy.daily:
            days.add(day)
            keep.add(name)
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.add(week)
            keep.add(name)
    safety.sort(reverse=True)
    keep.update(name for _, name in safety[: max(policy.safety, 0)])
    return ({name for *_, name in automatic} | {name for _, name in safety}) - keep


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    reason: str
    size: int


def list_backups(folders: Iterable[Path | None]) -> list[BackupInfo]:
    """Our backups in the folders that exist, newest first."""
    found: list[BackupInfo] = []
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        try:
            paths = list(folder.iterdir())
        except OSError as exc:  # unreadable, or unplugged meanwhile: nothing to list
            log.warning("cannot list backups in %s: %s", folder, exc)
            continue
        for path in paths:
            parsed = parse_name(path.name)
            if parsed is None:
                continue
            try:
                if path.is_file():
                    found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
            except OSError:  # deleted meanwhile
                continue
    found.sort(key=lambda i: (i.made_at, str(i.path)), reverse=True)
    return found


def newest_automatic(folder: Path) -> datetime | None:
    times = [i.made_at for i in list_backups([folder]) if is_automatic(i.reason)]
    return max(times, default=None)


def rotate(folder: Path, policy: RotationPolicy, tz: tzinfo | None = None) -> list[Path]:
    """Deletes the backups in `folder` that the policy no longer keeps."""
    doomed = rotation(((i.path.name, i.made_at) for i in list_backups([folder])), policy, tz)
    deleted = []
    for name in sorted(doomed):
        try:
            (folder / name).unlink()
            deleted.append(folder / name)
        except OSError as exc:  # a backup too many is no harm
            log.warning("could not delete old backup %s: %s", folder / name, exc)
    return deleted
