"""Each Insights chart built from the report document (core/metrics/report.build):
a QChart and the table of figures behind it. Drawing only: every number comes
from the document, none is computed here."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QGuiApplication

from salesdesk.core import money
from salesdesk.ui.formatting import format_money
from salesdesk.ui.plain import elide, isolate

CATEGORY_LIMIT = 18  # characters of a stage name under a bar
TOP_ITEMS = 8  # objections and lost reasons drawn; the table lists them all


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("insights", text, disambiguation, n)


@dataclass
class Figures:
    """What one card shows: a chart (None: nothing to draw in this period), the
    table behind it, and a line under the title."""

    chart: QChart | None
    headers: list[str]
    rows: list[list[str]]
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # for tests: the drawn values


def percent(value: float | None, loc: QLocale) -> str:
    return "–" if value is None else f"{loc.toString(value * 100, 'f', 1)}{loc.percent()}"


def number(value: float | None, loc: QLocale, decimals: int = 1) -> str:
    return "–" if value is None else loc.toString(float(value), "f", decimals)


def amounts(by_currency: dict[str, int], loc: QLocale, separator: str = "; ") -> str:
    parts = []
    for currency, minor in by_currency.items():
        try:
            parts.append(format_money(minor, currency, loc))
        except Exception:  # an unknown code from an old import: raw units
            parts.append(f"{loc.toString(minor)} {currency}")
    return separator.join(parts) or "–"


def major(minor: int, currency: str) -> float:
    """For an axis only (display): minor units in major units."""
    try:
        return minor / 10 ** money.exponent(currency)
    except Exception:
        return float(minor)


def _chart(title: str = "") -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # drawn at once
    chart.setLocale(QLocale())  # Persian and Arabic digits on the axes and bars too
    chart.setLocalizeNumbers(True)
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _bars(
    chart: QChart,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    horizontal: bool = False,
    integers: bool = True,
    labels: bool = True,
) -> None:
    """Bar sets over named categories, with their axes; labels on the bars."""
    # Right to left (Persian, Arabic): the charts read from the right, like the board,
    # whose first stage is on the right. Qt Charts does not mirror itself, and a
    # category axis ignores setReverse under bars, so the order is turned here.
    rtl = QGuiApplication.isRightToLeft()
    if rtl and not horizontal:
        categories = list(reversed(categories))
        sets = [(name, list(reversed(values))) for name, values in sets]
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0.0
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        series.append(bar_set)
        top = max(top, *values, 0.0)
    series.setLabelsVisible(labels)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12 if integers else 3)  # 10000, never 1e+04
    chart.addSeries(series)
    names = QBarCategoryAxis()
    # Axis labels are drawn as rich text: a stage named "<b>R&D</b>" stays as typed.
    names.append([html.escape(elide(c, CATEGORY_LIMIT)) or "–" for c in categories])
    values_axis = QValueAxis()
    values_axis.setRange(0, top * 1.1 if top else 1)
    values_axis.applyNiceNumbers()  # ticks at 0, 2500, 5000... rather than 0, 2875...
    # "%.0f", not "%d": localized numbers (Persian digits) only follow %f formats.
    values_axis.setLabelFormat("%.0f" if integers or top >= 100 else "%.1f")
    if integers and top < 5:
        values_axis.setTickCount(int(top) + 2 if top else 2)
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    name_side = start if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else start
    values_axis.setReverse(rtl and horizontal)
    if horizontal:  # the names have the room they need; vertical ones share the width
        names.setTruncateLabels(False)
    chart.addAxis(names, name_side)
    chart.addAxis(values_axis, value_side)
    series.attachAxis(names)
    series.attachAxis(values_axis)
    chart.legend().setVisible(len(sets) > 1)


def funnel(doc: dict[str, Any], loc: QLocale) -> Figures:
    steps = doc["funnel"]
    headers = [tr("Stage"), tr("Reached"), tr("Value"), tr("To next"), tr("To won")]
    rows = [
        [
            s["stage"],
            loc.toString(s["reached"]),
            amounts(s["value_by_currency"], loc),
            percent(s["conversion_to_next"], loc),
            percent(s["conversion_to_won"], loc),
        ]
        for s in steps
    ]
    reached = [s["reached"] for s in steps]
    if not any(reached):
        return Figures(None, headers, rows)
    chart = _chart()
    # The first stage on top: a horizontal bar chart draws its first category lowest.
    _bars(
        chart,
        [s["stage"] for s in reversed(steps)],
        [(tr("Deals"), list(reversed(reached)))],
        horizontal=True,
    )
    first_to_won = steps[0]["conversion_to_won"] if steps else None
    note = tr("{rate} of the deals in play reached won").format(rate=percent(first_to_won, loc))
    return Figures(chart, headers, rows, note, {"reached": reached})


def time_in_stage(doc: dict[str, Any], loc: QLocale) -> Figures:
    times = doc["time_in_stage_days"]
    headers = [tr("Stage"), tr("Stays"), tr("Average days"), tr("Median days")]
    rows = [
        [t["stage"], loc.toString(t["stays"]), number(t["average"], loc), number(t["median"], loc)]
        for t in times
    ]
    if not any(t["stays"] for t in times):
        return Figures(None, headers, rows)
    chart = _chart()
    averages = [t["average"] or 0.0 for t in times]
    medians = [t["median"] or 0.0 for t in times]
    _bars(
        chart,
        [t["stage"] for t in times],
        [(tr("Average"), averages), (tr("Median"), medians)],
        integers=False,
    )
    note = ""
    if doc["bottleneck"]:
        worst = next(t for t in times if t["stage"] == doc["bottleneck"])
        note = tr("Deals stay longest in {stage}: {days} days on average").format(
            stage=isolate(doc["bottleneck"]), days=number(worst["average"], loc)
        )
    return Figures(chart, headers, rows, note, {"average": averages, "median": medians})


FLOW_KEYS = ("at_start", "entered", "left_forward", "left_backward", "won", "lost", "remaining")


def flow_names() -> list[str]:
    return [
        tr("At start"),
        tr("Entered"),
        tr("Moved on"),
        tr("Went back"),
        tr("Won"),
        tr("Lost"),
        tr("Remain"),
    ]


def flows(doc: dict[str, Any], loc: QLocale) -> Figures:
    items = doc["flows"]
    headers = [tr("Stage"), *flow_names()]
    rows = [[f["stage"], *(loc.toString(f[k]) for k in FLOW_KEYS)] for f in items]
    if not any(f[k] for f in items for k in FLOW_KEYS):
        return Figures(None, headers, rows)
    chart = _chart()
    _bars(
        chart,
        [f["stage"] for f in items],
        [(name, [f[k] for f in items]) for name, k in zip(flow_names(), FLOW_KEYS, strict=True)],
        labels=False,  # seven bars a stage: the table has the numbers
    )
    # The example sentence, for the stage with the most movement.
    busiest = max(items, key=lambda f: f["entered"] + f["at_start"])
    note = tr(
        "{stage}: started with {start}, {on} moved on, {added} were added, {left} remain"
    ).format(
        stage=isolate(busiest["stage"]),
        start=loc.toString(busiest["at_start"]),
        on=loc.toString(busiest["left_forward"] + busiest["won"]),
        added=loc.toString(busiest["entered"]),
        left=loc.toString(busiest["remaining"]),
    )
    return Figures(chart, headers, rows, note, {k: [f[k] for f in items] for k in FLOW_KEYS})


def currencies(doc: dict[str, Any]) -> list[str]:
    """Every currency the forecast names (weighted or target), sorted."""
    found = set()
    for m in doc["forecast"]:
        found |= set(m["weighted_by_currency"]) | set(m["target_by_currency"])
    return sorted(found)


def forecast(doc: dict[str, Any], loc: QLocale, currency: str) -> Figures:
    months = doc["forecast"]
    headers = [tr("Month"), tr("Deals"), tr("Weighted"), tr("Target"), tr("Of target")]
    rows = []
    for m in months:
        weighted = m["weighted_by_currency"].get(currency, 0)
        target = m["target_by_currency"].get(currency)
        rows.append(
            [
                _month_name(m["month"], loc),
                loc.toString(m["deals"]),
                amounts(m["weighted_by_currency"], loc),
                amounts(m["target_by_currency"], loc),
                percent(weighted / target if target else None, loc),
            ]
        )
    weighted = [major(m["weighted_by_currency"].get(currency, 0), currency) for m in months]
    targets = [major(m["target_by_currency"].get(currency, 0), currency) for m in months]
    if not months or not (any(weighted) or any(targets)):
        return Figures(None, headers, rows)
    chart = _chart()
    sets = [(tr("Weighted forecast ({currency})").format(currency=currency), weighted)]
    if any(targets):
        sets.append((tr("Target ({currency})").format(currency=currency), targets))
    _bars(chart, [_month_name(m["month"], loc) for m in months], sets, False, False, False)
    evidence = sum(m["on_evidence"] for m in months)
    total = sum(m["deals"] for m in months)
    note = tr("{n} of {total} deals weighted by their checklist's evidence").format(
        n=loc.toString(evidence), total=loc.toString(total)
    )
    return Figures(chart, headers, rows, note, {"weighted": weighted, "target": targets})


def _month_name(key: str, loc: QLocale) -> str:
    from PySide6.QtCore import QDate

    return loc.toString(QDate(int(key[:4]), int(key[5:7]), 1), "MMM yyyy")


def objections(doc: dict[str, Any], loc: QLocale) -> Figures:
    items = doc["objections"]
    headers = [
        tr("Category"),
        tr("Objection"),
        tr("Times"),
        tr("Deals"),
        tr("Win rate"),
        tr("Stages"),
    ]
    rows = [
        [
            o["category"],
            o["text"],
            loc.toString(o["count"]),
            loc.toString(o["deals"]),
            percent(o["win_rate"], loc),
            ", ".join(f"{s['stage'] or '?'} {loc.toString(s['count'])}" for s in o["by_stage"]),
        ]
        for o in items
    ]
    return _ranked(headers, rows, [(o["text"], o["count"]) for o in items], tr("Times raised"))


def lost_reasons(doc: dict[str, Any], loc: QLocale) -> Figures:
    items = doc["lost_reasons"]
    headers = [tr("Reason"), tr("Deals"), tr("Share")]
    rows = [
        [r["reason"] or tr("(no reason)"), loc.toString(r["count"]), percent(r["share"], loc)]
        for r in items
    ]
    named = [(r["reason"] or tr("(no reason)"), r["count"]) for r in items]
    return _ranked(headers, rows, named, tr("Deals lost"))


def _ranked(
    headers: list[str], rows: list[list[str]], counted: list[tuple[str, int]], what: str
) -> Figures:
    """The TOP_ITEMS most frequent (already ranked) as horizontal bars, the first on
    top; the table lists them all."""
    if not counted:
        return Figures(None, headers, rows)
    top = counted[:TOP_ITEMS]
    chart = _chart()
    _bars(chart, [n for n, _ in reversed(top)], [(what, [c for _, c in reversed(top)])], True)
    return Figures(chart, headers, rows, "", {"count": [c for _, c in top]})
