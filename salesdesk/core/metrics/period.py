"""Periods the figures are computed for: [start, end) in UTC, end exclusive.

Calendar periods (month, quarter, year) start at midnight UTC, so a report is the
same on every machine; a rep east or west of Greenwich sees a few hours' shift at
the edges, which the monthly figures do not notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from salesdesk.core.errors import ValidationError, translatable
from salesdesk.core.timeutil import FIRST_DAY, LAST_DAY, ensure_utc, parse_date

KINDS = ("month", "quarter", "year", "all")


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime  # exclusive

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", ensure_utc(self.start, "start"))
        object.__setattr__(self, "end", ensure_utc(self.end, "end"))
        if self.end <= self.start:
            raise ValidationError("period", translatable("The period must end after it starts."))

    def contains(self, at: datetime) -> bool:
        return self.start <= at < self.end

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def month(day: date) -> Period:
    """The calendar month holding `day`."""
    first = day.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return Period(_midnight(first), _midnight(following))


def quarter(day: date) -> Period:
    """The calendar quarter (Jan-Mar, Apr-Jun, ...) holding `day`."""
    first_month = (day.month - 1) // 3 * 3 + 1
    first = date(day.year, first_month, 1)
    last_month = first_month + 2
    return Period(_midnight(first), month(date(day.year, last_month, 1)).end)


def year(day: date) -> Period:
    return Period(_midnight(date(day.year, 1, 1)), _midnight(date(day.year + 1, 1, 1)))


def all_time() -> Period:
    """Every day a rep can enter (timeutil's FIRST_DAY..LAST_DAY)."""
    return Period(_midnight(FIRST_DAY), _midnight(LAST_DAY) + timedelta(days=1))


def custom(first: date, last: date) -> Period:
    """From the first day to the last day, both included."""
    for field, day in (("start", first), ("end", last)):
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ValidationError(
                field,
                translatable("The date {value} is out of range ({first} to {last})."),
                value=day.isoformat(),
                first=FIRST_DAY.year,
                last=LAST_DAY.year,
            )
    return Period(_midnight(first), _midnight(last) + timedelta(days=1))


def parse(text: str, today: date) -> Period:
    """'month', 'quarter', 'year', 'all' (around `today`) or 'YYYY-MM-DD..YYYY-MM-DD'."""
    cleaned = text.strip().lower()
    if cleaned in ("month", "quarter", "year"):
        return {"month": month, "quarter": quarter, "year": year}[cleaned](today)
    if cleaned == "all":
        return all_time()
    first, sep, last = cleaned.partition("..")
    try:
        if not sep:
            raise ValueError(text)
        return custom(parse_date(first), parse_date(last))
    except ValueError as exc:
        raise ValidationError(
            "period",
            translatable(
                "'{text}' is not a period: use month, quarter, year, all "
                "or START..END (YYYY-MM-DD..YYYY-MM-DD)."
            ),
            text=text[:60],
        ) from exc
