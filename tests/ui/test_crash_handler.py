"""The crash handler: a bug in a slot shows a dialog with copyable details,
writes a report to the log folder, and the window and the data carry on."""

from __future__ import annotations

import sqlite3
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from salesdesk import crash_report
from salesdesk.ui import crash
from salesdesk.ui import store as store_module
from salesdesk.ui.crash import CrashDialog, CrashHandler
from tests.helpers import drive_modal

pytestmark = pytest.mark.qt_no_exception_capture  # the handler under test takes them


@pytest.fixture
def handler(qapp, tmp_path) -> Iterator[CrashHandler]:
    installed = CrashHandler(tmp_path / "logs").install()
    yield installed
    installed.uninstall()
    installed.deleteLater()


def _positions(db_path: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT id, stage_id FROM deal ORDER BY id").fetchall()
    finally:
        conn.close()


def _history(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT count(*) FROM stagechange").fetchone()[0]
    finally:
        conn.close()


def test_a_bug_in_a_move_is_shown_reported_and_rolled_back(
    qtbot, window, handler, stages, monkeypatch
):
    """The move's write happens, then a bug strikes inside the same transaction:
    the dialog appears, the report is written, and the database is as before."""
    db_path = window.store.db.path
    before, history = _positions(db_path), _history(db_path)
    real = store_module.board.load_card

    def broken(conn, deal_id):
        real(conn, deal_id)
        raise ZeroDivisionError("deliberate bug after the move was written")

    monkeypatch.setattr(store_module.board, "load_card", broken)
    first = window.board.columns[0].model.visible[0]
    seen: dict = {}

    def look(dialog: CrashDialog) -> None:
        seen["details"] = dialog.details.toPlainText()
        seen["read_only"] = dialog.details.isReadOnly()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Keep working is the default
        seen["quit"] = dialog.quit_requested

    drive_modal(CrashDialog, look, seen)
    QTimer.singleShot(
        0, lambda: window.board.model.request_move([first.id], stages[1].id, None, False)
    )
    qtbot.waitUntil(lambda: "details" in seen or "error" in seen, timeout=5000)
    assert "error" not in seen, seen.get("error")
    assert "ZeroDivisionError: deliberate bug" in seen["details"]
    assert "load_card" in seen["details"] and seen["read_only"]
    assert seen["clipboard"] == seen["details"] and seen["quit"] is False
    # The report, private, in the log folder.
    (report,) = handler.reports
    assert report is not None and report.parent == handler.log_dir
    assert report.read_text(encoding="utf-8") == seen["details"]
    if sys.platform != "win32":
        assert stat.S_IMODE(report.stat().st_mode) == 0o600
    # Nothing was saved halfway, and the window carries on: the same move works.
    assert _positions(db_path) == before and _history(db_path) == history
    monkeypatch.undo()
    qtbot.waitUntil(lambda: window.board.columns[0].model.row_of(first.id) >= 0)
    window.board.model.request_move([first.id], stages[1].id, None, False)
    qtbot.waitUntil(lambda: window.board.columns[1].model.row_of(first.id) >= 0)
    assert _history(db_path) == history + 1 and window.isVisible()


def test_a_worker_thread_bug_is_shown_on_the_gui_thread(qtbot, handler):
    shown: list[str] = []
    drive_modal(CrashDialog, lambda d: shown.append(d.details.toPlainText()), {})

    def work() -> None:
        raise RuntimeError("deliberate bug on a worker thread")

    thread = threading.Thread(target=work, name="worker-under-test")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "RuntimeError: deliberate bug on a worker thread" in shown[0]
    assert "thread worker-under-test" in shown[0]


def test_a_burst_of_one_error_is_reported_and_shown_a_few_times(qtbot, handler, monkeypatch):
    """A paint event failing every frame: a few reports and dialogs, the rest counted."""
    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append("shown") or 0)
    for n in range(crash.BURST + 4):
        try:
            raise ValueError(f"error {n}")
        except ValueError:
            handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert shown == []  # the dialogs come from the event loop, not from inside the handler
    qtbot.waitUntil(lambda: len(shown) == crash.BURST)
    qtbot.wait(50)
    assert len(shown) == crash.BURST
    assert len([r for r in handler.reports if r is not None]) == crash.BURST
    assert handler.suppressed == 4


def test_different_errors_are_each_reported(qtbot, handler, monkeypatch):
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: 0)
    for error in (ValueError, KeyError, OSError, TypeError, IndexError):
        try:
            raise error("x")
        except error:
            handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert len([r for r in handler.reports if r is not None]) == 5 and handler.suppressed == 0


def test_the_handler_survives_text_no_file_can_hold(qtbot, handler, monkeypatch):
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: 0)
    try:
        raise FileNotFoundError("no such file: 'caf\udce9.csv'")  # an undecodable name
    except FileNotFoundError:
        handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    (report,) = handler.reports
    assert report is not None and "caf\\udce9" in report.read_text(encoding="utf-8")


def test_quit_from_the_dialog_ends_the_event_loop(qtbot, handler, monkeypatch):
    quits: list[bool] = []
    monkeypatch.setattr(crash.QApplication, "quit", lambda: quits.append(True))

    def press_quit(dialog: CrashDialog) -> None:
        for button in dialog.findChildren(crash.QPushButton):
            if button.text() == "&Quit SalesDesk":
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    drive_modal(CrashDialog, press_quit, {})
    try:
        raise OSError("deliberate")
    except OSError:
        handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: quits == [True])


def test_a_bug_before_the_window_is_fatal_and_says_so(qtbot, handler):
    seen: dict = {}

    def look(dialog: CrashDialog) -> None:
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(crash.QLabel))
        seen["buttons"] = [b.text() for b in dialog.findChildren(crash.QPushButton)]

    drive_modal(CrashDialog, look, seen)
    try:
        raise RuntimeError("deliberate start-up bug")
    except RuntimeError:
        handler.fatal(*sys.exc_info())  # type: ignore[arg-type]
    assert "has to close" in seen["text"] and "&Keep working" not in seen["buttons"]


def test_reports_are_kept_to_a_bounded_number(tmp_path, monkeypatch):
    monkeypatch.setattr(crash_report, "MAX_REPORTS", 3)
    for n in range(6):
        assert crash_report.write_report(tmp_path, f"report {n}\n") is not None
    kept = sorted(p.read_text() for p in tmp_path.glob("crash-*.txt"))
    assert kept == ["report 3\n", "report 4\n", "report 5\n"]


def test_an_unwritable_log_folder_still_shows_the_details(tmp_path):
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")
    try:
        raise KeyError("x")
    except KeyError as exc:
        text, path = crash_report.record(blocker, KeyError, exc, exc.__traceback__)
    assert path is None and "KeyError: 'x'" in text
