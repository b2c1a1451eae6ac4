"""Whole files or none: written beside the target, flushed, then renamed into
place, so a reader (a calendar sync, a spreadsheet, the rep) never sees half a
file and the old one stays whole until the new one is."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replacing(path: Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """A file to write (open()'s `mode` and options) that replaces `path` when the
    block ends normally. On any error, a cancel included, the temporary file is
    removed and `path` is untouched. OSError when the folder cannot be written."""
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with replacing(path) as handle:
        handle.write(data)


def write_text(path: Path, text: str) -> None:
    """UTF-8, line ends as given."""
    write_bytes(path, text.encode("utf-8"))
