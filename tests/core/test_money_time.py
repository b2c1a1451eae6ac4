from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from salesdesk.core import money
from salesdesk.core.errors import ValidationError
from salesdesk.core.timeutil import ensure_utc, from_storage, to_storage


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1234.5", "eur", 123450),
        ("1 234,00".replace(",", "."), "EUR", 123400),
        ("12", "JPY", 12),
        ("1.234", "KWD", 1234),
        ("0", "USD", 0),
        ("+7", "GBP", 700),
    ],
)
def test_amounts_become_minor_units(text, currency, minor):
    assert money.parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "field"),
    [
        ("-1", "EUR", "value"),
        ("1.234", "EUR", "value"),
        ("1.5", "JPY", "value"),
        ("abc", "EUR", "value"),
        ("1e3", "EUR", "value"),
        ("10", "XXX", "currency"),
        ("9" * 20, "EUR", "value"),
    ],
)
def test_bad_amounts_are_refused(text, currency, field):
    with pytest.raises(ValidationError) as err:
        money.parse_amount(text, currency)
    assert err.value.field == field and str(err.value)


def test_money_plain_text():
    assert money.Money(123450, "EUR").plain() == "1234.50 EUR"
    assert money.Money(5, "JPY").plain() == "5 JPY"
    assert money.Money(1, "KWD").plain() == "0.001 KWD"


def test_times_are_utc_and_sort_as_text():
    helsinki = timezone(timedelta(hours=2))
    local = datetime(2026, 3, 29, 3, 30, tzinfo=helsinki)
    stored = to_storage(local)
    assert stored == "2026-03-29 01:30:00.000000"
    assert from_storage(stored) == local and from_storage(stored).tzinfo == UTC
    assert to_storage(datetime(2026, 1, 2, tzinfo=UTC)) < to_storage(
        datetime(2026, 1, 10, tzinfo=UTC)
    )
    with pytest.raises(ValueError, match="naive"):
        ensure_utc(datetime(2026, 1, 1))
