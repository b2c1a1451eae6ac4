"""Time in one convention: timezone-aware UTC inside, local time only when shown."""

from __future__ import annotations

from datetime import UTC, date, datetime

# Fixed-width text so that stored values sort in time order and bulk writers
# (the demo generator, importers) can produce exactly what the ORM writes.
STORAGE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utcnow() -> datetime:
    return datetime.now(UTC)


def ensure_utc(value: datetime) -> datetime:
    """Refuses naive datetimes: a time without a zone is a bug waiting for DST."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: pass a timezone-aware value")
    return value.astimezone(UTC)


def to_storage(value: datetime) -> str:
    return ensure_utc(value).strftime(STORAGE_FORMAT)


def from_storage(text: str) -> datetime:
    # fromisoformat reads STORAGE_FORMAT about 20 times faster than strptime.
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def days_between(start: datetime, end: datetime) -> float:
    return (ensure_utc(end) - ensure_utc(start)).total_seconds() / 86400.0


def parse_date(text: str) -> date:
    """ISO dates only (YYYY-MM-DD): unambiguous in every locale."""
    return date.fromisoformat(text.strip())
