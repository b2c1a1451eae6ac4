"""The rep's monthly forecast target, one per currency, kept in the settings table
(key history.TARGET_KEY + code, value the minor units as text)."""

from __future__ import annotations

from sqlmodel import Session

from salesdesk.core.metrics.history import TARGET_KEY
from salesdesk.core.models import Setting
from salesdesk.core.money import check_minor, normalize_currency
from salesdesk.core.services.pipelines import set_setting


def set_target(session: Session, currency: str, minor: int | None) -> int | None:
    """Sets the monthly target in `currency` (None or 0 removes it); returns the
    previous target, for undo. An unknown currency or an amount out of range is a
    ValidationError and nothing changes."""
    code = normalize_currency(currency)
    key = TARGET_KEY + code
    row = session.get(Setting, key)
    previous = None
    if row is not None and row.value.strip().isdigit():
        previous = int(row.value.strip()) or None
    if not minor:
        if row is not None:
            session.delete(row)
            session.flush()
        return previous
    set_setting(session, key, str(check_minor(minor)))
    return previous
