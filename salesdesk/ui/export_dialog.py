"""The small dialog in front of File ▸ Export data…: JSON or CSV, and which pipeline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    """Enter accepts the defaults: the last format used, every pipeline."""

    def __init__(
        self, pipelines: list[tuple[int, str]], fmt: str = "json", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export data"))
        self.json_button = QRadioButton(
            self.tr("&One JSON file: everything, to import again or keep")
        )
        self.csv_button = QRadioButton(self.tr("&CSV files for a spreadsheet (a folder)"))
        self.formats = QButtonGroup(self)
        for button in (self.json_button, self.csv_button):
            self.formats.addButton(button)
        (self.csv_button if fmt == "csv" else self.json_button).setChecked(True)
        self.pipeline = QComboBox()
        self.pipeline.addItem(self.tr("All pipelines"), None)
        for ident, name in pipelines:
            self.pipeline.addItem(name, ident)
        label = QLabel(self.tr("&Deals of:"))
        label.setBuddy(self.pipeline)
        form = QFormLayout()
        form.addRow(label, self.pipeline)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.json_button)
        layout.addWidget(self.csv_button)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.csv_button if fmt == "csv" else self.json_button).setFocus()

    @property
    def format(self) -> str:
        return "csv" if self.csv_button.isChecked() else "json"

    @property
    def pipeline_id(self) -> int | None:
        data = self.pipeline.currentData()
        return None if data is None else int(data)
