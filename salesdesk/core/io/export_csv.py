"""CSV export: one folder with deals.csv, organizations.csv, contacts.csv,
activities.csv, objections.csv and stage_changes.csv.

UTF-8 with a byte-order mark (so Excel reads Persian, Arabic and Chinese right),
comma-separated, CRLF line ends, a header row of snake_case names, and every text
cell made spreadsheet-safe (spreadsheet.neutralise). deals.csv's header is what
SalesDesk's CSV importer recognises as its own format: keep DEAL_COLUMNS stable."""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from salesdesk.core.io.atomic import replacing
from salesdesk.core.io.export_json import ExportCancelled, Item, Progress, checkpoint
from salesdesk.core.io.spreadsheet import neutralise

DEAL_COLUMNS = (
    "id",
    "title",
    "organization",
    "contact",
    "pipeline",
    "stage",
    "stage_key",
    "status",
    "value",
    "currency",
    "probability",
    "expected_close",
    "lost_reason",
    "created_at",
    "stage_entered_at",
    "closed_at",
    "next_follow_up_at",
    "last_activity_at",
    # The exporting database's id on every row: with it the CSV importer knows deals
    # it brought before, from this file or from the same database's JSON export.
    "database_id",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    "deals": DEAL_COLUMNS,
    "organizations": ("id", "name", "created_at"),
    "contacts": (
        "id",
        "organization_id",
        "organization",
        "name",
        "role",
        "phone",
        "email",
        "created_at",
    ),
    "activities": (
        "id",
        "deal_id",
        "deal",
        "kind",
        "at",
        "duration_minutes",
        "outcome",
        "text",
        "due_at",
        "done_at",
    ),
    "objections": (
        "id",
        "deal_id",
        "deal",
        "stage",
        "category",
        "text",
        "answer_given",
        "resolved",
        "raised_at",
    ),
    "stage_changes": ("id", "deal_id", "deal", "from_stage", "to_stage", "at"),
}
CSV_LISTS = ("pipelines", *COLUMNS)  # the document lists a CSV export reads
_TIMES = {"at", "due_at", "done_at", "raised_at"} | {c for c in DEAL_COLUMNS if c.endswith("_at")}
_MINE = {"value", "database_id"}  # written here, never formulas: not neutralised


def _time(text: str) -> str:
    # Whole seconds read better in a spreadsheet; the offset keeps them unambiguous.
    if len(text) >= 25 and text[19] in ".+":  # as export_json.iso writes them
        return text[:19] + text[-6:]
    return datetime.fromisoformat(text).isoformat(timespec="seconds")


def _cell(column: str, value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        if column in _TIMES:
            return _time(value)
        return value if column in _MINE else neutralise(value)
    return value


class _Names:
    """What a CSV row shows beside ids: stage names and deal titles."""

    def __init__(self, source: str) -> None:
        self.source = source  # the database id
        self.stages: dict[int, Item] = {}
        self.deals: dict[int, str] = {}

    def stage(self, ident: int | None) -> str | None:
        return None if ident is None else self.stages.get(ident, {}).get("name")


def _rows(kind: str, items: Iterator[Item], names: _Names) -> Iterator[dict[str, Any]]:
    for item in items:
        if kind == "deals":
            names.deals[item["id"]] = item["title"]
            stage = names.stages.get(item["stage_id"], {})
            item = {**item, "probability": stage.get("probability"), "database_id": names.source}
        elif kind in ("activities", "objections", "stage_changes"):
            item = {**item, "deal": names.deals.get(item["deal_id"])}
            if kind == "stage_changes":
                item["from_stage"] = names.stage(item["from_stage_id"])
                item["to_stage"] = names.stage(item["to_stage_id"])
        yield item


def write_folder(
    out: Path,
    parts: dict[str, Iterator[Item]],
    total: int = 0,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    database_id: str = "",
) -> dict[str, int]:
    """Writes the CSV files into a temporary folder beside `out`, then moves them
    in: a new folder appears whole, an existing one gets each file replaced
    atomically. Returns rows per file. OSError when it cannot be written,
    ExportCancelled when cancelled; either way nothing is left behind."""
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(20, "Not a folder", str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    names = _Names(database_id)
    for pipeline in parts["pipelines"]:
        names.stages.update((s["id"], s) for s in pipeline["stages"])
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp"))
    counts: dict[str, int] = {}
    done = 0
    try:
        for kind, columns in COLUMNS.items():
            if should_cancel is not None and should_cancel():
                raise ExportCancelled()
            path = staging / f"{kind}.csv"
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)  # excel dialect: comma, CRLF, minimal quoting
                writer.writerow(columns)
                count = 0
                for item in _rows(kind, parts[kind], names):
                    writer.writerow([_cell(c, item.get(c)) for c in columns])
                    count += 1
                    done += 1
                    checkpoint(done, total, progress, should_cancel)
                handle.flush()
                os.fsync(handle.fileno())
            counts[kind] = count
        _move_into(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if progress is not None:
        progress(done, max(total, done))
    return counts


def _move_into(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)  # the whole folder appears at once
        return
    for kind in COLUMNS:
        os.replace(staging / f"{kind}.csv", out / f"{kind}.csv")
    staging.rmdir()


def write_deals(
    out: Path, deals: Iterator[Item], pipelines: Iterator[Item], order: list[int], database_id: str
) -> int:
    """Chosen deals as one deals.csv (the same columns), in `order`, so the file
    reads back into SalesDesk like a full export's. Whole file or none; OSError
    when it cannot be written. Returns rows written."""
    names = _Names(database_id)
    for pipeline in pipelines:
        names.stages.update((s["id"], s) for s in pipeline["stages"])
    wanted = set(order)
    rows = {i["id"]: i for i in _rows("deals", (d for d in deals if d["id"] in wanted), names)}
    with replacing(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(DEAL_COLUMNS)
        for deal_id in order:
            if deal_id in rows:
                writer.writerow([_cell(c, rows[deal_id].get(c)) for c in DEAL_COLUMNS])
    return sum(1 for i in order if i in rows)
