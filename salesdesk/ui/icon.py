"""The app's icon for the window, the task bar and the tray: the PNGs made from
resources/icons/salesdesk.svg (PNG needs no image plugin, so a bundle that left
one out still has its icon). A painted stand-in covers a broken install."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from salesdesk.paths import resources_dir

SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """resources/icons/salesdesk-<size>.png, as packaging/icons.py names them."""
    return resources_dir() / "icons" / f"salesdesk-{size}.png"


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = png_path(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon if not icon.isNull() else _painted()


def _painted() -> QIcon:
    """A blue tile with a white bar: recognisably ours when the files are gone."""
    icon = QIcon()
    for size in (16, 32, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1565c0"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        painter.setBrush(QColor("#ffb300"))
        painter.drawRoundedRect(QRectF(size * 0.25, size * 0.4, size * 0.5, size * 0.25), 2, 2)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
