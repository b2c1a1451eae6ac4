"""Export everything (or one pipeline) as SalesDesk's JSON document or as CSV
files: the one entry point the command line and File ▸ Export data… share."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from salesdesk.core.errors import NotFoundError, ValidationError, translatable
from salesdesk.core.io import export_csv, export_json
from salesdesk.core.io.export_json import LISTS, Progress

FORMATS = ("json", "csv")
# The lists a summary names, in the order a rep cares about them.
SUMMARY = ("deals", "organizations", "contacts", "activities", "stage_changes", "objections")


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: Path  # the .json file, or the folder of CSV files
    counts: dict[str, int]  # items (JSON) or rows (CSV) per list

    def summary(self) -> str:
        """'12 deals, 3 organizations, ...' (English; the CLI prints it)."""
        return ", ".join(
            f"{self.counts[k]:,} {k.replace('_', ' ')}" for k in SUMMARY if k in self.counts
        )


def default_name(fmt: str, today: date | None = None) -> str:
    """salesdesk-export-2026-03-02.json for JSON, the same without .json for a CSV folder."""
    stem = f"salesdesk-export-{(today or date.today()).isoformat()}"
    return f"{stem}.json" if fmt == "json" else stem


def target(fmt: str, out: Path, today: date | None = None) -> Path:
    """Where the export goes: a JSON export into an existing folder gets the default name."""
    if fmt == "json" and out.is_dir():
        return out / default_name(fmt, today)
    return out


def database_id(conn: sqlite3.Connection) -> str:
    """Reads this database's id, creating it in a short write transaction the
    first time (`conn` is in autocommit mode, outside any transaction)."""
    row = conn.execute(
        "SELECT value FROM setting WHERE key = ?", (export_json.DATABASE_ID_KEY,)
    ).fetchone()
    if row and row[0]:
        return str(row[0])
    conn.execute("BEGIN IMMEDIATE")
    try:
        ident = export_json.ensure_database_id(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return ident


def export_data(
    conn: sqlite3.Connection,
    fmt: str,
    out: Path,
    *,
    pipeline_id: int | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Writes the export. `conn` is a connection of its own in autocommit mode
    (Database.raw(), or a worker thread's): the data is read in one transaction,
    so the file is one consistent snapshot even while the rep keeps working.

    Raises ValidationError (unknown format), NotFoundError (no such pipeline),
    OSError (the path cannot be written) or ExportCancelled; nothing is left
    half-written in any case."""
    if fmt not in FORMATS:
        raise ValidationError(
            "format", translatable("Unknown export format '{format}': use json or csv."), format=fmt
        )
    ident = database_id(conn)
    conn.execute("BEGIN")  # one snapshot of the whole database
    try:
        if pipeline_id is not None and not export_json.pipeline_exists(conn, pipeline_id):
            raise NotFoundError(translatable("There is no pipeline with id {id}."), id=pipeline_id)
        kinds = LISTS if fmt == "json" else tuple(export_csv.COLUMNS)
        total = export_json.count_rows(conn, kinds, pipeline_id)
        path = target(fmt, out, (now.date() if now else None))
        if fmt == "json":
            head = export_json.header(conn, ident, pipeline_id, now)
            parts = export_json.text_lists(conn, pipeline_id)
            counts = export_json.write_document(path, head, parts, total, progress, should_cancel)
        else:
            items = export_json.lists(conn, pipeline_id)
            counts = export_csv.write_folder(
                path, items, total, progress, should_cancel, database_id=ident
            )
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # read only: nothing to keep
    return ExportResult(fmt, path, counts)


def export_deals(conn: sqlite3.Connection, out: Path, deal_ids: list[int]) -> int:
    """The chosen deals (the deals table's selection) as one deals.csv, in the order
    given, read in one snapshot. Returns rows written; OSError when `out` cannot
    be written (nothing is left behind)."""
    ident = database_id(conn)
    conn.execute("BEGIN")
    try:
        return export_csv.write_deals(
            out,
            export_json.items(conn, "deals", None),
            export_json.items(conn, "pipelines", None),
            deal_ids,
            ident,
        )
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # read only
