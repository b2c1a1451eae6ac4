"""The Insights page (View ▸ Insights, Ctrl+G): period and pipeline choosers, the
monthly target, health warnings, the headline figures and one card per chart.
Figures are read on a worker thread (loader.read); the page only draws them."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.metrics import alerts, figures_csv
from salesdesk.core.metrics.period import Period
from salesdesk.ui import msgbox
from salesdesk.ui.insights import charts
from salesdesk.ui.insights.cards import ChartCard
from salesdesk.ui.insights.loader import Loaded, read
from salesdesk.ui.insights.period_bar import PeriodBar
from salesdesk.ui.messages import fill, tr_error
from salesdesk.ui.plain import elide, no_mnemonic, plain_label
from salesdesk.ui.store import Store
from salesdesk.ui.worker import Job

PERIOD_KEY = "insights/period"
FOLDER_KEY = "insights/folder"
RELOAD_MS = 400  # changes come in bursts (a move, an undo): read once after


class InsightsView(QWidget):
    loaded = Signal()  # the figures of the latest request are drawn

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.result: Loaded | None = None
        self._kept: Loaded | None = None  # its snapshot serves the next period until a change
        self._wanted = 0  # the newest request; older answers are dropped
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self._reload.timeout.connect(self.reload)

        self.periods = PeriodBar()
        self.periods.set_key(str(settings.value(PERIOD_KEY, "month")))
        self.periods.changed.connect(self._period_chosen)
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("pipeline")
        self.pipeline.setAccessibleName(self.tr("Pipeline"))
        self.pipeline.activated.connect(lambda _i: self.reload())
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setAccessibleName(self.tr("Forecast currency"))
        self.currency.activated.connect(lambda _i: self._draw_money())
        self.target_button = QPushButton(self.tr("Monthly &target…"))
        self.target_button.clicked.connect(self.edit_target)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Charts as &PNG…"), self.export_pngs)
        menu.addAction(self.tr("Figures as &CSV…"), self.export_csv)
        self.export_button.setMenu(menu)
        self.status = QLabel()
        self.status.setObjectName("status")

        bar = QHBoxLayout()
        bar.addWidget(self.periods)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Pipeline:")))
        bar.addWidget(self.pipeline, 1)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Currency:")))
        bar.addWidget(self.currency)
        bar.addWidget(self.target_button)
        bar.addWidget(self.export_button)

        self.warnings = QVBoxLayout()
        self.headline = QGridLayout()
        self.kpis: dict[str, QLabel] = {}
        for column, (key, title) in enumerate(
            (
                ("win_rate", self.tr("Win rate")),
                ("closed", self.tr("Won / lost")),
                ("average_won_value", self.tr("Average won value")),
                ("cycle", self.tr("Average sales cycle")),
                ("velocity", self.tr("Pipeline velocity")),
            )
        ):
            name = QLabel(title)
            value = plain_label(wrap=True)
            value.setObjectName(f"kpi-{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            self.headline.addWidget(name, 0, column)
            self.headline.addWidget(value, 1, column)
            self.kpis[key] = value

        self.cards = {
            key: ChartCard(key, title)
            for key, title in (
                ("funnel", self.tr("Funnel: deals reaching each stage")),
                ("time-in-stage", self.tr("Time in stage (days)")),
                ("flows", self.tr("Flows per stage in the period")),
                ("forecast", self.tr("Weighted forecast by expected close month")),
                ("objections", self.tr("Objections raised")),
                ("lost-reasons", self.tr("Lost reasons")),
            )
        }
        grid = QGridLayout()
        for n, card in enumerate(self.cards.values()):
            card.on_save = partial(self.export_png, card)
            grid.addWidget(card, n // 2, n % 2)
        page = QWidget()
        content = QVBoxLayout(page)
        content.addLayout(self.warnings)
        content.addLayout(self.headline)
        content.addLayout(grid)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        for signal in (
            store.dealAdded,
            store.dealChanged,
            store.dealMoved,
            store.dealRemoved,
            store.dataChanged,
            store.objectionsChanged,
            store.pipelineChanged,
            store.targetsChanged,
        ):
            signal.connect(self._changed)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

    # --- reading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._kept is None:  # never read, or changed since
            self.reload()

    def _changed(self, *_args: Any) -> None:
        """The data changed: read again soon if shown, else when next shown."""
        self.forget()
        if self.isVisible():
            self._reload.start()

    def refresh(self) -> None:
        """F5: read the database again (a change made outside this window)."""
        self.forget()
        self.reload()

    def forget(self) -> None:
        """Drops the kept snapshot: the next read goes to the database."""
        self._kept = None

    def _period_chosen(self) -> None:
        self.settings.setValue(PERIOD_KEY, self.periods.key())
        self.reload()

    def _fill_pipelines(self, result: Loaded) -> None:
        self.pipeline.clear()
        for pipeline_id, name in result.pipelines:
            self.pipeline.addItem(no_mnemonic(elide(name, 60)), pipeline_id)
        index = self.pipeline.findData(result.pipeline_id)
        if index >= 0:
            self.pipeline.setCurrentIndex(index)

    def reload(self) -> None:
        """Reads the figures for the chosen pipeline and period on a worker thread."""
        self._reload.stop()
        try:
            chosen = self.periods.period()
        except SalesDeskError as exc:
            self.status.setText(tr_error(exc))
            return
        data = self.pipeline.currentData()
        pipeline_id = int(data) if data is not None else None
        self._wanted += 1
        wanted = self._wanted
        self.status.setText(self.tr("Reading…"))
        kept = self._kept
        job = Job(lambda _job: read(self.store.db, pipeline_id, chosen, kept), "insights", self)
        job.done.connect(lambda result, error: self._arrived(wanted, chosen, result, error))
        job.done.connect(job.deleteLater)  # it holds the snapshot read: let it go
        job.start()

    def _arrived(
        self, wanted: int, chosen: Period, result: Loaded | None, error: BaseException | None
    ) -> None:
        if wanted != self._wanted:
            return  # a newer request is on its way
        if error is not None:
            text = tr_error(error) if isinstance(error, SalesDeskError) else str(error)
            self.status.setText(
                self.tr("The figures could not be read: {reason}").format(reason=text)
            )
            self.loaded.emit()
            return
        self.result = self._kept = result
        self.status.clear()
        if result is None:
            self.status.setText(self.tr("There is no pipeline yet."))
            self.loaded.emit()
            return
        self._fill_pipelines(result)
        self._draw(result, chosen)
        self.loaded.emit()

    # --- drawing ---------------------------------------------------------------------

    def _draw(self, result: Loaded, chosen: Period) -> None:
        doc, loc = result.doc, QLocale()
        self._draw_warnings(doc)
        won, lost = doc["won"], doc["lost"]
        self.kpis["win_rate"].setText(charts.percent(doc["win_rate"], loc))
        self.kpis["closed"].setText(f"{loc.toString(won)} / {loc.toString(lost)}")
        self.cards["funnel"].show_figures(charts.funnel(doc, loc))
        self.cards["time-in-stage"].show_figures(charts.time_in_stage(doc, loc))
        self.cards["flows"].show_figures(charts.flows(doc, loc))
        self.cards["objections"].show_figures(charts.objections(doc, loc))
        self.cards["lost-reasons"].show_figures(charts.lost_reasons(doc, loc))
        names = sorted({*charts.currencies(doc), *doc["average_won_value"], *doc["velocity"]})
        current = self.currency.currentText() or result.currency
        if result.currency not in names:
            names = sorted({*names, result.currency})
        self.currency.clear()
        self.currency.addItems(names)
        self.currency.setCurrentText(current if current in names else result.currency)
        self._draw_money()
        first, last = chosen.first_day, chosen.last_day
        self.status.setText(
            self.tr("{first} – {last}").format(
                first=loc.toString(_qdate(first), QLocale.FormatType.ShortFormat),
                last=loc.toString(_qdate(last), QLocale.FormatType.ShortFormat),
            )
            if chosen.first_day.year > 1900
            else ""
        )

    def _draw_money(self) -> None:
        """The figures in money, in the chosen currency (amounts are never added
        across currencies); a tooltip lists every currency."""
        if self.result is None:
            return
        doc, loc = self.result.doc, QLocale()
        currency = self.currency.currentText() or self.result.currency
        for key, by_currency, template in (
            ("average_won_value", doc["average_won_value"], "{amount}"),
            ("velocity", doc["velocity"], self.tr("{amount} a day")),
        ):
            label = self.kpis[key]
            mine = by_currency.get(currency)
            label.setText(
                "–"
                if mine is None
                else template.format(amount=charts.amounts({currency: mine}, loc))
            )
            label.setToolTip(charts.amounts(by_currency, loc, "\n"))
        self.cards["forecast"].show_figures(charts.forecast(doc, loc, currency))

    def _draw_warnings(self, doc: dict[str, Any]) -> None:
        while self.warnings.count():
            item = self.warnings.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for warning in doc["health"]:
            text = fill(alerts.TEMPLATES[warning["kind"]], warning["params"], warning["message"])
            label = plain_label("⚠ " + text)
            label.setObjectName(f"warning-{warning['kind']}")
            label.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; border-radius: 4px; }")
            self.warnings.addWidget(label)

    # --- the target and exports ------------------------------------------------------

    def edit_target(self) -> None:
        from salesdesk.ui.insights.target_dialog import TargetDialog

        currency = self.currency.currentText() or (self.result.currency if self.result else "EUR")
        dialog = TargetDialog(self.store, currency, self)
        dialog.exec()
        dialog.deleteLater()

    def _folder(self) -> Path:
        return Path(str(self.settings.value(FOLDER_KEY, "") or Path.home()))

    def _stem(self) -> str:
        try:
            chosen = self.periods.period()
        except SalesDeskError:
            return "insights"
        if chosen.first_day.year <= 1900:
            return "insights-all-time"
        return f"insights-{chosen.first_day.isoformat()}-{chosen.last_day.isoformat()}"

    def _failed(self, title: str, path: Path, exc: OSError) -> None:
        msgbox.error(
            self,
            title,
            self.tr("{path} could not be written: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
        )

    def _ask_where(self, title: str, ending: str, kinds: str) -> Path | None:
        """A save dialog in the last folder used, the period in the name."""
        start = self._folder() / f"{self._stem()}{ending}"
        name, _ = QFileDialog.getSaveFileName(self, title, str(start), kinds)
        return Path(name) if name else None

    def export_png(self, card: ChartCard, path: Path | None = None) -> Path | None:
        if not card.has_chart():
            msgbox.information(self, card.title, self.tr("This chart has nothing to show yet."))
            return None
        path = path or self._ask_where(
            self.tr("Save chart as PNG"), f"-{card.key}.png", self.tr("PNG image (*.png)")
        )
        if path is None:
            return None
        try:
            card.save_png(path)
        except OSError as exc:
            self._failed(self.tr("The chart was not saved"), path, exc)
            return None
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        self._say(self.tr("Chart saved to {path}").format(path=path))
        return path

    def export_pngs(self, folder: Path | None = None) -> list[Path]:
        """Every chart with something to show, one PNG each, into a folder."""
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Save the charts in a folder"), str(self._folder())
            )
            if not name:
                return []
            folder = Path(name)
        written = []
        for card in self.cards.values():
            if not card.has_chart():
                continue
            path = folder / f"{self._stem()}-{card.key}.png"
            try:
                card.save_png(path)
            except OSError as exc:
                self._failed(self.tr("The charts were not saved"), path, exc)
                break
            written.append(path)
        if written:
            self.settings.setValue(FOLDER_KEY, str(folder))
            self._say(
                self.tr("%Ln chart(s) saved in {folder}", "", len(written)).format(folder=folder)
            )
        return written

    def export_csv(self, path: Path | None = None) -> Path | None:
        if self.result is None:
            return None
        path = path or self._ask_where(
            self.tr("Save the figures as CSV"), ".csv", self.tr("CSV file (*.csv)")
        )
        if path is None:
            return None
        try:
            count = figures_csv.write(path, self.result.doc)
        except OSError as exc:
            self._failed(self.tr("The figures were not saved"), path, exc)
            return None
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        self._say(self.tr("%Ln figure(s) saved to {path}", "", count).format(path=path))
        return path

    def _say(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 10_000)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
