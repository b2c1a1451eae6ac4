"""Crash reports: an unexpected exception written to a file in the log folder,
readable by the rep only, for them to send to us if they choose. Qt-free, so the
command line writes the same report as the window.

The report holds the traceback and the exception's message; the log file gets
only the exception's type and where the report is (messages can quote deal text,
and the log keeps deal contents at debug level only)."""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger("salesdesk.crash")

REPORT_PREFIX = "crash-"
MAX_REPORTS = 20  # the oldest go first; a loop of errors must not fill the disk

_fault_file: IO[bytes] | None = None


def private_open(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_APPEND) -> int:
    """A file descriptor on a file created readable by the rep only (0600), and
    made so if it existed with looser permissions."""
    fd = os.open(path, flags, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return fd


def format_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    where: str = "",
) -> str:
    from salesdesk import version

    lines = [
        f"SalesDesk {version()} - unexpected error",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
    ]
    qt = _qt_version()
    if qt:
        lines.append(qt)
    if where:
        lines.append(f"Where: {where}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines) + "\n"


def _qt_version() -> str:
    # Only when Qt is already loaded: a command-line crash must not import it.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return ""
    return f"Qt {qtcore.qVersion()}, PySide6 {getattr(sys.modules['PySide6'], '__version__', '?')}"


def write_report(log_dir: Path, text: str) -> Path | None:
    """Writes `text` as a new report; None when even that fails (the disk may be
    the very problem), in which case the caller still shows the details."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = _free_name(log_dir, f"{REPORT_PREFIX}{stamp}")
        fd = private_open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        _prune(log_dir)
    except OSError:
        log.exception("the crash report could not be written")
        return None
    return path


def _free_name(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.txt"
    return path


def _prune(log_dir: Path) -> None:
    reports = sorted(log_dir.glob(f"{REPORT_PREFIX}*.txt"), key=lambda p: p.stat().st_mtime)
    for old in reports[:-MAX_REPORTS]:
        old.unlink(missing_ok=True)


def record(
    log_dir: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    where: str = "",
) -> tuple[str, Path | None]:
    """The report's text and where it was written; logs one line without the message."""
    text = format_report(exc_type, exc, tb, where)
    path = write_report(log_dir, text)
    frame = traceback.extract_tb(tb)[-1] if tb is not None else None
    place = f"{Path(frame.filename).name}:{frame.lineno}" if frame else "?"
    log.error("unexpected %s at %s; report: %s", exc_type.__name__, place, path)
    return text, path


def enable_fault_log(log_dir: Path) -> Path | None:
    """Python's faulthandler writes a hard crash (a segfault in Qt, say) to
    faults.log, which no exception hook can catch."""
    global _fault_file
    path = log_dir / "faults.log"
    try:
        fd = private_open(path)
    except OSError:
        return None
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
    _fault_file = os.fdopen(fd, "ab")
    faulthandler.enable(_fault_file)
    return path
