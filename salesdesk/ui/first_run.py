"""First launch: choose the playbook to start from (the 7-step B2B process in the
system language is preselected, so Enter is all a rep has to press)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import playbook as pb
from salesdesk.ui import i18n


class PlaybookChooser(QDialog):
    def __init__(
        self, catalogue: dict[str, dict[str, Path]], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SalesDesk"))
        self._catalogue = {
            pid: files
            for pid, files in catalogue.items()
            if pb.load(files[pb.best_language(set(files), "en")]).kind == "pipeline"
        }
        intro = QLabel(
            self.tr(
                "Choose the sales process to start from. You can change stages, "
                "questions and objections later."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.language = QComboBox()
        languages = sorted({lang for files in self._catalogue.values() for lang in files})
        for lang in languages:
            self.language.addItem(i18n.language_name(lang), lang)
        if languages:
            self.language.setCurrentIndex(
                languages.index(pb.best_language(set(languages), language))
            )
        self.language.currentIndexChanged.connect(self._fill)

        self.playbooks = QListWidget()
        self.playbooks.setWordWrap(True)
        self.playbooks.itemDoubleClicked.connect(self.accept)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.playbooks.currentItemChanged.connect(self._describe)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.playbooks, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._fill()

    def _fill(self) -> None:
        lang = self.language.currentData() or "en"
        self.playbooks.clear()
        for pid, files in sorted(self._catalogue.items()):
            book = pb.load(files[pb.best_language(set(files), lang)])
            item = QListWidgetItem(book.name)
            item.setData(Qt.ItemDataRole.UserRole, book)
            self.playbooks.addItem(item)
            if pid == pb.DEFAULT_PLAYBOOK:
                self.playbooks.setCurrentItem(item)
        if self.playbooks.currentItem() is None and self.playbooks.count():
            self.playbooks.setCurrentRow(0)

    def _describe(self, item: QListWidgetItem | None) -> None:
        book = item.data(Qt.ItemDataRole.UserRole) if item else None
        if book is None:
            self.description.clear()
            return
        stages = " → ".join(s.name for s in book.open_stages)
        self.description.setText(f"{book.description}\n\n{stages}")

    def chosen(self) -> pb.Playbook | None:
        item = self.playbooks.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
