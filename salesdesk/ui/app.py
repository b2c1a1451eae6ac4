"""GUI bootstrap: language, one instance per data folder, the database (with a
calm message when it cannot be used), the first-run playbook choice, the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLockFile, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from salesdesk import bootstrap, logs
from salesdesk.core.errors import SalesDeskError
from salesdesk.paths import AppPaths, resolve
from salesdesk.ui import i18n, msgbox
from salesdesk.ui.instance import SingleInstance
from salesdesk.ui.main_window import TODAY_SHOWN, MainWindow
from salesdesk.ui.messages import tr_error
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.core import playbook as pb

log = logging.getLogger(__name__)

ChoosePlaybook = Callable[[dict[str, dict[str, Path]], str], "pb.Playbook | None"]


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


def ask_playbook(catalogue: dict[str, dict[str, Path]], language: str) -> pb.Playbook | None:
    from salesdesk.ui.first_run import PlaybookChooser

    dialog = PlaybookChooser(catalogue, language)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RunningApp:
    """What one running window holds; `close()` releases the folder."""

    def __init__(self, paths: AppPaths, instance: SingleInstance, store: Store, window: MainWindow):
        self.paths, self.instance, self.store, self.window = paths, instance, store, window

    def close(self) -> None:
        self.window.close()
        self.store.db.close()
        self.instance.release()


def launch(
    data_dir: str | None, language: str, choose: ChoosePlaybook = ask_playbook
) -> RunningApp | int:
    """Everything up to a shown window; an int is the exit code when it cannot start."""
    paths = resolve(data_dir)
    title = _t("SalesDesk cannot start")
    try:
        paths.ensure()
        logs.setup(paths.logs)
    except OSError as exc:
        msgbox.error(
            None,
            title,
            _t(
                "The data folder {path} cannot be used: {reason}\n\n"
                "Make it writable, or start SalesDesk with another folder (--data-dir)."
            ).format(path=paths.data_dir, reason=exc.strerror or exc),
        )
        return 2
    instance = SingleInstance(paths.data_dir, paths.lock_file)
    if not instance.acquire():
        if instance.lock_error() == QLockFile.LockError.LockFailedError:
            if instance.ask_running_to_activate():
                print(
                    "SalesDesk is already running with this data folder; it was brought to the front."
                )
                return 0
            msgbox.error(
                None,
                title,
                _t("SalesDesk is already running with the data folder {path}.").format(
                    path=paths.data_dir
                ),
            )
            return 1
        msgbox.error(
            None,
            title,
            _t("The data folder {path} is read-only or cannot be locked.").format(
                path=paths.data_dir
            ),
        )
        return 2
    try:
        db = bootstrap.open_app_database(paths)
    except SalesDeskError as exc:
        log.warning("database refused: %s", exc.message)
        instance.release()
        msgbox.error(None, title, tr_error(exc))
        return 2
    store = Store(db)
    try:
        if store.current_pipeline() is None:
            book = choose(bootstrap.shipped_playbooks(), language)
            if book is None:
                raise _Cancelled
            bootstrap.start_pipeline(db, book)
    except _Cancelled:
        db.close()
        instance.release()
        return 0
    except SalesDeskError as exc:
        db.close()
        instance.release()
        msgbox.error(None, title, tr_error(exc))
        return 2
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
    morning = settings.value(TODAY_SHOWN) != today
    window = MainWindow(store, settings, language=language, morning=morning)
    instance.activated.connect(window.bring_to_front)
    window.show()
    window.activateWindow()  # the board has the keyboard at once: Enter, Ctrl+L
    return RunningApp(paths, instance, store, window)


class _Cancelled(Exception):
    pass


def run_gui(data_dir: str | None, language: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SalesDesk")
    app.setOrganizationName("SalesDesk")
    app.setDesktopFileName("salesdesk")
    lang = i18n.choose_language(language)
    _translators = i18n.install(app, lang)
    started = launch(data_dir, lang)
    if isinstance(started, int):
        return started
    try:
        return app.exec()
    finally:
        started.close()
