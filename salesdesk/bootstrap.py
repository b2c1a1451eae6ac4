"""Start-up steps shared by the GUI and the command line (Qt-free)."""

from __future__ import annotations

import locale
import os
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.core.errors import SalesDeskError, translatable
from salesdesk.paths import AppPaths, resources_dir
from salesdesk.storage.backup import BackupInfo, list_backups
from salesdesk.storage.database import Database, is_blank, open_database
from salesdesk.storage.errors import MissingDatabaseError, classify

if TYPE_CHECKING:  # the models cost ~60 ms to import; the window opens without them
    from salesdesk.core import playbook as pb
    from salesdesk.core.models import Pipeline


def open_app_database(paths: AppPaths, start_new: bool = False) -> Database:
    """The rep's database, created when there is none. When there is none (or
    an empty one: a 0-byte file, or one without a pipeline) but there are
    backups, MissingDatabaseError lets the rep choose between restoring and
    `start_new`: never an empty database silently in place of theirs."""
    try:
        paths.ensure()
    except OSError as exc:
        raise (classify(exc, paths.data_dir) or exc) from exc
    blank = is_blank(paths.database)
    if not start_new and blank:
        found = list_backups([paths.backups])
        if found:
            raise _missing(paths, found)
    db = open_database(paths.database, paths.backups)
    if not start_new and not blank and _has_no_pipeline(db):
        found = list_backups([paths.backups])  # only then: not on every start
        if found:
            db.close()
            raise _missing(paths, found)
    return db


def _has_no_pipeline(db: Database) -> bool:
    with db.sql() as conn:
        return conn.execute("SELECT count(*) FROM pipeline").fetchone()[0] == 0


def _missing(paths: AppPaths, found: list[BackupInfo]) -> MissingDatabaseError:
    return MissingDatabaseError(
        translatable(
            "There is no database with your deals in {folder}, but there are backups of "
            "one ({count}), the newest made on {date}."
        ),
        folder=str(paths.data_dir),
        count=len(found),
        date=found[0].made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
    )


def system_language() -> str:
    """The language the rep's system asks for, as 'fa', 'zh_CN', ..."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0].split(".")[0]
    return (locale.getlocale()[0] or "en").split(".")[0]


def shipped_playbooks() -> dict[str, dict[str, Path]]:
    from salesdesk.core import playbook as pb

    return pb.shipped(resources_dir() / "playbooks")


def load_shipped(playbook_id: str, language: str) -> pb.Playbook:
    from salesdesk.core import playbook as pb

    catalogue = shipped_playbooks()
    if playbook_id not in catalogue:
        raise SalesDeskError(
            translatable("There is no playbook called '{name}'."), name=playbook_id
        )
    files = catalogue[playbook_id]
    return pb.load(files[pb.best_language(set(files), language)])


def current_pipeline(db: Database) -> Pipeline | None:
    from salesdesk.core.services import pipelines

    with db.transaction() as session:
        return pipelines.current_pipeline(session)


def start_pipeline(db: Database, book: pb.Playbook) -> Pipeline:
    """Creates the pipeline from a playbook and makes it the current one."""
    from salesdesk.core import playbook as pb
    from salesdesk.core.services import pipelines

    with db.transaction() as session:
        pipeline = pb.apply_pipeline(session, book)
        pipelines.set_current_pipeline(session, pipeline.id or 0)
        return pipeline
