"""The helpers that keep user text as typed (salesdesk/ui/plain.py, reader.py):
cutting never splits a visible character, tooltips and notifications render back
to the exact text, isolation is added where it matters, copying from the reader
gives back what was stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextCursor, QTextDocument

from salesdesk.core.errors import ValidationError
from salesdesk.ui.commands import _Done
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import (
    FSI,
    PDI,
    TIP_LIMIT,
    elide,
    first_line,
    isolate,
    no_mnemonic,
    plain_label,
    plain_tooltip,
)
from salesdesk.ui.reader import LONG_BLOCK, TextReader
from salesdesk.ui.reminders import tray_body

NASTY = [
    "<b>bold</b><img src=x>",
    "<a href=x>link</a> &amp; R&D",
    "&lt;not a tag&gt; first",  # Qt reads a leading &lt; as rich text too
    "two\nlines <i>x</i>\n\n  indented",
    "\u202eRLO title",
    "👩‍👩‍👧‍👦 🇫🇮 é",
    "plain text",
    "",
]


def render(text: str) -> str:
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


@pytest.mark.parametrize("text", NASTY)
def test_a_tooltip_renders_back_to_the_exact_text(text):
    assert render(plain_tooltip(text)) == text


def test_a_1_mb_tooltip_is_cut_to_its_start():
    note = "<b>x</b> " * 120_000
    tip = render(plain_tooltip(note))
    assert len(tip) <= TIP_LIMIT and tip.endswith("…") and note.startswith(tip[:-1])


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("abcdefghij", 5, "abcd…"),
        ("ab👩‍👩‍👧‍👦cd", 5, "ab…"),  # the family is one character on screen
        ("ab🇫🇮🇸🇪cd", 5, "ab🇫🇮…"),  # flags are pairs: never half of one
        ("abe\u0301\u0301xyz", 5, "ab…"),  # the accents stay with their letter
        ("ab👍🏽cd", 4, "ab…"),  # a skin tone stays with its hand
    ],
)
def test_elide_never_splits_a_visible_character(text, limit, expected):
    shown = elide(text, limit)
    assert shown == expected
    assert shown == text or (len(shown) <= limit and text.startswith(shown[:-1]))


def test_first_line_skips_blank_lines_and_can_say_there_is_more():
    assert first_line("\n\n  first one  \nsecond") == "first one"
    assert first_line("\n\n  first one  \nsecond", more=True) == "first one…"
    assert first_line("only\n\n   \n", more=True) == "only"
    assert first_line("   \n\t") == ""
    assert first_line("x" * 1_000_000, 300) == "x" * 299 + "…"


def test_isolation_only_where_direction_can_change(qapp):
    assert isolate("Acme Oy") == "Acme Oy"  # left to right in a left-to-right window
    assert isolate("\u202eevil") == f"{FSI}\u202eevil{PDI}"
    assert isolate("شرکت آلفا") == f"{FSI}شرکت آلفا{PDI}"
    assert isolate("") == ""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # undone by the autouse fixture
    assert isolate("Acme Oy") == f"{FSI}Acme Oy{PDI}"  # English inside a Persian sentence


def test_mnemonics_are_doubled_and_labels_are_plain(qtbot):
    assert no_mnemonic("R&D && Co") == "R&&D &&&& Co"
    label = plain_label("<b>x</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.wordWrap()


def test_undo_entries_double_an_ampersand_only_in_the_menu():
    command = _Done("Move 1 deal to R&D")
    assert command.text() == "Move 1 deal to R&D"  # as in an undo list
    assert command.actionText() == "Move 1 deal to R&&D"  # as in the Edit menu
    assert _Done("Edit title").actionText() == "Edit title"


def test_notification_bodies_are_escaped_for_servers_that_read_markup():
    text = "<b>Send</b> the quote & <img src=x>"
    escaped = tray_body(text, markup=True)
    assert "<" not in escaped and render(f"<p>{escaped}</p>") == text
    assert tray_body(text, markup=False) == text


def test_error_messages_cut_and_isolate_what_they_quote():
    exc = ValidationError("value", "'{text}' is not an amount.", text="\u202e12" + "9" * 5000)
    message = tr_error(exc)
    assert message.startswith(f"'{FSI}\u202e12") and message.endswith(f"…{PDI}' is not an amount.")
    assert len(message) < 1100
    plain = ValidationError("value", "'{text}' is not an amount.", text="kymmenen")
    assert tr_error(plain) == "'kymmenen' is not an amount."


def test_the_reader_copies_exactly_what_was_stored_across_its_display_breaks(qtbot):
    reader = TextReader()
    qtbot.addWidget(reader)
    text = "head\n" + ("word " * 3000) + "销售" * 3000 + "\ntail"
    reader.show_text(text)
    doc = reader.document()
    assert doc.blockCount() > 3  # the long paragraph is shown in pieces
    assert all(len(doc.findBlockByNumber(i).text()) <= LONG_BLOCK for i in range(doc.blockCount()))
    assert reader.source() == text
    for start, end in ((0, 3), (3, 9000), (14_000, 20_000), (0, doc.characterCount() - 1)):
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        reader.setTextCursor(cursor)
        copied = reader.createMimeDataFromSelection().text()
        shown = cursor.selectedText().replace("\u2029", "")  # Qt's paragraph marks
        assert copied.replace("\n", "") == shown.replace("\n", "")
        assert copied in text  # a piece of the stored text, breaks and all as stored
    reader.show_text("a\r\nb")  # Qt reads \r\n as one break: copied the way Qt copies
    reader.selectAll()
    assert reader.createMimeDataFromSelection().text().split() == ["a", "b"]
    reader.clear()
    assert reader.source() == "" and reader.toPlainText() == ""
