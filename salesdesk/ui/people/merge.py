"""Merge duplicates…: the groups of organizations whose names are one name to a
rep (case, accents, Persian and Arabic spelling variants, spaces aside), found on
a worker thread. Per group: which one to keep (the oldest by default) and which
of the others to merge into it; one click merges, every deal and contact kept.
Each merge is one step on the window's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.services.organizations import OrgRef
from salesdesk.ui import msgbox
from salesdesk.ui.messages import tr_error
from salesdesk.ui.people.commands import MergeCommand
from salesdesk.ui.plain import elide, isolate, plain_label
from salesdesk.ui.store import Store
from salesdesk.ui.worker import Job

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MergeDialog(QDialog):
    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicate organizations"))
        self.store, self.undo = store, undo
        self.groups: list[list[OrgRef]] = []
        self.merged: list[int] = []  # the organizations kept, in the order merged
        self.job: Job | None = None

        self.summary = plain_label()
        self.summary.setObjectName("summary")
        self.group_list = QListWidget()
        self.group_list.setObjectName("groups")
        self.group_list.currentRowChanged.connect(self._show_group)
        self.keep = QComboBox()
        self.keep.setObjectName("keep")
        self.keep.currentIndexChanged.connect(self._keep_changed)
        self.members = QTreeWidget()
        self.members.setObjectName("members")
        self.members.setRootIsDecorated(False)
        self.members.setHeaderLabels(
            [self.tr("Organization (ticked: merged)"), self.tr("Deals"), self.tr("Contacts")]
        )
        self.members.itemChanged.connect(lambda *_: self._update_buttons())
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("merge")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_current)
        self.all_button = QPushButton(self.tr("Merge &all groups (keeping the oldest)"))
        self.all_button.setObjectName("mergeAll")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.merge_all)
        self.status = plain_label()
        self.status.setObjectName("status")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Keep:"), self.keep)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.members, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.all_button)
        actions.addStretch(1)
        side.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.group_list, 1)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(760, 460)
        self._update_buttons()
        self.find_groups()

    # --- finding the groups ---------------------------------------------------------------

    def find_groups(self) -> None:
        """Reads the groups on a worker: every name is compared (12,500 at 100,000 deals)."""
        self.summary.setText(self.tr("Looking for organizations with the same name…"))
        self.job = Job(lambda _job: self.store.duplicate_organizations(), "duplicates", self)
        self.job.done.connect(self._found)
        self.job.done.connect(self.job.deleteLater)
        self.job.start()

    def _found(self, groups: object, error: object) -> None:
        self.job = None
        if isinstance(error, SalesDeskError):
            self.summary.setText(tr_error(error))
            return
        if isinstance(error, BaseException):
            raise error
        self.set_groups(groups if isinstance(groups, list) else [])

    def set_groups(self, groups: list[list[OrgRef]]) -> None:
        self.groups = [g for g in groups if len(g) > 1]
        self.group_list.clear()
        loc = QLocale()
        for group in self.groups:
            item = QListWidgetItem(
                self.tr("{name} ({n})").format(
                    name=elide(group[0].name), n=loc.toString(len(group))
                )
            )
            self.group_list.addItem(item)
        if self.groups:
            self.summary.setText(
                self.tr(
                    "%Ln group(s) of organizations with the same name (case, accents, "
                    "spelling variants and spaces aside). Every deal and contact is kept.",
                    "",
                    len(self.groups),
                )
            )
            self.group_list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr("No duplicate organizations."))
            self._show_group(-1)
        self._update_buttons()

    # --- one group --------------------------------------------------------------------------

    def _show_group(self, row: int) -> None:
        group = self.groups[row] if 0 <= row < len(self.groups) else []
        self.keep.blockSignals(True)
        self.keep.clear()
        for ref in group:
            self.keep.addItem(self._describe(ref), ref.id)
        self.keep.setCurrentIndex(0 if group else -1)  # the oldest
        self.keep.blockSignals(False)
        self._fill_members(group)

    def _describe(self, ref: OrgRef) -> str:
        loc = QLocale()
        return self.tr("{name} — {deals} deals, {contacts} contacts").format(
            name=isolate(elide(ref.name)),
            deals=loc.toString(ref.deals),
            contacts=loc.toString(ref.contacts),
        )

    def _fill_members(self, group: list[OrgRef]) -> None:
        keep_id = self.keep.currentData()
        loc = QLocale()
        self.members.blockSignals(True)
        self.members.clear()
        for ref in group:
            item = QTreeWidgetItem(
                [elide(ref.name), loc.toString(ref.deals), loc.toString(ref.contacts)]
            )
            item.setData(0, ID_ROLE, ref.id)
            item.setCheckState(0, Qt.CheckState.Checked)
            if ref.id == keep_id:
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled
                )
                item.setToolTip(0, self.tr("Kept: the others are merged into it"))
            self.members.addTopLevelItem(item)
        for column in range(3):
            self.members.resizeColumnToContents(column)
        self.members.blockSignals(False)
        self._update_buttons()

    def _keep_changed(self, _index: int) -> None:
        row = self.group_list.currentRow()
        if 0 <= row < len(self.groups):
            self._fill_members(self.groups[row])

    def chosen(self) -> tuple[int, list[int]] | None:
        """(keep, others) as the form stands, or None when there is nothing to merge."""
        keep_id = self.keep.currentData()
        if not isinstance(keep_id, int):
            return None
        others = []
        for n in range(self.members.topLevelItemCount()):
            item = self.members.topLevelItem(n)
            ident = item.data(0, ID_ROLE) if item else None
            checked = item is not None and item.checkState(0) == Qt.CheckState.Checked
            if checked and isinstance(ident, int) and ident != keep_id:
                others.append(ident)
        return (keep_id, others) if others else None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.chosen() is not None)
        self.all_button.setEnabled(bool(self.groups))

    # --- merging ----------------------------------------------------------------------------

    def merge_current(self) -> bool:
        chosen = self.chosen()
        row = self.group_list.currentRow()
        if chosen is None or not 0 <= row < len(self.groups):
            return False
        keep_id, others = chosen
        name = next(r.name for r in self.groups[row] if r.id == keep_id)
        text = self.tr("Merge %Ln organization(s) into {name}", "", len(others)).format(
            name=isolate(elide(name, 80))
        )
        if not self._merge([chosen], text):
            return False
        gone = [r for r in self.groups[row] if r.id in others]
        left = [
            OrgRef(
                r.id,
                r.name,
                r.deals + sum(g.deals for g in gone),
                r.contacts + sum(g.contacts for g in gone),
            )
            if r.id == keep_id
            else r
            for r in self.groups[row]
            if r.id not in others
        ]
        self.status.setText(self.tr("Merged. Ctrl+Z in the main window undoes it."))
        self._replace_group(row, left)
        return True

    def merge_all(self) -> bool:
        merges = [(g[0].id, [r.id for r in g[1:]]) for g in self.groups]
        if not merges:
            return False
        count = sum(len(o) for _, o in merges)
        text = self.tr("Merge %Ln duplicate organization(s)", "", count)
        if not self._merge(merges, text):
            return False
        self.status.setText(self.tr("Merged. Ctrl+Z in the main window undoes it."))
        self.set_groups([])
        return True

    def _merge(self, merges: list[tuple[int, list[int]]], text: str) -> bool:
        try:
            undos = self.store.merge_organizations(merges)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("Nothing was merged"), tr_error(exc))
            return False
        self.undo.push(MergeCommand(self.store, merges, undos, text))
        self.merged.extend(keep for keep, _ in merges)
        return True

    def _replace_group(self, row: int, left: list[OrgRef]) -> None:
        groups = list(self.groups)
        if len(left) > 1:
            groups[row] = left
        else:
            del groups[row]
        self.set_groups(groups)
        if groups:
            self.group_list.setCurrentRow(min(row, len(groups) - 1))
