"""The fields of each list in SalesDesk's JSON document: type, range and default,
and the conversion of each value into what the database stores."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from salesdesk.core.errors import ValidationError
from salesdesk.core.services._common import check_name, clean_text
from salesdesk.core.timeutil import FIRST_DAY, LAST_DAY

REQUIRED = object()
NOW = object()  # a missing time becomes the time of the import

# (field, kind, default): kinds are converters below; REQUIRED fields must be present.
SPECS: dict[str, tuple[tuple[str, str, Any], ...]] = {
    "pipelines": (
        ("id", "id", REQUIRED),
        ("name", "name", REQUIRED),
        ("playbook_id", "str", ""),
        ("language", "str", "en"),
        ("description", "str", ""),
        ("created_at", "ts", NOW),
    ),
    "stages": (
        ("id", "id", REQUIRED),
        ("key", "name", REQUIRED),
        ("name", "name", REQUIRED),
        ("position", "int", 0),
        ("probability", "percent", 0),
        ("stalled_after_days", "count", 14),
        ("follow_up_days", "count", 3),
        ("idle_after_days", "count", 7),
        ("end_kind", "str?", None),
    ),
    "questions": (("id", "id", REQUIRED), ("text", "name", REQUIRED), ("position", "int", 0)),
    "exit_criteria": (
        ("id", "id", REQUIRED),
        ("text", "name", REQUIRED),
        ("weight", "percent", 0),
        ("position", "int", 0),
    ),
    "lost_reasons": (("id", "id", REQUIRED), ("text", "name", REQUIRED), ("position", "int", 0)),
    "objection_library": (
        ("id", "id", REQUIRED),
        ("category", "name", REQUIRED),
        ("text", "name", REQUIRED),
        ("answer", "str", ""),
        ("language", "str", "en"),
        ("created_at", "ts", NOW),
    ),
    "organizations": (
        ("id", "id", REQUIRED),
        ("name", "name", REQUIRED),
        ("created_at", "ts", NOW),
    ),
    "contacts": (
        ("id", "id", REQUIRED),
        ("organization_id", "int?", None),
        ("name", "name", REQUIRED),
        ("role", "str", ""),
        ("phone", "str", ""),
        ("email", "str", ""),
        ("created_at", "ts", NOW),
    ),
    "deals": (
        ("id", "id", REQUIRED),
        ("title", "name", REQUIRED),
        ("pipeline_id", "int?", None),
        ("stage_id", "id", REQUIRED),
        ("status", "str", "open"),
        ("organization_id", "int?", None),
        ("contact_id", "int?", None),
        ("value_minor", "int?", None),
        ("value", "str?", None),
        ("currency", "str", "EUR"),
        ("position", "float", 0.0),
        ("expected_close", "date?", None),
        ("lost_reason", "str?", None),
        ("created_at", "ts", NOW),
        ("updated_at", "ts?", None),
        ("stage_entered_at", "ts?", None),
        ("closed_at", "ts?", None),
        ("next_follow_up_at", "ts?", None),
        ("last_activity_at", "ts?", None),
    ),
    "stage_changes": (
        ("id", "id", REQUIRED),
        ("deal_id", "id", REQUIRED),
        ("from_stage_id", "int?", None),
        ("to_stage_id", "id", REQUIRED),
        ("at", "ts", REQUIRED),
    ),
    "activities": (
        ("id", "id", REQUIRED),
        ("deal_id", "id", REQUIRED),
        ("kind", "str", REQUIRED),
        ("at", "ts", REQUIRED),
        ("duration_minutes", "count", 0),
        ("outcome", "str", ""),
        ("text", "str", ""),
        ("due_at", "ts?", None),
        ("done_at", "ts?", None),
        ("created_at", "ts", NOW),
    ),
    "objections": (
        ("id", "id", REQUIRED),
        ("deal_id", "id", REQUIRED),
        ("library_id", "int?", None),
        ("stage_id", "int?", None),
        ("category", "str", ""),
        ("text", "name", REQUIRED),
        ("answer_given", "str", ""),
        ("resolved", "bool", False),
        ("raised_at", "ts", NOW),
    ),
    "deal_answers": (
        ("id", "id", REQUIRED),
        ("deal_id", "id", REQUIRED),
        ("question_id", "id", REQUIRED),
        ("text", "str", ""),
        ("updated_at", "ts", NOW),
    ),
    "deal_criteria": (
        ("deal_id", "id", REQUIRED),
        ("criterion_id", "id", REQUIRED),
        ("checked_at", "ts", NOW),
    ),
}


# SQLite's integers are 64-bit: a bigger number would overflow in the driver.
_INT_RANGE = range(-(2**63), 2**63)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in _INT_RANGE


Converted = tuple[Any, str]  # (the value as stored, '') or (None, what is wrong)


def _int(value: Any) -> Converted:
    return (value, "") if _is_int(value) else (None, "must be a whole number")


def _count(value: Any) -> Converted:
    if not _is_int(value):
        return None, "must be a whole number"
    return (value, "") if value >= 0 else (None, "cannot be negative")


def _percent(value: Any) -> Converted:
    if not _is_int(value):
        return None, "must be a whole number"
    return (value, "") if 0 <= value <= 100 else (None, "must be between 0 and 100")


def _float(value: Any) -> Converted:
    # Python's json reads NaN and Infinity, which SQLite would store as NULL.
    if _is_int(value) or (isinstance(value, float) and math.isfinite(value)):
        return float(value), ""
    return None, "must be a number"


def _bool(value: Any) -> Converted:
    if isinstance(value, bool) or value in (0, 1):
        return bool(value), ""
    return None, "must be true or false"


def _str(value: Any) -> Converted:
    """Free text: the services' rules for notes (1 MB, no control characters
    but line breaks and tabs, no lone surrogates)."""
    if not isinstance(value, str):
        return None, "must be text"
    try:
        return clean_text(value, "text"), ""
    except ValidationError as exc:
        return None, exc.message


def _name(value: Any) -> Converted:
    """A one-line name, trimmed: not blank or invisible, no control characters."""
    if not isinstance(value, str):
        return None, "must be text"
    if not value.strip():
        return None, "cannot be empty"
    try:
        return check_name(value.strip(), "name", "name"), ""  # the services' limit
    except ValidationError as exc:
        return None, exc.message


def _time(value: Any) -> Converted:
    if not isinstance(value, str):
        return None, "must be text"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None, f"is not an ISO 8601 time: {value!r}"
    offset = parsed.utcoffset()
    if offset is None:
        return None, f"has no time zone: {value!r}"
    if not FIRST_DAY.year <= parsed.year <= LAST_DAY.year:  # and clear of year 1's edge
        return None, f"is out of range ({FIRST_DAY.year} to {LAST_DAY.year}): {value!r}"
    # The storage format (timeutil.STORAGE_FORMAT) without strftime's cost: an
    # import of 100,000 deals converts millions of these, mostly as we export them.
    if not offset and value.endswith("+00:00") and value[10] == "T":
        if len(value) == 25:
            return f"{value[:10]} {value[11:19]}.000000", ""
        if len(value) == 32 and value[19] == ".":
            return f"{value[:10]} {value[11:26]}", ""
    if offset:
        parsed = parsed.astimezone(UTC)
    return parsed.isoformat(" ", "microseconds")[:26], ""


def _date(value: Any) -> Converted:
    if not isinstance(value, str):
        return None, "must be text"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None, f"is not a date (YYYY-MM-DD): {value!r}"
    if not FIRST_DAY <= day <= LAST_DAY:
        return None, f"is out of range ({FIRST_DAY.year} to {LAST_DAY.year}): {value!r}"
    return day.isoformat(), ""


_CONVERTERS = {
    "id": _int,
    "int": _int,
    "count": _count,
    "percent": _percent,
    "float": _float,
    "bool": _bool,
    "str": _str,
    "name": _name,
    "ts": _time,
    "date": _date,
}
Field = tuple[str, Callable[[Any], Converted], Any]
# Per list: (field, converter, default); a null or missing value takes the default.
FIELDS: dict[str, tuple[Field, ...]] = {
    spec: tuple((name, _CONVERTERS[kind.rstrip("?")], default) for name, kind, default in fields)
    for spec, fields in SPECS.items()
}


def convert(kind: str, value: Any) -> Converted:
    """`value` checked and converted as a field of `kind` ("name", "ts", ...)."""
    return _CONVERTERS[kind](value)
