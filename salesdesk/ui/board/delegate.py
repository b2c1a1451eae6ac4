"""Paints a card: title, organization, value, days in stage, next follow-up,
exit-criteria progress and a stalled mark. Text is drawn as plain text, never
HTML, so a title like <b>x</b> shows those characters."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesdesk.core import board as core_board
from salesdesk.core.board import Card
from salesdesk.core.timeutil import from_storage
from salesdesk.ui.board.model import CARD_ROLE, ColumnModel
from salesdesk.ui.formatting import format_money

MARGIN = 4
PADDING = 8
OVERDUE = QColor("#c62828")
TODAY = QColor("#ef6c00")
STALLED = QColor("#8e24aa")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = core_board.now_text()
        self._today = self._now[:10]
        self._locale = QLocale()  # the app's language, set before any window exists

    def tick(self) -> None:
        """Called when the clock moves on (the board refreshes it every minute)."""
        self._now = core_board.now_text()
        self._today = self._now[:10]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 2 * PADDING + 2 * MARGIN + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        model = index.model()
        column = model.column if isinstance(model, ColumnModel) else None
        painter.save()
        palette = option.palette
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                palette.color(QPalette.ColorRole.Highlight)
                if selected
                else palette.color(QPalette.ColorRole.Mid),
                2 if selected else 1,
            )
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)

        inner = rect.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING + 2)
        fm = QFontMetrics(option.font)
        line = fm.height()
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        trail = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        text_color = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)

        # Line 1: title (bold) and the stalled mark.
        stalled = column is not None and core_board.is_stalled(
            card, column.stalled_after_days, self._now
        )
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        title_rect = QRect(inner.left(), inner.top(), inner.width(), line)
        mark = "⏸ " if stalled else ""
        if stalled:
            mark_w = QFontMetrics(bold).horizontalAdvance(mark)
            painter.setPen(STALLED)
            painter.drawText(title_rect, lead | Qt.AlignmentFlag.AlignVCenter, mark)
            title_rect = title_rect.adjusted(0 if rtl else mark_w, 0, -mark_w if rtl else 0, 0)
        painter.setPen(text_color)
        painter.drawText(
            title_rect,
            lead | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                card.title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        painter.setFont(option.font)

        # Line 2: organization, and the value at the trailing edge.
        row2 = QRect(inner.left(), inner.top() + line + 2, inner.width(), line)
        value = format_money(card.value_minor, card.currency, self._locale)
        value_w = fm.horizontalAdvance(value) + PADDING
        painter.setPen(text_color)
        painter.drawText(row2, trail | Qt.AlignmentFlag.AlignVCenter, value)
        org_rect = row2.adjusted(value_w if rtl else 0, 0, 0 if rtl else -value_w, 0)
        painter.setPen(dim)
        painter.drawText(
            org_rect,
            lead | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(card.organization, Qt.TextElideMode.ElideRight, org_rect.width()),
        )

        # Line 3: days in stage and criteria progress; the follow-up at the trailing edge.
        row3 = QRect(inner.left(), inner.top() + 2 * line + 4, inner.width(), line)
        facts = self.tr("{days} d in stage").format(days=card.days_in_stage)
        if column is not None and column.criteria_total:
            facts += f"  ✓ {card.criteria_met}/{column.criteria_total}"
        painter.setPen(STALLED if stalled else dim)
        painter.drawText(row3, lead | Qt.AlignmentFlag.AlignVCenter, facts)
        if card.next_follow_up:
            due = from_storage(card.next_follow_up)
            local = due.astimezone()
            if card.next_follow_up < self._now:
                painter.setPen(OVERDUE)
                label = self.tr("overdue {date}").format(date=local.strftime("%d.%m."))
            elif local.date().isoformat() == self._today:
                painter.setPen(TODAY)
                label = self.tr("today {time}").format(time=local.strftime("%H:%M"))
            else:
                painter.setPen(dim)
                label = "→ " + local.strftime("%d.%m.")
            painter.drawText(row3, trail | Qt.AlignmentFlag.AlignVCenter, label)
        painter.restore()
