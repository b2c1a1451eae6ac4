"""Backups from the window: automatic (start, daily, exit), now, restore, second folder.

Backups run on a worker thread (the online backup API copes with the window
writing meanwhile); the exit backup runs in place, as the window closes. A failed
backup is never silent: a warning stays in the status bar until one succeeds."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.timeutil import utcnow
from salesdesk.storage import backups
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import plain_tooltip
from salesdesk.ui.worker import Job

if TYPE_CHECKING:
    from salesdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CHECK_MS = 60 * 60 * 1000  # hourly: is the newest automatic backup a day old?
DAILY = timedelta(hours=24)
EXIT_FAILURE = "backups/exitFailure"  # QSettings: the exit backup's failure, shown next start
EXIT_WAIT_S = 60.0  # at exit, a backup still running gets this long to finish


def describe(exc: BaseException) -> str:
    return tr_error(exc) if isinstance(exc, SalesDeskError) else str(exc)


class BackupController(QObject):
    """Owns the backup actions and the automatic schedule."""

    finished = Signal(object)  # a BackupResult, or the exception that stopped it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self._started = False
        self._exited = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_daily)
        # Persistent until a backup succeeds: a status message alone scrolls away.
        self.warning = QLabel()
        self.warning.setObjectName("backupWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        font = self.warning.font()
        font.setBold(True)  # the palette's own colours: readable in light and dark themes
        self.warning.setFont(font)
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)

    @property
    def started(self) -> bool:
        return self._started

    # --- where ---------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.window.store.db.path

    @property
    def folder(self) -> Path:
        """The data folder's backups folder (the database lives in the data folder)."""
        return self.db_path.parent / "backups"

    def settings(self) -> backups.BackupSettings:
        try:
            with self.window.store.db.sql() as conn:
                return backups.read_settings(conn)
        except SalesDeskError:
            return backups.BackupSettings()

    # --- actions -------------------------------------------------------------------------

    def add_actions(self, menu: QMenu) -> None:
        """Adds this controller's actions to the File menu (through window._action)."""
        w = self.window
        w._action(menu, "backupNow", self.tr("Back up &now"), self.back_up_now, "Ctrl+Shift+B")
        w._action(
            menu,
            "restoreBackup",
            self.tr("Restore from a bac&kup…"),
            self.open_restore,
            "Ctrl+Shift+R",
        )
        w._action(
            menu,
            "backupFolder",
            self.tr("Second backup &folder…"),
            self.choose_second_folder,
            "Ctrl+Alt+B",
        )

    def start(self) -> None:
        """Called once the board has painted: the start backup and the daily timer."""
        if self._started:  # the board paints again after every reload
            return
        self._started = True
        earlier = self.window.settings.value(EXIT_FAILURE)
        if earlier:
            self.window.settings.remove(EXIT_FAILURE)
            self._warn(self.tr("The backup when SalesDesk last closed failed."), str(earlier))
        self.run("start")
        self.timer.start()

    def check_daily(self) -> bool:
        """From the hourly timer: backs up when the newest automatic backup is a day old."""
        if self.job is not None:
            return False
        newest = backups.newest_automatic(self.folder)
        if newest is not None and utcnow() - newest < DAILY:
            return False
        self.run("daily")
        return True

    def back_up_now(self) -> bool:
        if self.job is not None:
            self.window.statusBar().showMessage(self.tr("A backup is already running…"), 5000)
            return False
        self.run("manual")
        return True

    def run(self, reason: str) -> Job:
        settings, db_path, folder = self.settings(), self.db_path, self.folder
        job = Job(
            lambda _job: backups.make_backups(db_path, folder, reason, settings=settings),
            f"backup-{reason}",
            self,
        )
        job.done.connect(lambda result, error: self._done(job, reason, result, error))
        self.job = job
        self.window.statusBar().showMessage(self.tr("Backing up…"))
        return job.start()

    def at_exit(self) -> None:
        """Called when the window closes: the exit backup, in place. A failure is
        logged and shown when SalesDesk next starts (the window is going away)."""
        if self._exited:
            return
        self._exited = True
        self.timer.stop()
        self.window.hide()  # closed at once for the rep; a large database takes a second
        if self.job is not None:
            self.job.wait(EXIT_WAIT_S)
        try:
            result = backups.make_backups(
                self.db_path, self.folder, "exit", settings=self.settings()
            )
        except Exception as exc:
            log.error("exit backup failed: %s", exc)
            self._remember_exit_failure(describe(exc))
            return
        if result.failures:
            self._remember_exit_failure("\n\n".join(describe(f) for f in result.failures))

    def _remember_exit_failure(self, text: str) -> None:
        self.window.settings.setValue(EXIT_FAILURE, text)
        self.window.settings.sync()  # the process is about to end

    # --- outcomes ------------------------------------------------------------------------

    def _done(self, job: Job, reason: str, result: object, error: object) -> None:
        if self.job is job:
            self.job = None
        job.deleteLater()
        if isinstance(error, BaseException):
            self._failed(reason, error)
            self.finished.emit(error)
        elif isinstance(result, backups.BackupResult):
            self._succeeded(result)
            self.finished.emit(result)

    def _succeeded(self, result: backups.BackupResult) -> None:
        bar = self.window.statusBar()
        if not result.failures:
            self.warning.hide()
            bar.showMessage(self.tr("Backed up to {path}").format(path=result.path), 5000)
            return
        folders = ", ".join(str(f.params.get("folder", "")) for f in result.failures)
        bar.showMessage(
            self.tr("Backed up, but not to the second folder {folder}").format(folder=folders),
            10_000,
        )
        self._warn(
            self.tr("Second backup folder failed: {folder}").format(folder=folders),
            "\n\n".join(describe(f) for f in result.failures),
        )

    def _failed(self, reason: str, error: BaseException) -> None:
        text = describe(error)
        log.warning("%s backup failed: %s", reason, text)
        self.window.statusBar().showMessage(self.tr("The backup failed."), 10_000)
        self._warn(self.tr("Backup failed"), text)
        if reason == "manual":  # the rep asked for it and waits for the answer
            msgbox.error(self.window, self.tr("The backup failed"), text)

    def _warn(self, headline: str, details: str) -> None:
        first = details.strip().splitlines()[0] if details.strip() else ""
        self.warning.setText(f"⚠ {headline}: {first}" if first else f"⚠ {headline}")
        self.warning.setToolTip(plain_tooltip(details))  # folder names are not HTML
        self.warning.show()

    # --- second folder and restore -------------------------------------------------------

    def choose_second_folder(self) -> bool:
        from salesdesk.ui.backups.folder_dialog import SecondFolderDialog

        current = self.settings().second_folder
        dialog = SecondFolderDialog(current, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.folder()
        dialog.deleteLater()
        if not accepted or chosen == current:
            return False
        try:
            with self.window.store.db.sql(write=True) as conn:
                backups.set_second_folder(conn, chosen)
        except SalesDeskError as exc:
            msgbox.error(self.window, self.tr("The setting was not saved"), tr_error(exc))
            return False
        if chosen is None:
            self.window.statusBar().showMessage(
                self.tr("Backups are no longer copied to a second folder."), 5000
            )
        else:  # one now, so the rep sees at once whether that folder works
            self.back_up_now()
        return True

    def open_restore(self) -> bool:
        from salesdesk.ui.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog([self.folder, self.settings().second_folder], self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if not accepted or chosen is None:
            return False
        from salesdesk.ui.backups.restoring import restore_into_window

        return restore_into_window(self, chosen)
