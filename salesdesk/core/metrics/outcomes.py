"""Closed deals and what is still to come: win rate, average won value, cycle
length, velocity, and the weighted forecast.

Money is never added across currencies: every amount is a dict currency -> minor
units (an integer, rounded half up where an average or a weight makes a fraction)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from salesdesk.core.metrics.funnel import DAY_SECONDS
from salesdesk.core.metrics.history import DealInfo, History
from salesdesk.core.metrics.period import Period

MONTHS_LISTED = 24  # a period up to this long lists every month, even empty ones


def _rounded(numerator: int, denominator: int) -> int:
    """numerator / denominator, rounded half up, in integers (no float money)."""
    return (2 * numerator + denominator) // (2 * denominator)


def closing(deal: DealInfo, history: History, period: Period) -> str | None:
    """'won' or 'lost' when the deal closed in the period and is still closed that
    way at its end; None otherwise. A deal lost, reopened and won in the period
    closed once, as won; a win undone before the period's end is no closing."""
    last = None
    for at, stage in deal.changes:
        if at >= period.end:
            break
        last = (at, stage)
    if last is None or not period.contains(last[0]):
        return None
    kind = history.stage(last[1])
    return kind.end_kind if kind is not None else None


def closings(history: History, period: Period) -> dict[int, str]:
    """deal id -> 'won' or 'lost' for the deals that closed in the period (see
    `closing`); computed once per period and kept on the history."""
    cached = history._closings.get(period)
    if cached is None:
        cached = {}
        for deal in history.deals:
            kind = closing(deal, history, period)
            if kind is not None:
                cached[deal.id] = kind
        history._closings[period] = cached
    return cached


@dataclass(frozen=True)
class Outcomes:
    won: int  # deals closed as won in the period
    lost: int
    win_rate: float | None  # won / (won + lost); None with no closing
    average_won_value: dict[str, int]  # per currency, minor units
    average_cycle_days: float | None  # creation to win, won deals of the period
    velocity: dict[str, int]  # per currency, minor units per day


def outcomes(history: History, period: Period) -> Outcomes:
    """Win rate, average won value and cycle over the deals closed in the period
    (see `closing`); the cycle runs from the deal's creation to its win.

    Pipeline velocity per currency = open deals in that currency at the period's
    end x win rate x average won value in that currency / average cycle days:
    the value the pipeline turns into wins per day at the current pace. A currency
    with no won deal in the period, or a period without wins, has no velocity."""
    open_ids = {s.id for s in history.open_stages}
    won_values: dict[str, list[int]] = {}
    cycles: list[float] = []
    open_count: dict[str, int] = {}
    won = lost = 0
    closed = closings(history, period)
    for deal in history.deals:
        kind = closed.get(deal.id)
        if kind == "won":
            won += 1
            won_values.setdefault(deal.currency, []).append(deal.value_minor)
            closed_at = max(at for at, _ in deal.changes if at < period.end)
            cycles.append((closed_at - deal.changes[0][0]).total_seconds() / DAY_SECONDS)
        elif kind == "lost":
            lost += 1
        if deal.stage_at(period.end) in open_ids:
            open_count[deal.currency] = open_count.get(deal.currency, 0) + 1
    win_rate = won / (won + lost) if won + lost else None
    averages = {c: _rounded(sum(v), len(v)) for c, v in sorted(won_values.items())}
    cycle = statistics.fmean(cycles) if cycles else None
    velocity: dict[str, int] = {}
    if win_rate and cycle:
        for currency, average in averages.items():
            velocity[currency] = round(open_count.get(currency, 0) * win_rate * average / cycle)
    return Outcomes(won, lost, win_rate, averages, cycle, velocity)


@dataclass(frozen=True)
class ForecastMonth:
    month: str  # "YYYY-MM"
    weighted_by_currency: dict[str, int]
    target_by_currency: dict[str, int]
    deals: int  # open deals expected to close in the month
    on_evidence: int  # of those, weighted by their checklist's evidence


def _key(day: date) -> str:
    """ "YYYY-MM". Not f"{day:%Y-%m}": strftime imports `time` on every call, which
    costs ten times more under PySide6's import hook."""
    return f"{day.year:04d}-{day.month:02d}"


def _overlaps(key: str, period: Period) -> bool:
    """Whether month "YYYY-MM" overlaps the period's days."""
    return _key(period.first_day) <= key <= _key(period.last_day)


def _month_keys(period: Period) -> list[str]:
    """Every month the period overlaps, or [] for a period of more than 24 months."""
    keys: list[str] = []
    day = period.first_day.replace(day=1)
    while _overlaps(_key(day), period):
        keys.append(_key(day))
        if len(keys) > MONTHS_LISTED:
            return []
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return keys


def forecast(history: History, period: Period) -> list[ForecastMonth]:
    """The deals open now, weighted by their win probability, per expected close
    month (value x probability / 100, summed per currency and month, rounded half
    up), against the monthly target per currency (settings "forecast_target_minor/
    <CUR>"). The probability is the deal's evidence where its stage has exit
    criteria (the weighted share met, as the workspace shows it), else the stage's.
    Months in the period only; a period of up to 24 months lists each of its
    months, empty or not, a longer one (all) only months with deals. Deals without
    an expected close date are left out."""
    opens = {s.id: s for s in history.open_stages}
    sums: dict[str, dict[str, int]] = {}
    counts: dict[str, list[int]] = {}  # month -> [deals, on evidence]
    for deal in history.deals:
        stage = opens.get(deal.stage_id)
        if deal.status != "open" or deal.expected_close is None or stage is None:
            continue
        key = _key(deal.expected_close)
        per = sums.setdefault(key, {})
        per[deal.currency] = per.get(deal.currency, 0) + deal.value_minor * deal.probability(stage)
        count = counts.setdefault(key, [0, 0])
        count[0] += 1
        count[1] += deal.evidence is not None
    months = _month_keys(period) or sorted(k for k in sums if _overlaps(k, period))
    return [
        ForecastMonth(
            key,
            {c: _rounded(v, 100) for c, v in sorted(sums.get(key, {}).items())},
            dict(sorted(history.targets.items())),
            *counts.get(key, [0, 0]),
        )
        for key in months
    ]
