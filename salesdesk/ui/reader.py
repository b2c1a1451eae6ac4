"""A read-only view of a long text (a note of up to 1 MB), shown whole and
copyable exactly as stored.

Qt lays out a paragraph in one piece when it first shows it: one paragraph of a
million Chinese characters, or of letters without a space, takes Qt half a
minute or more. The reader therefore breaks paragraphs longer than LONG_BLOCK
into display lines of about PIECE characters (at a space where there is one);
a break looks like a line wrap, and copying gives back the stored text without
the breaks."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from salesdesk.ui.plain import _joins_previous

LONG_BLOCK = 4000  # a paragraph this long is shown in pieces
PIECE = 1000  # characters per piece: laid out in a few milliseconds in any script
_SPACE_WINDOW = 200  # how far back a piece may end early to end at a space


def _pieces(paragraph: str) -> list[str]:
    if len(paragraph) <= LONG_BLOCK:
        return [paragraph]
    out: list[str] = []
    start = 0
    while len(paragraph) - start > PIECE:
        end = start + PIECE
        space = paragraph.rfind(" ", end - _SPACE_WINDOW, end)
        if space > start:
            end = space + 1  # the space stays at the end of its line, as a wrap leaves it
        else:
            while end > start + 1 and _joins_previous(paragraph, end):
                end -= 1  # never between an emoji's parts or a letter and its accent
        out.append(paragraph[start:end])
        start = end
    out.append(paragraph[start:])
    return out


class TextReader(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)  # plain text: a note is never interpreted
        self._source = ""
        self._breaks: list[int] = []  # document positions of the breaks added for display

    def source(self) -> str:
        """The text as stored, without the display breaks."""
        return self._source

    def show_text(self, text: str) -> None:
        self._source = text
        lines: list[str] = []
        breaks: list[int] = []
        position = 0
        for paragraph in text.split("\n"):
            pieces = _pieces(paragraph)
            for piece in pieces[:-1]:
                lines.append(piece)
                position += len(piece)
                breaks.append(position)  # the "\n" joining this piece to the next
                position += 1
            lines.append(pieces[-1])
            position += len(pieces[-1]) + 1
        # Qt reads "\r\n" as one line break: offsets would no longer match, so such
        # a text is copied the way Qt copies it (line breaks as "\n").
        self._breaks = breaks if "\r" not in text else []
        self.setPlainText("\n".join(lines))

    def clear(self) -> None:
        self._source, self._breaks = "", []
        super().clear()

    def _stored(self, position: int) -> int:
        """A document position as an offset into the stored text."""
        return position - bisect_left(self._breaks, position)

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        if not self._breaks:
            return mime
        cursor = self.textCursor()
        start, end = self._stored(cursor.selectionStart()), self._stored(cursor.selectionEnd())
        plain = QMimeData()
        plain.setText(self._source[start:end])  # what was stored, without the display breaks
        return plain
