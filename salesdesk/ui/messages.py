"""Turns core errors into text in the rep's language.

Core errors carry English templates (see core.errors); they are translated here
under the context "errors", then filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.core.errors import SalesDeskError
from salesdesk.storage.errors import StorageError


def tr_error(exc: SalesDeskError) -> str:
    template = QCoreApplication.translate("errors", exc.template)
    try:
        text = template.format(**exc.params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        text = exc.message
    if isinstance(exc, StorageError) and exc.advice:
        text += "\n\n" + QCoreApplication.translate("errors", exc.advice)
    return text
