"""The one place that makes message boxes, so tests patch one thing (after qutebrowser)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # rep-typed text is never HTML
    if details:
        box.setDetailedText(details)
    box.exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # rep-typed text is never HTML
    box.exec()


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No, No being the default (Esc and Enter alike keep what the rep has)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choice(
    parent: QWidget | None, title: str, text: str, informative: str, options: list[str]
) -> int:
    """An error with several ways out: the index of the option chosen. The first
    is the default (Enter); the last is what Esc or closing the box means."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(informative)
    last = len(options) - 1
    buttons = [
        box.addButton(
            label,
            QMessageBox.ButtonRole.RejectRole if i == last else QMessageBox.ButtonRole.AcceptRole,
        )
        for i, label in enumerate(options)
    ]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[last])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), last)
