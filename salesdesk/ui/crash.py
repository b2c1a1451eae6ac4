"""The crash handler: an exception no code expected (a bug) is written to a report
in the log folder and shown in a dialog with copyable details; the window keeps
running. The data is safe because every write is one transaction, rolled back
when an exception leaves it. After Picard's and qutebrowser's crash dialogs.

Exceptions raised in Qt slots and event handlers reach sys.excepthook (PySide6
calls it and returns to the event loop); ones on worker threads reach
threading.excepthook and are handed to the GUI thread."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk import crash_report

# More dialogs than this within the window below means a loop (a paint event
# failing every frame, say): later errors are still reported, but not shown.
BURST = 3
BURST_SECONDS = 30.0


class CrashDialog(QDialog):
    """`fatal`: SalesDesk cannot go on (a bug before the window was up)."""

    def __init__(
        self,
        details: str,
        report: Path | None,
        parent: QWidget | None = None,
        fatal: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SalesDesk: unexpected error"))
        self.setMinimumSize(560, 360)
        self.quit_requested = fatal
        layout = QVBoxLayout(self)
        if report is not None:
            where = self.tr("The details were saved to {path}.").format(path=report)
        else:
            where = self.tr("The details could not be saved to a file; copy them from below.")
        if fatal:
            what = self.tr(
                "Something went wrong while SalesDesk was starting, and it has to close. "
                "Your data was not changed.\n\nPlease send us the details."
            )
        else:
            what = self.tr(
                "Something went wrong inside SalesDesk. A change that was being saved when it "
                "happened is either saved whole or not at all, never halfway: check that your "
                "last change is there before doing it again.\n\n"
                "You can keep working. If it happens again, please send us the details."
            )
        summary = QLabel(what + "\n\n" + where)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if report is not None:
            folder = QPushButton(self.tr("Open &log folder"))
            folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.parent)))
            )
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        if fatal:
            close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setDefault(True)
            buttons.rejected.connect(self.reject)
        else:
            quit_button = buttons.addButton(
                self.tr("&Quit SalesDesk"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            quit_button.clicked.connect(self._quit)
            keep = buttons.addButton(
                self.tr("&Keep working"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            keep.setDefault(True)
            buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()


class CrashHandler(QObject):
    """Installed once per process by `install`; `handle` may be called directly.

    A report is written at once (on the thread that failed: it is Qt-free); the
    dialog comes from the event loop a moment later, never from inside the
    paint event or drop handler that raised."""

    _show_requested = Signal(str, object)  # details, report path

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_dir = log_dir
        self.reports: list[Path | None] = []
        self.suppressed = 0  # repeats of one error within a burst: counted, not reported
        self._showing = False
        self._shown_at: list[float] = []
        self._seen: dict[tuple[str, str], list[float]] = {}
        self._lock = threading.Lock()
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        # Queued: from any thread, the dialog opens on the GUI thread's event loop.
        self._show_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def set_log_dir(self, log_dir: Path) -> None:
        self.log_dir = log_dir

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        where = f"thread {args.thread.name}" if args.thread else "a thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, where)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        where: str = "",
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            recorded = self._record(exc_type, exc, tb, where)
            if recorded is not None:
                self._show_requested.emit(*recorded)
        except BaseException:  # the handler must not fail: Python's own, as a last resort
            sys.__excepthook__(exc_type, exc, tb)

    def fatal(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """A bug before the window is up: reported and shown now; SalesDesk then ends."""
        details, path = crash_report.record(self.log_dir, exc_type, exc, tb, "start")
        self.reports.append(path)
        CrashDialog(details, path, fatal=True).exec()

    def _record(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        where: str,
    ) -> tuple[str, Path | None] | None:
        """The report, unless the same error has repeated BURST times in a burst
        (a paint event failing every frame must not churn the disk)."""
        key = (exc_type.__name__, crash_report.place_of(tb))
        with self._lock:
            if not _take_turn(self._seen.setdefault(key, [])):
                self.suppressed += 1
                return None
        details, path = crash_report.record(self.log_dir, exc_type, exc, tb, where)
        self.reports.append(path)
        return details, path

    def _show(self, details: str, path: object) -> None:
        if not self._may_show():
            return
        self._showing = True
        try:
            report = path if isinstance(path, Path) else None
            dialog = CrashDialog(details, report, QApplication.activeWindow())
            dialog.exec()
            if dialog.quit_requested:
                QApplication.quit()
        finally:
            self._showing = False

    def _may_show(self) -> bool:
        if self._showing or QApplication.instance() is None:
            return False  # an error while the dialog is up: reported, not stacked
        return _take_turn(self._shown_at)


def _take_turn(times: list[float]) -> bool:
    """A sliding window of BURST turns per BURST_SECONDS; `times` is updated."""
    now = time.monotonic()
    times[:] = [t for t in times if now - t < BURST_SECONDS]
    if len(times) >= BURST:
        return False
    times.append(now)
    return True


_handler: CrashHandler | None = None


def install(log_dir: Path) -> CrashHandler:
    """The process's crash handler (once; the running app's entry point calls it)."""
    global _handler
    if _handler is None:
        _handler = CrashHandler(log_dir, QApplication.instance()).install()
    return _handler


def point_at(log_dir: Path) -> None:
    """Reports go to the data folder in use, and faulthandler writes hard crashes
    there; nothing happens when no handler was installed (tests keep their own)."""
    if _handler is not None:
        _handler.set_log_dir(log_dir)
        crash_report.enable_fault_log(log_dir)
