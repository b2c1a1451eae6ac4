"""`salesdesk export --format json|csv --out PATH [--pipeline ID]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Adds this module's subcommands to `sub` (argparse subparsers)."""
    e = sub.add_parser(
        "export",
        help="write everything as one JSON document, or as CSV files for a spreadsheet",
        description="JSON: one file holding everything, which `salesdesk import` reads back. "
        "CSV: a folder with deals, organizations, contacts, activities, objections and "
        "stage changes, spreadsheet-safe (UTF-8 with BOM).",
    )
    e.add_argument(
        "--format", choices=("json", "csv"), default="json", help="json (default) or csv"
    )
    e.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="the .json file (a folder gets salesdesk-export-DATE.json), "
        "or the folder for the CSV files (created if missing)",
    )
    e.add_argument("--pipeline", type=int, metavar="ID", help="only this pipeline's deals")
    return {"export": _export}


def _say(text: str) -> None:
    print(f"salesdesk: {text}", file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    import sqlite3

    from salesdesk import bootstrap
    from salesdesk.core.io.export import export_data
    from salesdesk.paths import resolve
    from salesdesk.storage.errors import classify

    paths = resolve(args.data_dir)
    if not paths.database.exists():
        _say(f"there is no database at {paths.database}; nothing to export.")
        return 2
    db = bootstrap.open_app_database(paths)
    out = Path(args.out).expanduser()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r  {done:,} / {total:,} rows", end="", file=sys.stderr, flush=True)

    conn = db.raw()  # its own connection: the export reads one snapshot
    try:
        result = export_data(conn, args.format, out, pipeline_id=args.pipeline, progress=progress)
    except OSError as exc:
        _say(f"cannot write {out}: {exc.strerror or exc}. Nothing was written.")
        return 2
    except sqlite3.Error as exc:
        classified = classify(exc, db.path)
        if classified is None:
            raise
        raise classified from exc
    finally:
        conn.close()
        db.close()
        if interactive:
            print(file=sys.stderr)
    what = "CSV files to" if result.format == "csv" else "JSON to"
    print(f"Wrote {what} {result.path}: {result.summary()}")
    return 0
