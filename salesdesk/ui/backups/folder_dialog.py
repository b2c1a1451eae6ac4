"""File ▸ Second backup folder…: a folder (a USB stick, a synced folder) that gets
a copy of every backup, or none. An empty field turns the copies off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SecondFolderDialog(QDialog):
    def __init__(self, current: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Second backup folder"))
        intro = QLabel(
            self.tr(
                "Every backup is also copied to this folder: a USB stick or a synced "
                "folder keeps your pipeline safe if the laptop is lost. Leave it empty "
                "to keep backups only in the data folder."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(str(current) if current else "")
        self.path.setObjectName("secondFolder")
        self.path.setPlaceholderText(self.tr("No second folder"))
        self.path.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseFolder")
        browse.clicked.connect(self.browse)
        off = QPushButton(self.tr("&Turn off"))
        off.setObjectName("turnOff")
        off.clicked.connect(self.path.clear)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(off)
        self.error = QLabel()
        self.error.setObjectName("folderError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def folder(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        start = self.path.text().strip() or str(Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"), start)
        if name:
            self.path.setText(name)

    def accept(self) -> None:
        folder = self.folder()
        if folder is not None and not folder.is_dir():
            self.error.setText(
                self.tr(
                    "{folder} is not a folder that exists. Plug the drive in, or choose another."
                ).format(folder=folder)
            )
            self.error.show()
            self.path.setFocus()
            return
        super().accept()
