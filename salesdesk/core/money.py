"""Money as an integer number of minor units plus an ISO 4217 code: never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from salesdesk.core.errors import ValidationError, excerpt, translatable

# ISO 4217 codes with their minor-unit exponent. Zero-decimal and three-decimal
# currencies are the ones that break naive "cents" code, so they are listed with care.
_TWO_DECIMALS = (
    "AED AFN ALL AMD ARS AUD AZN BAM BDT BGN BRL BYN CAD CHF CNY COP CRC CZK DKK DZD EGP EUR "
    "GBP GEL GHS HKD HNL HUF IDR ILS INR KES KZT LKR MAD MDL MKD MXN MYR NGN NOK NPR NZD PEN "
    "PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TRY TWD TZS UAH USD UYU UZS VES ZAR"
)
_ZERO_DECIMALS = "BIF CLP DJF GNF IRR ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_EXPONENTS: dict[str, int] = {
    **dict.fromkeys(_TWO_DECIMALS.split(), 2),
    **dict.fromkeys(_ZERO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
}
# IRR formally has 2 decimals in ISO 4217 but rials are never split in practice;
# Iranian reps quote whole rials, so it is kept at 0 on purpose.

# Values beyond this are typing mistakes, and SQLite integers overflow at 2**63.
MAX_MINOR = 10**15

_AMOUNT = re.compile(r"^[+-]?\d+(\.\d+)?$")


def known_currencies() -> list[str]:
    return sorted(_EXPONENTS)


def exponent(currency: str) -> int:
    return _EXPONENTS[normalize_currency(currency)]


def normalize_currency(currency: str) -> str:
    code = (currency or "").strip().upper()
    if code not in _EXPONENTS:
        raise ValidationError(
            "currency",
            translatable(
                "Unknown currency code '{code}'. Use a three-letter ISO code such as EUR."
            ),
            code=excerpt(str(currency)),
        )
    return code


def check_minor(value_minor: int) -> int:
    if not isinstance(value_minor, int) or isinstance(value_minor, bool):
        raise ValidationError("value", translatable("The value must be a whole number."))
    if value_minor < 0:
        raise ValidationError("value", translatable("The value cannot be negative."))
    if value_minor > MAX_MINOR:
        raise ValidationError("value", translatable("The value is too large."))
    return value_minor


def parse_amount(text: str, currency: str) -> int:
    """'1234.5' EUR -> 123450. Accepts a dot decimal separator and spaces or
    underscores as grouping; locale-aware parsing belongs to the UI."""
    code = normalize_currency(currency)
    cleaned = re.sub(r"[\s_\u00a0\u202f]", "", text or "")
    if not _AMOUNT.match(cleaned):
        raise ValidationError(
            "value", translatable("'{text}' is not an amount."), text=excerpt(str(text))
        )
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - regex already guards this
        raise ValidationError(
            "value", translatable("'{text}' is not an amount."), text=excerpt(text)
        ) from exc
    scaled = amount.scaleb(_EXPONENTS[code])
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            "value",
            translatable("{currency} has {digits} decimal places at most."),
            currency=code,
            digits=_EXPONENTS[code],
        )
    return check_minor(int(scaled))


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str

    def as_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def plain(self) -> str:
        """Locale-free text, e.g. '1234.50 EUR' (for CSV, logs and the CLI)."""
        return f"{self.as_decimal():.{exponent(self.currency)}f} {self.currency}"
