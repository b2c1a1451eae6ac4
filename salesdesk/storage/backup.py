"""Backups through SQLite's online backup API: consistent even while the app
writes, unlike a file copy of a live WAL database."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from salesdesk.core.timeutil import utcnow

Progress = Callable[[int, int], None]


def backup_database(source: Path, destination: Path, progress: Progress | None = None) -> Path:
    """Copies `source` into a new file `destination` (written beside, then renamed,
    so a half-written backup never carries the final name)."""
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:

            def report(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=report)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(partial, 0o600)
    os.replace(partial, destination)
    return destination


def backup_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or utcnow()).strftime("%Y%m%d-%H%M%S")
    return f"salesdesk-{stamp}-{reason}.sqlite"
