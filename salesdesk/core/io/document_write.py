"""Writes a checked SalesDesk document into the database (document_import.py has
the rules). Each document id is mapped to the id its row has here, list by list,
in foreign-key order."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from salesdesk.core.io.cancel import ImportCancelled
from salesdesk.core.io.document_check import Checked, Row
from salesdesk.core.io.export_json import CURRENT_PIPELINE_KEY, DATABASE_ID_KEY
from salesdesk.core.timeutil import to_storage, utcnow

SOURCE_PREFIX = "salesdesk:"
CHUNK = 2000  # rows between progress reports and cancel checks
# An "empty" database has none of these: the document's ids are kept as they are.
_DATA_TABLES = (
    "pipeline",
    "stage",
    "organization",
    "contact",
    "deal",
    "objectionentry",
    "lostreason",
    "stagequestion",
    "exitcriterion",
)
_COLUMNS = {
    "pipeline": "name playbook_id language description created_at",
    "stage": "pipeline_id key name position probability stalled_after_days follow_up_days "
    "idle_after_days end_kind",
    "stagequestion": "stage_id text position",
    "exitcriterion": "stage_id text weight position",
    "objectionentry": "category text answer language created_at",
    "lostreason": "text position",
    "organization": "name created_at",
    "contact": "organization_id name role phone email created_at",
    "deal": "pipeline_id stage_id title organization_id contact_id value_minor currency "
    "position status lost_reason expected_close created_at updated_at stage_entered_at "
    "closed_at next_follow_up_at last_activity_at",
    "stagechange": "deal_id from_stage_id to_stage_id at",
    "activity": "deal_id kind at duration_minutes outcome text due_at done_at created_at",
    "dealobjection": "deal_id library_id stage_id category text answer_given resolved raised_at",
    "dealanswer": "deal_id question_id text updated_at",
    "dealcriterion": "deal_id criterion_id checked_at",
}
_KINDS = {
    "pipeline": "pipelines",
    "stage": "stages",
    "stagequestion": "questions",
    "exitcriterion": "exit_criteria",
    "objectionentry": "objection_library",
    "lostreason": "lost_reasons",
    "organization": "organizations",
    "contact": "contacts",
    "deal": "deals",
}
# The lists hanging off a deal: (list, table, {column: the map its ids go through}).
_CHILDREN: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("stage_changes", "stagechange", {"from_stage_id": "stages", "to_stage_id": "stages"}),
    ("activities", "activity", {}),
    ("objections", "dealobjection", {"library_id": "library", "stage_id": "stages"}),
    ("deal_answers", "dealanswer", {"question_id": "questions"}),
    ("deal_criteria", "dealcriterion", {"criterion_id": "criteria"}),
)

Progress = Callable[[int, int], None]


@dataclass
class DocumentImportResult:
    source: str  # "salesdesk:<database id>"
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # already here: matched or imported

    @property
    def duplicates(self) -> int:
        """Deals skipped because an earlier import already brought them."""
        return self.skipped.get("deals", 0)

    def count(self, kind: str, added: bool = True, n: int = 1) -> None:
        target = self.added if added else self.skipped
        target[kind] = target.get(kind, 0) + n

    def __str__(self) -> str:
        return self.summary()

    def summary(self) -> str:
        """English, for the command line: 'added 120 deals, ...; skipped 3 deals ...'."""
        kinds = ("deals", "organizations", "contacts", "activities", "stage_changes", "objections")
        text = "added " + ", ".join(
            f"{self.added.get(k, 0):,} {k.replace('_', ' ')}" for k in kinds
        )
        if self.duplicates:
            text += f"; skipped {self.duplicates:,} deals imported before"
        return text


def is_empty(conn: sqlite3.Connection) -> bool:
    return not any(conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in _DATA_TABLES)


class Writer:
    def __init__(
        self,
        conn: sqlite3.Connection,
        doc: Checked,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.conn = conn
        self.doc = doc
        self.lists = doc.lists
        self.progress = progress
        self.should_cancel = should_cancel
        self.keep_ids = is_empty(conn)
        self.result = DocumentImportResult(SOURCE_PREFIX + doc.database_id)
        self.now = to_storage(utcnow())
        self.done = 0
        # document id -> id here, per kind
        self.maps: dict[str, dict[int, int]] = {
            k: {}
            for k in (
                "pipelines",
                "stages",
                "questions",
                "criteria",
                "library",
                "organizations",
                "contacts",
                "deals",
            )
        }

    def run(self) -> DocumentImportResult:
        self.tick(0)
        pipelines = self.first_ids("SELECT name, id FROM pipeline")
        for p in self.lists["pipelines"]:
            target = self.match_or_insert("pipeline", p, pipelines)
            self.maps["pipelines"][p["id"]] = target
            self.write_stages(p, target)
        self.tick(len(self.lists["pipelines"]))
        self.write_library()
        self.write_lost_reasons()
        self.write_people()
        self.write_deals()
        for kind, table, refs in _CHILDREN:
            self.write_children(kind, table, refs)
        self.set_current_pipeline()
        if self.progress is not None:
            self.progress(self.doc.total, self.doc.total)
        return self.result

    # --- plumbing ------------------------------------------------------------------------

    def tick(self, n: int) -> None:
        self.done += n
        if self.should_cancel is not None and self.should_cancel():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.doc.total), self.doc.total)

    def insert(self, table: str, row: Row) -> int:
        cols = _COLUMNS[table].split()
        values = [row[c] for c in cols]
        if self.keep_ids and "id" in row:
            cols, values = ["id", *cols], [row["id"], *values]
        marks = ", ".join("?" * len(cols))
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})"
        self.result.count(_KINDS[table])
        return int(self.conn.execute(sql, values).lastrowid or 0)

    def match_or_insert(
        self, table: str, row: Row, existing: dict[Any, int], key: Any = None
    ) -> int:
        """The id of the existing row under `key` (default: the casefolded name),
        else of a new one; an empty database keeps namesakes apart."""
        if self.keep_ids:
            return self.insert(table, row)
        key = row["name"].casefold() if key is None else key
        found = existing.get(key)
        if found is not None:
            self.result.count(_KINDS[table], added=False)
            return found
        existing[key] = self.insert(table, row)
        return existing[key]

    def first_ids(self, sql: str, *params: Any, fold: bool = True) -> dict[Any, int]:
        """(key, id) rows as key -> lowest id; text keys casefolded."""
        found: dict[Any, int] = {}
        for *key, ident in self.conn.execute(sql + " ORDER BY id", params):
            k = tuple(x.casefold() if fold and isinstance(x, str) else x for x in key)
            found.setdefault(k[0] if len(k) == 1 else k, ident)
        return found

    # --- the playbook side -----------------------------------------------------------------

    def write_stages(self, pipeline: Row, target: int) -> None:
        # A stage matches by key and kind (open, won, lost), so a deal's status keeps
        # agreeing with its stage; an end stage also matches any stage of its kind.
        by_key = self.first_ids(
            "SELECT key, coalesce(end_kind, ''), id FROM stage WHERE pipeline_id = ?",
            target,
            fold=False,
        )
        by_end = self.first_ids(
            "SELECT end_kind, id FROM stage WHERE pipeline_id = ? AND end_kind IS NOT NULL", target
        )
        for stage in pipeline["stages"]:
            found = by_key.get((stage["key"], stage["end_kind"] or "")) or by_end.get(
                stage["end_kind"]
            )
            if found is None:
                found = self.insert("stage", {**stage, "pipeline_id": target})
            else:
                self.result.count("stages", added=False)
            self.maps["stages"][stage["id"]] = found
            for sub, table, mapping in (
                ("questions", "stagequestion", "questions"),
                ("exit_criteria", "exitcriterion", "criteria"),
            ):
                existing = self.first_ids(f"SELECT text, id FROM {table} WHERE stage_id = ?", found)
                for row in stage[sub]:
                    self.maps[mapping][row["id"]] = self.match_or_insert(
                        table, {**row, "stage_id": found}, existing, row["text"].casefold()
                    )

    def write_library(self) -> None:
        existing = self.first_ids("SELECT category, text, id FROM objectionentry")
        for row in self.lists["objection_library"]:
            key = (row["category"].casefold(), row["text"].casefold())
            self.maps["library"][row["id"]] = self.match_or_insert(
                "objectionentry", row, existing, key
            )
        self.tick(len(self.lists["objection_library"]))

    def write_lost_reasons(self) -> None:
        existing = {text for (text,) in self.conn.execute("SELECT text FROM lostreason")}
        top = self.conn.execute("SELECT coalesce(max(position), -1) FROM lostreason").fetchone()[0]
        for row in self.lists["lost_reasons"]:
            if row["text"] in existing:  # the text is unique, exactly as typed
                self.result.count("lost_reasons", added=False)
                continue
            if not self.keep_ids:  # after the reasons already here
                top += 1
                row = {**row, "position": top}
            self.insert("lostreason", row)
            existing.add(row["text"])
        self.tick(len(self.lists["lost_reasons"]))

    # --- people, deals and what hangs off them ------------------------------------------------

    def write_people(self) -> None:
        orgs = self.first_ids("SELECT name, id FROM organization")
        for n, row in enumerate(self.lists["organizations"], 1):
            self.maps["organizations"][row["id"]] = self.match_or_insert("organization", row, orgs)
            self.chunk(n)
        # A contact is known by its organization's name and its own: two namesake
        # organizations in a file both match the first one here.
        people = self.first_ids(
            "SELECT o.name, c.name, c.id AS id FROM contact c "
            "LEFT JOIN organization o ON o.id = c.organization_id"
        )
        names = {o["id"]: o["name"].casefold() for o in self.lists["organizations"]}
        for n, row in enumerate(self.lists["contacts"], 1):
            org = self.maps["organizations"].get(row["organization_id"])
            key = (names.get(row["organization_id"]), row["name"].casefold())
            self.maps["contacts"][row["id"]] = self.match_or_insert(
                "contact", {**row, "organization_id": org}, people, key
            )
            self.chunk(n)
        self.tick((len(self.lists["organizations"]) + len(self.lists["contacts"])) % CHUNK)

    def chunk(self, n: int) -> None:
        if n % CHUNK == 0:
            self.tick(CHUNK)

    def write_deals(self) -> None:
        source = self.result.source
        recorded = {
            r
            for (r,) in self.conn.execute(
                "SELECT record_id FROM importedrecord WHERE source = ?", (source,)
            )
        }
        own = self.conn.execute(
            "SELECT value FROM setting WHERE key = ?", (DATABASE_ID_KEY,)
        ).fetchone()
        # A file exported from this very database: its deals are the ones here.
        here: set[int] = set()
        if own and own[0] == self.doc.database_id:
            here = {i for (i,) in self.conn.execute("SELECT id FROM deal")}
        # Merged deals go after each column's cards, in their own order.
        base: dict[int, float] = {}
        if not self.keep_ids:
            base = dict(
                self.conn.execute("SELECT stage_id, max(position) FROM deal GROUP BY stage_id")
            )
        maps, records = self.maps, []
        for n, row in enumerate(self.lists["deals"], 1):
            if str(row["id"]) in recorded or row["id"] in here:
                self.result.count("deals", added=False)
            else:
                stage = maps["stages"][row["stage_id"]]
                new = self.insert(
                    "deal",
                    {
                        **row,
                        "pipeline_id": maps["pipelines"][row["pipeline_id"]],
                        "stage_id": stage,
                        "organization_id": maps["organizations"].get(row["organization_id"]),
                        "contact_id": maps["contacts"].get(row["contact_id"]),
                        "position": row["position"] + (base.get(stage) or 0.0),
                    },
                )
                maps["deals"][row["id"]] = new
                records.append((source, str(row["id"]), new, self.now))
            self.chunk(n)
        self.tick(len(self.lists["deals"]) % CHUNK)
        self.conn.executemany(
            "INSERT OR IGNORE INTO importedrecord (source, record_id, deal_id, imported_at) "
            "VALUES (?, ?, ?, ?)",
            records,
        )

    def write_children(self, kind: str, table: str, refs: dict[str, str]) -> None:
        cols = _COLUMNS[table].split()
        if self.keep_ids and kind != "deal_criteria":  # criteria are keyed by (deal, criterion)
            cols = ["id", *cols]
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        deals = self.maps["deals"]
        rows = self.lists[kind]
        batch: list[list[Any]] = []
        for n, row in enumerate(rows, 1):
            deal = deals.get(row["deal_id"])
            if deal is None:  # its deal was imported before
                self.result.count(kind, added=False)
            else:
                mapped = {**row, "deal_id": deal}
                for column, mapping in refs.items():
                    if row[column] is not None:
                        mapped[column] = self.maps[mapping][row[column]]
                batch.append([mapped[c] for c in cols])
            if len(batch) >= CHUNK or (n == len(rows) and batch):
                self.conn.executemany(sql, batch)
                self.result.count(kind, n=len(batch))
                batch = []
            self.chunk(n)
        self.tick(len(rows) % CHUNK)

    def set_current_pipeline(self) -> None:
        current = self.maps["pipelines"].get(self.doc.current_pipeline_id or 0)
        have = self.conn.execute(
            "SELECT 1 FROM setting WHERE key = ?", (CURRENT_PIPELINE_KEY,)
        ).fetchone()
        if current is not None and (self.keep_ids or have is None):
            self.conn.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                (CURRENT_PIPELINE_KEY, str(current)),
            )
