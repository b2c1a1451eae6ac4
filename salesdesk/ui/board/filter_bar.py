"""The filter box and quick filters, the same on the board and the deals table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton


def _t(text: str) -> str:
    return QCoreApplication.translate("filterBar", text)


class FilterBar(QHBoxLayout):
    """A filter box (typed words) and the stalled / overdue / closing toggles."""

    def __init__(
        self, name: str, on_query: Callable[[str], None], on_quick: Callable[[str, bool], None]
    ) -> None:
        super().__init__()
        self.filter = QLineEdit()
        self.filter.setObjectName(name)
        self.filter.setClearButtonEnabled(True)
        key = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.filter.setPlaceholderText(
            _t("Filter by title, organization or contact ({key})").format(key=key)
        )
        self.filter.textChanged.connect(on_query)
        self.addWidget(self.filter, 1)
        self.quick: dict[str, QToolButton] = {}
        for quick, label in (
            ("stalled", _t("Stalled")),
            ("overdue", _t("Follow-up overdue")),
            ("closing", _t("Closing this month")),
        ):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.toggled.connect(lambda on, n=quick: on_quick(n, on))
            self.quick[quick] = button
            self.addWidget(button)
