"""Child process for the Insights benchmark (issue 8). `insights DATA_DIR` starts
SalesDesk the way `salesdesk --data-dir DATA_DIR` does, waits until the board has
painted and the start-up work is over (search keys, ORM warm-up, start backup,
reminders), then times, on the settled window:

- the baseline: View ▸ Today, until its agenda has arrived and its list painted;
- back on the board, View ▸ Insights (first use, so QtCharts is imported) until
  the page has emitted `loaded` and every chart on screen has painted;
- a period change ("This year" -> "All time") until loaded and painted again.

Prints one JSON line with the figures (ms, MB). With `--profile FILE` the first
Insights show and the period change run under cProfile, written to FILE."""

from __future__ import annotations

import cProfile
import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

FIRST_PERIOD = "year"
SECOND_PERIOD = "all"


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    data_dir = sys.argv[2]
    profile_to = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--profile" else None
    from PySide6.QtCore import QDate, QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from shiboken6 import getCppPointer

    from salesdesk.ui import app as gui
    from salesdesk.ui import i18n

    app = QApplication([])
    language = i18n.choose_language("en")
    translators = i18n.install(app, language)  # noqa: F841  (kept alive, as run_gui does)
    settings = QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat)
    # Today was seen this morning (the app opens on the board); Insights last showed this year.
    settings.setValue("today/lastShown", QDate.currentDate().toString(Qt.DateFormat.ISODate))
    settings.setValue("insights/period", FIRST_PERIOD)
    settings.sync()
    running = gui.launch(data_dir, language)
    assert not isinstance(running, int), "the app did not start"
    window = running.window
    figures: dict[str, float] = {}
    profiler = cProfile.Profile() if profile_to else None

    class Paints(QObject):
        """Calls `then` once every widget in `wanted` has painted."""

        def __init__(self, wanted: list[QWidget], then: Callable[[], None]) -> None:
            super().__init__()
            # C++ addresses: two Python wrappers of one widget may differ.
            self.wanted = {address(w) for w in wanted}
            self.then = then
            for widget in wanted:
                widget.installEventFilter(self)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and address(obj) in self.wanted:
                obj.removeEventFilter(self)
                self.wanted.discard(address(obj))
                if not self.wanted:
                    QTimer.singleShot(0, self.then)
            return False

    def address(obj: QObject) -> int:
        return int(getCppPointer(obj)[0])

    keep: list[Paints] = []  # the filters live until their paint

    def on_screen_charts() -> list[QWidget]:
        """The viewports of the charts the rep can see (drawn, in the scrolled area)."""
        cards = window.insights.cards.values()
        views = [c.view.viewport() for c in cards if c.has_chart() and c.view.isVisible()]
        return [v for v in views if not v.visibleRegion().isEmpty()]

    def after_paint(wanted: list[QWidget], then: Callable[[], None]) -> None:
        if not wanted:  # nothing on screen to wait for: the page is done
            QTimer.singleShot(0, then)
        else:
            keep.append(Paints(wanted, then))

    # --- 1. a settled window -------------------------------------------------------------

    def settled() -> bool:
        backup = window.backups.job
        return (
            window.board.model.keys_ready
            and window.reminders is not None
            and (backup is None or backup.finished)
            and threading.active_count() == 1  # warm-up, backup and agenda threads are done
        )

    def wait_settled() -> None:
        if settled():
            QTimer.singleShot(300, today)  # and a moment of idle
        else:
            QTimer.singleShot(50, wait_settled)

    # --- 2. the baseline: Today ------------------------------------------------------------

    def today() -> None:
        started = time.perf_counter()

        def ready(_agenda: object) -> None:
            after_paint([window.today.tree.viewport()], lambda: today_painted(started))

        window.show_today()
        window.today.loader.ready.connect(ready)  # queued from its thread: not yet delivered

    def today_painted(started: float) -> None:
        figures["today_ms"] = (time.perf_counter() - started) * 1000
        window.show_board()
        QTimer.singleShot(300, insights)

    # --- 3. Insights, first show --------------------------------------------------------------

    def insights() -> None:
        figures["rss_before_mb"] = rss_mb()
        if profiler is not None:
            profiler.enable()
        started = time.perf_counter()
        window.actions_by_name["insights"].trigger()
        figures["construct_ms"] = (time.perf_counter() - started) * 1000
        view = window.insights
        assert view.periods.key() == FIRST_PERIOD

        def loaded() -> None:
            view.loaded.disconnect(loaded)
            figures["first_loaded_ms"] = (time.perf_counter() - started) * 1000
            after_paint(on_screen_charts(), lambda: insights_painted(started))

        view.loaded.connect(loaded)

    def insights_painted(started: float) -> None:
        figures["first_ms"] = (time.perf_counter() - started) * 1000
        figures["rss_after_mb"] = rss_mb()
        figures["charts_painted"] = len(on_screen_charts())
        QTimer.singleShot(300, change)

    # --- 4. a period change ---------------------------------------------------------------

    def change() -> None:
        view = window.insights
        started = time.perf_counter()

        def loaded() -> None:
            view.loaded.disconnect(loaded)
            figures["change_loaded_ms"] = (time.perf_counter() - started) * 1000
            after_paint(on_screen_charts(), lambda: changed(started))

        view.loaded.connect(loaded)
        view.periods.set_key(SECOND_PERIOD)

    def changed(started: float) -> None:
        figures["change_ms"] = (time.perf_counter() - started) * 1000
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile_to)
        figures["rss_end_mb"] = rss_mb()
        result = window.insights.result
        figures["deals_in_funnel"] = result.doc["funnel"][0]["reached"] if result else 0
        print(json.dumps(figures), flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, wait_settled)
            return False

    board_painted = FirstPaint()
    window.board.columns[0].view.viewport().installEventFilter(board_painted)
    window.resize(1200, 760)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
