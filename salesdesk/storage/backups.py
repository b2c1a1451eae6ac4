"""Backups the rep can rely on: made with the online backup API, verified before
they count, rotated (7 daily, 4 weekly by default), copied to an optional second
folder, listed, previewed and restored. Qt-free: the window and the command line
both use it."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from salesdesk.core.errors import SalesDeskError, translatable
from salesdesk.core.timeutil import utcnow
from salesdesk.storage.backup import (
    BackupInfo,
    RotationPolicy,
    backup_database,
    backup_name,
    list_backups,
    newest_automatic,
    parse_name,
    rotate,
    rotation,
)
from salesdesk.storage.database import (
    APPLICATION_ID,
    SQLITE_HEADER,
    inspect_file,
    known_revisions,
    read_only_connection,
)
from salesdesk.storage.errors import (
    CorruptError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StorageError,
    classify,
)

# Callers import everything backup-related from here.
__all__ = [
    "BackupCheckFailed",
    "BackupError",
    "BackupInfo",
    "BackupPreview",
    "BackupResult",
    "BackupSettings",
    "RestoreRefused",
    "RotationPolicy",
    "copy_verified",
    "count_deals",
    "examine",
    "list_backups",
    "load_settings",
    "make_backup",
    "make_backups",
    "newest_automatic",
    "preview",
    "read_settings",
    "restore",
    "rotate",
    "rotation",
    "set_second_folder",
    "verify",
]

log = logging.getLogger(__name__)

SECOND_FOLDER_KEY = "backup/second_folder"
KEEP_KEYS = {
    "daily": "backup/keep_daily",
    "weekly": "backup/keep_weekly",
    "safety": "backup/keep_safety",
    "recent": "backup/keep_recent",
}


class BackupError(StorageError):
    """A backup was not made (or not copied); `params["folder"]` says where."""

    kind = "backup"
    advice = translatable(
        "Check that the backup folder exists, is writable and has free space, then try again."
    )


class BackupCheckFailed(BackupError):
    """The copy did not pass its check, or the database itself is damaged."""

    kind = "backup-check"
    advice = translatable(
        "The database may be damaged: run 'salesdesk check', and restore an earlier backup if it is."
    )


class RestoreRefused(StorageError):
    kind = "restore-refused"
    advice = translatable("Your current database was not changed. Choose another backup.")


@dataclass(frozen=True)
class BackupSettings:
    second_folder: Path | None = None
    policy: RotationPolicy = field(default_factory=RotationPolicy)


@dataclass
class BackupResult:
    path: Path  # the verified backup in the primary folder
    copies: list[Path] = field(default_factory=list)  # verified copies in the second folder
    failures: list[BackupError] = field(default_factory=list)  # the second folder's problems
    deleted: list[Path] = field(default_factory=list)  # removed by rotation


# --- settings (the database's `setting` table) -------------------------------------------


def read_settings(conn: sqlite3.Connection) -> BackupSettings:
    try:
        rows = dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'backup/%'"))
    except sqlite3.Error:  # an old or empty database: the defaults
        return BackupSettings()
    defaults = RotationPolicy()

    def count(name: str) -> int:
        try:
            return max(0, int(rows.get(KEEP_KEYS[name], "")))
        except ValueError:
            return int(getattr(defaults, name))

    second = rows.get(SECOND_FOLDER_KEY, "").strip()
    policy = RotationPolicy(count("daily"), count("weekly"), count("safety"), count("recent"))
    return BackupSettings(Path(second) if second else None, policy)


def load_settings(db_path: Path) -> BackupSettings:
    """The settings read without writing a byte (the command line's way)."""
    try:
        conn = read_only_connection(db_path)
    except sqlite3.Error:
        return BackupSettings()
    try:
        return read_settings(conn)
    finally:
        conn.close()


def set_second_folder(conn: sqlite3.Connection, folder: Path | None) -> None:
    """Within the caller's write transaction; None turns the second folder off."""
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SECOND_FOLDER_KEY, str(folder) if folder else ""),
    )


# --- making and verifying ----------------------------------------------------------------


def verify(path: Path) -> None:
    """Raises BackupCheckFailed unless `path` is an intact SalesDesk database."""
    try:
        conn = read_only_connection(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problems, app_id = [str(exc)], APPLICATION_ID
    if problems != ["ok"]:
        raise BackupCheckFailed(
            translatable("The backup {path} failed its integrity check ({problem})."),
            path=str(path),
            problem=problems[0],
        )
    if app_id != APPLICATION_ID:
        raise BackupCheckFailed(
            translatable("The backup {path} is not a SalesDesk database."), path=str(path)
        )


def _not_made(folder: Path, exc: BaseException) -> BackupError:
    """A calm message for why nothing was written to `folder`."""
    found = classify(exc, folder)
    if isinstance(exc, OSError) and exc.errno in (errno.EEXIST, errno.ENOTDIR):
        err = BackupError(translatable("{folder} is a file, not a folder."), folder=str(folder))
    elif isinstance(found, DiskFullError):
        err = BackupError(
            translatable("The backup in {folder} was not made: the disk is full."),
            folder=str(folder),
        )
        err.advice = translatable("Free some space on that disk, then back up again.")
    elif isinstance(found, ReadOnlyError):
        err = BackupError(
            translatable("The folder {folder} cannot be written."), folder=str(folder)
        )
        err.advice = translatable("Make the folder writable, or choose another backup folder.")
    elif isinstance(found, LockedError):
        err = BackupError(
            translatable("The backup was not made: the database is locked."), folder=str(folder)
        )
        err.advice = found.advice
    elif isinstance(found, CorruptError):
        err = BackupCheckFailed(
            translatable("The backup was not made: the database file is damaged."),
            folder=str(folder),
        )
    else:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        err = BackupError(
            translatable("The backup in {folder} was not made: {reason}"),
            folder=str(folder),
            reason=reason,
        )
    err.__cause__ = exc
    return err


def _free_name(folder: Path, reason: str, now: datetime | None) -> Path:
    """A name no file has yet: a second backup within the same second must not
    replace the first (restoring a before-restore backup makes another one)."""
    when = now or utcnow()
    while (target := folder / backup_name(reason, when)).exists():
        when += timedelta(seconds=1)
    return target


def make_backup(db_path: Path, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A verified backup of `db_path` in `folder`; a bad one is removed and raised."""
    target = _free_name(folder, reason, now)
    try:
        backup_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise _not_made(folder, exc) from exc
    try:
        verify(target)
    except BackupCheckFailed as exc:
        target.unlink(missing_ok=True)
        exc.params.setdefault("folder", str(folder))
        raise
    return target


def _copy_bytes(source: Path, target: Path) -> None:
    """A plain file copy (of a finished backup: no -wal to miss), written beside
    the target and renamed, and synced: a USB stick pulled right after has it."""
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def copy_verified(source: Path, folder: Path) -> Path:
    """Copies a finished backup file into `folder` (the second folder), verified.
    The folder is never created: a missing one is an unplugged drive."""
    if not folder.is_dir():
        raise BackupError(
            translatable(
                "The second backup folder {folder} is not there (is the drive plugged in?)."
            ),
            folder=str(folder),
        )
    target = folder / source.name
    try:
        _copy_bytes(source, target)
    except OSError as exc:
        raise _not_made(folder, exc) from exc
    try:
        verify(target)
    except BackupCheckFailed as exc:
        target.unlink(missing_ok=True)
        exc.params.setdefault("folder", str(folder))
        raise
    return target


def make_backups(
    db_path: Path,
    primary: Path,
    reason: str,
    *,
    settings: BackupSettings | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> BackupResult:
    """The backup in the primary folder (raises if it fails), then its copy in
    the second folder (a failure there is reported in the result), then rotation."""
    settings = settings or BackupSettings()
    result = BackupResult(make_backup(db_path, primary, reason, now=now))
    result.deleted += rotate(primary, settings.policy, tz)
    second = settings.second_folder
    if second is not None and second.resolve() != primary.resolve():
        try:
            result.copies.append(copy_verified(result.path, second))
            result.deleted += rotate(second, settings.policy, tz)
        except BackupError as exc:
            log.warning("second backup folder: %s", exc.message)
            result.failures.append(exc)
    log.info("backup %s made (%s)", result.path, reason)
    return result


# --- listing and previewing --------------------------------------------------------------


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    made_at: datetime  # UTC, from the name, else the file's modification time
    reason: str  # "" for a file not named like our backups
    size: int
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    pipelines: tuple[str, ...] = ()
    latest: datetime | None = None  # the last deal update or activity logged
    problem: SalesDeskError | None = None  # why it cannot be restored

    @property
    def usable(self) -> bool:
        return self.problem is None


def _refused(template: str, path: Path, **params: object) -> RestoreRefused:
    return RestoreRefused(template, path=str(path), **params)


def examine(path: Path, thorough: bool = True) -> tuple[str | None, RestoreRefused | None]:
    """(schema revision, why it cannot be restored) without writing to `path`;
    `thorough` runs the full integrity check, else SQLite's quick check."""
    if not path.is_file():
        return None, _refused(translatable("There is no file {path}."), path)
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            return None, _refused(translatable("{path} is not a SalesDesk database."), path)
    revision: str | None = None
    try:
        state = inspect_file(path)
        revision = state.revision
        if state.application_id != APPLICATION_ID or revision is None:
            return None, _refused(translatable("{path} is not a SalesDesk database."), path)
        if revision not in known_revisions():
            return revision, _refused(
                translatable(
                    "{path} was written by a newer version of SalesDesk (schema {revision})."
                ),
                path,
                revision=revision,
            )
        conn = read_only_connection(path)
        try:
            pragma = "integrity_check" if thorough else "quick_check"
            problems = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        return revision, _refused(
            translatable("{path} is damaged ({problem})."), path, problem=problems[0]
        )
    return revision, None


def preview(path: Path) -> BackupPreview:
    """What a backup holds, for the rep to choose: read-only, never written."""
    parsed = parse_name(path.name)
    try:
        stat = path.stat()
        size, mtime = stat.st_size, datetime.fromtimestamp(stat.st_mtime, UTC)
    except OSError:
        size, mtime = 0, datetime.fromtimestamp(0, UTC)
    made_at, reason = parsed if parsed else (mtime, "")
    base = BackupPreview(path, made_at, reason, size)
    revision, problem = examine(path, thorough=False)
    if problem is not None:
        return BackupPreview(path, made_at, reason, size, revision, problem=problem)
    try:
        conn = read_only_connection(path)
        try:
            return _read_contents(conn, base, revision)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem = _refused(translatable("{path} is damaged ({problem})."), path, problem=str(exc))
        return BackupPreview(path, made_at, reason, size, revision, problem=problem)


def _read_contents(
    conn: sqlite3.Connection, base: BackupPreview, revision: str | None
) -> BackupPreview:
    counts = {"open": 0, "won": 0, "lost": 0}
    counts.update(conn.execute("SELECT status, count(*) FROM deal GROUP BY status"))
    for key, table in (
        ("organizations", "organization"),
        ("contacts", "contact"),
        ("activities", "activity"),
    ):
        counts[key] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    names = tuple(r[0] for r in conn.execute("SELECT name FROM pipeline ORDER BY id"))
    stamps = [
        conn.execute("SELECT max(updated_at) FROM deal").fetchone()[0],
        conn.execute("SELECT max(created_at) FROM activity").fetchone()[0],
    ]
    latest = max((datetime.fromisoformat(s).replace(tzinfo=UTC) for s in stamps if s), default=None)
    return BackupPreview(
        base.path, base.made_at, base.reason, base.size, revision, counts, names, latest
    )


def count_deals(path: Path) -> int | None:
    """Deals in a backup, cheaply (for a listing); None when it cannot be read."""
    try:
        conn = read_only_connection(path)
        try:
            return int(conn.execute("SELECT count(*) FROM deal").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


# --- restoring ---------------------------------------------------------------------------


def restore(
    live: Path,
    backup_file: Path,
    backups_folder: Path,
    *,
    now: datetime | None = None,
    policy: RotationPolicy | None = None,
) -> Path | None:
    """Replaces the database at `live` with `backup_file`. The candidate is checked
    first (nothing changes if it is refused), then the current database is backed
    up ("before-restore"); returns that backup (None when there was no database).
    `live` must not be open in this process; open_database() migrates it after."""
    _, problem = examine(backup_file, thorough=True)
    if problem is not None:
        raise problem
    if live.exists() and live.resolve() == backup_file.resolve():
        raise _refused(translatable("{path} is the database in use, not a backup."), backup_file)
    safety = _safety_backup(live, backups_folder, now)
    try:
        _copy_into(backup_file, live)
    except CorruptError:
        # The current file is beyond SQLite's use (often why the rep restores);
        # its bytes are in the safety backup: put a fresh file in its place.
        _replace_file(backup_file, live)
    rotate(backups_folder, policy or RotationPolicy())
    return safety


def _safety_backup(live: Path, folder: Path, now: datetime | None) -> Path | None:
    if not live.exists() or live.stat().st_size == 0:
        return None
    try:
        return make_backup(live, folder, "before-restore", now=now)
    except BackupCheckFailed:
        return _raw_copy(live, folder, now)


def _raw_copy(live: Path, folder: Path, now: datetime | None) -> Path:
    """The damaged database byte for byte (with its -wal), kept out of rotation."""
    target = _free_name(folder, "before-restore-damaged", now)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for suffix in ("", "-wal"):
            source = live.with_name(live.name + suffix)
            if source.exists():
                _copy_bytes(source, target.with_name(target.name + suffix))
    except OSError as exc:
        raise _not_made(folder, exc) from exc
    return target


def _copy_into(source: Path, live: Path) -> None:
    """The backup API writes the whole backup into the live file in one
    transaction: the file is the old database or the new one, never half."""
    if not live.exists():
        live.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(live, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        src = read_only_connection(source)
        try:
            dst = sqlite3.connect(live, timeout=5)
            try:
                # WAL refuses a backup with another page size; open_database
                # turns WAL back on.
                dst.execute("PRAGMA journal_mode = DELETE")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise (classify(exc, live) or exc) from exc


def _replace_file(source: Path, live: Path) -> None:
    fresh = live.with_name(live.name + ".restoring")
    try:
        backup_database(source, fresh)
        verify(fresh)
        for suffix in ("-wal", "-shm"):  # they belong to the damaged file
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        os.replace(fresh, live)
    except (OSError, sqlite3.Error) as exc:
        fresh.unlink(missing_ok=True)
        raise (classify(exc, live) or exc) from exc
    except BackupCheckFailed:
        fresh.unlink(missing_ok=True)
        raise
