"""Command line: the GUI by default; demo, check, playbooks, agenda and ics as
subcommands here, import/export/backup ones in the cli_* modules beside it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from salesdesk import (
    bootstrap,
    cli_backup,
    cli_export,
    cli_import,
    cli_playbook,
    cli_report,
    version,
)
from salesdesk.core.defaults import DEFAULT_PLAYBOOK
from salesdesk.core.errors import SalesDeskError
from salesdesk.paths import resolve
from salesdesk.storage.check import check_database
from salesdesk.storage.errors import StorageError, classify
from salesdesk.terminal import shown

if TYPE_CHECKING:
    from salesdesk.core import agenda

MAX_DEMO_DEALS = 1_000_000


def _parser() -> tuple[argparse.ArgumentParser, Any]:
    parser = argparse.ArgumentParser(
        prog="salesdesk", description="SalesDesk: an offline sales pipeline for field reps."
    )
    parser.add_argument("--version", action="version", version=f"SalesDesk {version()}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="folder for the database, backups and logs "
        "(default: the user data folder, or $SALESDESK_DATA_DIR)",
    )
    parser.add_argument("--language", metavar="LANG", help="language, e.g. en, fa, ar, zh_CN, fi")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works: open the window offscreen on an empty "
        "folder (a temporary one unless --data-dir is given), create a deal, move it, exit; "
        "in English unless --language is given",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    d = sub.add_parser("demo", help="fill the data folder with realistic demo deals")
    d.add_argument(
        "--deals", type=int, default=500, metavar="N", help="how many deals (default 500)"
    )
    d.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    d.add_argument("--playbook", default=DEFAULT_PLAYBOOK, help="playbook for a new database")
    sub.add_parser("check", help="check the database's integrity without changing it")
    sub.add_parser("playbooks", help="list the playbooks that ship with SalesDesk")
    i = sub.add_parser(
        "init", help="create the database from a playbook without opening the window"
    )
    i.add_argument("--playbook", default=DEFAULT_PLAYBOOK)
    a = sub.add_parser("agenda", help="print what Today shows: follow-ups, no next step, stalled")
    a.add_argument("--json", action="store_true", help="one JSON document (times in UTC)")
    c = sub.add_parser("ics", help="write follow-ups and planned meetings as an .ics calendar")
    c.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    c.add_argument("--deal", type=int, metavar="ID", help="only this deal's (default: all)")
    return parser, sub


# What the command line adds to a StorageError's advice.
_CLI_HINTS = {
    "missing": "\n`salesdesk backups` lists them, `salesdesk restore FILE` brings one back, "
    "and `salesdesk init` starts a new database.",
    "corrupt": "\n`salesdesk backups` lists the backups, `salesdesk restore FILE` brings one back.",
    "not-a-database": "\n`salesdesk backups` lists the backups, "
    "`salesdesk restore FILE` brings one back.",
}

Handler = Callable[[argparse.Namespace], int]
# Each module adds its subcommands and returns {command: handler}; their heavy
# imports happen inside the handlers.
_EXTENSIONS = (cli_import, cli_export, cli_playbook, cli_backup, cli_report)


def main(argv: Sequence[str] | None = None) -> int:
    parser, sub = _parser()
    commands: dict[str, Handler] = {
        "demo": _demo,
        "check": _check,
        "playbooks": _playbooks,
        "init": _init,
        "agenda": _agenda,
        "ics": _ics,
    }
    for module in _EXTENSIONS:
        commands.update(module.register(sub))
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from salesdesk.ui import selftest

            return selftest.run(args.data_dir, args.language)
        if args.command is None:
            from salesdesk.ui.app import run_gui  # Qt is loaded only for the window

            return run_gui(args.data_dir, args.language)
        return commands[args.command](args)
    except StorageError as exc:
        return _storage_failed(exc)
    except SalesDeskError as exc:
        print(f"salesdesk: {shown(exc.message, 2000)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `salesdesk agenda | head`: the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes it at exit
        return 0
    except KeyboardInterrupt:
        print("salesdesk: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception as exc:
        # SQLite's own errors from a raw connection (a full disk during `demo`)
        # are the rep's environment, not a bug.
        storage = classify(exc, resolve(args.data_dir).database)
        if storage is not None:
            return _storage_failed(storage)
        return _report_bug(args, exc)  # a bug: reported, and the data is as it was


def _storage_failed(exc: StorageError) -> int:
    hint = _CLI_HINTS.get(exc.kind, "")
    print(f"salesdesk: {exc.message}\n{exc.advice}{hint}", file=sys.stderr)
    return 2


def _report_bug(args: argparse.Namespace, exc: Exception) -> int:
    from salesdesk import crash_report

    _, path = crash_report.record(
        resolve(args.data_dir).logs,
        type(exc),
        exc,
        exc.__traceback__,
        f"salesdesk {args.command}",
        log_it=False,  # the line below says it; no log file is set up here
    )
    where = f" The details are in {path}." if path else ""
    print(
        f"salesdesk: unexpected error ({type(exc).__name__}); nothing was changed.{where}",
        file=sys.stderr,
    )
    return 70


def _language(args: argparse.Namespace) -> str:
    return str(args.language or bootstrap.system_language())


def _ensure_pipeline(
    args: argparse.Namespace, start_new: bool = False
) -> tuple[bootstrap.Database, int]:
    db = bootstrap.open_app_database(resolve(args.data_dir), start_new=start_new)
    pipeline = bootstrap.current_pipeline(db)
    if pipeline is None:
        pipeline = bootstrap.start_pipeline(
            db, bootstrap.load_shipped(args.playbook, _language(args))
        )
    return db, pipeline.id or 0


def _init(args: argparse.Namespace) -> int:
    # `init` is the rep asking for a database: a new one even beside old backups.
    db, _ = _ensure_pipeline(args, start_new=True)
    print(f"Database ready at {db.path}")
    db.close()
    return 0


def _demo(args: argparse.Namespace) -> int:
    if not 1 <= args.deals <= MAX_DEMO_DEALS:
        print(f"salesdesk: --deals must be between 1 and {MAX_DEMO_DEALS:,}.", file=sys.stderr)
        return 2
    db, pipeline_id = _ensure_pipeline(args)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r  {done:,} / {total:,} deals", end="", file=sys.stderr, flush=True)

    from salesdesk.core import demo

    conn = db.raw()
    try:
        demo.generate(conn, pipeline_id, args.deals, seed=args.seed, progress=progress)
    finally:
        conn.close()
        db.close()
    if interactive:
        print(file=sys.stderr)
    print(f"Added {args.deals:,} demo deals to {db.path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check_database(resolve(args.data_dir).database)
    print(f"Database: {report.path}")
    if report.revision:
        print(f"Schema: {report.revision}")
    for table, count in report.counts.items():
        print(f"  {table}: {count:,}")
    for line in report.lines:
        print(line)
    return int(report.verdict)


def _playbooks(args: argparse.Namespace) -> int:
    from salesdesk.core import playbook as pb

    language = _language(args)
    for pid, files in sorted(bootstrap.shipped_playbooks().items()):
        book = pb.load(files[pb.best_language(set(files), language)])
        languages = ", ".join(sorted(files))
        print(f"{pid:22} {book.kind:9} {book.name}  [{languages}]")
    return 0


_HEADINGS = {
    "overdue": "Overdue",
    "today": "Due today",
    "week": "Coming week",
    "no_next_step": "No next step",
    "stalled": "Stalled",
}


def _agenda(args: argparse.Namespace) -> int:
    import json

    from salesdesk.core import agenda

    db = bootstrap.open_app_database(resolve(args.data_dir))
    try:
        with db.sql() as conn:
            today = agenda.build(conn)
    finally:
        db.close()
    if args.json:
        print(json.dumps(today.to_json(), ensure_ascii=False, indent=2))
        return 0
    for name, items in today.groups():
        print(f"{_HEADINGS[name]} ({len(items)})")
        for item in items:
            print("  " + shown(_agenda_line(item), 1000))
    return 0


def _agenda_line(item: agenda.AgendaItem) -> str:
    from salesdesk.core.agenda import TOUCH_GOAL

    where = " · ".join(p for p in (item.organization, item.stage) if p)
    line = f"{item.title} — {where}" if where else item.title
    if item.due is not None:
        line = f"{item.due.astimezone():%Y-%m-%d %H:%M}  {line}"
        if item.text:
            line += f": {item.text}"
    if item.stall is not None:
        line += f"  ({item.reason})"
    elif item.touches < TOUCH_GOAL:
        line += f"  [touch {item.touches} of {TOUCH_GOAL}]"
    return line


def _ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from salesdesk.core.io import ics

    db = bootstrap.open_app_database(resolve(args.data_dir))
    try:
        with db.sql() as conn:
            if (
                args.deal is not None
                and not conn.execute("SELECT 1 FROM deal WHERE id = ?", (args.deal,)).fetchone()
            ):
                print(f"salesdesk: there is no deal with id {args.deal}.", file=sys.stderr)
                return 2
            text = ics.calendar(conn, args.deal)
    finally:
        db.close()
    out = Path(args.out)
    try:
        events = ics.write(out, text)
    except OSError as exc:
        print(f"salesdesk: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Wrote {events} event{'s' if events != 1 else ''} to {out}")
    return 0
