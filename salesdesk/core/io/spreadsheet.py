"""Spreadsheet-safe text for CSV files (OWASP "CSV injection"): a cell that starts
with = + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice
and Google Sheets, so such text gets a leading single quote. Spreadsheets show the
quote-prefixed text as typed; SalesDesk's CSV importer removes the quote again."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(text: str) -> str:
    """Text as a cell that no spreadsheet evaluates."""
    return QUOTE + text if text.startswith(FORMULA_STARTS) else text


def restore(cell: str) -> str:
    """The text `neutralise` was given (for a reader of our own CSV files)."""
    if cell.startswith(QUOTE) and cell[1:2] and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
