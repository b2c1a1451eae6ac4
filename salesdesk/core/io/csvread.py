"""Reading a CSV file that some other tool wrote: guess its encoding and its
delimiter, then hand back a plain table of text cells."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from salesdesk.core.errors import SalesDeskError, translatable

MAX_BYTES = 512 * 1024 * 1024  # far beyond any CRM export; refuses a wrong pick early
DELIMITERS = ",;\t|"


class CsvReadError(SalesDeskError):
    """The file cannot be read as a CSV table."""


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    rows: list[list[str]]  # every row padded or cut to len(headers)
    encoding: str  # the codec name a rep can recognise: utf-8, utf-8-sig, utf-16, cp1252
    delimiter: str
    line_numbers: list[int]  # the file's line where each row starts, for messages about it
    source: Path | None = None
    # Lines of rows with more cells than headers (an unquoted comma in a cell?):
    # the importer refuses them rather than drop what is past the last column.
    overflowing: list[int] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). A BOM decides; else UTF-16 without BOM shows as NUL bytes
    in every other position; else strict UTF-8; else Windows-1252, which is what
    Excel on Western Windows writes and which decodes every byte but five."""
    try:
        # A BOM is a promise: a file that breaks it (cut short, a lone surrogate)
        # is refused rather than read as another encoding.
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError as exc:
        utf8 = data.startswith(codecs.BOM_UTF8)
        raise CsvReadError(
            translatable(
                "The file starts as {encoding} text but is not valid {encoding} "
                "(byte {position}: {reason})."
            ),
            encoding="UTF-8" if utf8 else "UTF-16",
            position=exc.start + (len(codecs.BOM_UTF8) if utf8 else 0),
            reason=exc.reason,
        ) from exc
    guess = _utf16_without_bom(data)
    if guess is not None:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise CsvReadError(
            translatable(
                "The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252)."
            )
        ) from exc


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of
    fields most consistently; Excel in many European locales writes ';'."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for candidate in DELIMITERS:
        try:
            rows = csv.reader(io.StringIO("\n".join(lines)), delimiter=candidate)
            counts = [len(r) for r in rows]
        except csv.Error:  # a cell over the field limit: parse() says so in words
            continue
        if not counts or counts[0] < 2:
            continue
        same = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = same * 1000 + counts[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def parse(text: str, delimiter: str | None = None, encoding: str = "utf-8") -> CsvTable:
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records: list[tuple[int, list[str]]] = []
    try:
        ended = 0  # a quoted cell may span lines: a row starts after the last one ended
        for row in reader:
            records.append((ended + 1, row))
            ended = reader.line_num
    except csv.Error as exc:
        raise CsvReadError(
            translatable("The file is not a readable CSV table (line {line}: {reason})."),
            line=reader.line_num,
            reason=str(exc),
        ) from exc
    if records and _quote_left_open(text, delimiter):
        raise CsvReadError(
            translatable(
                'A quote (") opened on line {line} is never closed, so the rest of the file '
                "would be read as one cell. Close the quote, or save the file again from the "
                "program that wrote it."
            ),
            line=records[-1][0],
        )
    records = [(n, r) for n, r in records if any(cell.strip() for cell in r)]
    if not records:
        raise CsvReadError(translatable("The file is empty."))
    headers = [h.strip().lstrip("\ufeff") for h in records[0][1]]
    if len(headers) < 2:
        raise CsvReadError(
            translatable(
                "The file has only one column. A CSV export has a header row and columns "
                "separated by commas, semicolons or tabs."
            )
        )
    width = len(headers)
    rows = [(row + [""] * width)[:width] for _, row in records[1:]]
    overflowing = [n for n, row in records[1:] if any(c.strip() for c in row[width:])]
    return CsvTable(
        headers, rows, encoding, delimiter, [n for n, _ in records[1:]], overflowing=overflowing
    )


def _quote_left_open(text: str, delimiter: str) -> bool:
    """The lenient reader swallows everything after an unclosed quote into one
    cell; the strict one notices the end of the file inside it."""
    try:
        for _row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def read(path: Path) -> CsvTable:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CsvReadError(
                translatable("The file is too large to import ({size} MB)."),
                size=size // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CsvReadError(
            translatable("{path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise CsvReadError(
            translatable("{path} is not a CSV file (it holds binary data)."), path=path.name
        )
    text, encoding = decode(data)
    table = parse(text, encoding=encoding)
    return replace(table, source=path)


def _utf16_without_bom(data: bytes) -> str | None:
    """Latin text in UTF-16 has a NUL in every other byte: odd ones for little
    endian. Chinese has NULs too (U+4E00 is 00 4E), on both sides, but far fewer:
    the side with four times as many decides."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > len(sample) // 8 and odd > 4 * even:
        return "utf-16-le"
    if even > len(sample) // 8 and even > 4 * odd:
        return "utf-16-be"
    return None


def _looks_utf16(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return _utf16_without_bom(data) is not None
