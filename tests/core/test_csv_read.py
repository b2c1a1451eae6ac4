"""Reading other tools' CSV files: encodings, delimiters, quoting, and clear
messages for what is not a CSV table at all."""

from __future__ import annotations

import codecs
import sqlite3
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from salesdesk.core.io import csvread
from salesdesk.core.io.csvread import CsvReadError

# Text every encoding below can carry (Windows-1252 too): €, ä, ö, quotes.
WESTERN = (
    "Title,Value,Organization,Note\n"
    "Kesäkampanja,€1 200,Äkki Oy,Pöytä ja tuolit\n"
    'Fleet renewal,"12,500.50",Acme Corp,"He said ""yes"""\n'
)
WESTERN_ROWS = [
    ["Kesäkampanja", "€1 200", "Äkki Oy", "Pöytä ja tuolit"],
    ["Fleet renewal", "12,500.50", "Acme Corp", 'He said "yes"'],
]
HEADERS = ["Title", "Value", "Organization", "Note"]


def _read(tmp_path: Path, data: bytes, name: str = "deals.csv") -> csvread.CsvTable:
    path = tmp_path / name
    path.write_bytes(data)
    return csvread.read(path)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (WESTERN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), "utf-8-sig"),
        (WESTERN.encode("utf-16"), "utf-16"),  # BOM in the machine's byte order
        (codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), "utf-16"),
        (WESTERN.encode("utf-16-le"), "utf-16-le"),
        (WESTERN.encode("utf-16-be"), "utf-16-be"),
        (WESTERN.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_encodings_are_recognised(tmp_path, data, encoding):
    table = _read(tmp_path, data)
    assert table.encoding == encoding
    assert table.headers == HEADERS  # no BOM left on the first header
    assert table.rows == WESTERN_ROWS
    assert table.delimiter == ","
    assert table.source == tmp_path / "deals.csv"


def test_windows_1252_bytes_are_not_mistaken_for_utf8(tmp_path):
    data = WESTERN.encode("cp1252")
    assert b"\x80" in data and b"\xe4" in data  # € and ä as Excel on Windows writes them
    table = _read(tmp_path, data)
    assert table.rows[0][1] == "€1 200" and table.rows[0][2] == "Äkki Oy"


def test_crlf_line_endings(tmp_path):
    table = _read(tmp_path, WESTERN.replace("\n", "\r\n").encode("utf-8"))
    assert table.rows == WESTERN_ROWS
    assert table.line_numbers == [2, 3]


def test_persian_arabic_and_chinese_text_survive_utf16(tmp_path):
    text = "Title,Organization\nقرارداد پشتیبانی,شرکت آلفا\nعقد توريد,شركة النور\n新的交易,北京科技有限公司\n"
    table = _read(tmp_path, text.encode("utf-16"))
    assert table.rows == [
        ["قرارداد پشتیبانی", "شرکت آلفا"],
        ["عقد توريد", "شركة النور"],
        ["新的交易", "北京科技有限公司"],
    ]


def test_utf16_without_bom_with_a_chinese_one(tmp_path):
    text = "Title,Value,Organization\n第一笔交易,2000,北京科技有限公司\nSecond,300,Äkki Oy\n"
    table = _read(tmp_path, text.encode("utf-16-le"))
    assert table.encoding == "utf-16-le"
    assert table.headers == ["Title", "Value", "Organization"]
    assert table.rows[0] == ["第一笔交易", "2000", "北京科技有限公司"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"], ids=["comma", "semi", "tab", "bar"])
def test_delimiters_are_detected(tmp_path, delimiter):
    rows = [
        ["Deal", "Value", "Close date", "Org"],
        ["Alpha", "1,5", "15.03.2024", "A; B, and C"],  # the other delimiters inside quotes
        ["Beta", "2.000,00", "16.03.2024", "Beta Oy"],
    ]

    def quoted(cell: str) -> str:
        return f'"{cell}"' if any(d in cell for d in ",;\t|") else cell

    text = "\n".join(delimiter.join(quoted(c) for c in row) for row in rows) + "\n"
    table = _read(tmp_path, text.encode("utf-8"))
    assert table.delimiter == delimiter
    assert table.headers == rows[0]
    assert table.rows == rows[1:]


def test_semicolon_file_with_decimal_commas_is_not_read_as_comma_separated(tmp_path):
    # Excel in Finnish or German writes ';' between cells and ',' in numbers.
    text = "Nimi;Arvo;Asiakas\nKesäkampanja;1234,50;Äkki Oy\nTalvi;99,90;Oy Bee Ab\n"
    table = _read(tmp_path, text.encode("utf-8"))
    assert table.delimiter == ";"
    assert table.rows == [["Kesäkampanja", "1234,50", "Äkki Oy"], ["Talvi", "99,90", "Oy Bee Ab"]]


def test_quoted_cells_with_delimiters_and_newlines(tmp_path):
    text = (
        "Title,Notes,Value\n"
        '"Renewal, phase 2","First line\nsecond line, with comma",100\n'
        "Plain,Short,200\n"
    )
    table = _read(tmp_path, text.encode("utf-8"))
    assert table.rows == [
        ["Renewal, phase 2", "First line\nsecond line, with comma", "100"],
        ["Plain", "Short", "200"],
    ]
    # the row after a two-line cell is on the file's fourth line
    assert table.line_numbers[1] == 4


def test_multiline_row_is_numbered_by_its_first_line(tmp_path):
    text = 'Title,Notes\n"A","one\ntwo\nthree"\nB,x\n'
    table = _read(tmp_path, text.encode("utf-8"))
    assert table.line_numbers == [2, 5]


def test_short_and_long_rows_are_padded_and_cut(tmp_path):
    table = _read(tmp_path, b"a,b,c\n1\n1,2,3,4\n")
    assert table.rows == [["1", "", ""], ["1", "2", "3"]]


def test_blank_lines_are_skipped_but_line_numbers_stay_true(tmp_path):
    table = _read(tmp_path, b"a,b\n\n1,2\n , \n3,4\n")
    assert table.rows == [["1", "2"], ["3", "4"]]
    assert table.line_numbers == [3, 5]


def test_headers_are_trimmed(tmp_path):
    table = _read(tmp_path, b" Title , Value \nA,1\n")
    assert table.headers == ["Title", "Value"]


@pytest.mark.parametrize(
    "data",
    [b"", b"\n\n\r\n", b" , ,\n,,\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE],
    ids=["nothing", "newlines", "empty-cells", "bom-only", "utf16-bom-only"],
)
def test_empty_file_says_so(tmp_path, data):
    with pytest.raises(CsvReadError, match="The file is empty"):
        _read(tmp_path, data)


def test_one_column_file_says_what_a_csv_looks_like(tmp_path):
    with pytest.raises(CsvReadError, match="only one column") as info:
        _read(tmp_path, b"Title\nAlpha\nBeta\n")
    assert "commas, semicolons or tabs" in info.value.message


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixels = b"".join(b"\x00" + bytes([x, 255 - x, 40, 255]) * 32 for x in range(32))
    header = struct.pack(">IIBBBBB", 32, 32, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


def _xlsx(tmp_path: Path) -> bytes:
    # An .xlsx is a zip file; reps pick one by mistake in the file dialog.
    path = tmp_path / "book.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet>" + "<row/>" * 200 + "</worksheet>")
    return path.read_bytes()


def _sqlite(tmp_path: Path) -> bytes:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, "x" * 40) for i in range(200)])
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["png", "xlsx"])
def test_binary_file_is_refused_by_name(tmp_path, kind):
    data = _png() if kind == "png" else _xlsx(tmp_path)
    with pytest.raises(CsvReadError) as info:
        _read(tmp_path, data, name=f"export.{kind}")
    assert info.value.message == f"export.{kind} is not a CSV file (it holds binary data)."


def test_database_file_is_refused(tmp_path):
    # Mostly NUL bytes, like UTF-16 text: refused as no known text encoding.
    with pytest.raises(CsvReadError) as info:
        _read(tmp_path, _sqlite(tmp_path), name="export.csv")
    assert info.value.message in (
        "export.csv is not a CSV file (it holds binary data).",
        "The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).",
    )


def test_bytes_no_known_encoding_has_are_refused(tmp_path):
    # 0x81 and 0x9d are neither UTF-8 here nor defined in Windows-1252.
    with pytest.raises(CsvReadError, match="not text in a known encoding"):
        _read(tmp_path, b"Title,Value\n\x81\x9d,1\n")


def test_missing_file_names_it(tmp_path):
    with pytest.raises(CsvReadError) as info:
        csvread.read(tmp_path / "nowhere.csv")
    assert "nowhere.csv cannot be read" in info.value.message


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(csvread, "MAX_BYTES", 10)
    with pytest.raises(CsvReadError, match="too large"):
        _read(tmp_path, WESTERN.encode("utf-8"))


def test_parse_with_a_given_delimiter():
    table = csvread.parse("a;b,c\n1;2,3\n", delimiter=";")
    assert table.headers == ["a", "b,c"] and table.rows == [["1", "2,3"]]
    assert table.source is None


def test_decode_picks_by_bom_before_guessing():
    assert csvread.decode(codecs.BOM_UTF8 + "ä".encode())[1] == "utf-8-sig"
    assert csvread.decode("ä,b".encode("utf-16"))[0] == "ä,b"
    assert csvread.decode("ä,b".encode("cp1252")) == ("ä,b", "cp1252")
    assert csvread.decode("ä,b".encode()) == ("ä,b", "utf-8")
