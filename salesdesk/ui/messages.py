"""Turns core errors into text in the rep's language.

Core errors carry English templates (see core.errors); they are translated here
under the context "errors", then filled in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from salesdesk.core.errors import SalesDeskError
from salesdesk.storage.errors import StorageError
from salesdesk.ui.plain import quoted


def tr_error(exc: SalesDeskError) -> str:
    template = QCoreApplication.translate("errors", exc.template)
    try:
        # A value quoted from the rep's data is cut short and isolated, so a 1 MB cell
        # or a right-to-left name cannot swamp or reorder the sentence around it.
        text = template.format(**{k: _param(k, v) for k, v in exc.params.items()})
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        text = exc.message
    if isinstance(exc, StorageError) and exc.advice:
        text += "\n\n" + QCoreApplication.translate("errors", exc.advice)
    return text


_NAMED_THINGS = {"label", "what", "kind"}  # words from the core, not the rep's data


def _param(name: str, value: Any) -> Any:
    """A field label (marked translatable in the core) in the rep's language, a
    count in the locale's digits, anything else quoted as the rep typed it."""
    if name in _NAMED_THINGS and isinstance(value, str):
        return QCoreApplication.translate("errors", value)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return quoted(value)
