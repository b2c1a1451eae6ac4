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
from salesdesk.core.errors import SalesDeskError, translatable
from salesdesk.paths import AppPaths, resolve
from salesdesk.storage.errors import ReadOnlyError, StorageError, classify
from salesdesk.ui import crash, formatting, i18n, msgbox, startup_problem
from salesdesk.ui.icon import app_icon
from salesdesk.ui.instance import SingleInstance
from salesdesk.ui.main_window import TODAY_SHOWN, MainWindow
from salesdesk.ui.preferences import Preferences
from salesdesk.ui.startup_problem import Answer, Decision
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.core import playbook as pb

log = logging.getLogger(__name__)

ChoosePlaybook = Callable[[dict[str, dict[str, Path]], str], "pb.Playbook | None"]
OnProblem = Callable[[SalesDeskError, AppPaths], Decision]


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


def ask_playbook(catalogue: dict[str, dict[str, Path]], language: str) -> pb.Playbook | None:
    from salesdesk.ui.first_run import PlaybookChooser

    dialog = PlaybookChooser(catalogue, language)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


# The Linux .desktop and AppStream files carry this reverse-DNS name, so the
# desktop matches windows to the launcher (packaging/linux/).
DESKTOP_ID = "com.salesdesk.SalesDesk"
EXIT_BUG = 70  # EX_SOFTWARE: an internal error, reported in the log folder


class RunningApp:
    """What one running window holds; `close()` releases the folder."""

    def __init__(self, paths: AppPaths, instance: SingleInstance, store: Store, window: MainWindow):
        self.paths, self.instance, self.store, self.window = paths, instance, store, window

    def close(self) -> None:
        self.window.close()
        self.store.db.close()
        self.instance.release()


def launch(
    data_dir: str | None,
    language: str,
    choose: ChoosePlaybook = ask_playbook,
    on_problem: OnProblem | None = None,
) -> RunningApp | int:
    """Everything up to a shown window; an int is the exit code when it cannot
    start. `on_problem` decides what to do when the database cannot be opened
    (by default the dialog, looked up now so that tests can replace it)."""
    paths = resolve(data_dir)
    ask = on_problem or startup_problem.ask
    moved = False
    while True:
        started = _launch_in(paths, language, choose, ask)
        if not isinstance(started, AppPaths):
            if moved and isinstance(started, RunningApp):
                startup_problem.show_note(
                    started.window,
                    _t(
                        "Using the data folder {path} until SalesDesk closes; start it with "
                        "--data-dir to use that folder again."
                    ).format(path=started.paths.data_dir),
                )
            return started
        paths, moved = started, True  # the rep chose another data folder


def _launch_in(
    paths: AppPaths, language: str, choose: ChoosePlaybook, on_problem: OnProblem
) -> RunningApp | AppPaths | int:
    while True:  # until the folder is usable and ours
        problem = _prepare_folder(paths)
        if problem is None:
            instance = SingleInstance(paths.data_dir, paths.lock_file)
            if instance.acquire():
                break
            if instance.lock_error() == QLockFile.LockError.LockFailedError:
                return _already_running(instance, paths)
            problem = ReadOnlyError(
                translatable("The data folder {path} is read-only or cannot be locked."),
                path=str(paths.data_dir),
            )
        log.warning("data folder refused: %s", problem.kind)
        decision = on_problem(problem, paths)
        if decision.answer == Answer.QUIT:
            return 2
        if decision.answer == Answer.ANOTHER_FOLDER and decision.path is not None:
            return resolve(decision.path)
    crash.point_at(paths.logs)
    try:
        return _open_in(paths, instance, language, choose, on_problem)
    except BaseException:  # a bug: the folder is not left locked behind it
        instance.release()
        raise


def _open_in(
    paths: AppPaths,
    instance: SingleInstance,
    language: str,
    choose: ChoosePlaybook,
    on_problem: OnProblem,
) -> RunningApp | AppPaths | int:
    start_new, note = False, ""
    while True:
        try:
            running = _start(paths, instance, language, choose, start_new)
            if note:
                startup_problem.show_note(running.window, note)
            return running
        except _Cancelled:
            instance.release()
            return 0
        except SalesDeskError as exc:
            # Refused at open, or damage found by the first read of the board:
            # the rep decides; nothing here writes to the file at fault.
            log.warning("database refused: %s", getattr(exc, "kind", type(exc).__name__))
            decision = on_problem(exc, paths)
        if decision.answer == Answer.QUIT:
            instance.release()
            return 2
        if decision.answer == Answer.START_NEW:
            start_new = True
        elif decision.answer == Answer.RESTORE and decision.path is not None:
            note = startup_problem.restore(paths, decision.path) or note
        elif decision.answer == Answer.ANOTHER_FOLDER and decision.path is not None:
            instance.release()
            return resolve(decision.path)


def _start(
    paths: AppPaths,
    instance: SingleInstance,
    language: str,
    choose: ChoosePlaybook,
    start_new: bool,
) -> RunningApp:
    db = bootstrap.open_app_database(paths, start_new=start_new)
    try:
        store = Store(db)
        if store.current_pipeline() is None:
            book = choose(bootstrap.shipped_playbooks(), language)
            if book is None:
                raise _Cancelled
            bootstrap.start_pipeline(db, book)
        settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        morning = settings.value(TODAY_SHOWN) != today
        window = MainWindow(store, settings, language=language, morning=morning)
    except BaseException:
        db.close()
        raise
    instance.activated.connect(window.bring_to_front)
    window.show()
    window.activateWindow()  # the board has the keyboard at once: Enter, Ctrl+L
    return RunningApp(paths, instance, store, window)


def _prepare_folder(paths: AppPaths) -> StorageError | None:
    """Creates the folders and the log; the reason when that is impossible. A
    log folder that cannot be used does not stop SalesDesk: it logs in the data
    folder instead, or not at all."""
    try:
        paths.ensure()
    except OSError as exc:
        return classify(exc, paths.data_dir) or ReadOnlyError(
            translatable("The data folder {path} cannot be used: {reason}"),
            path=str(paths.data_dir),
            reason=exc.strerror or str(exc),
        )
    for folder in dict.fromkeys([paths.logs, paths.data_dir / "logs"]):
        try:
            logs.setup(folder)
            break
        except OSError as exc:
            log.warning("cannot log to %s: %s", folder, exc.strerror or exc)
    return None


def _already_running(instance: SingleInstance, paths: AppPaths) -> int:
    """A second launch on the same folder never opens the database: the first
    window comes forward, or the rep is told why this one cannot start."""
    if instance.ask_running_to_activate():
        print("SalesDesk is already running with this data folder; it was brought to the front.")
        return 0
    msgbox.error(
        None,
        _t("SalesDesk cannot start"),
        _t(
            "SalesDesk is already running with the data folder {path}, but it did not "
            "answer. Switch to its window, or close it and start SalesDesk again."
        ).format(path=paths.data_dir),
    )
    return 1


class _Cancelled(Exception):
    pass


def startup_language(data_dir: str | None, requested: str | None) -> tuple[str, str]:
    """The language and calendar to start in: --language wins over Settings,
    Settings over the system."""
    saved = Preferences.read(
        QSettings(str(resolve(data_dir).settings_file), QSettings.Format.IniFormat)
    )
    language = i18n.choose_language(requested or saved.language)
    return language, saved.calendar_for(language)


def run_gui(data_dir: str | None, language: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SalesDesk")
    app.setOrganizationName("SalesDesk")
    app.setDesktopFileName(DESKTOP_ID)  # matches the installed .desktop file
    app.setWindowIcon(app_icon())
    lang, calendar = startup_language(data_dir, language)
    _translators = i18n.install(app, lang)
    formatting.use_calendar(calendar)
    # Installed here, not in launch(): tests keep pytest-qt's hook.
    handler = crash.install(resolve(data_dir).logs)
    try:
        started = launch(data_dir, lang)
    except Exception:  # a bug before the window is up: shown, reported, then out
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None and exc is not None
        handler.fatal(exc_type, exc, tb)
        return EXIT_BUG
    if isinstance(started, int):
        return started
    try:
        return app.exec()
    finally:
        started.close()
