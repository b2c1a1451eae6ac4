"""Child process for the board benchmarks. `baseline` imports PySide6 and sqlmodel
and shows an empty window; `board DB` shows the real main window over a demo
database. Both print one JSON line once the first paint is done, after which
`board` also times moves and filter keystrokes and prints a second line."""

from __future__ import annotations

import json
import statistics
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    mode = sys.argv[1]
    import sqlmodel  # noqa: F401  (the baseline pays for the same imports)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if mode == "baseline":
        window = QMainWindow()
        target = window
    else:
        from pathlib import Path

        from PySide6.QtCore import QSettings

        from salesdesk.storage.database import open_database
        from salesdesk.ui.main_window import MainWindow
        from salesdesk.ui.store import Store

        db = open_database(Path(sys.argv[2]))
        store = Store(db)
        window = MainWindow(store, QSettings(sys.argv[2] + ".ini", QSettings.Format.IniFormat))
        target = window.board.columns[0].view.viewport()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if obj is target and event.type() == QEvent.Type.Paint:
                target.removeEventFilter(self)
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        print(json.dumps({"painted": True, "rss_mb": rss_mb()}), flush=True)
        if mode == "baseline":
            app.quit()
        else:
            print(json.dumps(interact(window)), flush=True)
            app.quit()

    watcher = FirstPaint()
    target.installEventFilter(watcher)
    window.resize(1200, 760)
    window.show()
    app.exec()


def interact(window: object) -> dict[str, float]:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtTest import QTest

    board = window.board  # type: ignore[attr-defined]
    first, second = board.columns[0], board.columns[1]
    moves = []
    for i in range(40):
        src, dst = (first, second) if i % 2 == 0 else (second, first)
        mime = src.model.mimeData([src.model.index(0, 0)])
        start = time.perf_counter()
        dst.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        src.view.viewport().repaint()
        dst.view.viewport().repaint()
        moves.append((time.perf_counter() - start) * 1000)
    keys = []
    for ch in "demo note laptop" + "\b" * 16:
        start = time.perf_counter()
        if ch == "\b":
            QTest.keyClick(board.filter, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(board.filter, ch)
        for column in board.columns:
            column.view.viewport().repaint()
        keys.append((time.perf_counter() - start) * 1000)
    return {"move_ms": statistics.median(moves), "filter_ms": statistics.median(keys)}


if __name__ == "__main__":
    main()
