"""`salesdesk --self-test`: proves that this installed copy works on this machine.

It checks what a bundle can lose (the version metadata, playbooks, translations,
icons, the database migrations), then opens the real window on a fresh data
folder, creates a deal, drags it to the next stage the way the board's drop
does, undoes and redoes the move, quits, and reads the file back. It never
touches the rep's data: without --data-dir it works in a temporary folder, and
a folder that already holds a database is refused."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from salesdesk import bootstrap, logs, version
from salesdesk.core.defaults import DEFAULT_PLAYBOOK
from salesdesk.core.errors import SalesDeskError
from salesdesk.paths import AppPaths, resolve, resources_dir
from salesdesk.storage.check import Verdict, check_database
from salesdesk.storage.database import read_only_connection

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from salesdesk.core.playbook import Playbook
    from salesdesk.ui.app import RunningApp

DEAL_TITLE = "Self-test deal"


class Failed(Exception):
    """A check that did not hold; its message says what was found."""


def _require(condition: object, message: str) -> None:
    if not condition:
        raise Failed(message)


class SelfTest:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.passed = 0
        self.failed = 0

    def check(self, name: str, step: Callable[[], str]) -> bool:
        try:
            detail = step()
        except Failed as exc:
            self.failed += 1
            print(f"FAIL {name}: {exc}", file=self.out)
            return False
        except Exception:  # a bug or a missing piece of the bundle: show all of it
            self.failed += 1
            print(f"FAIL {name}:\n{traceback.format_exc()}", file=self.out)
            return False
        self.passed += 1
        print(f"ok   {name}: {detail}", file=self.out)
        return True


def check_version() -> str:
    found = version()
    frozen = getattr(sys, "frozen", False)
    _require(not (frozen and found.endswith("+source")), "the bundle lacks the package metadata")
    return found


def check_playbooks() -> str:
    from salesdesk.core import playbook as pb

    catalogue = bootstrap.shipped_playbooks()
    _require(DEFAULT_PLAYBOOK in catalogue, f"no {DEFAULT_PLAYBOOK} in {resources_dir()}")
    files = [path for languages in catalogue.values() for path in languages.values()]
    for path in files:
        pb.load(path)  # raises with the file's problem
    return f"{len(catalogue)} playbooks in {len(files)} files"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from salesdesk.ui.i18n import LANGUAGES

    folder = resources_dir() / "translations"
    for language in LANGUAGES:
        translator = QTranslator()
        _require(
            translator.load(f"salesdesk_{language}", str(folder)) and not translator.isEmpty(),
            f"salesdesk_{language}.qm is missing or empty in {folder}",
        )
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    _require(
        qt.load(QLocale("fa"), "qtbase", "_", qt_folder),
        f"Qt's own translations (qtbase_fa.qm) are missing in {qt_folder}",
    )
    return f"{len(LANGUAGES)} languages and Qt's own"


def check_icon() -> str:
    from salesdesk.ui.icon import SIZES, png_path

    missing = [size for size in SIZES if not png_path(size).is_file()]
    _require(not missing, f"icon sizes {missing} are missing in {png_path(SIZES[0]).parent}")
    return f"{len(SIZES)} sizes"


def _empty_folder(data_dir: Path) -> None:
    """Refuses a folder with anything in it: a database, backups, settings."""
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        what = "a database" if resolve(data_dir).database.exists() else "files"
        raise Failed(
            f"{data_dir} already holds {what}; the self-test needs an empty folder "
            "(leave out --data-dir to use a temporary one)"
        )


def check_language(language: str) -> str:
    """The language's translators are in and the layout runs its way."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from salesdesk.ui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = i18n.install(app, language)
    ours = [t for t in installed if Path(t.filePath()).name.startswith("salesdesk_")]
    _require(ours, f"no SalesDesk translation was loaded for {language}")
    wanted_rtl = language.split("_")[0] in i18n.RTL_LANGUAGES
    rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    direction = "right to left" if rtl else "left to right"
    _require(rtl == wanted_rtl, f"the layout is {direction}")
    names = ", ".join(Path(t.filePath()).name for t in installed)
    return f"{i18n.language_name(language)} ({names}), {direction}"


class _Workflow:
    """The window on a fresh data folder: a deal created, dragged on, undone, redone."""

    def __init__(self, data_dir: Path, language: str) -> None:
        self.data_dir = data_dir
        self.language = language
        self.running: RunningApp | None = None
        self.deal_id = 0
        self.stage_ids: list[int] = []

    def open(self) -> str:
        from salesdesk.ui import app

        def default_playbook(_catalogue: dict[str, dict[str, Path]], language: str) -> Playbook:
            return bootstrap.load_shipped(DEFAULT_PLAYBOOK, language)

        def refuse(problem: SalesDeskError, _paths: AppPaths) -> NoReturn:
            raise Failed(f"the data folder was refused: {problem.message}")

        started = app.launch(str(self.data_dir), self.language, default_playbook, refuse)
        _require(isinstance(started, app.RunningApp), f"the window did not open ({started})")
        assert isinstance(started, app.RunningApp)
        self.running = started
        self.board = started.window.board
        self.undo = started.window.undo_stack
        self.stage_ids = [c.model.column.id for c in self.board.columns]
        _require(len(self.stage_ids) >= 2, "the board has fewer than two stages")
        return f"{len(self.stage_ids)} stages on the board"

    def create(self) -> str:
        from salesdesk.ui.dialogs import DealInput

        data = DealInput(DEAL_TITLE, "SalesDesk", 123_400, "EUR", None)
        deal_id = self.board.create_deal(self.stage_ids[0], data)
        _require(deal_id, "the deal was not saved")
        self.deal_id = deal_id or 0
        _require(self._column_of_deal() == 0, "the new deal is not in the first column")
        return f"deal {self.deal_id} in the first stage"

    def move(self) -> str:
        from PySide6.QtCore import QModelIndex, Qt

        source = self.board.columns[0].model
        row = next(i for i, card in enumerate(source.visible) if card.id == self.deal_id)
        mime = source.mimeData([source.index(row, 0)])
        target = self.board.columns[1].model
        target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
        _require(self._column_of_deal() == 1, "after the drop the deal is not in the second column")
        return "dropped on the second stage"

    def undo_redo(self) -> str:
        undo = self.undo
        undo.undo()
        _require(self._column_of_deal() == 0, "undo did not bring the deal back")
        undo.redo()
        _require(self._column_of_deal() == 1, "redo did not move the deal again")
        return "the move undone and done again"

    def close(self) -> str:
        running, self.running = self.running, None
        assert running is not None
        running.close()
        # Written now, not when Python drops the window: that would come after
        # the temporary folder is gone, and make it again.
        running.window.settings.sync()
        return "the window closed and the folder released"

    def saved(self) -> str:
        """The move is in the file, and `salesdesk check` finds the file healthy."""
        path = resolve(self.data_dir).database
        with closing(read_only_connection(path)) as conn:
            row = conn.execute("SELECT stage_id FROM deal WHERE id = ?", (self.deal_id,)).fetchone()
            history = conn.execute(
                "SELECT to_stage_id FROM stagechange WHERE deal_id = ? ORDER BY id",
                (self.deal_id,),
            ).fetchall()
        _require(row is not None, "the deal is not in the database")
        _require(row[0] == self.stage_ids[1], "the database has the deal in another stage")
        _require(
            [h[0] for h in history][-1:] == [self.stage_ids[1]],
            f"the stage history does not end in the second stage: {history}",
        )
        report = check_database(path)
        _require(report.verdict == Verdict.OK, "; ".join(report.lines))
        return f"{path.name}: deal in stage 2, {len(history)} stage changes, integrity ok"

    def _column_of_deal(self) -> int:
        for i, column in enumerate(self.board.columns):
            if any(card.id == self.deal_id for card in column.model.visible):
                return i
        return -1


def run(data_dir: str | None = None, language: str | None = None, out: TextIO = sys.stdout) -> int:
    """0 when every check holds, 1 when one failed, 2 when the folder was refused.
    The window opens in `language` (English by default, not the system's: the
    result should not depend on where it runs)."""
    language = language or "en"
    if data_dir:
        folder = Path(data_dir).expanduser().resolve()
        try:
            _empty_folder(folder)
        except Failed as exc:
            print(f"salesdesk: {exc}", file=sys.stderr)
            return 2
        return _run_in(folder, language, out)
    scratch = Path(tempfile.mkdtemp(prefix="salesdesk-self-test-"))
    try:
        return _run_in(scratch / "data", language, out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if scratch.exists():
            print(f"(the temporary folder {scratch} could not be removed)", file=out)


def _run_in(folder: Path, language: str, out: TextIO) -> int:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    quiet = None
    if app is None:
        # Nothing here needs a screen, whatever the environment asks for; and the
        # offscreen platform's notes about window hints are not the rep's concern.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
        quiet = qInstallMessageHandler(_quiet_platform_notes)
    print(f"SalesDesk self-test in {folder}", file=out)
    test = SelfTest(out)
    try:
        for name, step in (
            ("version", check_version),
            ("playbooks", check_playbooks),
            ("translations", check_translations),
            ("icon", check_icon),
            ("language", lambda: check_language(language)),
        ):
            test.check(name, step)
        flow = _Workflow(folder, language)
        try:
            if test.check("window", flow.open):
                for name, step in (
                    ("new deal", flow.create),
                    ("drag to next stage", flow.move),
                    ("undo and redo", flow.undo_redo),
                ):
                    if not test.check(name, step):
                        break
        finally:
            if flow.running is not None:  # opened, even if a later check failed
                test.check("quit", flow.close)
        if flow.deal_id:
            test.check("saved", flow.saved)
    finally:
        logs.close()  # the log file was in the folder under test
        if quiet is not None:
            qInstallMessageHandler(quiet)
    verdict = "passed" if test.failed == 0 else "FAILED"
    print(f"Self-test {verdict}: {test.passed} passed, {test.failed} failed", file=out)
    return 0 if test.failed == 0 else 1


def _quiet_platform_notes(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)
