"""Numbers and money in the rep's locale (QLocale: Persian and Arabic digits where
the locale uses them)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from salesdesk.core import money
from salesdesk.core.health import Stall
from salesdesk.ui.plain import isolate


def format_money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    digits = money.exponent(currency)
    # Display only: a float is exact to 2**53 minor units, far beyond any deal.
    # The ISO code rather than a symbol: "$" is ambiguous across a team's currencies.
    return f"{loc.toString(minor / 10**digits, 'f', digits)}\u00a0{currency}"


def format_totals(totals: dict[str, int], locale: QLocale | None = None) -> str:
    return "; ".join(format_money(v, c, locale) for c, v in sorted(totals.items()))


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
        text += QCoreApplication.translate("formatting", " + %n other currencies", "", others)
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


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), date_format(loc))


def parse_local_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed as ISO (2026-12-31) or in the locale's short format, with
    Persian or Arabic digits too; None when it is neither."""
    plain = text.strip().translate(_DIGITS)
    try:
        return date.fromisoformat(plain)
    except ValueError:
        pass
    loc = locale or QLocale()
    for candidate in (text.strip(), plain):
        parsed = loc.toDate(candidate, date_format(loc))
        if parsed.isValid():
            return qdate_to_date(parsed)
    return None


def format_datetime(value: datetime, locale: QLocale | None = None) -> str:
    """A stored UTC time in the rep's time zone, in their locale's short format."""
    loc = locale or QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return loc.toString(moment, datetime_format(loc))


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
