"""A rotating log file in the data folder's logs/: 1 MB a file, 3 old ones kept,
each created readable by the rep only (0600, rotated files too).

What goes in: events and failures (start, backups, imports by count, errors by
type), never deal contents: titles, names, notes and amounts are logged only at
DEBUG, which is off unless SALESDESK_DEBUG=1."""

from __future__ import annotations

import copy
import io
import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from salesdesk.paths import private_open

LOG_NAME = "salesdesk.log"
MAX_BYTES = 1_000_000
KEEP = 3
ENV_DEBUG = "SALESDESK_DEBUG"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """RotatingFileHandler whose every file (the first and each after rotation)
    is created 0600, whatever the process's umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = private_open(Path(self.baseFilename))
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


class ContentFreeFormatter(logging.Formatter):
    """Above DEBUG, a traceback keeps its frames and the exception's type but not
    its message, which may quote a deal's title or an imported cell; the crash
    report (crash_report.py) holds the whole text for the rep to send."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and record.exc_info[0] is not None and record.levelno > logging.DEBUG:
            exc_type, _exc, tb = record.exc_info
            record = copy.copy(record)
            frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
            record.exc_text = f"Traceback (most recent call last):\n{frames}{exc_type.__name__}"
        return super().format(record)


_handler: PrivateRotatingFileHandler | None = None


def setup(log_dir: Path, level: int | None = None) -> Path:
    """Logs to `log_dir`; a later call (another data folder) replaces the file."""
    global _handler
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
    )
    handler.setFormatter(ContentFreeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    if level is None:
        level = logging.DEBUG if os.environ.get(ENV_DEBUG) == "1" else logging.INFO
    root.setLevel(level)
    return path


def close() -> None:
    """Stops logging to the file: the self-test's temporary folder is about to
    go, and Windows cannot delete a file that is open."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
