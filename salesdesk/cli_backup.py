"""`salesdesk backup`, `salesdesk backups` and `salesdesk restore FILE`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from salesdesk.storage.backups import BackupPreview

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Adds this module's subcommands to `sub` (argparse subparsers)."""
    b = sub.add_parser(
        "backup", help="make a verified backup now (also into the second backup folder)"
    )
    b.add_argument(
        "--to",
        metavar="FOLDER",
        help="write this one backup into FOLDER instead (no second copy, no rotation)",
    )
    sub.add_parser("backups", help="list the backups: date, reason, size, deals")
    r = sub.add_parser("restore", help="replace the database with a backup (kept first)")
    r.add_argument("file", metavar="FILE", help="the backup file to restore")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return {"backup": _backup, "backups": _list, "restore": _restore}


def _no_database(path: Path) -> int:
    print(f"salesdesk: there is no database at {path}.", file=sys.stderr)
    return 2


def _backup(args: argparse.Namespace) -> int:
    from salesdesk.paths import resolve
    from salesdesk.storage import backups

    paths = resolve(args.data_dir)
    if not paths.database.is_file():
        return _no_database(paths.database)
    if args.to:
        print(backups.make_backup(paths.database, Path(args.to).expanduser(), "manual"))
        return 0
    settings = backups.load_settings(paths.database)
    result = backups.make_backups(paths.database, paths.backups, "manual", settings=settings)
    print(result.path)
    for copy in result.copies:
        print(copy)
    for failure in result.failures:  # the backup itself is fine: a warning, exit 0
        print(f"salesdesk: warning: {failure.message}\n{failure.advice}", file=sys.stderr)
    return 0


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _list(args: argparse.Namespace) -> int:
    from salesdesk.paths import resolve
    from salesdesk.storage import backups

    paths = resolve(args.data_dir)
    second = backups.load_settings(paths.database).second_folder
    found = backups.list_backups([paths.backups, second])
    if not found:
        print(f"No backups in {paths.backups}" + (f" or {second}" if second else "") + ".")
        return 0
    for info in found:
        deals = backups.count_deals(info.path)
        count = "unreadable" if deals is None else f"{deals:,} deals"
        print(
            f"{info.made_at.astimezone():%Y-%m-%d %H:%M}  {info.reason:24} "
            f"{size_text(info.size):>9}  {count:>12}  {info.path}"
        )
    return 0


def preview_lines(shown: BackupPreview) -> list[str]:
    lines = [
        f"Backup:   {shown.path}",
        f"Made:     {shown.made_at.astimezone():%Y-%m-%d %H:%M}"
        + (f" ({shown.reason})" if shown.reason else ""),
        f"Size:     {size_text(shown.size)}",
    ]
    if shown.revision:
        lines.append(f"Schema:   {shown.revision}")
    if shown.problem is not None:
        return lines
    c = shown.counts
    lines += [
        f"Deals:    {c['open']:,} open, {c['won']:,} won, {c['lost']:,} lost",
        f"Organizations: {c['organizations']:,}; contacts: {c['contacts']:,}; "
        f"activities: {c['activities']:,}",
        "Pipelines: " + (", ".join(shown.pipelines) or "none"),
    ]
    if shown.latest is not None:
        lines.append(f"Last change: {shown.latest.astimezone():%Y-%m-%d %H:%M}")
    return lines


def _restore(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QLockFile  # the app's own lock: no QApplication needed

    from salesdesk import bootstrap
    from salesdesk.paths import resolve
    from salesdesk.storage import backups

    paths = resolve(args.data_dir)
    candidate = Path(args.file).expanduser().resolve()
    shown = backups.preview(candidate)
    print("\n".join(preview_lines(shown)))
    if shown.problem is not None:
        raise shown.problem  # printed with its advice, exit 2
    paths.ensure()
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # as the app: stale only when its process is gone
    if not lock.tryLock(100):
        if lock.error() == QLockFile.LockError.LockFailedError:
            print(
                f"salesdesk: SalesDesk is running with the data folder {paths.data_dir}. "
                "Close it, then restore (or use File ▸ Restore from a backup… there).",
                file=sys.stderr,
            )
        else:
            print(f"salesdesk: the data folder {paths.data_dir} cannot be locked.", file=sys.stderr)
        return 2
    try:
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    "salesdesk: not restoring without confirmation: "
                    "run it in a terminal, or add --yes.",
                    file=sys.stderr,
                )
                return 2
            if input(f"Replace {paths.database} with this backup? [y/N] ").strip().lower() not in (
                "y",
                "yes",
            ):
                print("Nothing was changed.")
                return 1
        policy = backups.load_settings(paths.database).policy
        safety = backups.restore(paths.database, candidate, paths.backups, policy=policy)
        bootstrap.open_app_database(paths).close()  # migrates an older backup now
    finally:
        lock.unlock()
    print(f"Restored {candidate} into {paths.database}.")
    if safety is not None:
        print(f"The database as it was is kept in {safety}")
    return 0
