"""Amounts and dates as Pipedrive, HubSpot, Salesforce and spreadsheets write them,
each column read with one convention decided from all its cells."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from salesdesk.core.io.csvvalues import (
    Amount,
    ValueProblem,
    day_first,
    decimal_comma,
    parse_amount,
    parse_when,
)

NBSP, NNBSP = "\u00a0", "\u202f"


def _local(*parts: int) -> datetime:
    """A wall-clock time in the machine's zone, as UTC: what an export without a
    zone means (CRMs write downloads in the rep's own time)."""
    y, m, d, hh, mm, ss = (*parts, 0)[:6]
    return datetime(y, m, d, hh, mm, ss).astimezone().astimezone(UTC)


# --- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "comma", "value", "currency"),
    [
        ("1,234.56", False, "1234.56", None),
        ("1.234,56", True, "1234.56", None),
        ("1 234,56", True, "1234.56", None),
        (f"1{NBSP}234,56", True, "1234.56", None),  # Finnish and French Excel
        (f"1{NNBSP}234,56", True, "1234.56", None),
        ("1'234.56", False, "1234.56", None),  # Swiss
        ("€1,234", False, "1234", "EUR"),
        ("1.234.567,89 €", True, "1234567.89", "EUR"),
        ("$ 1,234.50", False, "1234.50", "USD"),
        ("£99.99", False, "99.99", "GBP"),
        ("1234 USD", False, "1234", "USD"),
        ("EUR 1.234,50", True, "1234.50", "EUR"),
        ("۱۲۳۴٫۵۶", False, "1234.56", None),  # Persian digits and decimal separator
        ("۱٬۲۳۴", False, "1234", None),  # Persian thousands separator
        ("١٬٢٣٤٫٥٦", False, "1234.56", None),  # Arabic-Indic digits
        ("0", False, "0", None),
        ("+5", False, "5", None),
        (".5", False, "0.5", None),
        ("  42  ", False, "42", None),
    ],
)
def test_amounts(cell, comma, value, currency):
    assert parse_amount(cell, comma) == Amount(Decimal(value), currency)


@pytest.mark.parametrize("cell", ["", "   ", NBSP])
def test_empty_amount_is_none(cell):
    assert parse_amount(cell) is None


@pytest.mark.parametrize("cell", ["-5", "(12)", "- 5", "€-5", "-1.234,56", "(1,200.00)"])
def test_negative_amounts_are_refused(cell):
    with pytest.raises(ValueProblem) as info:
        parse_amount(cell, comma_decimal="," in cell[-3:])
    assert info.value.message == f"negative amount '{cell.strip()}'"


@pytest.mark.parametrize("cell", ["abc", "12abc", "1.2.3", "12.", "1e5", "n/a", "TBD", "€"])
def test_garbage_amounts_are_refused(cell):
    with pytest.raises(ValueProblem) as info:
        parse_amount(cell)
    assert info.value.message == f"'{cell}' is not an amount"
    assert info.value.params == {"text": cell}  # the UI translates the template, then fills


@pytest.mark.parametrize(("cell", "comma"), [("1.234,56", False), ("1,234.56", True)])
def test_amount_in_the_other_convention_is_refused(cell, comma):
    with pytest.raises(ValueProblem):
        parse_amount(cell, comma)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1.234,56", "99,90", "1 000"], True),
        (["1,234.56", "99.90", "1000"], False),
        ([f"1{NBSP}234,5", "12,00 €"], True),
        (["1.234.567", "2.000,00"], True),  # dots group thousands
        (["1,234,567", "2,000.00"], False),
        (["1000", "2000", ""], False),  # nothing to tell: the point, as most exports
        (["۱۲۳۴٫۵۶"], False),  # the Persian decimal separator is a point
        (["1,5", "2,25", "1.234,00", "3.5"], True),  # the majority decides
        ([], False),
    ],
)
def test_decimal_comma_is_decided_per_column(cells, expected):
    assert decimal_comma(cells) is expected


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "first", "day", "at"),
    [
        # A date alone means noon UTC: the same calendar day in every zone.
        ("2024-03-15", False, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("2024/03/15", True, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("03/15/2024", False, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("15/03/2024", True, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("15.03.2024", True, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("15 Mar 2024", False, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("Mar 15, 2024", False, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("March 15 2024", False, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("15 March, 2024", True, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("۲۰۲۴-۰۳-۱۵", False, date(2024, 3, 15), datetime(2024, 3, 15, 12, tzinfo=UTC)),
        ("1/1/69", False, date(2069, 1, 1), datetime(2069, 1, 1, 12, tzinfo=UTC)),
        ("1/1/70", False, date(1970, 1, 1), datetime(1970, 1, 1, 12, tzinfo=UTC)),
        # With a zone: converted to UTC, the day stays the source's own.
        (
            "2024-03-15T10:20:30Z",
            False,
            date(2024, 3, 15),
            datetime(2024, 3, 15, 10, 20, 30, tzinfo=UTC),
        ),
        (
            "2024-03-15T10:20:30+0000",
            False,
            date(2024, 3, 15),
            datetime(2024, 3, 15, 10, 20, 30, tzinfo=UTC),
        ),
        (
            "2024-03-15T10:20:30+02:00",
            False,
            date(2024, 3, 15),
            datetime(2024, 3, 15, 8, 20, 30, tzinfo=UTC),
        ),
        (
            "2024-03-15T23:30:00-05:00",
            False,
            date(2024, 3, 15),
            datetime(2024, 3, 16, 4, 30, tzinfo=UTC),
        ),
        (  # Salesforce Data Loader
            "2024-01-22T16:14:25.000+0000",
            False,
            date(2024, 1, 22),
            datetime(2024, 1, 22, 16, 14, 25, tzinfo=UTC),
        ),
        (
            "2024-03-15 10:20 UTC",
            False,
            date(2024, 3, 15),
            datetime(2024, 3, 15, 10, 20, tzinfo=UTC),
        ),
    ],
)
def test_dates(cell, first, day, at):
    when = parse_when(cell, first)
    assert when is not None
    assert when.day == day
    assert when.at == at
    assert when.at.tzinfo is not None and when.at.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("cell", "first", "local"),
    [
        ("3/4/24 2:30 PM", False, (2024, 3, 4, 14, 30)),
        ("3/4/24 2:30 PM", True, (2024, 4, 3, 14, 30)),
        ("3/4/24 12:00 AM", False, (2024, 3, 4, 0, 0)),
        ("3/4/24 12:15 pm", False, (2024, 3, 4, 12, 15)),
        ("2024-03-15 14:05", False, (2024, 3, 15, 14, 5)),
        ("2024-03-15 10:20:30.123456", False, (2024, 3, 15, 10, 20, 30)),  # Pipedrive
        ("15.03.2024 08:00", True, (2024, 3, 15, 8, 0)),
    ],
)
def test_times_without_a_zone_are_local(cell, first, local):
    when = parse_when(cell, first)
    assert when is not None
    assert when.day == date(*local[:3])
    assert when.at == _local(*local)


def test_a_zone_wins_over_local_time():
    # the same instant whatever the machine's zone
    plus_two = parse_when("2024-06-01T12:00:00+02:00")
    assert plus_two is not None
    assert plus_two.at == datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("cell", ["", "  "])
def test_empty_date_is_none(cell):
    assert parse_when(cell) is None


@pytest.mark.parametrize(
    ("cell", "first", "message"),
    [
        ("2024-02-30", False, "'2024-02-30' is not a date"),
        ("02/30/2024", False, "'02/30/2024' is not a date"),
        ("30.02.2024", True, "'30.02.2024' is not a date"),
        ("2023-02-29", False, "'2023-02-29' is not a date"),  # not a leap year
        ("13/13/2024", True, "'13/13/2024' is not a date"),
        ("15 Foo 2024", False, "'15 Foo 2024' is not a date"),
        ("yesterday", False, "'yesterday' is not a date"),
        ("2024-03-15 25:00", False, "'2024-03-15 25:00' is not a valid time"),
        ("3/4/24 13:30 PM", False, "'3/4/24 13:30 PM' is not a valid time"),
        ("2024-03-15 soon", False, "'2024-03-15 soon' is not a valid time"),
        ("1899-12-31", False, "the date '1899-12-31' is out of range"),
        ("2201-01-01", False, "the date '2201-01-01' is out of range"),
    ],
)
def test_bad_dates_are_refused_with_the_cell(cell, first, message):
    with pytest.raises(ValueProblem) as info:
        parse_when(cell, first)
    assert info.value.message == message


def test_feb_29_of_a_leap_year_is_a_date():
    assert parse_when("29.02.2024", True) is not None


def test_day_month_name_year_with_dashes():
    when = parse_when("15-Mar-2024")
    assert when is not None and when.day == date(2024, 3, 15)


@pytest.mark.parametrize(
    ("cells", "default", "expected"),
    [
        (["03/04/2024", "15/04/2024"], False, True),  # a first part above 12: day first
        (["03/04/2024", "04/15/2024"], True, False),  # a second part above 12: month first
        (["03/04/2024", "05/06/2024"], False, False),  # nothing tells: the format's habit
        (["03/04/2024", "05/06/2024"], True, True),
        (["03.04.2024"], False, True),  # dots: Finnish and German, always day first
        (["2024-03-04", "", "soon"], True, True),  # only ISO or junk: the default
        (["2024-03-04"], False, False),
        ([], False, False),
    ],
)
def test_day_first_is_decided_from_the_column(cells, default, expected):
    assert day_first(cells, default) is expected


def test_one_column_reads_every_row_the_same_way():
    cells = ["03/04/2024", "25/12/2024", "01/02/2024"]
    first = day_first(cells, default=False)
    days = [when.day for when in (parse_when(c, first) for c in cells) if when]
    assert days == [date(2024, 4, 3), date(2024, 12, 25), date(2024, 2, 1)]
