"""Turns core errors into text in the rep's language.

Core errors carry English templates (see core.errors); they are translated here
under the context "errors", then filled in."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from salesdesk.core.errors import SalesDeskError, Term
from salesdesk.storage.errors import StorageError
from salesdesk.ui.formatting import plain_number
from salesdesk.ui.plain import PARAM_LIMIT, quoted


def tr_error(exc: SalesDeskError) -> str:
    text = fill(exc.template, exc.params, exc.message)
    if isinstance(exc, StorageError) and exc.advice:
        text += "\n\n" + QCoreApplication.translate("errors", exc.advice)
    return text


_SPEC = re.compile(r"\{(\w+):\.(\d+)f\}")  # {days:.1f}


def fill(template: str, params: dict[str, Any], english: str, limit: int = PARAM_LIMIT) -> str:
    """A core template (context "errors") translated and filled in; the English
    message if a translation is broken, so an error is never hidden."""
    text = QCoreApplication.translate("errors", template)
    values = {k: _param(k, v, limit) for k, v in params.items()}
    for name, decimals in _SPEC.findall(text):  # the locale's decimal comma and digits
        if isinstance(params.get(name), int | float):
            values[name] = QLocale().toString(float(params[name]), "f", int(decimals))
    try:
        # A value quoted from the rep's data is cut short and isolated, so a 1 MB cell
        # or a right-to-left name cannot swamp or reorder the sentence around it.
        return _SPEC.sub(r"{\1}", text).format(**values)
    except (KeyError, IndexError, ValueError):
        return english


def _param(name: str, value: Any, limit: int) -> Any:
    """A core term in the rep's language, a number in the locale's digits
    (ungrouped: it may be a year or an id), the rep's data quoted as typed."""
    if isinstance(value, Term):
        return QCoreApplication.translate("errors", value)
    if isinstance(value, int) and not isinstance(value, bool):
        return plain_number(value)
    return quoted(value, limit)
