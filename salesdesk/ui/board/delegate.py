"""Paints a card: title, organization, value, days in stage, next follow-up,
exit-criteria progress and a stalled mark. Text is drawn as plain text, never
HTML, so a title like <b>x</b> shows those characters.

Painting is the board's hot path: the texts a card shows are worked out once per
card and clock tick and kept on the card, fonts and metrics once per font."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesdesk.core import board as core_board
from salesdesk.core.board import Card
from salesdesk.core.timeutil import from_storage
from salesdesk.ui.board.model import CARD_ROLE, ColumnModel
from salesdesk.ui.formatting import format_day_month, format_money, forward_arrow

MARGIN = 4
PADDING = 8
OVERDUE = QColor("#c62828")
TODAY = QColor("#ef6c00")
STALLED = QColor("#8e24aa")
_LEAD = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_TRAIL = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Plain ints: Python enum arithmetic costs more than the pixmap copy it guards.
_STATE_MASK = QStyle.StateFlag.State_Selected.value | QStyle.StateFlag.State_HasFocus.value
_RTL = Qt.LayoutDirection.RightToLeft


class _Texts:
    """What one card shows, computed once per card and clock tick."""

    __slots__ = ("facts", "follow", "follow_color", "stalled", "stamp", "value")

    def __init__(
        self, stamp: int, value: str, facts: str, follow: str, color: QColor | None, stalled: bool
    ):
        self.stamp, self.value, self.facts = stamp, value, facts
        self.follow, self.follow_color, self.stalled = follow, color, stalled


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()  # the app's language, set before any window exists
        self._generation = 0
        self._font_key: str = ""
        self.tick()

    def tick(self) -> None:
        """Called when the clock moves on (the board does so every minute)."""
        self._now = core_board.now_text()
        self._today = self._now[:10]
        self._generation += 1  # every card's cached texts are now stale

    @staticmethod
    def card_height(font: QFont) -> int:
        return 3 * QFontMetrics(font).height() + 2 * PADDING + 2 * MARGIN + 4

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.card_height(option.font))

    def _fonts(self, font: QFont) -> None:
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._fm = QFontMetrics(font)
            self._bold_fm = QFontMetrics(self._bold)
            self._line = self._fm.height()

    def _texts(self, card: Card, model: object) -> _Texts:
        # A changed deal arrives as a new Card, so texts cached on a card only
        # go stale when the clock ticks.
        cached = card.texts
        if isinstance(cached, _Texts) and cached.stamp == self._generation:
            return cached
        column = model.column if isinstance(model, ColumnModel) else None
        stall = core_board.stall(card, column, self._now) if column is not None else None
        stalled = stall is not None
        loc = self._locale
        facts = self.tr("{days} d in stage").format(days=loc.toString(card.days_in_stage))
        if stall is not None and stall.over_idle:  # the reason it stalls, on the card
            facts = self.tr("{days} d, idle {idle} d").format(
                days=loc.toString(card.days_in_stage), idle=loc.toString(card.idle_days)
            )
        if column is not None and column.criteria_total:
            met, total = loc.toString(card.criteria_met), loc.toString(column.criteria_total)
            facts += f"  ✓ {met}/{total}"
        follow, color = "", None
        if card.next_follow_up:
            local = from_storage(card.next_follow_up).astimezone()
            if card.next_follow_up < self._now:
                follow, color = (
                    self.tr("overdue {date}").format(date=format_day_month(local.date(), loc)),
                    OVERDUE,
                )
            elif local.date().isoformat() == self._today:
                time = loc.toString(
                    QTime(local.hour, local.minute), loc.timeFormat(QLocale.FormatType.ShortFormat)
                )
                follow, color = self.tr("today {time}").format(time=time), TODAY
            else:
                follow = f"{forward_arrow()} {format_day_month(local.date(), loc)}"
        texts = _Texts(
            self._generation,
            format_money(card.value_minor, card.currency, self._locale),
            facts,
            follow,
            color,
            stalled,
        )
        card.texts = texts
        return texts

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draws the card from a pixmap cache: a card is rendered once per change,
        clock tick, width or state, then copied (text rendering dominates paint time)."""
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        state = option.state.value & _STATE_MASK
        rect = option.rect
        device = painter.device()
        dpr = device.devicePixelRatioF() if device else 1.0
        key = (
            f"sdcard:{card.version}:{self._generation}:{state}:{rect.width()}x{rect.height()}"
            f":{option.direction is _RTL}:{dpr}:{self._font_key}"
        )
        pixmap = QPixmap()
        if not QPixmapCache.find(key, pixmap):
            pixmap = QPixmap(QSize(round(rect.width() * dpr), round(rect.height() * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            local = QStyleOptionViewItem(option)
            local.rect = QRect(0, 0, rect.width(), rect.height())
            p = QPainter(pixmap)
            self._draw(p, local, card, index.model())
            p.end()
            QPixmapCache.insert(key, pixmap)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw(
        self, painter: QPainter, option: QStyleOptionViewItem, card: Card, model: object
    ) -> None:
        self._fonts(option.font)
        texts = self._texts(card, model)
        palette = option.palette
        state = option.state
        painter.save()
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)

        line = self._line
        inner = rect.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING + 2)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        lead, trail = (_TRAIL, _LEAD) if rtl else (_LEAD, _TRAIL)
        text_color = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        left, top, width = inner.left(), inner.top(), inner.width()

        # Line 1: the stalled mark and the title, bold.
        painter.setFont(self._bold)
        title = QRect(left, top, width, line)
        if texts.stalled:
            mark_w = self._bold_fm.horizontalAdvance("⏸ ")
            painter.setPen(STALLED)
            painter.drawText(title, lead, "⏸ ")
            title.adjust(0 if rtl else mark_w, 0, -mark_w if rtl else 0, 0)
        painter.setPen(text_color)
        painter.drawText(
            title,
            lead,
            self._bold_fm.elidedText(card.title, Qt.TextElideMode.ElideRight, title.width()),
        )
        painter.setFont(option.font)

        # Line 2: organization, and the value at the trailing edge.
        row2 = QRect(left, top + line + 2, width, line)
        painter.drawText(row2, trail, texts.value)
        value_w = self._fm.horizontalAdvance(texts.value) + PADDING
        row2.adjust(value_w if rtl else 0, 0, 0 if rtl else -value_w, 0)
        painter.setPen(dim)
        painter.drawText(
            row2,
            lead,
            self._fm.elidedText(card.organization, Qt.TextElideMode.ElideRight, row2.width()),
        )

        # Line 3: days in stage and criteria progress; the follow-up at the trailing edge.
        row3 = QRect(left, top + 2 * line + 4, width, line)
        if texts.follow:
            painter.setPen(texts.follow_color or dim)
            painter.drawText(row3, trail, texts.follow)
            follow_w = self._fm.horizontalAdvance(texts.follow) + PADDING
            row3.adjust(follow_w if rtl else 0, 0, 0 if rtl else -follow_w, 0)
        painter.setPen(STALLED if texts.stalled else dim)
        # The follow-up date wins the space: the facts are cut short, never overlapped.
        painter.drawText(
            row3, lead, self._fm.elidedText(texts.facts, Qt.TextElideMode.ElideRight, row3.width())
        )
        painter.restore()
