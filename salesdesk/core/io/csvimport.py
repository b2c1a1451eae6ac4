"""Importing deals from a CSV table: `plan` reads every row and says what would
happen (deals to add, bad rows with their reasons, duplicates, stage names still
to map) without writing; `apply` writes a plan in the caller's transaction, so
a file comes in whole or not at all. Plain SQL: 50,000 rows in a few seconds."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from salesdesk.core import money
from salesdesk.core.errors import SalesDeskError, ValidationError, excerpt, translatable
from salesdesk.core.io import csvread, csvvalues, spreadsheet
from salesdesk.core.io.cancel import ImportCancelled
from salesdesk.core.io.csvformats import GENERIC, Format, Mapping
from salesdesk.core.io.stagemap import SKIP, StageMatcher
from salesdesk.core.services._common import MAX_NAME, check_name, has_surrogate
from salesdesk.core.timeutil import to_storage, utcnow

POSITION_STEP = 1024.0
CHUNK = 500  # rows between progress reports and cancel checks

Progress = Callable[[int, int], None]


class ImportError_(SalesDeskError):
    """The plan cannot be applied as it stands (stage names left to map, ...)."""


@dataclass(frozen=True)
class RowProblem:
    line: int  # the file's line number, as a spreadsheet shows it
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(slots=True)
class PlannedDeal:  # mutable: the stage is settled after the row is read, 50,000 times
    line: int
    record_id: str
    title: str
    organization: str
    contact: str
    value_minor: int
    currency: str
    stage_name: str  # as the source wrote it ("" when none)
    status: str
    stage_id: int | None  # the open stage it is in, or was in before it closed (if known)
    expected_close: date | None
    created_at: datetime
    entered_at: datetime
    closed_at: datetime | None
    lost_reason: str | None


@dataclass
class ImportPlan:
    fmt: Format
    source: str
    total_rows: int
    deals: list[PlannedDeal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: int = 0  # rows imported before (same source and record id)
    skipped: int = 0  # rows whose stage the rep chose to skip
    unmapped: Counter[str] = field(default_factory=Counter)  # stage name -> rows
    stage_ids: dict[str, int] = field(default_factory=dict)  # folded name -> stage id
    new_organizations: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.unmapped


@dataclass(frozen=True)
class ImportResult:
    added: int
    won: int
    lost: int
    organizations: int
    contacts: int
    duplicates: int
    problems: int


@dataclass(frozen=True)
class Options:
    """What the rep chose: the mapping, how dates and amounts read, the fallbacks."""

    fmt: Format = GENERIC
    mapping: Mapping = field(default_factory=dict)
    default_currency: str = "EUR"
    day_first: bool | None = None  # None: decided from the column
    decimal_comma: bool | None = None
    stage_choices: dict[str, int] = field(default_factory=dict)  # folded name -> stage id or SKIP


# --- planning ----------------------------------------------------------------------------


def usual_currency(conn: sqlite3.Connection) -> str:
    """The currency most deals are in: the default for amounts that name none."""
    row = conn.execute(
        "SELECT currency FROM deal GROUP BY currency ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else "EUR"


_STATUS_WORDS = {
    "open": "open",
    "active": "open",
    "won": "won",
    "closed won": "won",
    "lost": "lost",
    "closed lost": "lost",
    "deleted": "deleted",
}
_TRUE = {"1", "true", "yes", "y", "x"}


def _record_id(row: list[str], mapping: Mapping) -> str:
    if "record_id" in mapping and row[mapping["record_id"]].strip():
        return row[mapping["record_id"]].strip()
    # No id column: the row's content is its identity, so importing the same
    # file twice still adds nothing the second time.
    digest = hashlib.sha1("\x1f".join(c.strip() for c in row).encode("utf-8")).hexdigest()
    return f"row:{digest}"


def _source(table: csvread.CsvTable, fmt: Format, mapping: Mapping) -> tuple[str, Mapping]:
    """Deal ids are only unique within one database: a SalesDesk export names its
    database (as the JSON export does), so two colleagues' exports both import.
    Without that column, rows are known by their content."""
    if fmt.key == "csv" and "record_id" in mapping:
        # Any tool's ids (1, 2, 3...) collide with another's: they identify rows among
        # exports with the same columns and the same name, dates and numbers aside.
        stem = re.sub(r"[\d\W_]+", "", table.source.stem.casefold()) if table.source else ""
        columns = hashlib.sha1("\x1f".join(table.headers).encode("utf-8")).hexdigest()[:12]
        return f"csv:{stem}:{columns}", mapping
    if fmt.key != "salesdesk":
        return fmt.source, mapping
    folded = [h.casefold() for h in table.headers]
    if "database_id" in folded:
        column = folded.index("database_id")
        ids = {row[column].strip() for row in table.rows}
        if len(ids) == 1 and "" not in ids:
            return f"salesdesk:{ids.pop()}", mapping
    return fmt.source, {k: v for k, v in mapping.items() if k != "record_id"}


def _lookup_tables(table: csvread.CsvTable, fmt: Format) -> dict[str, dict[str, str]]:
    """Reads the files beside the import that a format looks ids up in."""
    found: dict[str, dict[str, str]] = {}
    if table.source is None:
        return found
    beside = {p.name.casefold(): p for p in table.source.parent.iterdir() if p.is_file()}
    for lookup in fmt.lookups:
        path = beside.get(lookup.file)
        if path is None or path == table.source:
            continue
        try:
            other = csvread.read(path)
        except SalesDeskError:
            continue
        folded = [h.casefold() for h in other.headers]
        if lookup.key.casefold() in folded and lookup.value.casefold() in folded:
            k, v = folded.index(lookup.key.casefold()), folded.index(lookup.value.casefold())
            found[lookup.field] = {_squash(r[k]): r[v].strip() for r in other.rows}
    return found


def _squash(text: str) -> str:
    """'GTX Pro' and 'GTXPro' are the same product in the Maven sample."""
    return "".join(text.split()).casefold()


def plan(
    conn: sqlite3.Connection,
    table: csvread.CsvTable,
    pipeline_id: int,
    options: Options,
    now: datetime | None = None,
) -> ImportPlan:
    fmt, mapping = options.fmt, options.mapping
    now = now or utcnow()
    if any(has_surrogate(h) for h in table.headers):  # only a caller's text can hold one
        raise ValidationError(
            "file", translatable("The header row holds characters that are not valid text.")
        )
    source, mapping = _source(table, fmt, mapping)
    result = ImportPlan(fmt, source, len(table.rows))
    if "title" not in mapping and "organization" not in mapping:
        raise ValidationError(
            "title", translatable("Choose the column that holds the deal's title.")
        )
    default_currency = money.normalize_currency(options.default_currency)
    lookups = _lookup_tables(table, fmt)
    if "account_id" in mapping and "organization" not in mapping and "account_id" not in lookups:
        result.notes.append(
            translatable(
                "The accounts file (Account.csv) is not beside the import: "
                "deals are imported without their organization."
            )
        )

    def column(name: str) -> list[str]:
        return [r[mapping[name]] for r in table.rows] if name in mapping else []

    comma = options.decimal_comma
    if comma is None and fmt.key == "salesdesk" and table.delimiter == ",":
        comma = False  # as exported: "0.001" KWD is one fils, not a thousand dinars
    if comma is None:
        comma = csvvalues.decimal_comma(column("value"), default=table.delimiter == ";")
    day_first = options.day_first
    if day_first is None:
        cells = [c for f in ("expected_close", "closed_at", "created_at") for c in column(f)]
        day_first = csvvalues.day_first(cells, fmt.day_first)

    matcher = StageMatcher(conn, pipeline_id, result.source, options.stage_choices)
    already = {
        r[0]
        for r in conn.execute(
            "SELECT record_id FROM importedrecord WHERE source = ?", (result.source,)
        )
    }
    known_orgs = {str(r[0]).casefold() for r in conn.execute("SELECT name FROM organization")}
    new_orgs: set[str] = set()
    seen: dict[str, int] = {}

    def cell(row: list[str], name: str) -> str:
        text = row[mapping[name]].strip() if name in mapping else ""
        # The export's spreadsheet guard, taken off again.
        return spreadsheet.restore(text) if neutralised else text

    neutralised = fmt.key == "salesdesk"

    overflowing = set(table.overflowing)
    for row, line in zip(table.rows, table.line_numbers, strict=True):
        if line in overflowing:
            result.problems.append(
                RowProblem(
                    line,
                    translatable(
                        "more cells than the header has columns (a comma or semicolon inside "
                        "a cell that is not in quotes?)"
                    ),
                )
            )
            continue
        if has_surrogate("\x1f".join(row)):
            result.problems.append(
                RowProblem(line, translatable("the row holds characters that are not valid text"))
            )
            continue
        record_id = _record_id(row, mapping)
        if record_id in already:
            result.duplicates += 1
            continue
        if record_id in seen:
            result.problems.append(
                RowProblem(
                    line,
                    translatable("the same record as line {other} ({id})"),
                    {"other": seen[record_id], "id": record_id[:40]},
                )
            )
            continue
        try:
            deal = _read_row(
                row,
                line,
                record_id,
                cell,
                lookups,
                comma,
                day_first,
                default_currency,
                now,
                tidy=not neutralised,
            )
        except (csvvalues.ValueProblem, ValidationError) as exc:
            result.problems.append(RowProblem(line, exc.template, dict(exc.params)))
            continue
        if deal is None:  # deleted in the source
            result.skipped += 1
            continue
        stage_id, status = matcher.resolve(deal.stage_name, deal.status)
        if stage_id == SKIP:
            result.skipped += 1
            continue
        if stage_id is None and status == "open":
            result.unmapped[deal.stage_name] += 1
        elif stage_id is not None:
            result.stage_ids[matcher.fold(deal.stage_name)] = stage_id
        deal.stage_id = stage_id
        _settle_status(deal, status, now)
        seen[record_id] = line
        result.deals.append(deal)
        org = deal.organization.casefold()
        if org and org not in known_orgs:
            new_orgs.add(org)
    result.new_organizations = len(new_orgs)
    return result


def _read_row(
    row: list[str],
    line: int,
    record_id: str,
    cell: Callable[[list[str], str], str],
    lookups: dict[str, dict[str, str]],
    comma: bool,
    day_first: bool,
    default_currency: str,
    now: datetime,
    tidy: bool = True,
) -> PlannedDeal | None:
    """One row as a deal; ValidationError or ValueProblem when it cannot be one.
    `tidy` folds runs of spaces and line breaks in names into one space, as other
    tools' exports need; SalesDesk's own deals.csv comes back as written."""

    def name(text: str) -> str:
        return " ".join(text.split()) if tidy else text

    organization = cell(row, "organization")
    if not organization and "account_id" in lookups:
        organization = lookups["account_id"].get(_squash(cell(row, "account_id")), "")
    organization = name(organization)
    detail = cell(row, "title_detail")
    title = cell(row, "title") or organization
    if detail:
        title = f"{title} — {detail}" if title else detail
    title = name(title)
    if not title:
        raise ValidationError("title", translatable("no title"))
    if len(title) > MAX_NAME:  # the services' limit: an imported deal can be edited later
        raise ValidationError(
            "title",
            translatable("the title is longer than {limit} characters"),
            limit=MAX_NAME,
        )
    # The services' rules for names: nothing invisible, no control characters.
    check_name(title, "title", translatable("title"))
    if organization:
        check_name(organization, "organization", translatable("organization name"))
    contact = name(cell(row, "contact"))
    if contact:
        check_name(contact, "contact", translatable("contact name"))

    status = _status(cell(row, "status"), cell(row, "won_flag"), cell(row, "closed_flag"))
    if status == "deleted":
        return None

    amount = csvvalues.parse_amount(cell(row, "value"), comma)
    if amount is None and detail and "title_detail" in lookups and status in ("", "open"):
        price = lookups["title_detail"].get(_squash(detail))
        amount = csvvalues.parse_amount(price, False) if price else None
    column_currency = cell(row, "currency")
    if (
        column_currency
        and amount
        and amount.certain
        and money.normalize_currency(column_currency) != amount.currency
    ):
        raise ValidationError(
            "currency",
            translatable("the amount '{amount}' is not in {currency}, the currency column's"),
            amount=excerpt(cell(row, "value")),
            currency=excerpt(column_currency),
        )
    currency = column_currency or (amount.currency if amount else None) or default_currency
    currency = money.normalize_currency(currency)
    value_minor = _minor(amount.value if amount else Decimal(0), currency)

    expected = csvvalues.parse_when(cell(row, "expected_close"), day_first)
    closed = csvvalues.parse_when(cell(row, "closed_at"), day_first)
    created = csvvalues.parse_when(cell(row, "created_at"), day_first)
    entered = csvvalues.parse_when(cell(row, "stage_entered_at"), day_first)
    created_at = created.at if created else (entered.at if entered else now)
    entered_at = entered.at if entered else created_at
    closed_at = None
    if status != "open":
        ended = closed or expected
        closed_at = ended.at if ended else now
    reason = name(cell(row, "lost_reason")) if status == "lost" else ""
    if reason:
        check_name(reason, "lost_reason", translatable("lost reason"))
    return PlannedDeal(
        line=line,
        record_id=record_id,
        title=title,
        organization=organization,
        contact=contact,
        value_minor=value_minor,
        currency=currency,
        stage_name=cell(row, "stage"),
        status=status,
        stage_id=None,
        expected_close=expected.day if expected else None,
        created_at=min(created_at, entered_at),
        entered_at=entered_at,
        closed_at=closed_at,
        lost_reason=reason or None,
    )


def _status(text: str, won_flag: str, closed_flag: str) -> str:
    if text:
        word = _STATUS_WORDS.get(" ".join(text.casefold().replace("_", " ").split()))
        if word is None:
            raise ValidationError(
                "status",
                translatable("unknown status '{text}' (open, won or lost)"),
                text=excerpt(text),
            )
        return word
    if closed_flag:
        if closed_flag.casefold() not in _TRUE:
            return "open"
        return "won" if won_flag.casefold() in _TRUE else "lost"
    return ""  # decided by the stage


@lru_cache(maxsize=65536)
def _minor(amount: Decimal, currency: str) -> int:
    # "1000.00" JPY is fine (the zeros say nothing); "10.505" EUR is refused, as
    # the deal panel refuses it, rather than silently rounded.
    scaled = amount.scaleb(money.exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            "value",
            translatable("{currency} has {digits} decimal places at most"),
            currency=currency,
            digits=money.exponent(currency),
        )
    return money.check_minor(int(scaled))


def _settle_status(deal: PlannedDeal, status: str, now: datetime) -> None:
    """The stage decided the status (HubSpot's "Closed Won"): closing date and
    lost reason follow it."""
    if status == deal.status:
        return
    if status != "open" and deal.closed_at is None:
        deal.closed_at = (
            datetime.combine(deal.expected_close, datetime.min.time(), UTC).replace(hour=12)
            if deal.expected_close
            else now
        )
    if status == "open":
        deal.closed_at = None
    if status != "lost":
        deal.lost_reason = None
    deal.status = status


# --- applying ------------------------------------------------------------------------------


def apply(
    conn: sqlite3.Connection,
    the_plan: ImportPlan,
    pipeline_id: int,
    options: Options,
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Writes the plan's deals; run it inside one transaction (the caller's), which
    holds the write lock, so ids can be handed out up front and each chunk of
    rows goes in with one executemany per table."""
    if not the_plan.ready:
        raise ImportError_(
            translatable("Choose a stage for: {names}"),
            names=", ".join(sorted(the_plan.unmapped)),
        )
    stamp = to_storage(now or utcnow())
    StageMatcher(conn, pipeline_id, the_plan.source, options.stage_choices).remember(conn)
    writer = _Writer(conn, pipeline_id, the_plan.source, stamp)
    total = len(the_plan.deals)
    for first in range(0, total, CHUNK):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled
        if progress is not None:
            progress(first, total)
        writer.write(the_plan.deals[first : first + CHUNK])
    if should_cancel is not None and should_cancel():
        raise ImportCancelled
    if progress is not None:
        progress(total, total)
    counts = writer.counts
    return ImportResult(
        added=total,
        won=counts["won"],
        lost=counts["lost"],
        organizations=counts["organizations"],
        contacts=counts["contacts"],
        duplicates=the_plan.duplicates,
        problems=len(the_plan.problems),
    )


class _Writer:
    """Turns planned deals into rows: organizations and contacts found or made
    once, positions at the end of each column, the history, the record ids."""

    def __init__(self, conn: sqlite3.Connection, pipeline_id: int, source: str, stamp: str):
        self.conn, self.pipeline_id, self.source, self.stamp = conn, pipeline_id, source, stamp
        self.ends: dict[str, int] = dict(
            conn.execute(
                "SELECT end_kind, id FROM stage WHERE pipeline_id = ? AND end_kind IS NOT NULL",
                (pipeline_id,),
            ).fetchall()
        )
        self.orgs = {
            str(name).casefold(): oid
            for oid, name in conn.execute("SELECT id, name FROM organization")
        }
        self.contacts = {
            (org, str(name).casefold()): cid
            for cid, org, name in conn.execute("SELECT id, organization_id, name FROM contact")
        }
        self.next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM deal").fetchone()[0])
        self.tops: dict[int, float] = {}
        self.counts = Counter[str]()
        # Exports repeat their dates: formatting each distinct one once saves a second.
        self.ts = lru_cache(maxsize=65536)(to_storage)

    def _organization(self, name: str) -> int | None:
        if not name:
            return None
        key = name.casefold()
        if key not in self.orgs:
            self.orgs[key] = _insert(
                self.conn,
                "INSERT INTO organization (name, created_at) VALUES (?, ?)",
                (name, self.stamp),
            )
            self.counts["organizations"] += 1
        return self.orgs[key]

    def _contact(self, name: str, org_id: int | None) -> int | None:
        if not name:
            return None
        key = (org_id, name.casefold())
        if key not in self.contacts:
            self.contacts[key] = _insert(
                self.conn,
                "INSERT INTO contact (organization_id, name, role, phone, email, created_at)"
                " VALUES (?, ?, '', '', '', ?)",
                (org_id, name, self.stamp),
            )
            self.counts["contacts"] += 1
        return self.contacts[key]

    def _position(self, stage_id: int) -> float:
        if stage_id not in self.tops:
            top = self.conn.execute(
                "SELECT max(position) FROM deal WHERE stage_id = ? AND status = 'open'",
                (stage_id,),
            ).fetchone()[0]
            self.tops[stage_id] = float(top or 0.0)
        self.tops[stage_id] += POSITION_STEP
        return self.tops[stage_id]

    def write(self, chunk: list[PlannedDeal]) -> None:
        deals: list[tuple[Any, ...]] = []
        changes: list[tuple[int, int | None, int, str]] = []
        records: list[tuple[str, str, int, str]] = []
        for deal in chunk:
            org_id = self._organization(deal.organization)
            contact_id = self._contact(deal.contact, org_id)
            closed = deal.status != "open"
            stage_id = self.ends[deal.status] if closed else deal.stage_id
            assert stage_id is not None, "an open deal without a stage: the plan was not ready"
            self.next_id += 1
            deal_id = self.next_id
            deals.append(
                (
                    deal_id,
                    self.pipeline_id,
                    stage_id,
                    deal.title,
                    org_id,
                    contact_id,
                    deal.value_minor,
                    deal.currency,
                    0.0 if closed else self._position(stage_id),
                    deal.status,
                    deal.lost_reason,
                    deal.expected_close.isoformat() if deal.expected_close else None,
                    self.ts(deal.created_at),
                    self.stamp,
                    self.ts(deal.closed_at or deal.entered_at),
                    self.ts(deal.closed_at) if deal.closed_at else None,
                )
            )
            # The history the metrics read: entered its stage, then won or lost.
            first = deal.stage_id if deal.stage_id is not None else stage_id
            # A closed deal whose earlier stage is unknown entered Won or Lost when it
            # closed, not when it was created: the metrics read cycle lengths from this.
            entered = deal.closed_at if first == stage_id and deal.closed_at else deal.entered_at
            changes.append((deal_id, None, first, self.ts(entered)))
            if closed and first != stage_id and deal.closed_at is not None:
                changes.append((deal_id, first, stage_id, self.ts(deal.closed_at)))
            records.append((self.source, deal.record_id, deal_id, self.stamp))
            self.counts[deal.status] += 1
        self.conn.executemany(
            "INSERT INTO deal (id, pipeline_id, stage_id, title, organization_id, contact_id,"
            " value_minor, currency, position, status, lost_reason, expected_close, created_at,"
            " updated_at, stage_entered_at, closed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            deals,
        )
        self.conn.executemany(
            "INSERT INTO stagechange (deal_id, from_stage_id, to_stage_id, at) VALUES (?, ?, ?, ?)",
            changes,
        )
        self.conn.executemany(
            "INSERT INTO importedrecord (source, record_id, deal_id, imported_at)"
            " VALUES (?, ?, ?, ?)",
            records,
        )


def _insert(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> int:
    cursor = conn.execute(sql, params)
    assert cursor.lastrowid is not None
    return cursor.lastrowid
