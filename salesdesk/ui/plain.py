"""User text shown as typed: never read as HTML or as a keyboard mnemonic, kept
from reordering the sentence around it, and cut short where a single line is all
there is room for. Display only: the stored text is never changed.

Qt guesses: a QLabel, a QMessageBox and every tooltip show text that "might be
rich text" (Qt.mightBeRichText) as HTML, and buttons, menu entries and group box
titles read '&' as a mnemonic. These helpers are the one place that knows it."""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import Qt as GuiQt  # QtCore's Qt lacks mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
ELLIPSIS = "…"
LINE_LIMIT = 300  # one line of a list or menu: every name fits (names stop at 300)
TITLE_LIMIT = 80  # a window title
TIP_LIMIT = 2000  # a tooltip is not a reader; the full text is one click away
PARAM_LIMIT = 1000  # a value quoted in a message (a cell, a path)

# Right-to-left letters and the bidi controls: text without any of them cannot
# reorder its neighbours in a left-to-right sentence.
_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\u061c\u200f\u202a-\u202e\u2066-\u2069]"
)
# Line breaks as Python's splitlines() knows them (Qt breaks on most of these too).
_FIRST_LINE = re.compile(r"[^\s][^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*")
_ZWJ = "\u200d"


def left_to_right(text: str) -> str:
    """A phone number or an email address, always read left to right: in a
    right-to-left row "+358 40 123" would otherwise show as "123 40 358+"."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate(text: str) -> str:
    """`text` as one unit inside a longer sentence ("“<title>” moved on…"), so a
    right-to-left title or a stray U+202E cannot reverse the words after it.
    Isolation only matters when the text or the layout is right-to-left: plain
    left-to-right text in a left-to-right window is returned as it is."""
    if not text:
        return text
    rtl_layout = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if rtl_layout or _BIDI.search(text):
        return f"{FSI}{text}{PDI}"
    return text


def _joins_previous(text: str, i: int) -> bool:
    """True when text[i] belongs to the same visible character as text[i - 1]:
    a combining mark, a variation selector, a skin tone, an emoji tag, the part
    after a zero-width joiner, or the second half of a flag."""
    ch, code = text[i], ord(text[i])
    if text[i - 1] == _ZWJ or ch == _ZWJ:
        return True
    if unicodedata.category(ch) in ("Mn", "Mc", "Me"):
        return True
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True
    if 0x1F1E6 <= code <= 0x1F1FF:  # regional indicators pair up into flags
        run = 0
        while i - 1 - run >= 0 and 0x1F1E6 <= ord(text[i - 1 - run]) <= 0x1F1FF:
            run += 1
        return run % 2 == 1
    return False


def elide(text: str, limit: int = LINE_LIMIT) -> str:
    """The first `limit` characters and '…' (display only), never cutting an
    emoji sequence, a flag or a letter from its accents."""
    if len(text) <= limit:
        return text
    cut = max(limit - 1, 1)
    while cut > 1 and _joins_previous(text, cut):
        cut -= 1
    return text[:cut] + ELLIPSIS


def first_line(text: str, limit: int = LINE_LIMIT, more: bool = False) -> str:
    """The first line that is not blank, cut to `limit`; with `more`, '…' tells
    that more lines follow."""
    found = _FIRST_LINE.search(text)
    if found is None:
        return ""
    line = found.group().rstrip()
    shown = elide(line, limit)
    if more and shown == line and text[found.end() :].strip():
        shown += ELLIPSIS
    return shown


def plain_tooltip(text: str, limit: int = TIP_LIMIT) -> str:
    """A tooltip that shows `text` literally. Tooltips guess rich text, so text
    that looks like HTML goes as escaped HTML (line breaks kept); `limit` keeps a
    1 MB note from being laid out in a tooltip."""
    text = elide(text, limit)
    if not GuiQt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def no_mnemonic(text: str) -> str:
    """Text for a button, a menu entry, a tab or a group box title: '&' there
    marks a keyboard shortcut, so "R&D Oy" would show as "RD Oy"."""
    return text.replace("&", "&&")


def plain_label(text: str = "", wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """A label that never reads its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def quoted(value: object, limit: int = PARAM_LIMIT) -> object:
    """A value to fill into a message: text is cut to `limit` and isolated,
    numbers and the rest stay as they are."""
    return isolate(elide(value, limit)) if isinstance(value, str) else value
