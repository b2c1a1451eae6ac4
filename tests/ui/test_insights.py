"""The Insights page over a real database: what it draws is the report's figures,
it follows changes and the period, the target dialog, PNG and CSV exports, the
empty state, and user text shown as typed inside the charts."""

from __future__ import annotations

import csv
import html
from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from sqlmodel import select

from salesdesk.core.metrics import period, report
from salesdesk.core.models import ExitCriterion
from salesdesk.core.services import checklists, deals
from salesdesk.ui.insights.cards import EXPORT_SIZE
from salesdesk.ui.insights.target_dialog import TargetDialog
from salesdesk.ui.insights.view import InsightsView
from tests.helpers import drive_modal, read_only_folder


def _open(qtbot, window) -> InsightsView:
    with qtbot.waitSignal(window.insights.loaded, timeout=10_000):
        window.actions_by_name["insights"].trigger()
    view = window.insights
    assert window.pages.currentWidget() is view
    return view


def _reload(qtbot, view: InsightsView, change) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        change()


def _doc(db, pipeline, chosen) -> dict:
    with db.sql() as conn:
        return report(conn, pipeline.id, chosen)


def _bars(card) -> list[list[float]]:
    chart = card.view.chart()
    series = [s for s in chart.series() if isinstance(s, QAbstractBarSeries)]
    return [[b.at(i) for i in range(b.count())] for s in series for b in s.barSets()]


def _table(card) -> list[list[str]]:
    t = card.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


@pytest.fixture
def history(window, db, pipeline, stages):
    """On top of the window's A, B, C (first stage) and X (second): B moves on,
    X is won, C is lost for "Price", and A gets an objection."""
    with db.transaction() as s:
        ids = {d.title: d.id for d in s.exec(deals.select(deals.Deal)).all()}
    store = window.store
    store.move_deals([ids["B"]], stages[1].id)
    store.move_deals([ids["X"]], next(st.id for st in stages if st.end_kind == "won"))
    store.move_deals(
        [ids["C"]], next(st.id for st in stages if st.end_kind == "lost"), lost_reason="Price"
    )
    store.add_objection(ids["A"], "Too expensive", category="Price")
    return ids


def test_the_page_draws_the_report(qtbot, window, db, pipeline, history):
    view = _open(qtbot, window)
    doc = _doc(db, pipeline, period.month(date.today(), period.LOCAL))
    funnel = view.cards["funnel"]
    # A horizontal bar chart lists its first category lowest: the first stage is on top.
    assert _bars(funnel) == [[float(s["reached"]) for s in reversed(doc["funnel"])]]
    assert [row[1] for row in _table(funnel)] == [str(s["reached"]) for s in doc["funnel"]]
    assert doc["funnel"][0]["reached"] == 4 and doc["won"] == 1 and doc["lost"] == 1
    assert view.kpis["win_rate"].text() == "50.0%"
    assert view.kpis["closed"].text() == "1 / 1"
    assert view.kpis["average_won_value"].text() == "€100.00"  # X, won
    flows = _table(view.cards["flows"])
    assert flows[0][0] == doc["flows"][0]["stage"]
    assert [int(x) for x in flows[0][1:]] == [
        doc["flows"][0][k]
        for k in ("at_start", "entered", "left_forward", "left_backward", "won", "lost", "remaining")
    ]
    assert _table(view.cards["lost-reasons"]) == [["Price", "1", "100.0%"]]
    objections = _table(view.cards["objections"])
    assert objections[0][:4] == ["Price", "Too expensive", "1", "1"]
    assert _bars(view.cards["objections"]) == [[1.0]]


def test_period_is_chosen_remembered_and_followed(qtbot, window, db, pipeline, stages, history):
    view = _open(qtbot, window)
    assert view.periods.key() == "month"
    _reload(qtbot, view, lambda: view.periods.set_key("last-year"))
    assert window.settings.value("insights/period") == "last-year"
    # Nothing happened last year: every card says so instead of drawing empty axes.
    assert all(not c.has_chart() and c.empty.isVisibleTo(c) for c in view.cards.values())
    assert view.kpis["win_rate"].text() == "–"
    snapshot = view.result.history
    _reload(qtbot, view, lambda: view.periods.set_key("all"))
    assert view.cards["funnel"].has_chart()
    assert view.result.history is snapshot  # another period: the same snapshot, recomputed
    # A change on the board is read again while the page is shown.
    before = _bars(view.cards["funnel"])[0][-1]  # the first stage (drawn last)
    _reload(
        qtbot,
        view,
        lambda: window.store.create_deal(pipeline.id, stages[0].id, "New one", currency="EUR"),
    )
    assert _bars(view.cards["funnel"])[0][-1] == before + 1
    assert view.result.history is not snapshot  # the change dropped it
    # Custom days that end before they start: a message, the figures stay.
    view.periods.set_key("custom")
    qtbot.waitSignal(view.loaded, timeout=10_000)
    view.periods.first.setDate(view.periods.last.date().addDays(3))
    assert "end after it starts" in view.status.text()
    # A new page (next start) opens on the remembered period.
    again = InsightsView(window.store, window.settings)
    qtbot.addWidget(again)
    assert again.periods.key() == "custom"


def test_monthly_target_dialog(qtbot, window, db, pipeline, stages, history):
    view = _open(qtbot, window)
    when = date.today()
    with db.transaction() as s:  # an open deal closing this month, so the forecast has a bar
        deals.edit_deal(s, history["A"], expected_close=when, value_minor=500_000)
        # Weighed by its checklist: the share of its stage's exit criteria met.
        criterion = s.exec(
            select(ExitCriterion).where(ExitCriterion.stage_id == stages[0].id)
        ).first()
        checklists.tick_criterion(s, history["A"], criterion.id)
        weight = criterion.weight
    seen: dict = {}

    def bad(dialog: TargetDialog) -> None:
        dialog.amount.setText("lots")
        dialog.save()
        assert dialog.error.isVisible() and "not an amount" in dialog.error.text()
        dialog.currency.setCurrentText("EUR")
        dialog.amount.setText("12,345.67")
        dialog.save()

    drive_modal(TargetDialog, bad, seen)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.edit_target()
    assert "error" not in seen, seen.get("error")
    with db.sql() as conn:
        stored = conn.execute(
            "SELECT value FROM setting WHERE key = 'forecast_target_minor/EUR'"
        ).fetchone()
    assert stored == ("1234567",)
    forecast = view.cards["forecast"]
    assert view.currency.currentText() == "EUR"
    weighted, target = _bars(forecast)
    assert target == [12_345.67] and weighted == [5000.0 * weight / 100]
    assert "€12,345.67" in _table(forecast)[0][3]

    def clear(dialog: TargetDialog) -> None:
        assert dialog.amount.text() == "12,345.67"  # the current target, to change
        dialog.amount.clear()
        dialog.save()

    drive_modal(TargetDialog, clear, seen)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.edit_target()
    assert "error" not in seen, seen.get("error")
    assert len(_bars(forecast)) == 1  # the weighted bars only


def test_exports_png_and_csv(qtbot, window, db, pipeline, history, tmp_path, shown_errors):
    view = _open(qtbot, window)
    folder = tmp_path / "charts"
    folder.mkdir()
    written = view.export_pngs(folder)
    drawn = [c.key for c in view.cards.values() if c.has_chart()]
    assert [p.name.rsplit("-", 1)[-1] for p in written] != []
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert len(written) == len(drawn) >= 4
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.size() == EXPORT_SIZE
    # The CSV holds the figures the page draws.
    target = tmp_path / "figures.csv"
    assert view.export_csv(target) == target
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    reached = [r for r in rows if r["section"] == "funnel" and r["measure"] == "reached"]
    assert [int(r["value"]) for r in reached] == [
        int(row[1]) for row in _table(view.cards["funnel"])
    ]
    # A folder that cannot be written: a message, and no file (not even half of one).
    with read_only_folder(tmp_path / "locked") as locked:
        assert view.export_csv(locked / "f.csv") is None
        assert view.export_png(view.cards["funnel"], locked / "f.png") is None
        assert list(locked.iterdir()) == []
    assert len(shown_errors) == 2 and "could not be written" in shown_errors[0]


def test_an_empty_pipeline_and_typed_names(qtbot, db, pipeline, stages, tmp_path, shown_errors):
    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.store import Store

    odd = "<b>R&D</b> تست"
    with db.sql(write=True) as conn:
        conn.execute("UPDATE stage SET name = ? WHERE id = ?", (odd, stages[0].id))
    win = MainWindow(Store(db), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    view = _open(qtbot, win)
    assert not any(c.has_chart() for c in view.cards.values())
    assert view.export_pngs(tmp_path) == []
    with win.store.db.transaction() as s:
        deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[0].id,
            title="D",
            currency="EUR",
            expected_close=date.today() + timedelta(days=1),
        )
    _reload(qtbot, view, view.refresh)  # F5: made behind the window's back, read again
    chart = view.cards["funnel"].view.chart()
    (names,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    # Qt Charts draws axis labels as rich text: the name goes in escaped, so it is
    # shown as typed rather than in bold with "&D" eaten.
    assert odd not in names.categories()
    assert html.unescape(names.categories()[-1]) == odd
    assert _table(view.cards["funnel"])[0][0] == odd
    win.close()


def test_health_warning_is_shown(qtbot, window, db, pipeline, stages):
    opens = [s for s in stages if s.end_kind is None]
    with db.transaction() as s:  # everything piles up in the last open stage
        for d in s.exec(deals.select(deals.Deal)).all():
            deals.move_deal(s, d.id, opens[-1].id)
    view = _open(qtbot, window)
    label = view.findChild(type(view.status), "warning-inverted_funnel")
    assert label is not None and "Inverted funnel: 4 open deals" in label.text()
