"""A flat scroll bar for the card columns.

Every move changes two columns' row counts and so their scroll ranges, and the
platform style repaints a scroll bar with gradients: about 3 ms each (measured
offscreen with Fusion), most of a drop's cost. This one paints a plain groove and
handle, opaque, so nothing behind it is repainted either. Geometry and mouse
handling stay the style's, so it behaves as any other scroll bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget


class FlatScrollBar(QScrollBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def showEvent(self, event: QShowEvent) -> None:
        # The scroll area puts the bar in a container widget that a range change
        # repaints too; the bar covers it, so it need not paint what lies behind.
        container = self.parentWidget()
        if container is not None:
            container.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar,
            option,
            QStyle.SubControl.SC_ScrollBarSlider,
            self,
        )
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.maximum() > self.minimum() and handle.isValid():
            pressed = self.isSliderDown()
            color = palette.color(QPalette.ColorRole.Dark if pressed else QPalette.ColorRole.Mid)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            inner = handle.adjusted(2, 1, -2, -1)
            radius = inner.width() / 2
            painter.drawRoundedRect(inner, radius, radius)
        painter.end()
