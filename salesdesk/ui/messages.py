"""Turns core errors into text in the rep's language.

Core errors carry English templates (see core.errors); they are translated here
under the context "errors", then filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.core.errors import SalesDeskError
from salesdesk.storage.errors import StorageError
from salesdesk.ui.plain import quoted


def tr_error(exc: SalesDeskError) -> str:
    template = QCoreApplication.translate("errors", exc.template)
    try:
        # A value quoted from the rep's data is cut short and isolated, so a 1 MB cell
        # or a right-to-left name cannot swamp or reorder the sentence around it.
        text = template.format(**{k: quoted(v) for k, v in exc.params.items()})
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        text = exc.message
    if isinstance(exc, StorageError) and exc.advice:
        text += "\n\n" + QCoreApplication.translate("errors", exc.advice)
    return text
