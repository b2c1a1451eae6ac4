"""The few fields that describe an objection as it is raised: what was said (with
library matches), its category, what was answered, and whether it is settled."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from salesdesk.core.services.interactions import RaisedObjection
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.picker import LibraryMatch, ObjectionPicker


class ObjectionForm(QWidget):
    """Emits `added` with a RaisedObjection when the rep presses Add (or Enter in
    the objection field); the caller decides where it goes."""

    added = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.picker = ObjectionPicker(store)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("What you answered (the library's answer to adapt)"))
        self.answer.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.resolved = QCheckBox(self.tr("Resol&ved"))
        self.to_library = QCheckBox(self.tr("Save to the &library"))
        self.add_button = QPushButton(self.tr("&Add objection"))
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        checks = QHBoxLayout()
        checks.addWidget(self.resolved)
        checks.addWidget(self.to_library)
        checks.addStretch(1)
        checks.addWidget(self.add_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Ob&jection:"), self.picker)
        form.addRow(self.tr("Cate&gory:"), self.category)
        form.addRow(self.tr("Ans&wer:"), self.answer)
        form.addRow(checks)
        self.picker.picked.connect(self._picked)
        self.picker.textChanged.connect(lambda t: self.add_button.setEnabled(bool(t.strip())))
        self.picker.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.refresh_categories()

    def refresh_categories(self) -> None:
        current = self.category.currentText()
        categories = sorted({row.category for row in self.store.library_stats()})
        self.category.clear()
        self.category.addItems(categories)
        self.category.setCurrentIndex(-1)
        self.category.setEditText(current)

    def _picked(self, match: LibraryMatch | None) -> None:
        self.to_library.setEnabled(match is None)
        if match is None:
            return
        self.to_library.setChecked(False)
        self.category.setEditText(match.category)
        if not self.answer.toPlainText().strip():
            self.answer.setPlainText(match.answer)

    def has_input(self) -> bool:
        return bool(self.picker.text().strip() or self.answer.toPlainText().strip())

    def read(self) -> RaisedObjection:
        match = self.picker.match
        return RaisedObjection(
            text=self.picker.text(),
            category=self.category.currentText().strip(),
            answer_given=self.answer.toPlainText(),
            library_id=match.id if match else None,
            resolved=self.resolved.isChecked(),
            save_to_library=match is None and self.to_library.isChecked(),
        )

    def _add(self) -> None:
        if self.picker.popup().isVisible() or not self.picker.text().strip():
            return  # Enter in the popup picks a match; it does not add yet
        self.added.emit(self.read())

    def reset(self) -> None:
        self.picker.reset()
        self.answer.clear()
        self.category.setEditText("")
        self.resolved.setChecked(False)
        self.to_library.setChecked(False)
        self.to_library.setEnabled(True)
