"""Numbers and money in the rep's locale (QLocale: Persian and Arabic digits where
the locale uses them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from salesdesk.core import money


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
