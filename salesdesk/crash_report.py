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

from salesdesk.paths import private_open

log = logging.getLogger("salesdesk.crash")

REPORT_PREFIX = "crash-"
MAX_REPORTS = 20  # the oldest go first; a loop of errors must not fill the disk

_fault_file: IO[bytes] | None = None


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
    path: Path | None = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = _free_name(log_dir, f"{REPORT_PREFIX}{stamp}")
        fd = private_open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        # backslashreplace: a message may hold text no encoding can write (a
        # lone surrogate from an undecodable file name).
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(text)
        _prune(log_dir)
    except Exception:  # a crash report must never become a second crash
        log.exception("the crash report could not be written")
        if path is not None:
            path.unlink(missing_ok=True)
        return None
    return path


def _free_name(folder: Path, stem: str) -> Path:
    """stem-001.txt, or one past the highest of this second (pruning may have
    removed the lower ones: a reused number would sort among the old)."""
    taken = [p.stem.rsplit("-", 1)[-1] for p in folder.glob(f"{stem}-*.txt")]
    n = max((int(t) for t in taken if t.isdigit()), default=0) + 1
    return folder / f"{stem}-{n:03d}.txt"


def _prune(log_dir: Path) -> None:
    # By name: it holds the time to the second and a counter, where file times
    # may be coarser than that.
    reports = sorted(log_dir.glob(f"{REPORT_PREFIX}*.txt"))
    for old in reports[:-MAX_REPORTS]:
        old.unlink(missing_ok=True)


def record(
    log_dir: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    where: str = "",
    log_it: bool = True,
) -> tuple[str, Path | None]:
    """The report's text and where it was written; logs one line without the message."""
    text = format_report(exc_type, exc, tb, where)
    path = write_report(log_dir, text)
    if log_it:
        log.error("unexpected %s at %s; report: %s", exc_type.__name__, place_of(tb), path)
    return text, path


def place_of(tb: TracebackType | None) -> str:
    """file:line where an exception was raised (the last frame)."""
    frame = traceback.extract_tb(tb)[-1] if tb is not None else None
    return f"{Path(frame.filename).name}:{frame.lineno}" if frame else "?"


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
