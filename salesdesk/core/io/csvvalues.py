"""Amounts and dates as other CRMs write them. Each column is read with one
convention (decimal comma or point; day or month first), decided from all its
cells, so "03/04/2024" means the same thing on every row of a file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from salesdesk.core.errors import SalesDeskError, excerpt, translatable

# Symbols and codes a cell may carry around the number.
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "﷼": "IRR", "₽": "RUB"}
_CODE = re.compile(r"\b([A-Za-z]{3})\b")
_POINT_DECIMAL = re.compile(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+")
_COMMA_DECIMAL = re.compile(r"(\d{1,3}(\.\d{3})+|\d+)(,\d+)?|,\d+")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'_]")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789.,")


class ValueProblem(SalesDeskError):
    """A cell that cannot be read; the message is shown with the row number."""

    def __init__(self, template: str, cell: str) -> None:
        super().__init__(template, text=excerpt(cell.strip()))


_NOT_AMOUNT = translatable("'{text}' is not an amount")
_NEGATIVE = translatable("negative amount '{text}'")
_NOT_DATE = translatable("'{text}' is not a date")
_NOT_TIME = translatable("'{text}' is not a valid time")
_OUT_OF_RANGE = translatable("the date '{text}' is out of range")


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None  # from a symbol or code in the cell, if any
    certain: bool = field(default=False, compare=False)  # an ISO code, € or £ ("$", "¥": several)


def decimal_comma(cells: Iterable[str], default: bool = False) -> bool:
    """True when the column writes 1.234,56 rather than 1,234.56. "1.500" alone
    reads as grouping (fifteen hundred), as "1,500" does: an export with three
    decimals is rarer than a European spreadsheet. No evidence: `default` (a
    semicolon-separated file is a European one)."""
    comma = point = 0
    for cell in set(cells):
        text = _SPACES.sub("", cell.translate(_DIGITS))
        if (
            re.search(r",\d{1,2}$", text)
            or re.search(r"\.\d{3}[.,]", text)
            or re.fullmatch(r"\D*\d{1,3}(\.\d{3})+\D*", text)
        ):
            comma += 1
        elif (
            re.search(r"\.\d{1,2}$", text)
            or re.search(r",\d{3}[.,]", text)
            or re.fullmatch(r"\D*\d{1,3}(,\d{3})+\D*", text)
        ):
            point += 1
    return comma > point if comma != point else default


@lru_cache(maxsize=65536)  # exports repeat amounts and dates on many rows
def parse_amount(cell: str, comma_decimal: bool = False) -> Amount | None:
    """'€1,234.50', '1.234,50 EUR', '(12)' -> refused, '' -> None."""
    text = cell.strip().translate(_DIGITS)
    if not text:
        return None
    currency, certain = None, False
    for symbol, code in _SYMBOLS.items():
        if symbol in text:
            currency, text = code, text.replace(symbol, "")
            certain = symbol in "€£"
    match = _CODE.search(text)
    if match:
        currency, text = match.group(1).upper(), text.replace(match.group(1), "")
        certain = True
    text = _SPACES.sub("", text)
    if (text.startswith("(") and text.endswith(")")) or text.startswith("-"):
        raise ValueProblem(_NEGATIVE, cell)
    text = text.lstrip("+")
    # Grouping must be in threes: "1.234,56" read with a decimal point is refused,
    # never taken as 1.23456 (a thousandfold error nobody would notice).
    if not (_COMMA_DECIMAL if comma_decimal else _POINT_DECIMAL).fullmatch(text):
        raise ValueProblem(_NOT_AMOUNT, cell)
    text = text.replace(".", "").replace(",", ".") if comma_decimal else text.replace(",", "")
    try:
        return Amount(Decimal(text), currency, certain)
    except InvalidOperation as exc:  # pragma: no cover - the pattern guards it
        raise ValueProblem(_NOT_AMOUNT, cell) from exc


# --- dates -----------------------------------------------------------------------------

_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?:[ T,]+(.*))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.*))?$")
_SLASH_ISO = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T](.*))?$")
_TIME = re.compile(
    r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(AM|PM|am|pm)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$"
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_WORDY = (  # 15 Mar 2024, Mar 15, 2024, March 15 2024, 15-Mar-2024
    re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[-, ]+(\d{4})(?:[ T,]+(.*))?$"),
    re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:[ T,]+(.*))?$"),
)


def day_first(cells: Iterable[str], default: bool) -> bool:
    """Decides D/M/Y against M/D/Y for a column: a first part above 12 means the
    day comes first, a second part above 12 the month; else the format's habit
    (dots, as Finnish and German write, are always day first)."""
    for cell in cells:
        match = _NUMERIC.match(cell.strip())
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
        if "." in cell:
            return True
    return default


@dataclass(frozen=True)
class When:
    day: date
    at: datetime  # aware UTC; a date alone counts as noon UTC, the same day everywhere


@lru_cache(maxsize=65536)
def parse_when(cell: str, dayfirst: bool = False) -> When | None:
    text = cell.strip().translate(_DIGITS)
    if not text:
        return None
    parts = _split(text, dayfirst)
    if parts is None:
        raise ValueProblem(_NOT_DATE, cell)
    year, month, day, rest = parts
    try:
        the_day = date(year, month, day)
    except ValueError as exc:
        raise ValueProblem(_NOT_DATE, cell) from exc
    if not 1900 <= year <= 2200:
        raise ValueProblem(_OUT_OF_RANGE, cell)
    if not rest:
        return When(the_day, datetime(year, month, day, 12, tzinfo=UTC))
    return When(the_day, _with_time(the_day, rest, cell))


def _split(text: str, dayfirst: bool) -> tuple[int, int, int, str] | None:
    for pattern in (_ISO, _SLASH_ISO):
        m = pattern.match(text)
        if m:
            return int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4) or ""
    m = _NUMERIC.match(text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        day, month = (a, b) if dayfirst else (b, a)
        year = int(m.group(3))
        if len(m.group(3)) == 2:  # 24 is 2024, 85 is 1985; "0024" stays year 24
            year += 2000 if year < 70 else 1900
        return year, month, day, m.group(4) or ""
    m = _WORDY[0].match(text)
    if m and m.group(2)[:3].lower() in _MONTHS:
        return int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)), m.group(4) or ""
    m = _WORDY[1].match(text)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)), m.group(4) or ""
    return None


def _with_time(day: date, rest: str, cell: str) -> datetime:
    m = _TIME.match(rest.strip())
    if not m:
        raise ValueProblem(_NOT_TIME, cell)
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    meridiem, zone = (m.group(4) or "").lower(), m.group(5)
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueProblem(_NOT_TIME, cell)
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    try:
        local = datetime(day.year, day.month, day.day, hour, minute, second)
    except ValueError as exc:
        raise ValueProblem(_NOT_TIME, cell) from exc
    if zone and zone not in ("Z", "UTC", "GMT"):
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        try:
            return local.replace(tzinfo=timezone(sign * offset)).astimezone(UTC)
        except (ValueError, OverflowError) as exc:  # +25:00, or out of range after it
            raise ValueProblem(_NOT_TIME, cell) from exc
    if zone:
        return local.replace(tzinfo=UTC)
    # No zone: the export was written in the rep's own time, as CRMs do for downloads.
    return local.astimezone().astimezone(UTC)
