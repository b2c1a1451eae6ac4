"""Child process for the Insights benchmark (issue 8). `insights DATA_DIR` starts
SalesDesk the way `salesdesk --data-dir DATA_DIR` does, waits until the board has
painted and the start-up work is over (search keys, ORM warm-up, start backup,
reminders), then times, on that settled window:

- the baseline: View ▸ Today, until its agenda has arrived and its list painted;
- back on the board, View ▸ Insights (first use: QtCharts is imported then) until
  the page has emitted `loaded` and every chart on screen has painted;
- a period change ("This year" -> "All time") until loaded and painted again.

Prints one JSON line of figures (ms, MB). `insights DATA_DIR --profile FILE` runs
cProfile on the GUI thread from the Insights trigger to the period change's paint
(FILE) and on each worker-thread read (FILE.read1, FILE.read2); its times then
include the profiler's overhead."""

from __future__ import annotations

import cProfile
import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from board_probe import rss_mb  # run as a script: its folder is on sys.path

FIRST_PERIOD = "year"
SECOND_PERIOD = "all"
IDLE_MS = 300  # a pause between steps: no step pays for the previous one's leftovers
SETTLE_S = 90.0  # the start's own work (a 100,000-deal backup) is over well before


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
    # Today was seen this morning (the app opens on the board); Insights showed this year.
    settings.setValue("today/lastShown", QDate.currentDate().toString(Qt.DateFormat.ISODate))
    settings.setValue("insights/period", FIRST_PERIOD)
    settings.sync()
    running = gui.launch(data_dir, language)
    assert not isinstance(running, int), "the app did not start"
    window = running.window
    figures: dict[str, float] = {}
    profiler = cProfile.Profile() if profile_to else None
    if profile_to is not None:
        profile_reads(profile_to, figures)

    def address(obj: QObject) -> int:
        return int(getCppPointer(obj)[0])  # two Python wrappers of one widget may differ

    class Painted(QObject):
        """Calls `then` once every widget of `on_screen()` has painted. Asked after
        each paint, not up front: the page lays itself out again once its tables are
        filled, and a chart pushed below the fold is never painted."""

        def __init__(
            self,
            watched: list[QWidget],
            on_screen: Callable[[], list[QWidget]],
            then: Callable[[], None],
        ) -> None:
            super().__init__()
            self.watched, self.on_screen, self.then = watched, on_screen, then
            self.painted: set[int] = set()
            self.done = False
            for widget in watched:
                widget.installEventFilter(self)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.painted.add(address(obj))
                QTimer.singleShot(0, self.check)  # after the rest of this repaint
            return False

        def check(self) -> None:
            if self.done or not {address(w) for w in self.on_screen()} <= self.painted:
                return
            self.done = True
            for widget in self.watched:
                widget.removeEventFilter(self)
            self.then()

    keep: list[Painted] = []  # each watcher lives until its paint

    def after_paint(
        watched: list[QWidget], on_screen: Callable[[], list[QWidget]], then: Callable[[], None]
    ) -> None:
        if not watched:  # nothing to draw (no chart for the period): done once drawn
            QTimer.singleShot(0, then)
        else:
            keep.append(Painted(watched, on_screen, then))

    def charts() -> list[QWidget]:
        cards = window.insights.cards.values()
        return [c.view.viewport() for c in cards if c.has_chart()]

    def charts_on_screen() -> list[QWidget]:
        """The chart viewports the rep can see: shown, and inside the scrolled area."""
        return [v for v in charts() if v.isVisible() and not v.visibleRegion().isEmpty()]

    # --- 1. a settled window -------------------------------------------------------------

    def unsettled() -> list[str]:
        """What is still busy after the start; [] once the window is idle."""
        backup = window.backups.job
        busy = {
            "search keys": not window.board.model.keys_ready,
            "reminders not started": window.reminders is None,
            "start backup": backup is not None and not backup.finished,
            # the ORM warm-up, the backup's and any other Python thread
            "threads": threading.active_count() > 1,
        }
        return [name for name, yes in busy.items() if yes]

    settle_by = time.perf_counter() + SETTLE_S

    def wait_settled() -> None:
        busy = unsettled()
        if not busy:
            QTimer.singleShot(IDLE_MS, today)
        elif time.perf_counter() > settle_by:
            threads = [t.name for t in threading.enumerate()]
            print(f"never settled: {busy}; threads {threads}", file=sys.stderr, flush=True)
            app.exit(3)
        else:
            QTimer.singleShot(50, wait_settled)

    # --- 2. the baseline: Today ------------------------------------------------------------

    def today() -> None:
        started = time.perf_counter()

        def ready(_agenda: object) -> None:
            tree = [window.today.tree.viewport()]
            after_paint(tree, lambda: tree, lambda: today_painted(started))

        window.actions_by_name["today"].trigger()
        # Its agenda comes from a thread through a queued signal: not delivered yet.
        window.today.loader.ready.connect(ready)

    def today_painted(started: float) -> None:
        figures["today_ms"] = (time.perf_counter() - started) * 1000
        window.show_board()
        QTimer.singleShot(IDLE_MS, insights)

    # --- 3. Insights, first show --------------------------------------------------------------

    def insights() -> None:
        figures["rss_before_mb"] = rss_mb()
        if profiler is not None:
            profiler.enable()
        started = time.perf_counter()
        window.actions_by_name["insights"].trigger()
        figures["built_ms"] = (time.perf_counter() - started) * 1000
        view = window.insights
        if view.periods.key() != FIRST_PERIOD:
            raise RuntimeError(f"Insights opened on {view.periods.key()}, not {FIRST_PERIOD}")
        when_loaded(started, "first", shown)

    def when_loaded(started: float, name: str, then: Callable[[float], None]) -> None:
        view = window.insights

        def loaded() -> None:
            view.loaded.disconnect(loaded)
            figures[f"{name}_loaded_ms"] = (time.perf_counter() - started) * 1000
            after_paint(charts(), charts_on_screen, lambda: then(started))

        view.loaded.connect(loaded)

    def shown(started: float) -> None:
        figures["first_ms"] = (time.perf_counter() - started) * 1000
        figures["rss_after_mb"] = rss_mb()
        figures["charts_on_screen"] = len(charts_on_screen())
        QTimer.singleShot(IDLE_MS, change)

    # --- 4. a period change ---------------------------------------------------------------

    def change() -> None:
        started = time.perf_counter()
        when_loaded(started, "change", changed)
        window.insights.periods.set_key(SECOND_PERIOD)

    def changed(started: float) -> None:
        figures["change_ms"] = (time.perf_counter() - started) * 1000
        if profiler is not None and profile_to is not None:
            profiler.disable()
            profiler.dump_stats(profile_to)
        figures["rss_end_mb"] = rss_mb()
        result = window.insights.result
        figures["deals_all_time"] = result.doc["funnel"][0]["reached"] if result else 0
        print(json.dumps(figures), flush=True)
        app.quit()

    # --- the app's start: the board paints first ----------------------------------------

    board = [window.board.columns[0].view.viewport()]
    after_paint(board, lambda: board, wait_settled)
    window.resize(1200, 760)
    window.show()  # the app has shown its window already; nothing has painted yet
    sys.exit(app.exec())


def profile_reads(profile_to: str, figures: dict[str, float]) -> None:
    """The figures are read on a worker thread, which the GUI thread's profiler does
    not see: each read gets its own, written to FILE.read1, FILE.read2. (This imports
    core.metrics before the show, so `built_ms` leaves it out when profiling.)"""
    from salesdesk.core.metrics.period import Period
    from salesdesk.storage.database import Database
    from salesdesk.ui.insights import loader
    from salesdesk.ui.insights.loader import Loaded

    plain = loader.read

    def read(db: Database, pipeline_id: int | None, period: Period) -> Loaded | None:
        worker = cProfile.Profile()
        started = time.perf_counter()
        worker.enable()
        try:
            return plain(db, pipeline_id, period)
        finally:
            worker.disable()
            n = sum(1 for k in figures if k.startswith("read"))
            figures[f"read{n + 1}_ms"] = (time.perf_counter() - started) * 1000
            worker.dump_stats(f"{profile_to}.read{n + 1}")

    loader.read = read  # before the page's module imports it


if __name__ == "__main__":
    main()
