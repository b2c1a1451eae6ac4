"""Periods the figures are computed for: [start, end) as UTC instants, end exclusive.

Calendar periods (month, quarter, year, custom days) start at midnight in a time
zone: the app and the command line pass LOCAL, so "this month" starts at the rep's
own midnight; tests pass UTC or a named zone and get the same figures everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from salesdesk.core.errors import ValidationError, translatable
from salesdesk.core.timeutil import FIRST_DAY, LAST_DAY, check_day, ensure_utc, parse_date

KINDS = ("month", "quarter", "year", "all")

# The system's local time, with its daylight-saving rules for each date.
LOCAL: tzinfo | None = None


def _in_zone(at: datetime, zone: tzinfo | None) -> datetime:
    try:
        return at.astimezone(zone)
    except (OverflowError, OSError):  # Windows cannot localize times before 1970
        return at.astimezone(UTC)


def _midnight(day: date, zone: tzinfo | None) -> datetime:
    if zone is None:
        try:
            return datetime(day.year, day.month, day.day).astimezone(UTC)
        except (OverflowError, OSError):
            zone = UTC
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime  # exclusive
    # The zone its days are counted in (LOCAL: the system's); it names the days.
    zone: tzinfo | None = field(default=UTC, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", ensure_utc(self.start, "start"))
        object.__setattr__(self, "end", ensure_utc(self.end, "end"))
        if self.end <= self.start:
            raise ValidationError("period", translatable("The period must end after it starts."))

    def contains(self, at: datetime) -> bool:
        return self.start <= at < self.end

    @property
    def first_day(self) -> date:
        return _in_zone(self.start, self.zone).date()

    @property
    def last_day(self) -> date:
        """The last day it includes (the day of its last microsecond)."""
        return _in_zone(self.end - timedelta(microseconds=1), self.zone).date()

    def to_json(self) -> dict[str, str]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
        }


def days(first: date, last: date, zone: tzinfo | None = UTC) -> Period:
    """From the first day's midnight to the midnight after the last day, in `zone`."""
    return Period(_midnight(first, zone), _midnight(last + timedelta(days=1), zone), zone)


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def month(day: date, zone: tzinfo | None = UTC) -> Period:
    """The calendar month holding `day`."""
    first = day.replace(day=1)
    return days(first, _next_month(first) - timedelta(days=1), zone)


def quarter(day: date, zone: tzinfo | None = UTC) -> Period:
    """The calendar quarter (Jan-Mar, Apr-Jun, ...) holding `day`."""
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    last = _next_month(_next_month(_next_month(first))) - timedelta(days=1)
    return days(first, last, zone)


def year(day: date, zone: tzinfo | None = UTC) -> Period:
    return days(date(day.year, 1, 1), date(day.year, 12, 31), zone)


def previous(period: Period) -> Period:
    """The calendar month, quarter or year just before a calendar `period`: the
    one holding the day before it starts."""
    before = period.first_day - timedelta(days=1)
    span = (period.last_day.year - period.first_day.year) * 12 + (
        period.last_day.month - period.first_day.month
    )
    make = {0: month, 2: quarter, 11: year}.get(span, month)
    return make(before, period.zone)


def all_time() -> Period:
    """Every day a rep can enter (timeutil's FIRST_DAY..LAST_DAY), in UTC: at this
    scale the zone changes nothing but the risk of a platform's date limits."""
    return days(FIRST_DAY, LAST_DAY, UTC)


def custom(first: date, last: date, zone: tzinfo | None = UTC) -> Period:
    """From the first day to the last day, both included."""
    check_day(first, "start")
    check_day(last, "end")
    if last < first:
        raise ValidationError("period", translatable("The period must end after it starts."))
    return days(first, last, zone)


def parse(text: str, today: date, zone: tzinfo | None = UTC) -> Period:
    """'month', 'quarter', 'year', 'all' (around `today`) or 'YYYY-MM-DD..YYYY-MM-DD'."""
    cleaned = text.strip().lower()
    if cleaned in ("month", "quarter", "year"):
        return {"month": month, "quarter": quarter, "year": year}[cleaned](today, zone)
    if cleaned == "all":
        return all_time()
    first, sep, last = cleaned.partition("..")
    try:
        if not sep:
            raise ValueError(text)
        return custom(parse_date(first), parse_date(last), zone)
    except ValueError as exc:
        raise ValidationError(
            "period",
            translatable(
                "'{text}' is not a period: use month, quarter, year, all "
                "or START..END (YYYY-MM-DD..YYYY-MM-DD)."
            ),
            text=text[:60],
        ) from exc
