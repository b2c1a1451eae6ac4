"""Child process for the board benchmarks. `baseline` imports PySide6 and sqlmodel
and shows an empty window; `board DATA_DIR` starts SalesDesk the way `salesdesk
--data-dir DATA_DIR` does (language, lock, database, window) and imports only what
the app itself imports. Both print one JSON line once the first paint is done,
after which `board` also times moves and filter keystrokes and prints a second line."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    mode = sys.argv[1]
    if mode == "baseline":
        import sqlmodel  # noqa: F401  (what an app of this stack imports)
    from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if mode == "baseline":
        window = QMainWindow()
        target = window
    else:
        from salesdesk.ui import app as gui
        from salesdesk.ui import i18n

        language = i18n.choose_language("en")
        translators = i18n.install(app, language)  # noqa: F841  (kept alive, as run_gui does)
        # The rep has seen Today this morning: the app opens on the board.
        QSettings(str(Path(sys.argv[2]) / "settings.ini"), QSettings.Format.IniFormat).setValue(
            "today/lastShown", QDate.currentDate().toString(Qt.DateFormat.ISODate)
        )
        running = gui.launch(sys.argv[2], language)
        assert not isinstance(running, int), "the app did not start"
        window = running.window
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
            return
        model = window.board.model  # type: ignore[attr-defined]
        started = time.perf_counter()

        loaded_at: list[float] = []

        def measure() -> None:
            loaded_ms = (loaded_at[0] - started) * 1000 if loaded_at else 0.0
            from salesdesk.ui.store import Store

            Store.warm_up()  # what the app does in the background after its first paint
            # Memory of the open board: every card read, search keys ready, the ORM
            # loaded. After the moves and keystrokes below, Qt's bounded caches
            # (card pixmaps, 10 MB by default; glyphs) have grown too: reported apart.
            steady = rss_mb()
            figures = interact(app, window)
            print(
                json.dumps(
                    {
                        **figures,
                        "all_loaded_ms": loaded_ms,
                        "rss_mb": steady,
                        "rss_after_use_mb": rss_mb(),
                    }
                ),
                flush=True,
            )
            app.quit()

        # Measure on an idle board: every card read and every search key prepared.
        model.loaded.connect(lambda: loaded_at.append(time.perf_counter()))
        if model.keys_ready:
            QTimer.singleShot(0, measure)
        else:
            model.keysReady.connect(lambda: QTimer.singleShot(0, measure))

    watcher = FirstPaint()
    target.installEventFilter(watcher)
    window.resize(1200, 760)
    window.show()  # the app has shown its window already; nothing has painted yet
    app.exec()


def interact(app: object, window: object) -> dict[str, float]:
    """Times what the rep waits for: from the drop (or keystroke) until the event
    loop has committed, updated the models and repainted the affected columns."""
    from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
    from PySide6.QtTest import QTest

    board = window.board  # type: ignore[attr-defined]
    first, second = board.columns[0], board.columns[1]
    from shiboken6 import getCppPointer

    painted: set[int] = set()  # C++ addresses: wrappers of one widget may differ

    def address(obj: QObject) -> int:
        return int(getCppPointer(obj)[0])

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.add(address(obj))
            return False

    spy = Painted()
    for column in board.columns:
        column.view.viewport().installEventFilter(spy)

    def settle(expected: list[QObject]) -> None:
        wanted = {address(v) for v in expected}
        deadline = time.perf_counter() + 5
        while not wanted <= painted:
            app.processEvents()  # type: ignore[attr-defined]
            if time.perf_counter() > deadline:
                raise RuntimeError("a column was never repainted")

    moves = []
    for i in range(40):
        src, dst = (first, second) if i % 2 == 0 else (second, first)
        mime = src.model.mimeData([src.model.index(0, 0)])
        painted.clear()
        start = time.perf_counter()
        dst.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        settle([src.view.viewport(), dst.view.viewport()])
        moves.append((time.perf_counter() - start) * 1000)
    refiltered: list[bool] = []
    board.model.filterChanged.connect(lambda: refiltered.append(True))
    keys = []
    # A query that keeps matching as it grows, so each keystroke redraws columns.
    query = "laptop fleet aalto"
    for ch in query + "\b" * len(query):
        painted.clear()
        refiltered.clear()
        start = time.perf_counter()
        if ch == "\b":
            QTest.keyClick(board.filter, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(board.filter, ch)
        if refiltered:  # a trailing space changes nothing, so nothing repaints
            # Columns whose cards the keystroke changed (a column showing the same
            # cards as before is left alone), and of those the ones on screen.
            changed = board.model.changed_columns
            shown = [c.view.viewport() for c in board.columns if c.model in changed]
            settle([v for v in shown if not v.visibleRegion().isEmpty()])
        keys.append((time.perf_counter() - start) * 1000)
    return {"move_ms": statistics.median(moves), "filter_ms": statistics.median(keys)}


if __name__ == "__main__":
    main()
