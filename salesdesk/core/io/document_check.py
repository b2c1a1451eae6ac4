"""Checks a SalesDesk JSON document before a single row is written: every field's
type and range, and every reference between the lists. Problems are collected
with their place in the document ("deals[3].stage_id: ...") and reported
together, so a rep fixes a hand-edited file in one go and nothing half-imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from salesdesk.core import money
from salesdesk.core.errors import SalesDeskError, ValidationError, translatable
from salesdesk.core.io import document_fields
from salesdesk.core.io.document_fields import FIELDS, NOW, REQUIRED
from salesdesk.core.io.export_json import FORMAT, LISTS, VERSION
from salesdesk.core.models import ACTIVITY_KINDS, DEAL_STATUSES, END_KINDS
from salesdesk.core.timeutil import to_storage, utcnow

SHOWN_PROBLEMS = 20  # the message lists this many; the count is always whole

Row = dict[str, Any]


class DocumentError(SalesDeskError):
    """The document cannot be imported; `problems` lists every reason found."""

    def __init__(self, template: str, problems: list[str] | None = None, **params: Any) -> None:
        self.problems = problems or []
        super().__init__(template, **params)


def refused(problems: list[str]) -> DocumentError:
    shown = problems[:SHOWN_PROBLEMS]
    more = len(problems) - len(shown)
    lines = "\n".join(f"• {p}" for p in shown) + (f"\n… and {more} more" if more else "")
    return DocumentError(
        translatable(
            "The file was not imported ({count} problems); nothing was changed:\n{details}"
        ),
        problems,
        count=len(problems),
        details=lines,
    )


def check_header(doc: Any) -> None:
    """The top level: our format, a version this SalesDesk knows."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DocumentError(
            translatable('This is not a SalesDesk export (no "format": "salesdesk").')
        )
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DocumentError(translatable("The SalesDesk export has no valid version number."))
    if version > VERSION:
        raise DocumentError(
            translatable(
                "The file was exported by a newer SalesDesk (document version {version}); "
                "install the newer version to import it."
            ),
            version=version,
        )


@dataclass
class Checked:
    """The document with every value converted to what the database stores."""

    database_id: str
    current_pipeline_id: int | None
    lists: dict[str, list[Row]] = field(default_factory=dict)
    stage_pipeline: dict[int, int] = field(default_factory=dict)  # stage id -> pipeline id

    @property
    def total(self) -> int:
        return sum(len(rows) for rows in self.lists.values())


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.now = to_storage(utcnow())

    def fail(self, where: str, text: str) -> None:
        self.problems.append(f"{where}: {text}")

    def items(self, where: str, value: Any) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(where, "must be a list")
            return []
        return value

    def row(self, spec: str, where: str, item: Any) -> Row | None:
        if not isinstance(item, dict):
            self.fail(where, "must be an object")
            return None
        out: Row = {}
        ok = True
        for name, convert, default in FIELDS[spec]:
            raw = item.get(name)
            if raw is None:
                if default is REQUIRED:
                    self.fail(f"{where}.{name}", "is missing")
                    ok = False
                else:
                    out[name] = self.now if default is NOW else default
                continue
            value, problem = convert(raw)
            if problem:
                self.fail(f"{where}.{name}", problem)
                ok = False
            out[name] = value
        return out if ok else None

    def rows(self, doc: dict[str, Any], kind: str) -> list[Row]:
        out = []
        for i, item in enumerate(self.items(kind, doc.get(kind))):
            row = self.row(kind, f"{kind}[{i}]", item)
            if row is not None:
                row["_where"] = f"{kind}[{i}]"
                out.append(row)
        return out

    def unique(self, kind: str, rows: list[Row], key: str = "id") -> set[Any]:
        seen: set[Any] = set()
        for row in rows:
            if row[key] in seen:
                self.fail(row["_where"], f"the {key} {row[key]} appears twice")
            seen.add(row[key])
        return seen

    def ref(self, row: Row, name: str, known: set[int] | dict[int, Any], what: str) -> None:
        value = row.get(name)
        if value is not None and value not in known:
            self.fail(
                f"{row['_where']}.{name}", f"refers to {what} {value}, which the file does not have"
            )


def check_document(doc: Any) -> Checked:
    """Converts and checks the whole document; raises DocumentError listing every
    problem found, or returns the checked rows."""
    check_header(doc)
    c = _Checker()
    database_id = doc.get("database_id")
    if not isinstance(database_id, str) or not database_id.strip():
        c.fail("database_id", "is missing")
        database_id = ""
    else:
        database_id, problem = document_fields.convert("name", database_id)
        if problem:
            c.fail("database_id", problem)
            database_id = ""
    checked = Checked(database_id, None)
    stages, questions, criteria = _pipelines(c, doc, checked)
    for kind in LISTS[1:]:
        checked.lists[kind] = c.rows(doc, kind)
    lists = checked.lists
    library = c.unique("objection_library", lists["objection_library"])
    c.unique("lost_reasons", lists["lost_reasons"])
    reasons = [r["text"] for r in lists["lost_reasons"]]
    if len(set(reasons)) != len(reasons):
        c.fail("lost_reasons", "the same reason appears twice")
    orgs = c.unique("organizations", lists["organizations"])
    contacts = c.unique("contacts", lists["contacts"])
    for row in lists["contacts"]:
        c.ref(row, "organization_id", orgs, "organization")
    deals = c.unique("deals", lists["deals"])
    for row in lists["deals"]:
        _deal(c, row, stages, checked.stage_pipeline, orgs, contacts)
    for kind in ("stage_changes", "activities", "objections", "deal_answers"):
        c.unique(kind, lists[kind])
    for row in lists["stage_changes"]:
        c.ref(row, "deal_id", deals, "deal")
        c.ref(row, "from_stage_id", stages, "stage")
        c.ref(row, "to_stage_id", stages, "stage")
    for row in lists["activities"]:
        c.ref(row, "deal_id", deals, "deal")
        if row["kind"] not in ACTIVITY_KINDS:
            c.fail(f"{row['_where']}.kind", f"must be one of {', '.join(ACTIVITY_KINDS)}")
    for row in lists["objections"]:
        c.ref(row, "deal_id", deals, "deal")
        c.ref(row, "library_id", library, "library objection")
        c.ref(row, "stage_id", stages, "stage")
    for kind, key, known, what in (
        ("deal_answers", "question_id", questions, "question"),
        ("deal_criteria", "criterion_id", criteria, "exit criterion"),
    ):
        pairs: set[tuple[int, int]] = set()
        for row in lists[kind]:
            c.ref(row, "deal_id", deals, "deal")
            c.ref(row, key, known, what)
            if (row["deal_id"], row[key]) in pairs:
                c.fail(row["_where"], f"the deal {row['deal_id']} has this {what} twice")
            pairs.add((row["deal_id"], row[key]))
    current = doc.get("current_pipeline_id")
    pipelines = {p["id"] for p in lists["pipelines"]}
    if current is not None and current not in pipelines:
        c.fail("current_pipeline_id", f"refers to pipeline {current}, which the file does not have")
    checked.current_pipeline_id = current
    if c.problems:
        raise refused(c.problems)
    return checked


def _pipelines(
    c: _Checker, doc: dict[str, Any], checked: Checked
) -> tuple[dict[int, Row], set[int], set[int]]:
    """Pipelines with their stages, questions and criteria; returns the stages by
    id and the question and criterion ids."""
    stages: dict[int, Row] = {}
    questions: set[int] = set()
    criteria: set[int] = set()
    pipelines: list[Row] = []
    for i, source in enumerate(c.items("pipelines", doc.get("pipelines"))):
        where = f"pipelines[{i}]"
        pipeline = c.row("pipelines", where, source)
        if pipeline is None:
            continue
        pipeline["_where"] = where
        pipeline["stages"] = []
        pipelines.append(pipeline)
        keys: set[str] = set()
        for j, item in enumerate(c.items(f"{where}.stages", source.get("stages"))):
            stage = c.row("stages", f"{where}.stages[{j}]", item)
            if stage is None:
                continue
            stage["_where"] = f"{where}.stages[{j}]"
            if stage["end_kind"] is not None and stage["end_kind"] not in END_KINDS:
                c.fail(f"{stage['_where']}.end_kind", "must be won, lost or null")
            if stage["key"] in keys:
                c.fail(f"{stage['_where']}.key", f"the key {stage['key']!r} appears twice")
            if stage["id"] in stages:
                c.fail(f"{stage['_where']}.id", f"the stage id {stage['id']} appears twice")
            keys.add(stage["key"])
            stages[stage["id"]] = stage
            checked.stage_pipeline[stage["id"]] = pipeline["id"]
            pipeline["stages"].append(stage)
            for sub, ids in (("questions", questions), ("exit_criteria", criteria)):
                stage[sub] = []
                for k, entry in enumerate(c.items(f"{stage['_where']}.{sub}", item.get(sub))):
                    row = c.row(sub, f"{stage['_where']}.{sub}[{k}]", entry)
                    if row is None:
                        continue
                    if row["id"] in ids:
                        c.fail(
                            f"{stage['_where']}.{sub}[{k}].id", f"the id {row['id']} appears twice"
                        )
                    ids.add(row["id"])
                    stage[sub].append(row)
    c.unique("pipelines", pipelines)
    checked.lists["pipelines"] = pipelines
    return stages, questions, criteria


def _deal(
    c: _Checker,
    row: Row,
    stages: dict[int, Row],
    stage_pipeline: dict[int, int],
    orgs: set[int],
    contacts: set[int],
) -> None:
    where = row["_where"]
    c.ref(row, "organization_id", orgs, "organization")
    c.ref(row, "contact_id", contacts, "contact")
    stage = stages.get(row["stage_id"])
    if stage is None:
        c.ref(row, "stage_id", stages, "stage")
    else:
        pipeline = stage_pipeline[row["stage_id"]]
        if row["pipeline_id"] is None:
            row["pipeline_id"] = pipeline
        elif row["pipeline_id"] != pipeline:
            c.fail(
                f"{where}.stage_id",
                f"stage {row['stage_id']} is not in pipeline {row['pipeline_id']}",
            )
        if row["status"] in DEAL_STATUSES and row["status"] != (stage["end_kind"] or "open"):
            c.fail(
                f"{where}.status",
                f"is {row['status']!r} but the deal is in the stage {stage['name']!r}",
            )
    if row["status"] not in DEAL_STATUSES:
        c.fail(f"{where}.status", "must be open, won or lost")
    _value(c, row)
    for name in ("updated_at", "stage_entered_at"):
        row[name] = row[name] or row["created_at"]


def _value(c: _Checker, row: Row) -> None:
    where = row["_where"]
    try:
        row["currency"] = money.normalize_currency(row["currency"])
        minor = row["value_minor"]
        if row["value"] is not None:
            parsed = money.parse_amount(row["value"], row["currency"])
            if minor is not None and minor != parsed:
                c.fail(f"{where}.value", f"{row['value']} does not match value_minor {minor}")
            minor = parsed
        row["value_minor"] = money.check_minor(minor if minor is not None else 0)
    except ValidationError as exc:
        c.fail(f"{where}.{exc.field}", exc.message)
