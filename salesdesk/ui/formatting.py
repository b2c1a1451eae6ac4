"""Numbers, money and dates in the rep's locale (QLocale: Persian and Arabic digits
where the locale uses them) and calendar (Gregorian, or the Solar Hijri one)."""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateTimeEdit

from salesdesk.core import money
from salesdesk.core.health import Stall
from salesdesk.ui.plain import isolate

# Symbols no other currency uses; "$", "¥" or "kr" name several, so those
# currencies keep their ISO code unless they are the locale's own.
_DISTINCT_SYMBOLS = {
    "EUR": "€", "GBP": "£", "INR": "₹", "KRW": "₩", "TRY": "₺", "RUB": "₽",
    "ILS": "₪", "NGN": "₦", "UAH": "₴", "VND": "₫", "THB": "฿", "PHP": "₱",
}  # fmt: skip


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """The locale's own symbol for its own currency (ریال, $ in the US, ¥ in
    China), a symbol no other currency shares, else the ISO code."""
    loc = locale or QLocale()
    if currency == loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or currency
    return _DISTINCT_SYMBOLS.get(currency, currency)


def format_amount(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """The number alone, with the currency's decimals: what a field to edit shows."""
    digits = money.exponent(currency)
    # Display only: a float is exact to 2**53 minor units, far beyond any deal.
    return (locale or QLocale()).toString(minor / 10**digits, "f", digits)


def format_money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """An amount with its currency's decimals and symbol, placed as the locale
    places it ("$1,234.50", "1 234,50 €", "ریال ۱٬۲۳۴"); an ISO code always follows."""
    loc = locale or QLocale()
    symbol = currency_symbol(currency, loc)
    if symbol == currency:
        return f"{format_amount(minor, currency, loc)}\u00a0{currency}"
    digits = money.exponent(currency)
    return loc.toCurrencyString(minor / 10**digits, symbol, digits)


def format_totals(totals: dict[str, int], locale: QLocale | None = None) -> str:
    return "; ".join(format_money(v, c, locale) for c, v in sorted(totals.items()))


def plain_number(value: int, locale: QLocale | None = None) -> str:
    """An integer in the locale's digits without group separators: a year or an id."""
    loc = QLocale(locale or QLocale())
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(value)


def format_percent(value: int, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return f"{loc.toString(value)}{loc.percent()}"


def format_main_total(
    totals: dict[str, int], counts: dict[str, int], locale: QLocale | None = None
) -> str:
    """The total in the currency most deals use, and how many others there are:
    a column header has room for one amount, the tooltip shows them all."""
    if not totals:
        return ""
    main = max(totals, key=lambda c: (counts.get(c, 0), c))
    text = format_money(totals[main], main, locale)
    others = len(totals) - 1
    if others:
        text += QCoreApplication.translate("formatting", " + %Ln other currencies", "", others)
    return text


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def delocalize_amount(loc: QLocale, text: str) -> str:
    """'1 234,50' typed in a Finnish locale -> '1234.50', without ever passing
    through a float; Persian and Arabic digits become ASCII."""
    cleaned = text.translate(_DIGITS).replace(loc.groupSeparator(), "")
    decimal = loc.decimalPoint()
    if decimal != "." and decimal in cleaned:
        cleaned = cleaned.replace(".", "").replace(decimal, ".")
    return cleaned.replace("٫", ".")  # the Arabic decimal separator


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_format(loc: QLocale) -> str:
    """The locale's short date format with a four-digit year: "12/31/26" reads
    back as 1926."""
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


# --- calendar -------------------------------------------------------------------

CALENDARS = ("gregorian", "jalali")
_calendar = {"name": "gregorian"}  # chosen in Settings, set once at start


def use_calendar(name: str) -> None:
    _calendar["name"] = name if name in CALENDARS else "gregorian"


def calendar_name() -> str:
    return _calendar["name"]


def calendar() -> QCalendar:
    system = QCalendar.System.Jalali if calendar_name() == "jalali" else QCalendar.System.Gregorian
    return QCalendar(system)


def follow_calendar(edit: QDateTimeEdit) -> None:
    """A date or date-time field shows and takes dates in the chosen calendar."""
    edit.setCalendar(calendar())


_TOKEN = re.compile(r"yyyy|yy|MMMM|MMM|MM|M|dd|d")


def _calendar_text(loc: QLocale, day: QDate, fmt: str, cal: QCalendar) -> str:
    """`fmt`'s date fields filled from `cal`'s year, month and day, in the
    locale's digits (Qt's Python binding has no toString(date, format, calendar))."""
    parts = cal.partsFromDate(day)

    def number(value: int, width: int) -> str:
        text = plain_number(value, loc)  # year ۱۴۰۵, not ۱٬۴۰۵
        return loc.zeroDigit() * (width - len(text)) + text

    def field(match: re.Match[str]) -> str:
        token = match.group()
        if token == "yyyy":
            return number(parts.year, 4)
        if token == "yy":
            return number(parts.year % 100, 2)
        if token.startswith("MMM"):
            kind = (
                QLocale.FormatType.LongFormat if token == "MMMM" else QLocale.FormatType.ShortFormat
            )
            return cal.monthName(loc, parts.month, parts.year, kind)
        if token[0] == "M":
            return number(parts.month, len(token))
        return number(parts.day, len(token))

    return _TOKEN.sub(field, fmt)


def format_qdate(day: QDate, fmt: str, locale: QLocale | None = None) -> str:
    """A date in `fmt` (Qt's d/M/yyyy fields) and the chosen calendar."""
    loc = locale or QLocale()
    if calendar_name() == "gregorian":
        return loc.toString(day, fmt)
    return _calendar_text(loc, day, fmt, calendar())


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    return format_qdate(QDate(value.year, value.month, value.day), date_format(loc), loc)


def format_long_date(day: QDate, locale: QLocale | None = None) -> str:
    """ "Monday, 23 November 2026", or "دوشنبه ۲ آذر ۱۴۰۵" in the Solar Hijri calendar."""
    return (locale or QLocale()).toString(day, QLocale.FormatType.LongFormat, calendar())


def format_day_month(value: date, locale: QLocale | None = None) -> str:
    """A short date without its year, for a card: "11/23", "23.11", "۹/۲"."""
    loc = locale or QLocale()
    fmt = _without_year(loc.dateFormat(QLocale.FormatType.ShortFormat))
    return format_qdate(QDate(value.year, value.month, value.day), fmt, loc)


@functools.cache
def _without_year(fmt: str) -> str:
    """Cached: the board formats a card's date for every card it paints."""
    return re.sub(r"^y+\W*|\W*y+$", "", fmt)


def parse_local_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed as ISO (2026-12-31) or in the locale's short format, in the
    chosen calendar, with Persian or Arabic digits too; None when it is neither.
    An ISO date is Gregorian unless its year can only be a Solar Hijri one
    (1404-12-20) while that calendar is chosen."""
    plain = text.strip().translate(_DIGITS).replace("\u200f", "")
    jalali = calendar_name() == "jalali"
    try:
        day = date.fromisoformat(plain)
        if not (jalali and day.year < _FIRST_GREGORIAN_YEAR):
            return day
    except ValueError:
        pass
    loc = locale or QLocale()
    fmt = date_format(loc).replace("\u200f", "")  # Arabic formats hold RTL marks
    formats = [fmt, "yyyy-MM-dd"] if jalali else [fmt]
    for candidate in dict.fromkeys((text.strip(), plain)):
        for pattern in formats:
            if jalali:
                parsed = QDate.fromString(candidate, pattern, calendar())
            else:
                parsed = loc.toDate(candidate, pattern)
            if parsed.isValid():
                return qdate_to_date(parsed)
    return None


_FIRST_GREGORIAN_YEAR = 1700  # an ISO year below is a Solar Hijri one (now ~1405)


def format_datetime(value: datetime, locale: QLocale | None = None) -> str:
    """A stored UTC time in the rep's time zone, in their locale's short format."""
    loc = locale or QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    if calendar_name() == "gregorian":
        return loc.toString(moment, datetime_format(loc))
    time = loc.toString(moment.time(), loc.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{format_qdate(moment.date(), date_format(loc), loc)} {time}"


def forward_arrow() -> str:
    """An arrow pointing the way text runs: "→", or "←" right to left."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "←" if rtl else "→"


def datetime_format(loc: QLocale) -> str:
    return f"{date_format(loc)} {loc.timeFormat(QLocale.FormatType.ShortFormat)}"


def to_utc(value: QDateTime) -> datetime:
    """A date-time field's value as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def format_stall(stall: Stall, stage: str, locale: QLocale | None = None) -> str:
    """Why a deal is stalled ("14 days in Proposal, no activity for 9 days"), in the
    rep's language and digits; the card's tooltip and Today both say it this way."""
    loc = locale or QLocale()
    text = QCoreApplication.translate("formatting", "{days} days in {stage}").format(
        days=loc.toString(stall.days_in_stage), stage=isolate(stage)
    )
    if stall.idle_days > 0:
        text += QCoreApplication.translate("formatting", ", no activity for {days} days").format(
            days=loc.toString(stall.idle_days)
        )
    return text
