"""The Today view: overdue follow-ups, today's, the coming week's, deals with no
next step and stalled deals, each row one key from done. Enter opens the deal;
D marks the follow-up done; 1, 2, 3 snooze it an hour, to tomorrow morning or to
next Monday; 4 or R picks a new date and time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core import agenda as core_agenda
from salesdesk.core.agenda import Agenda, AgendaItem
from salesdesk.core.errors import SalesDeskError
from salesdesk.ui import msgbox
from salesdesk.ui.commands import CompleteCommand, RescheduleCommand
from salesdesk.ui.formatting import (
    datetime_format,
    follow_calendar,
    format_datetime,
    format_long_date,
    format_stall,
    to_utc,
)
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import first_line, isolate, plain_label, plain_tooltip
from salesdesk.ui.store import Store
from salesdesk.ui.today.loader import AgendaLoader

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 300  # changes come in bursts (a move, an undo): refresh once after


class TodayView(QWidget):
    openDeal = Signal(int)

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo = store, undo
        self.agenda: Agenda | None = None
        self.pending_select = 0  # a follow-up to select once the agenda arrives
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("todayTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.activated.connect(self._activated)
        self.done_button = QPushButton(self.tr("&Done (D)"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for key, preset, text in (
            ("1", "hour", self.tr("An hour (1)")),
            ("2", "tomorrow", self.tr("Tomorrow morning (2)")),
            ("3", "next_week", self.tr("Next week (3)")),
        ):
            menu.addAction(text, partial(self.snooze, preset))
            self._key(key, partial(self.snooze, preset))
        menu.addAction(self.tr("Pick a date… (4)"), self.reschedule)
        self.snooze_button.setMenu(menu)
        self.reschedule_button = QPushButton(self.tr("&Reschedule… (R)"))
        self.done_button.clicked.connect(self.complete)
        self.reschedule_button.clicked.connect(self.reschedule)
        for key, slot in (("D", self.complete), ("4", self.reschedule), ("R", self.reschedule)):
            self._key(key, slot)
        hint = QLabel(
            self.tr(
                "Enter opens the deal · D done · 1 snooze an hour · 2 tomorrow · 3 next week · "
                "R pick a date"
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setEnabled(False)  # dimmed: a reminder, not content
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.reschedule_button)
        buttons.addStretch(1)
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

        self.loader = AgendaLoader(store.db.path, self)
        self.loader.ready.connect(self.show_agenda)
        self.loader.failed.connect(self.summary.setText)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.reload)
        for signal in (store.dealChanged, store.dealAdded, store.followUpsChanged):
            signal.connect(lambda *_: self._schedule())
        store.dealMoved.connect(lambda *_: self._schedule())
        store.dealRemoved.connect(lambda *_: self._schedule())

    def _key(self, key: str, slot: Callable[[], object]) -> None:
        """A one-letter key for the list only: typing D in the workspace is a D."""
        shortcut = QShortcut(QKeySequence(key), self.tree, slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # --- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        self._refresh.stop()
        if self.agenda is None:
            self.summary.setText(self.tr("Reading your day…"))
        self.loader.request()

    def reload_now(self) -> None:
        self.show_agenda(self.loader.load_now())

    def _schedule(self) -> None:
        if self.isVisible():
            self._refresh.start()
        else:
            self.agenda = None  # stale: read again when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.agenda is None:
            self.reload()

    def _labels(self) -> dict[str, str]:
        return {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Due today"),
            "week": self.tr("Coming week"),
            "no_next_step": self.tr("No next step"),
            "stalled": self.tr("Stalled"),
        }

    def show_agenda(self, today: Agenda) -> None:
        keep = self._current_key()
        self.agenda = today
        loc = self.locale()
        self.heading.setText(
            self.tr("Today, {date}").format(date=format_long_date(QDate.currentDate(), loc))
        )
        counts = today.counts
        self.summary.setText(
            self.tr(
                "{overdue} overdue · {today} due today · {week} this week · "
                "{none} without a next step · {stalled} stalled"
            ).format(
                overdue=loc.toString(counts["overdue"]),
                today=loc.toString(counts["today"]),
                week=loc.toString(counts["week"]),
                none=loc.toString(counts["no_next_step"]),
                stalled=loc.toString(counts["stalled"]),
            )
        )
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Deal"),
                self.tr("Organization · stage"),
                self.tr("Why"),
                self.tr("Touches"),
            ]
        )
        labels = self._labels()
        restore: QModelIndex | None = None
        for name, items in today.groups():
            total = counts[name]
            group = QStandardItem(f"{labels[name]} ({loc.toString(total)})")
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setSelectable(False)
            row = [group] + [self._blank() for _ in range(4)]
            self.model.appendRow(row)
            for item in items:
                cells = self._cells(name, item)
                group.appendRow(cells)
                if keep == (name, item.deal_id, item.follow_up_id):
                    restore = cells[0].index()
            if total > len(items):
                more = QStandardItem(self.tr("… and %Ln more", "", total - len(items)))
                more.setSelectable(False)
                group.appendRow([more] + [self._blank() for _ in range(4)])
            self.tree.setExpanded(group.index(), name != "no_next_step" or total <= 20)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        target = restore or self._first_row()
        if target is not None:
            self.tree.setCurrentIndex(target)
        if self.pending_select:
            self.select_follow_up(self.pending_select)
            self.pending_select = 0
        self._update_buttons()

    def _blank(self) -> QStandardItem:
        item = QStandardItem()
        item.setSelectable(False)
        return item

    def _cells(self, group: str, item: AgendaItem) -> list[QStandardItem]:
        when = format_datetime(item.due, self.locale()) if item.due else ""
        where = " · ".join(isolate(p) for p in (item.organization, item.stage) if p)
        why = first_line(item.text)  # one line of a follow-up that may run to 1 MB
        if item.stall is not None:
            why = format_stall(item.stall, item.stage, self.locale())
        loc = self.locale()  # Persian and Arabic digits where the locale uses them
        touches = self.tr("{n} of {goal}").format(
            n=loc.toString(item.touches), goal=loc.toString(core_agenda.TOUCH_GOAL)
        )
        cells = [QStandardItem(t) for t in (when, item.title, where, why, touches)]
        for cell in cells:
            cell.setData((group, item), ITEM_ROLE)
        if why != item.text and item.stall is None:
            cells[3].setToolTip(plain_tooltip(item.text))  # more of it; Enter opens the deal
        if item.touches < core_agenda.TOUCH_GOAL:
            cells[4].setToolTip(
                self.tr("Many sales come only after the fifth touch; most reps stop after two.")
            )
        if group == "overdue":
            cells[0].setForeground(Qt.GlobalColor.red)
        return cells

    def _first_row(self) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            if group is not None and group.rowCount() and group.child(0).isSelectable():
                return group.child(0).index()
        return None

    # --- what is selected ---------------------------------------------------------------

    def current(self) -> tuple[str, AgendaItem] | None:
        data = self.tree.currentIndex().data(ITEM_ROLE)
        return data if isinstance(data, tuple) else None

    def _current_key(self) -> tuple[str, int, int | None] | None:
        found = self.current()
        return (found[0], found[1].deal_id, found[1].follow_up_id) if found else None

    def _update_buttons(self) -> None:
        found = self.current()
        has_follow_up = found is not None and found[1].follow_up_id is not None
        for button in (self.done_button, self.snooze_button, self.reschedule_button):
            button.setEnabled(has_follow_up)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        data = index.data(ITEM_ROLE)
        if isinstance(data, tuple):
            self.openDeal.emit(data[1].deal_id)

    def select_follow_up(self, activity_id: int) -> bool:
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for child in range(group.rowCount() if group else 0):
                cell = group.child(child) if group else None
                data = cell.data(ITEM_ROLE) if cell else None
                if isinstance(data, tuple) and data[1].follow_up_id == activity_id:
                    self.tree.setCurrentIndex(cell.index())  # type: ignore[union-attr]
                    return True
        return False

    # --- actions ------------------------------------------------------------------------

    def _follow_up(self) -> AgendaItem | None:
        found = self.current()
        return found[1] if found and found[1].follow_up_id is not None else None

    def complete(self) -> None:
        item = self._follow_up()
        if item is None or item.follow_up_id is None:
            return
        try:
            self.store.complete_follow_up(item.follow_up_id)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The follow-up was not changed"), tr_error(exc))
            return
        self.undo.push(
            CompleteCommand(self.store, item.follow_up_id, self.tr("Complete follow-up"))
        )

    def snooze(self, preset: str) -> None:
        item = self._follow_up()
        if item is None:
            return
        self._move_to(item, core_agenda.snooze_until(preset, datetime.now().astimezone()))

    def reschedule(self) -> None:
        item = self._follow_up()
        if item is None or item.due is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Reschedule follow-up"))
        when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(item.due.timestamp())))
        when.setCalendarPopup(True)
        follow_calendar(when)
        when.setDisplayFormat(datetime_format(self.locale()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(plain_label(item.title))
        layout.addWidget(when)
        layout.addWidget(buttons)
        when.setFocus()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._move_to(item, to_utc(when.dateTime()))
        dialog.deleteLater()

    def _move_to(self, item: AgendaItem, due: datetime) -> None:
        if item.follow_up_id is None:
            return
        try:
            _deal, before = self.store.reschedule_follow_up(item.follow_up_id, due)
        except SalesDeskError as exc:
            msgbox.error(self, self.tr("The follow-up was not changed"), tr_error(exc))
            return
        self.undo.push(
            RescheduleCommand(
                self.store, item.follow_up_id, before, due, self.tr("Reschedule follow-up")
            )
        )
