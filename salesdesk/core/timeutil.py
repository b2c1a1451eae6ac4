"""Time in one convention: timezone-aware UTC inside, local time only when shown."""

from __future__ import annotations

from datetime import UTC, date, datetime

from salesdesk.core.errors import ValidationError, translatable

# Fixed-width text so that stored values sort in time order and bulk writers
# (the demo generator, importers) can produce exactly what the ORM writes.
STORAGE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

# Days and times a rep can enter: anything outside is a typing mistake (year 20026),
# and staying far from year 1 and 9999 keeps date arithmetic clear of OverflowError.
# The CSV importer reads dates in the same range.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)


class NaiveTimeError(ValidationError, ValueError):
    """A datetime without a zone: a caller's bug, refused before it is stored.
    Also a ValueError, as callers of ensure_utc have always caught."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def ensure_utc(value: datetime, field: str = "time") -> datetime:
    """Refuses naive datetimes: a time without a zone is a bug waiting for DST."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveTimeError(
            field,
            translatable("A time without a time zone cannot be stored (naive datetime {value})."),
            value=value.isoformat(),
        )
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:  # 0001-01-01 00:00+05:00 is before year 1 in UTC
        raise _out_of_range(field, value) from exc


def _out_of_range(field: str, value: date) -> ValidationError:
    return ValidationError(
        field,
        translatable("The date {value} is out of range ({first} to {last})."),
        value=value.isoformat(),
        first=FIRST_DAY.year,
        last=LAST_DAY.year,
    )


def check_time(value: object, field: str) -> datetime:
    """A time given to a service: aware, within FIRST_DAY..LAST_DAY; returned in UTC."""
    if not isinstance(value, datetime):
        raise ValidationError(field, translatable("'{value}' is not a time."), value=str(value))
    utc = ensure_utc(value, field)
    if not FIRST_DAY <= utc.date() <= LAST_DAY:
        raise _out_of_range(field, value)
    return utc


def check_day(value: object, field: str) -> date | None:
    """A day given to a service (an expected close date): a date, not a datetime or
    text, within FIRST_DAY..LAST_DAY; None stays None."""
    if value is None:
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field, translatable("'{value}' is not a date."), value=str(value))
    if not FIRST_DAY <= value <= LAST_DAY:
        raise _out_of_range(field, value)
    return value


def to_storage(value: datetime) -> str:
    # isoformat, unlike strftime("%Y"), pads years before 1000 to four digits, so
    # the text keeps its fixed width (and its sort order) for any year.
    return ensure_utc(value).replace(tzinfo=None).isoformat(" ", "microseconds")


def from_storage(text: str) -> datetime:
    # fromisoformat reads STORAGE_FORMAT about 20 times faster than strptime, and
    # reading the offset with it is 5 times faster than replace(tzinfo=UTC) after.
    try:
        return datetime.fromisoformat(text + "+00:00")
    except ValueError:  # text that names its own offset
        return datetime.fromisoformat(text).replace(tzinfo=UTC)


def days_between(start: datetime, end: datetime) -> float:
    return (ensure_utc(end) - ensure_utc(start)).total_seconds() / 86400.0


def parse_date(text: str) -> date:
    """ISO dates only (YYYY-MM-DD): unambiguous in every locale."""
    return date.fromisoformat(text.strip())
