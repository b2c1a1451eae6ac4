"""Phone numbers and email addresses as links the operating system acts on:
tel: and mailto: URLs opened through QDesktopServices (the system's phone or mail
program; SalesDesk itself opens no connection)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QWidget

from salesdesk.core.services.people import tel_uri
from salesdesk.ui.plain import left_to_right, no_mnemonic


def _t(text: str) -> str:
    return QCoreApplication.translate("people", text)


def mail_url(email: str) -> QUrl:
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(email)
    return url


class LinkButton(QPushButton):
    """Text shown as a link: takes the keyboard focus and, when pressed, opens
    `url()` through the system's handler (a phone number, an address), or only
    emits clicked when there is no `url` (the pane acts on it). Right-click copies
    the text. Shown as typed."""

    def __init__(
        self, url: Callable[[str], QUrl | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._url = url
        self.value = ""
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.setPalette(palette)
        # As wide as its text, at the leading edge of the form (mirrored right to left).
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_value(self, value: str) -> None:
        self.value = value
        self.setText(left_to_right(no_mnemonic(value)) if value else "—")
        self.setEnabled(bool(value) and (self._url is None or self.url() is not None))

    def url(self) -> QUrl | None:
        return self._url(self.value) if self.value and self._url is not None else None

    def open(self) -> bool:
        url = self.url()
        return url is not None and QDesktopServices.openUrl(url)

    def _menu(self, pos: QPoint) -> None:
        if not self.value:
            return
        menu = QMenu(self)
        menu.addAction(_t("Copy"), lambda: QGuiApplication.clipboard().setText(self.value))
        menu.exec(self.mapToGlobal(pos))


def phone_link(parent: QWidget | None = None) -> LinkButton:
    def url(phone: str) -> QUrl | None:
        uri = tel_uri(phone)
        return QUrl(uri) if uri else None

    return LinkButton(url, parent)


def email_link(parent: QWidget | None = None) -> LinkButton:
    return LinkButton(mail_url, parent)
