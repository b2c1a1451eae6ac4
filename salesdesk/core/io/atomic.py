"""Whole files or none: written beside the target, flushed, then renamed into
place, so a reader (a calendar sync, a spreadsheet, the rep) never sees half a
file and the old one stays whole until the new one is."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes(path: Path, data: bytes) -> None:
    """OSError when the folder cannot be written; nothing is left behind."""
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """UTF-8, line ends as given."""
    write_bytes(path, text.encode("utf-8"))
