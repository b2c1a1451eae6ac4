"""`salesdesk playbook export|import|list`: a pipeline's process as a TOML playbook file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Adds this module's subcommands to `sub` (argparse subparsers)."""
    p = sub.add_parser(
        "playbook", help="export the pipeline's process as a playbook file, or import one"
    )
    actions = p.add_subparsers(dest="playbook_command", required=True)
    e = actions.add_parser("export", help="write a pipeline's playbook as a TOML file")
    e.add_argument("--out", required=True, metavar="FILE", help="the .toml file to write")
    e.add_argument(
        "--pipeline", type=int, metavar="ID", help="which pipeline (default: the current one)"
    )
    i = actions.add_parser("import", help="create a pipeline from a playbook file and switch to it")
    i.add_argument("file", metavar="FILE", help="a playbook .toml file")
    actions.add_parser("list", help="list the pipelines with their ids")
    return {"playbook": _playbook}


def _playbook(args: argparse.Namespace) -> int:
    handlers: dict[str, Handler] = {"export": _export, "import": _import, "list": _list}
    return handlers[args.playbook_command](args)


def _problems(source: str, problems: list[str]) -> int:
    print(f"salesdesk: {source} has problems; nothing was changed:", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 2


def _pipelines(db: Any) -> list[tuple[int, str, int, bool]]:
    """(id, name, stage count, is current) for every pipeline, in id order."""
    from salesdesk.core import board

    with db.sql() as conn:
        current = board.current_pipeline(conn)
        rows = conn.execute(
            "SELECT p.id, p.name, (SELECT count(*) FROM stage s WHERE s.pipeline_id = p.id) "
            "FROM pipeline p ORDER BY p.id"
        ).fetchall()
    return [(pid, name, n, current is not None and current.id == pid) for pid, name, n in rows]


def _list(args: argparse.Namespace) -> int:
    from salesdesk.bootstrap import open_app_database
    from salesdesk.paths import resolve

    db = open_app_database(resolve(args.data_dir))
    try:
        rows = _pipelines(db)
    finally:
        db.close()
    for pid, name, stages, current in rows:
        print(f"{'*' if current else ' '} {pid:4}  {name}  ({stages} stages)")
    return 0


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from salesdesk.bootstrap import open_app_database
    from salesdesk.core import playbook as pb
    from salesdesk.core import playbook_export as px
    from salesdesk.paths import resolve

    db = open_app_database(resolve(args.data_dir))
    try:
        rows = _pipelines(db)
        chosen = args.pipeline
        if chosen is None:
            chosen = next((pid for pid, _n, _s, current in rows if current), None)
        if chosen is None:
            print(
                "salesdesk: there is no pipeline yet; `salesdesk init` makes one.", file=sys.stderr
            )
            return 2
        if chosen not in {pid for pid, *_ in rows}:
            known = ", ".join(f"{pid} ({name})" for pid, name, *_ in rows)
            print(
                f"salesdesk: there is no pipeline with id {chosen}; there are: {known}.",
                file=sys.stderr,
            )
            return 2
        try:
            with db.sql() as conn:
                exported = px.export(conn, chosen)
        except pb.PlaybookError as exc:
            return _problems(f"the pipeline {exc.params['source']}", exc.problems)
    finally:
        db.close()
    out = Path(args.out)
    try:
        px.write(out, exported.text)
    except OSError as exc:
        print(f"salesdesk: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    book = exported.playbook
    print(f"Wrote the playbook '{book.name}' ({len(book.stages)} stages) to {out}")
    if exported.skipped_objections:
        n = exported.skipped_objections
        print(f"Left out {n} objection{'s' if n != 1 else ''} of the library with no answer.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from salesdesk.bootstrap import open_app_database
    from salesdesk.core import playbook as pb
    from salesdesk.core import playbook_export as px
    from salesdesk.core.services import pipelines
    from salesdesk.paths import resolve

    path = Path(args.file)
    db = open_app_database(resolve(args.data_dir))
    try:
        with db.transaction() as session:
            pipeline = px.import_playbook(session, path)
            stages = len(pipelines.stages(session, pipeline.id or 0))
    except pb.PlaybookError as exc:
        return _problems(str(path), exc.problems)
    finally:
        db.close()
    print(f"Imported '{pipeline.name}' with {stages} stages; it is now the current pipeline.")
    return 0
