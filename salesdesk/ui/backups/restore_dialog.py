"""File ▸ Restore from a backup…: the backups of both folders, newest first, and a
preview of the selected one (its date, what it holds) read on a worker thread.
Restore asks first; the dialog only chooses, the controller restores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.storage import backups
from salesdesk.ui import msgbox
from salesdesk.ui.formatting import format_datetime
from salesdesk.ui.messages import tr_error
from salesdesk.ui.worker import Job

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, folders: list[Path | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None  # set when the rep confirmed
        self.shown: backups.BackupPreview | None = None  # the current selection's preview
        self._generation = 0
        self.folders = [f for f in folders if f is not None]
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Folder")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda item, _old: self._selected(item))
        self.preview = QLabel()
        self.preview.setObjectName("backupPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # file names are not HTML
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("chooseFile")
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)  # Enter in the list restores (after asking)
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.restore_button.clicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self._fill()

    # --- the list ------------------------------------------------------------------------

    def _fill(self) -> None:
        loc = QLocale()
        for info in backups.list_backups(self.folders):
            item = QTreeWidgetItem(
                [
                    format_datetime(info.made_at),
                    reason_text(info.reason),
                    loc.formattedDataSize(info.size),
                    str(info.path.parent),
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            where = ", ".join(str(f) for f in self.folders)
            self.preview.setText(
                self.tr("No backups yet in {folder}. Choose file… opens any backup file.").format(
                    folder=where
                )
            )

    def choose_file(self) -> None:
        start = str(self.folders[0]) if self.folders else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            start,
            self.tr("SalesDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.show_file(Path(name))

    def show_file(self, path: Path) -> None:
        """Adds a file from anywhere at the top of the list and previews it."""
        item = QTreeWidgetItem([path.name, self.tr("Chosen file"), "", str(path.parent)])
        item.setData(0, PATH_ROLE, str(path))
        self.list.insertTopLevelItem(0, item)
        self.list.setCurrentItem(item)

    def current_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    # --- the preview ---------------------------------------------------------------------

    def _selected(self, item: QTreeWidgetItem | None) -> None:
        self.shown = None
        self.restore_button.setEnabled(False)
        if item is None:
            return
        path = Path(item.data(0, PATH_ROLE))
        self._generation += 1
        generation = self._generation
        self.preview.setText(self.tr("Reading {name}…").format(name=path.name))
        job = Job(lambda _job: backups.preview(path), "backup-preview", self)
        job.done.connect(lambda result, _error: self._previewed(generation, result))
        job.done.connect(job.deleteLater)
        job.start()

    def _previewed(self, generation: int, shown: object) -> None:
        if generation != self._generation or not isinstance(shown, backups.BackupPreview):
            return  # the rep has moved on to another backup
        self.shown = shown
        self.preview.setText(self.describe(shown))
        self.restore_button.setEnabled(shown.usable)

    def describe(self, shown: backups.BackupPreview) -> str:
        loc = QLocale()
        made = format_datetime(shown.made_at)
        if shown.reason:
            made += " · " + reason_text(shown.reason)
        lines = [
            self.tr("Made: {date}").format(date=made),
            self.tr("Size: {size}").format(size=loc.formattedDataSize(shown.size)),
        ]
        if shown.problem is not None:
            return "\n".join([*lines, "", tr_error(shown.problem)])
        c = {k: loc.toString(v) for k, v in shown.counts.items()}
        lines += [
            self.tr("Deals: {open} open, {won} won, {lost} lost").format(**c),
            self.tr(
                "Organizations: {organizations} · Contacts: {contacts} · Activities: {activities}"
            ).format(**c),
            self.tr("Pipelines: {names}").format(names=", ".join(shown.pipelines) or "–"),
        ]
        if shown.latest is not None:
            lines.append(self.tr("Last change: {date}").format(date=format_datetime(shown.latest)))
        return "\n".join(lines)

    def confirm(self) -> None:
        shown = self.shown
        if shown is None or not shown.usable:
            return
        deals = sum(shown.counts.get(k, 0) for k in ("open", "won", "lost"))
        if not msgbox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will be replaced by the backup made {date} ({deals} deals).\n\n"
                "The current database is backed up first: restoring that backup undoes this."
            ).format(date=format_datetime(shown.made_at), deals=QLocale().toString(deals)),
        ):
            return
        self.chosen = shown.path
        self.accept()


def _t(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_text(reason: str) -> str:
    """Why a backup was made, in the rep's language."""
    known = {
        "start": _t("At start"),
        "daily": _t("Daily"),
        "exit": _t("At exit"),
        "manual": _t("Backed up now"),
        "before-restore": _t("Before a restore"),
        "before-restore-damaged": _t("Damaged database, before a restore"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith("before-migration-"):
        return _t("Before an upgrade (schema {revision})").format(
            revision=reason.removeprefix("before-migration-")
        )
    return reason
