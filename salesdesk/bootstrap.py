"""Start-up steps shared by the GUI and the command line (Qt-free)."""

from __future__ import annotations

import locale
import os
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.core.errors import SalesDeskError, translatable
from salesdesk.paths import AppPaths, resources_dir
from salesdesk.storage.backup import list_backups
from salesdesk.storage.database import Database, open_database
from salesdesk.storage.errors import MissingDatabaseError, classify

if TYPE_CHECKING:  # the models cost ~60 ms to import; the window opens without them
    from salesdesk.core import playbook as pb
    from salesdesk.core.models import Pipeline


def open_app_database(paths: AppPaths, start_new: bool = False) -> Database:
    """The rep's database, created when there is none. When there is none but
    there are backups of one, MissingDatabaseError lets the rep choose between
    restoring and `start_new`: never an empty database silently in its place."""
    try:
        paths.ensure()
    except OSError as exc:
        raise (classify(exc, paths.data_dir) or exc) from exc
    if not start_new and not paths.database.exists():
        found = list_backups([paths.backups])
        if found:
            raise MissingDatabaseError(
                translatable(
                    "There is no database in {folder}, but there are {count} backups of one, "
                    "the newest made on {date}."
                ),
                folder=str(paths.data_dir),
                count=len(found),
                date=found[0].made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
    return open_database(paths.database, paths.backups)


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
