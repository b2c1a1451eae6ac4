"""Reads SalesDesk's own JSON document back into a database, inside the caller's
transaction (`with db.sql(write=True) as conn:`), so an error or a cancel rolls
everything back.

Into an empty database every row comes back with its own id, so exporting again
gives the same document. Into one with data, the document merges: pipelines
match by name, stages by key (an end stage by its kind), organizations by name
and contacts by organization and name (both case-insensitive), library
objections by category and text, questions and criteria by text, lost reasons
by text; everything else is added. Each deal is recorded in `importedrecord`
under "salesdesk:<database id>", so importing the same file again skips the
deals it brought before (and everything hanging off them)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from salesdesk.core.errors import translatable
from salesdesk.core.io.document_check import DocumentError, check_document, check_header
from salesdesk.core.io.document_write import (
    SOURCE_PREFIX,
    DocumentImportResult,
    ImportCancelled,
    Progress,
    Writer,
)

__all__ = [
    "SOURCE_PREFIX",
    "DocumentError",
    "DocumentImportResult",
    "ImportCancelled",
    "import_document",
    "read_document",
]


def read_document(path: Path) -> dict[str, Any]:
    """The document at `path`, its top level checked (format, version). Raises
    DocumentError with a message a rep can act on."""
    try:
        with path.open("r", encoding="utf-8-sig") as handle:
            doc = json.load(handle)
    except OSError as exc:
        raise DocumentError(
            translatable("{path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(
            translatable("{path} is not a JSON file ({reason})."), path=str(path), reason=str(exc)
        ) from exc
    check_header(doc)
    return doc


def import_document(
    conn: sqlite3.Connection,
    doc: dict[str, Any],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DocumentImportResult:
    """Imports `doc` in the caller's transaction. Raises DocumentError before
    writing anything (the whole document is checked first: every problem is
    listed), or ImportCancelled (the caller's transaction then rolls back)."""
    checked = check_document(doc)
    return Writer(conn, checked, progress, should_cancel).run()
