"""Objections raised on the deal: open ones first, each with its category, the stage
it came up in and what was answered; the selected one is edited below the list,
and a new one is added with library matches as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.services.interactions import RaisedObjection
from salesdesk.core.services.objections import ObjectionItem
from salesdesk.ui.commands import ObjectionAddCommand, ObjectionDeleteCommand, ObjectionEditCommand
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import first_line, plain_tooltip
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.checklist import SAVE_DELAY_MS
from salesdesk.ui.workspace.errors import FieldError
from salesdesk.ui.workspace.objection_form import ObjectionForm

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ObjectionsTab(QWidget):
    def __init__(
        self, store: Store, undo: QUndoStack, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.undo, self.language = store, undo, language
        self.deal_id = 0
        self.items: dict[int, ObjectionItem] = {}
        self._select_id = 0
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [self.tr("Objection"), self.tr("Category"), self.tr("Stage"), self.tr("Status")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._current_changed)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("What you answered"))
        self.answer.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.resolved = QCheckBox(self.tr("&Resolved"))
        self.delete_button = QPushButton(self.tr("&Delete objection"))
        self.delete_button.setAutoDefault(False)
        self.error = FieldError()
        self._saved_answer = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.answer.textChanged.connect(self._timer.start)
        self.answer.installEventFilter(self)  # leaving the field saves, as elsewhere
        self.resolved.toggled.connect(self._set_resolved)
        self.delete_button.clicked.connect(self._delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.answer)
        row = QHBoxLayout()
        row.addWidget(self.resolved)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        detail_layout.addLayout(row)
        self.detail = detail

        self.form = ObjectionForm(store)
        self.form.added.connect(self.add)
        adding = QGroupBox(self.tr("Add an objection"))
        QVBoxLayout(adding).addWidget(self.form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)
        layout.addWidget(adding)
        self._select()

    def show_deal(self, deal_id: int, items: list[ObjectionItem]) -> None:
        if deal_id != self.deal_id:
            self.flush()
            self.form.reset()
            self.error.clear_text()
        self.deal_id = deal_id
        current = self._select_id or self.current_id()
        self._select_id = 0
        self.items = {o.id: o for o in items}
        self.list.blockSignals(True)
        self.list.clear()
        for o in items:
            item = QTreeWidgetItem(
                [
                    first_line(o.text),
                    o.category,
                    o.stage,
                    self.tr("Resolved") if o.resolved else self.tr("Open"),
                ]
            )
            item.setToolTip(0, plain_tooltip(o.text))
            item.setData(0, ID_ROLE, o.id)
            self.list.addTopLevelItem(item)
            if o.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        for column in range(1, 4):
            self.list.resizeColumnToContents(column)
        self._select(keep_typing=True)

    def current_id(self) -> int:
        item = self.list.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else 0

    def _select(self, keep_typing: bool = False) -> None:
        objection = self.items.get(self.current_id())
        self.detail.setEnabled(objection is not None)
        if objection is None:
            self.answer.blockSignals(True)
            self.answer.clear()
            self.answer.blockSignals(False)
            self._saved_answer = ""
            return
        typing = keep_typing and self.answer.toPlainText() != self._saved_answer
        if not typing:
            self.answer.blockSignals(True)
            self.answer.setPlainText(objection.answer_given)
            self.answer.blockSignals(False)
            self._saved_answer = objection.answer_given
        self.resolved.blockSignals(True)
        self.resolved.setChecked(objection.resolved)
        self.resolved.blockSignals(False)

    # --- saving -----------------------------------------------------------------------

    def add(self, raised: RaisedObjection) -> None:
        try:
            ident = self.store.add_objection(
                self.deal_id,
                raised.text,
                category=raised.category,
                answer_given=raised.answer_given,
                library_id=raised.library_id,
                resolved=raised.resolved,
                save_to_library=raised.save_to_library,
                language=self.language,
            )
        except SalesDeskError as exc:
            self.error.show_text(tr_error(exc))
            return
        self.error.clear_text()
        self.form.reset()
        self._select_id = ident  # the refresh that follows shows it, answer and all
        if raised.save_to_library:
            self.form.refresh_categories()
        self.undo.push(
            ObjectionAddCommand(self.store, self.deal_id, ident, self.tr("Add objection"))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.answer and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def _current_changed(
        self, _current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        """What was typed belongs to the objection that was selected: save it there
        before the box shows the next one."""
        if previous is not None:
            self.flush(int(previous.data(0, ID_ROLE)))
        self._select()

    def flush(self, ident: int = 0) -> None:
        """Saves the answer being typed for the selected objection (or `ident`)."""
        self._timer.stop()
        ident = ident or self.current_id()
        text = self.answer.toPlainText()
        if not ident or text == self._saved_answer:
            return
        if self._edit(ident, self.tr("Edit answer to objection"), answer_given=text):
            self._saved_answer = text

    def _set_resolved(self, on: bool) -> None:
        ident = self.current_id()
        if ident:
            self.flush()
            self._edit(
                ident,
                self.tr("Mark objection resolved") if on else self.tr("Reopen objection"),
                resolved=on,
            )

    def _edit(self, ident: int, label: str, **changes: object) -> bool:
        try:
            change = self.store.update_objection(self.deal_id, ident, **changes)
        except SalesDeskError as exc:
            self.error.show_text(tr_error(exc))
            return False
        self.error.clear_text()
        self.undo.push(ObjectionEditCommand(self.store, self.deal_id, change, label))
        return True

    def _delete(self) -> None:
        ident = self.current_id()
        if not ident:
            return
        self.flush()
        try:
            row = self.store.delete_objection(self.deal_id, ident)
        except SalesDeskError as exc:
            self.error.show_text(tr_error(exc))
            return
        self.undo.push(
            ObjectionDeleteCommand(self.store, self.deal_id, row, self.tr("Delete objection"))
        )
