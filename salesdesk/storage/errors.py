"""Sort SQLite failures into the rep's environment (a calm message with what to do)
and bugs (which go to the crash handler). After qutebrowser's misc/sql.py."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from salesdesk.core.errors import SalesDeskError, translatable


class StorageError(SalesDeskError):
    """The database cannot be used as things stand; `advice` says what the rep can do."""

    kind = "storage"
    advice = ""


class DiskFullError(StorageError):
    kind = "disk-full"
    advice = translatable("Free some space on the disk, then try again. Nothing was saved.")


class ReadOnlyError(StorageError):
    kind = "read-only"
    advice = translatable(
        "Make the data folder writable, or start SalesDesk with another folder (--data-dir)."
    )


class LockedError(StorageError):
    kind = "locked"
    advice = translatable("Another program is using the database. Close it and try again.")


class CorruptError(StorageError):
    kind = "corrupt"
    advice = translatable(
        "The file was left untouched. Restore a backup, or choose another data folder."
    )


class NotADatabaseError(CorruptError):
    kind = "not-a-database"


class MissingDatabaseError(StorageError):
    """No database where one was, but backups of it: starting empty would look
    like every deal was lost, so the rep chooses."""

    kind = "missing"
    advice = translatable(
        "Restore a backup to carry on where you were, or start a new, empty database."
    )


class NewerVersionError(StorageError):
    kind = "newer-version"
    advice = translatable(
        "This database was written by a newer SalesDesk. Install the newer version to open it."
    )


# Substrings of SQLite's own messages, checked in order.
_ENVIRONMENT: list[tuple[str, type[StorageError], str]] = [
    ("database or disk is full", DiskFullError, translatable("The disk is full.")),
    ("disk i/o error", DiskFullError, translatable("The disk could not be written (I/O error).")),
    ("readonly database", ReadOnlyError, translatable("The database is read-only.")),
    ("unable to open database", ReadOnlyError, translatable("The database file cannot be opened.")),
    ("database is locked", LockedError, translatable("The database is locked.")),
    (
        "file is not a database",
        NotADatabaseError,
        translatable("The file is not a SalesDesk database."),
    ),
    ("malformed", CorruptError, translatable("The database file is damaged.")),
    ("file is encrypted", NotADatabaseError, translatable("The file is not a SalesDesk database.")),
]


def classify(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """An environment error as a StorageError, or None when it is a bug."""
    # SQLAlchemy wraps the driver's error as `.orig`; read it without importing
    # SQLAlchemy, which the window opens without.
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, (sqlite3.Error, OSError)):
        return None
    text = str(original).lower()
    if isinstance(original, OSError):
        if original.errno == errno.ENOSPC:
            text = "database or disk is full"
        elif original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            text = "readonly database"
    for needle, cls, template in _ENVIRONMENT:
        if needle in text:
            err = cls(template + " ({path})", path=str(path) if path else "")
            err.__cause__ = exc
            return err
    return None
