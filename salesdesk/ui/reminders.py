"""Reminders while the app runs: a desktop notification (through the system tray)
when a follow-up falls due, with snooze in the tray menu, and at start a summary
of what is overdue. A timer reads one indexed range every half minute; nothing
leaves the machine. Without a system tray the window's status bar says it and
the taskbar entry asks for attention."""

from __future__ import annotations

import functools
import html
import sys
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from salesdesk.core import agenda
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.timeutil import utcnow
from salesdesk.ui.commands import RescheduleCommand
from salesdesk.ui.icon import app_icon
from salesdesk.ui.plain import first_line, isolate
from salesdesk.ui.store import Store

CHECK_MS = 30_000
Due = tuple[int, int, str, str, datetime]  # activity, deal, deal title, text, due


class Reminders(QObject):
    notified = Signal(str, str)  # title, message: what the rep was told
    openRequested = Signal(int)  # an activity id: show it in Today

    def __init__(self, store: Store, window: QMainWindow, undo: QUndoStack | None = None) -> None:
        super().__init__(window)
        self.store, self.window, self.undo = store, window, undo
        self.last_check = utcnow()
        self.last: list[Due] = []  # what the latest reminder was about: snooze acts on it
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("SalesDesk")
            menu = QMenu()
            menu.addAction(self.tr("Open Today"), lambda: self.openRequested.emit(0))
            menu.addSeparator()
            menu.addAction(self.tr("Snooze an hour"), lambda: self.snooze("hour"))
            menu.addAction(self.tr("Snooze until tomorrow"), lambda: self.snooze("tomorrow"))
            self.tray.setContextMenu(menu)
            self._menu = menu  # the tray does not own it
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()

    def start(self, now: datetime | None = None) -> None:
        """The summary of what is overdue, then a check every half minute."""
        now = now or utcnow()
        self.last_check = now
        overdue = self.store.overdue_count(now)
        if overdue:
            self._tell(
                self.tr("SalesDesk"),
                self.tr("%Ln follow-up(s) overdue. Today (Ctrl+T) lists them.", "", overdue),
            )
        self.timer.start()

    def check(self, now: datetime | None = None) -> list[Due]:
        """Tells about the follow-ups that fell due since the last check."""
        now = now or utcnow()
        due = self.store.falling_due(self.last_check, now)
        self.last_check = now
        if not due:
            return []
        self.last = due
        if len(due) == 1:
            _activity, _deal, title, text, _when = due[0]
            line = first_line(text)  # a notification is a line, not a 1 MB note
            message = f"{isolate(title)}: {line}" if line else title
            self._tell(self.tr("Follow-up due"), message)
        else:
            titles = ", ".join(isolate(d[2]) for d in due[:3])
            self._tell(
                self.tr("%Ln follow-ups due", "", len(due)),
                titles + ("…" if len(due) > 3 else ""),
            )
        return due

    def _tell(self, title: str, message: str) -> None:
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(
                title, tray_body(message), QSystemTrayIcon.MessageIcon.Information, 15_000
            )
        else:
            self.window.statusBar().showMessage(f"{title}: {message}", 60_000)
            QApplication.alert(self.window)
        self.notified.emit(title, message)

    def _clicked(self) -> None:
        self.openRequested.emit(self.last[0][0] if self.last else 0)

    def snooze(self, preset: str) -> int:
        """Moves the follow-ups of the latest reminder; returns how many moved."""
        until = agenda.snooze_until(preset, utcnow())
        moved = 0
        for activity, *_ in self.last:
            try:
                _deal, before = self.store.reschedule_follow_up(activity, until)
            except SalesDeskError:
                continue  # done or deleted meanwhile: nothing to snooze
            if self.undo is not None:
                self.undo.push(
                    RescheduleCommand(self.store, activity, before, until, self.tr("Snooze"))
                )
            moved += 1
        self.last = []
        return moved


def tray_body(text: str, markup: bool | None = None) -> str:
    """The body of a desktop notification, shown as typed. On Linux Qt hands it
    to the desktop's notification server, which reads it as markup (<b>, <a>,
    <img>, &amp;) when it says so: there the text goes escaped. Elsewhere (and
    in Qt's own balloon) it is plain text already."""
    if markup is None:
        markup = _body_is_markup()
    return html.escape(text, quote=False) if markup else text


@functools.cache
def _body_is_markup() -> bool:
    """Asks the session bus once: is Qt's D-Bus tray in use (a StatusNotifier
    host is there), and does the notification server read markup in bodies?"""
    if sys.platform in ("win32", "darwin"):
        return False
    try:
        from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
    except ImportError:  # no D-Bus: Qt shows its own plain-text balloon
        return False
    bus = QDBusConnection.sessionBus()
    interface = bus.interface() if bus.isConnected() else None
    if interface is None:
        return False
    host = interface.isServiceRegistered("org.kde.StatusNotifierWatcher")
    if not (host.isValid() and host.value()):  # a QDBusReply object is always truthy
        return False
    call = QDBusMessage.createMethodCall(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications",
        "GetCapabilities",
    )
    reply = bus.call(call, QDBus.CallMode.Block, 1000)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return True  # no answer: escaping is the safe side
    return "body-markup" in list(reply.arguments()[0])
