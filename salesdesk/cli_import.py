"""`salesdesk import FILE`: CSV exports from Pipedrive, HubSpot, Salesforce or any
CSV (and SalesDesk's own JSON export). Exit 0 when every row came in, 1 when some
rows were refused (the others imported), 2 when nothing was imported."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesdesk.terminal import shown

if TYPE_CHECKING:
    from salesdesk.core.io import csvimport
    from salesdesk.storage.database import Database

Handler = Callable[[argparse.Namespace], int]
MAX_LISTED = 50  # bad rows printed; the count says how many more


def register(sub: Any) -> dict[str, Handler]:
    """Adds this module's subcommands to `sub` (argparse subparsers)."""
    from salesdesk.core.io.csvformats import BY_KEY, FIELDS

    p = sub.add_parser(
        "import",
        help="import deals from a CSV export (Pipedrive, HubSpot, Salesforce, any CSV) "
        "or a SalesDesk JSON export",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--format",
        choices=["auto", *sorted(BY_KEY)],
        default="auto",
        help="the tool that wrote the file (default: recognised from the header row)",
    )
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.add_argument(
        "--map-stage",
        action="append",
        default=[],
        metavar="NAME=STAGE",
        help="put deals of the file's stage NAME into STAGE (a stage key or name, or 'skip')",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"read FIELD from the column named COLUMN; fields: {', '.join(FIELDS)}",
    )
    p.add_argument(
        "--currency", default=None, help="currency of amounts without one (default: EUR)"
    )
    dates = p.add_mutually_exclusive_group()
    dates.add_argument("--day-first", action="store_true", help="read 03/04/2024 as 3 April")
    dates.add_argument("--month-first", action="store_true", help="read 03/04/2024 as 4 March")
    amounts = p.add_mutually_exclusive_group()
    amounts.add_argument(
        "--decimal-comma", action="store_true", help="amounts are written 1.234,56"
    )
    amounts.add_argument(
        "--decimal-point",
        action="store_true",
        help="amounts are written 1,234.56 (and 1.500 is 1.5)",
    )
    return {"import": _import}


def _say(text: str) -> None:
    print(f"salesdesk: {text}", file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from salesdesk import bootstrap
    from salesdesk.paths import resolve

    path = Path(args.file)
    if not path.is_file():
        _say(f"there is no file {path}.")
        return 2
    db = bootstrap.open_app_database(resolve(args.data_dir))
    try:
        if path.suffix.casefold() == ".json":
            return _import_document(db, path, args.dry_run)
        return _import_csv(db, path, args)
    finally:
        db.close()


def _import_csv(db: Database, path: Path, args: argparse.Namespace) -> int:
    from salesdesk import bootstrap
    from salesdesk.core.io import csvformats, csvimport, csvread
    from salesdesk.storage.database import write_in_own_connection

    pipeline = bootstrap.current_pipeline(db)
    if pipeline is None or pipeline.id is None:
        _say("the database has no pipeline yet; run `salesdesk init` first.")
        return 2
    table = csvread.read(path)
    fmt = (
        csvformats.detect(table.headers)
        if args.format == "auto"
        else csvformats.BY_KEY[args.format]
    )
    mapping = csvformats.guess_mapping(table.headers, fmt)
    for item in args.map:
        name, _, column = item.partition("=")
        if name not in csvformats.FIELDS or column not in table.headers:
            _say(
                f"--map {item}: use FIELD=COLUMN with a field of {', '.join(csvformats.FIELDS)} "
                f"and a column of the file ({shown(', '.join(table.headers))})."
            )
            return 2
        mapping[name] = table.headers.index(column)
    with db.sql() as conn:
        choices = _stage_choices(conn, pipeline.id, args.map_stage)
        if choices is None:
            return 2
        options = csvimport.Options(
            fmt=fmt,
            mapping=mapping,
            default_currency=args.currency or csvimport.usual_currency(conn),
            day_first=True if args.day_first else (False if args.month_first else None),
            decimal_comma=True if args.decimal_comma else (False if args.decimal_point else None),
            stage_choices=choices,
        )
        plan = csvimport.plan(conn, table, pipeline.id, options)
    print(
        f"{path.name}: {fmt.label}, {table.encoding}, "
        f"delimiter {_delimiter_name(table.delimiter)}, {plan.total_rows:,} rows"
    )
    for note in plan.notes:
        print(f"Note: {shown(note)}")
    _print_problems(plan)
    if not plan.ready:
        with db.sql() as conn:
            stages = conn.execute(
                "SELECT key, name FROM stage WHERE pipeline_id = ? ORDER BY position",
                (pipeline.id,),
            ).fetchall()
        print("These stages of the file are not in the pipeline:", file=sys.stderr)
        for name, rows in plan.unmapped.most_common():
            print(f"  {name!r} ({rows:,} rows)", file=sys.stderr)
        print(
            "Map each with --map-stage 'NAME=STAGE' (or NAME=skip). The pipeline's stages: "
            + ", ".join(f"{k} ({n})" for k, n in stages),
            file=sys.stderr,
        )
        return 2
    summary = _summary(plan)
    if args.dry_run:
        print(f"Dry run: would add {summary}. Nothing was changed.")
        return 1 if plan.problems else 0
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r  {done:,} / {total:,} deals", end="", file=sys.stderr, flush=True)

    pid = pipeline.id
    result = write_in_own_connection(
        db, lambda conn: csvimport.apply(conn, plan, pid, options, progress=progress)
    )
    if interactive:
        print(file=sys.stderr)
    print(f"Added {summary}; {result.organizations:,} new organizations.")
    return 1 if plan.problems else 0


def _summary(plan: csvimport.ImportPlan) -> str:
    won = sum(1 for d in plan.deals if d.status == "won")
    lost = sum(1 for d in plan.deals if d.status == "lost")
    parts = [f"{len(plan.deals):,} deals ({won:,} won, {lost:,} lost)"]
    if plan.duplicates:
        parts.append(f"{plan.duplicates:,} already imported and skipped")
    if plan.skipped:
        parts.append(f"{plan.skipped:,} rows skipped")
    if plan.problems:
        parts.append(f"{len(plan.problems):,} rows refused")
    return ", ".join(parts)


def _print_problems(plan: csvimport.ImportPlan) -> None:
    if not plan.problems:
        return
    print(f"{len(plan.problems):,} rows cannot be imported:", file=sys.stderr)
    for problem in plan.problems[:MAX_LISTED]:
        print(f"  line {problem.line}: {shown(problem.message)}", file=sys.stderr)
    if len(plan.problems) > MAX_LISTED:
        print(f"  … and {len(plan.problems) - MAX_LISTED:,} more", file=sys.stderr)


def _stage_choices(conn: Any, pipeline_id: int, items: list[str]) -> dict[str, int] | None:
    from salesdesk.core.io.stagemap import SKIP, StageMatcher

    known = StageMatcher(conn, pipeline_id, "").by_name  # folded names and keys
    choices: dict[str, int] = {}
    for item in items:
        name, sep, target = item.rpartition("=")
        folded = StageMatcher.fold(target)
        if not sep or not name.strip():
            _say(f"--map-stage {item!r}: use NAME=STAGE.")
            return None
        if folded == "skip":
            choices[name] = SKIP
        elif folded in known:
            choices[name] = known[folded]
        else:
            _say(f"--map-stage {item!r}: the pipeline has no stage {target!r}.")
            return None
    return choices


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(delimiter, delimiter)


def _import_document(db: Database, path: Path, dry_run: bool) -> int:
    from salesdesk.core.io import document_import
    from salesdesk.storage.database import write_in_own_connection

    doc = document_import.read_document(path)

    def work(conn: Any) -> Any:
        result = document_import.import_document(conn, doc)
        if dry_run:  # everything checked and written, then rolled back
            raise _DryRun(result)
        return result

    try:
        result = write_in_own_connection(db, work)
    except _DryRun as dry:
        print(f"Dry run: {path.name} would import: {dry.result}. Nothing was changed.")
        return 0
    print(f"Imported {path.name}: {result}")
    return 0


class _DryRun(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__("dry run")
        self.result = result
