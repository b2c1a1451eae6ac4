"""SalesDesk's own JSON document: everything in the database, one list per kind,
read with plain SQL (no ORM objects: 100,000 deals must not cost minutes).

Each list is a lazy generator over one query, so the file is written row by row
while the read transaction is open; `build_document` gathers them into a dict
for tests and the importer. The format is described in the README
("Exporting your data")."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from salesdesk.core import money
from salesdesk.core.errors import SalesDeskError, translatable
from salesdesk.core.io import atomic
from salesdesk.core.timeutil import from_storage, utcnow

FORMAT = "salesdesk"
VERSION = 1
DATABASE_ID_KEY = "database/id"  # setting: identifies the source of an export
CURRENT_PIPELINE_KEY = "current_pipeline_id"
LISTS = (
    "pipelines",
    "lost_reasons",
    "objection_library",
    "organizations",
    "contacts",
    "deals",
    "stage_changes",
    "activities",
    "objections",
    "deal_answers",
    "deal_criteria",
)
CHECK_EVERY = 1000  # rows between progress reports and cancel checks

Item = dict[str, Any]
Progress = Callable[[int, int], None]


class ExportCancelled(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(translatable("The export was cancelled; no file was written."))


def checkpoint(
    done: int, total: int, progress: Progress | None, should_cancel: Callable[[], bool] | None
) -> None:
    """Every CHECK_EVERY rows written: ExportCancelled when asked to stop, else a
    progress report."""
    if done % CHECK_EVERY:
        return
    if should_cancel is not None and should_cancel():
        raise ExportCancelled()
    if progress is not None:
        progress(done, max(total, done))


def iso(text: str | None) -> str | None:
    """Stored UTC text -> ISO 8601 with its offset ('2026-03-02T09:00:00+00:00'),
    as datetime.isoformat() writes it (microseconds only when there are some)."""
    if text is None:
        return None
    if len(text) == 26 and text[10] == " " and text[19] == ".":
        # String surgery on the fixed storage format: 8x faster than a datetime,
        # and an export of 100,000 deals converts millions of these.
        micro = "" if text.endswith("000000") else text[19:]
        return f"{text[:10]}T{text[11:19]}{micro}+00:00"
    return from_storage(text).isoformat()


def amount(value_minor: int, currency: str) -> str:
    """Minor units as a plain decimal in major units: 123450 EUR -> '1234.50'."""
    digits = money.exponent(currency)
    return f"{money.Money(value_minor, currency).as_decimal():.{digits}f}"


def ensure_database_id(conn: sqlite3.Connection) -> str:
    """This database's id, created at its first export (in the caller's write
    transaction): an import uses it to recognise deals it already brought in."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_KEY,)).fetchone()
    if row and row[0]:
        return str(row[0])
    new = str(uuid.uuid4())
    conn.execute(
        "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (DATABASE_ID_KEY, new)
    )
    return new


def pipeline_exists(conn: sqlite3.Connection, pipeline_id: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM pipeline WHERE id = ?", (pipeline_id,)).fetchone() is not None
    )


# --- the lists -------------------------------------------------------------------------
# Each list is one query whose result columns are the item's keys, in order. The
# WHERE clause comes from _FILTERS for a one-pipeline export (:p), else it is "1".

_DEALS_OF = "SELECT id FROM deal WHERE pipeline_id = :p"
_FILTERS = {
    "pipelines": "id = :p",
    "organizations": "id IN (SELECT organization_id FROM deal WHERE pipeline_id = :p "
    "UNION SELECT c.organization_id FROM contact c "
    "WHERE c.id IN (SELECT contact_id FROM deal WHERE pipeline_id = :p))",
    "contacts": "c.id IN (SELECT contact_id FROM deal WHERE pipeline_id = :p)",
    "deals": "d.pipeline_id = :p",
    "stage_changes": f"deal_id IN ({_DEALS_OF})",
    "activities": f"deal_id IN ({_DEALS_OF})",
    "objections": f"o.deal_id IN ({_DEALS_OF})",
    "deal_answers": f"a.deal_id IN ({_DEALS_OF})",
    "deal_criteria": f"c.deal_id IN ({_DEALS_OF})",
}
_QUERIES = {
    "pipelines": "SELECT id, name, playbook_id, language, description, created_at "
    "FROM pipeline WHERE {where} ORDER BY id",
    "lost_reasons": "SELECT id, text, position FROM lostreason WHERE {where} ORDER BY id",
    "objection_library": "SELECT id, category, text, answer, language, created_at "
    "FROM objectionentry WHERE {where} ORDER BY id",
    "organizations": "SELECT id, name, created_at FROM organization WHERE {where} ORDER BY id",
    "contacts": "SELECT c.id, c.organization_id, o.name AS organization, c.name, c.role, "
    "c.phone, c.email, c.created_at FROM contact c "
    "LEFT JOIN organization o ON o.id = c.organization_id WHERE {where} ORDER BY c.id",
    "deals": """
        SELECT d.id, d.title, d.pipeline_id, p.name AS pipeline, d.stage_id,
               s.key AS stage_key, s.name AS stage, d.status,
               d.organization_id, o.name AS organization, d.contact_id, c.name AS contact,
               NULL AS value, d.value_minor, d.currency, d.position, d.expected_close,
               d.lost_reason, d.created_at, d.updated_at, d.stage_entered_at, d.closed_at,
               d.next_follow_up_at, d.last_activity_at
        FROM deal d
        JOIN pipeline p ON p.id = d.pipeline_id
        JOIN stage s ON s.id = d.stage_id
        LEFT JOIN organization o ON o.id = d.organization_id
        LEFT JOIN contact c ON c.id = d.contact_id
        WHERE {where} ORDER BY d.id""",
    "stage_changes": "SELECT id, deal_id, from_stage_id, to_stage_id, at "
    "FROM stagechange WHERE {where} ORDER BY id",
    "activities": "SELECT id, deal_id, kind, at, duration_minutes, outcome, text, due_at, "
    "done_at, created_at FROM activity WHERE {where} ORDER BY id",
    "objections": "SELECT o.id, o.deal_id, o.library_id, o.stage_id, s.name AS stage, "
    "o.category, o.text, o.answer_given, o.resolved, o.raised_at FROM dealobjection o "
    "LEFT JOIN stage s ON s.id = o.stage_id WHERE {where} ORDER BY o.id",
    # The question and criterion texts are in the pipelines' stages, not repeated here:
    # at 100,000 deals they would double the file.
    "deal_answers": "SELECT a.id, a.deal_id, a.question_id, a.text, a.updated_at "
    "FROM dealanswer a WHERE {where} ORDER BY a.id",
    "deal_criteria": "SELECT c.deal_id, c.criterion_id, c.checked_at "
    "FROM dealcriterion c WHERE {where} ORDER BY c.deal_id, c.criterion_id",
}


def _sql(kind: str, pipeline_id: int | None) -> str:
    where = _FILTERS.get(kind) if pipeline_id is not None else None
    return _QUERIES[kind].format(where=where or "1")


def count_rows(conn: sqlite3.Connection, kinds: tuple[str, ...], pipeline_id: int | None) -> int:
    """How many items these lists will hold (the progress total)."""
    return sum(
        conn.execute(
            f"SELECT count(*) FROM ({_sql(k, pipeline_id)})", {"p": pipeline_id}
        ).fetchone()[0]
        for k in kinds
    )


def items(conn: sqlite3.Connection, kind: str, p: int | None) -> Iterator[Item]:
    cursor = conn.execute(_sql(kind, p), {"p": p})
    columns = tuple(d[0] for d in cursor.description)
    times = tuple(i for i, c in enumerate(columns) if c == "at" or c.endswith("_at"))
    flags = tuple(i for i, c in enumerate(columns) if c == "resolved")
    deals, pipelines = kind == "deals", kind == "pipelines"
    for row in cursor.fetchall() if pipelines else cursor:
        if times or flags:
            values = list(row)
            for i in times:
                values[i] = iso(values[i])
            for i in flags:
                values[i] = bool(values[i])
            row = values
        item = dict(zip(columns, row, strict=True))
        if deals:
            item["value"] = amount(item["value_minor"], item["currency"])
        elif pipelines:
            item["stages"] = _stages(conn, item["id"])
        yield item


def _stages(conn: sqlite3.Connection, pipeline_id: int) -> list[Item]:
    stages = _select(
        conn,
        "SELECT id, key, name, position, probability, stalled_after_days, follow_up_days, "
        "idle_after_days, end_kind FROM stage WHERE pipeline_id = ? ORDER BY position, id",
        pipeline_id,
    )
    for stage in stages:
        stage["questions"] = _select(
            conn,
            "SELECT id, text, position FROM stagequestion WHERE stage_id = ? ORDER BY position, id",
            stage["id"],
        )
        stage["exit_criteria"] = _select(
            conn,
            "SELECT id, text, weight, position FROM exitcriterion WHERE stage_id = ? "
            "ORDER BY position, id",
            stage["id"],
        )
    return stages


def _select(conn: sqlite3.Connection, sql: str, *params: Any) -> list[Item]:
    cursor = conn.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def header(
    conn: sqlite3.Connection,
    database_id: str,
    pipeline_id: int | None = None,
    now: datetime | None = None,
) -> Item:
    """The document's top-level fields before the lists."""
    current: int | None = pipeline_id
    if current is None:
        row = conn.execute(
            "SELECT p.id FROM setting s JOIN pipeline p ON p.id = CAST(s.value AS INTEGER) "
            "WHERE s.key = ?",
            (CURRENT_PIPELINE_KEY,),
        ).fetchone()
        current = row[0] if row else None
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (now or utcnow()).isoformat(),
        "database_id": database_id,
        "current_pipeline_id": current,
    }


# The lists with millions of rows at 100,000 deals and no floats in them: SQLite
# writes their JSON itself, several times faster than a dict per row in Python.
_SQL_JSON = {
    "stage_changes": "id",
    "activities": "id",
    "objections": "id",
    "deal_answers": "id",
    "deal_criteria": "deal_id, criterion_id",
}


def _iso_sql(column: str) -> str:
    """export_json.iso in SQL, for the fixed-width storage format."""
    c = f'"{column}"'
    return (
        f"CASE WHEN length({c}) = 26 THEN substr({c}, 1, 10) || 'T' || substr({c}, 12, 8) "
        f"|| CASE WHEN substr({c}, 21, 6) = '000000' THEN '' ELSE substr({c}, 20, 7) END "
        f"|| '+00:00' ELSE {c} END"
    )


def _json_lines(conn: sqlite3.Connection, kind: str, p: int | None) -> Iterator[str]:
    inner = _sql(kind, p)
    empty = conn.execute(f"SELECT * FROM ({inner}) LIMIT 0", {"p": p})
    columns = [d[0] for d in empty.description]
    fields = []
    for c in columns:
        if c == "at" or c.endswith("_at"):
            expr = _iso_sql(c)
        elif c == "resolved":
            expr = "json(CASE WHEN resolved THEN 'true' ELSE 'false' END)"
        else:
            expr = f'"{c}"'
        fields.append(f"'{c}', {expr}")
    sql = f"SELECT json_object({', '.join(fields)}) FROM ({inner}) ORDER BY {_SQL_JSON[kind]}"
    for (text,) in conn.execute(sql, {"p": p}):
        yield text


def lists(conn: sqlite3.Connection, pipeline_id: int | None = None) -> dict[str, Iterator[Item]]:
    """One lazy iterator per list, in document order (read inside one transaction)."""
    return {kind: items(conn, kind, pipeline_id) for kind in LISTS}


def text_lists(
    conn: sqlite3.Connection, pipeline_id: int | None = None
) -> dict[str, Iterator[Item | str]]:
    """The same for writing a file: the longest lists yield JSON text."""
    return {
        kind: _json_lines(conn, kind, pipeline_id)
        if kind in _SQL_JSON
        else items(conn, kind, pipeline_id)
        for kind in LISTS
    }


def build_document(
    conn: sqlite3.Connection,
    database_id: str,
    pipeline_id: int | None = None,
    now: datetime | None = None,
) -> Item:
    """The whole document in memory."""
    doc = header(conn, database_id, pipeline_id, now)
    doc.update((kind, list(items)) for kind, items in lists(conn, pipeline_id).items())
    return doc


def write_document(
    path: Path,
    head: Item,
    parts: dict[str, Iterator[Item | str]],
    total: int = 0,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Streams the document to a temporary file beside `path` (one item per line:
    readable, diff-friendly, and no second copy in memory) and renames it into
    place. Items may come as JSON text already (text_lists). Returns the number of items per list. OSError when it cannot be
    written, ExportCancelled when cancelled; either way no file is left."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    counts: dict[str, int] = {}
    done = 0
    with atomic.replacing(path, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        out.write("{\n")
        for key, value in head.items():
            out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        for n, (kind, items) in enumerate(parts.items()):
            if should_cancel is not None and should_cancel():
                raise ExportCancelled()
            out.write(f"  {json.dumps(kind)}: [")
            count = 0
            for item in items:
                out.write(",\n    " if count else "\n    ")
                out.write(item if isinstance(item, str) else encode(item))
                count += 1
                done += 1
                checkpoint(done, total, progress, should_cancel)
            out.write("\n  ]" if count else "]")
            out.write(",\n" if n < len(parts) - 1 else "\n")
            counts[kind] = count
        out.write("}\n")
    if progress is not None:
        progress(done, max(total, done))
    return counts
