"""When the database cannot be opened at start: what happened, and what the rep can
do about it (restore a backup, use another folder, try again, quit). The file at
fault is never overwritten or deleted here; a restore keeps it among the backups
(storage.backups.restore), and SalesDesk never starts empty in its place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.paths import AppPaths
from salesdesk.storage.errors import StorageError
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error


class Answer(Enum):
    QUIT = "quit"
    RETRY = "retry"
    RESTORE = "restore"
    ANOTHER_FOLDER = "another-folder"
    START_NEW = "start-new"


@dataclass(frozen=True)
class Decision:
    answer: Answer
    path: Path | None = None  # the backup to restore, or the folder to use


def _t(text: str) -> str:
    return QCoreApplication.translate("startup", text)


def answers_for(exc: SalesDeskError) -> list[Answer]:
    """What makes sense for this failure, the most useful first."""
    kind = exc.kind if isinstance(exc, StorageError) else ""
    if kind == "missing":
        return [Answer.RESTORE, Answer.START_NEW, Answer.QUIT]
    if kind in ("corrupt", "not-a-database"):
        return [Answer.RESTORE, Answer.ANOTHER_FOLDER, Answer.QUIT]
    if kind in ("disk-full", "read-only", "locked"):
        return [Answer.RETRY, Answer.ANOTHER_FOLDER, Answer.QUIT]
    return [Answer.ANOTHER_FOLDER, Answer.QUIT]  # a newer version, or anything else


def _label(answer: Answer) -> str:
    return {
        Answer.QUIT: _t("&Quit"),
        Answer.RETRY: _t("&Try again"),
        Answer.RESTORE: _t("&Restore a backup…"),
        Answer.ANOTHER_FOLDER: _t("Use &another folder…"),
        Answer.START_NEW: _t("Start a &new database"),
    }[answer]


def ask(exc: SalesDeskError, paths: AppPaths) -> Decision:
    """The dialog; a restore or a folder is chosen here too, so the caller only acts."""
    while True:
        answer = _choose(exc, paths)
        if answer == Answer.RESTORE:
            chosen = _choose_backup(paths)
            if chosen is None:
                continue  # back to the choices: the rep closed the backup list
            return Decision(answer, chosen)
        if answer == Answer.ANOTHER_FOLDER:
            folder = QFileDialog.getExistingDirectory(
                None, _t("Choose a folder for SalesDesk's data"), str(Path.home())
            )
            if not folder:
                continue
            return Decision(answer, Path(folder))
        return Decision(answer)


def _choose(exc: SalesDeskError, paths: AppPaths) -> Answer:
    answers = answers_for(exc)  # Quit last: Esc and closing the box quit
    picked = msgbox.choice(
        None,
        _t("SalesDesk cannot open its database"),
        tr_error(exc),
        _t("Data folder: {path}").format(path=paths.data_dir),
        [_label(a) for a in answers],
    )
    return answers[picked]


def _choose_backup(paths: AppPaths) -> Path | None:
    from salesdesk.ui.backups.restore_dialog import RestoreDialog

    dialog = RestoreDialog([paths.backups])
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen


def restore(paths: AppPaths, backup: Path) -> str | None:
    """Restores `backup` over the database that could not be opened; the file
    that was there is kept in the backups folder first. Returns a line for the
    window's status bar, or None (after a message) when the backup was refused;
    nothing changed then."""
    from salesdesk.ui.backups.restoring import restore_with_progress

    kept, error = restore_with_progress(None, paths.database, backup, paths.backups)
    if error is not None:
        text = tr_error(error) if isinstance(error, SalesDeskError) else str(error)
        msgbox.error(None, _t("The backup was not restored"), text)
        return None
    note = _t("Restored {file}.").format(file=backup.name)
    if isinstance(kept, Path):
        note += " " + _t("The database that could not be opened is kept in {path}.").format(
            path=kept
        )
    return note


NOTE_SECONDS = 300


def show_note(window: QMainWindow, note: str) -> QLabel:
    """What a restore at start did, in the status bar for a few minutes: a
    passing status message would be covered at once by Today's own."""
    label = QLabel(note)
    label.setObjectName("startupNote")
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths are not HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.statusBar().addPermanentWidget(label, 1)
    QTimer.singleShot(NOTE_SECONDS * 1000, label, label.deleteLater)
    return label
