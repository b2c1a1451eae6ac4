"""Spreadsheet-safe text for CSV files (OWASP "CSV injection"): a cell that starts
with = + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice
and Google Sheets, so such text gets a leading single quote. Spreadsheets show the
quote-prefixed text as typed; SalesDesk's CSV importer removes the quote again."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def _guarded(cell: str) -> bool:
    """A quote followed by what `neutralise` guards (or by another quote)."""
    return cell.startswith(QUOTE) and cell[1:].startswith((*FORMULA_STARTS, QUOTE))


def neutralise(text: str) -> str:
    """Text as a cell that no spreadsheet evaluates. Text that already looks
    guarded ("'=x", "''") gets a quote too, so `restore` gives it back unchanged."""
    return QUOTE + text if text.startswith(FORMULA_STARTS) or _guarded(text) else text


def restore(cell: str) -> str:
    """The text `neutralise` was given (for a reader of our own CSV files)."""
    return cell[1:] if _guarded(cell) else cell
