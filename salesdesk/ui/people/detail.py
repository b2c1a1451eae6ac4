"""The detail pane: an organization (its contacts, its deals with totals per
status and currency, the activity across them) or a contact (role, phone, email,
organization, the deals they are on, the last time they were reached). Phone
and email are links the operating system acts on (tel:, mailto:)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.services.people import (
    ActivityLine,
    ContactDetail,
    DealLine,
    OrgDetail,
)
from salesdesk.ui.formatting import format_date, format_datetime, format_money, format_totals
from salesdesk.ui.people.links import LinkButton, email_link, phone_link
from salesdesk.ui.plain import (
    first_line,
    isolate,
    left_to_right,
    no_mnemonic,
    plain_label,
    plain_tooltip,
)
from salesdesk.ui.workspace.outcomes import kind_labels, outcome_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's deal or contact id
STATUSES = ("open", "won", "lost")


def _t(text: str) -> str:
    return QCoreApplication.translate("people", text)


def status_label(status: str) -> str:
    return {"open": _t("Open"), "won": _t("Won"), "lost": _t("Lost")}.get(status, status)


def _tree(columns: list[str]) -> tuple[QTreeView, QStandardItemModel]:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(columns)
    tree = QTreeView()
    tree.setModel(model)
    model.setParent(tree)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return tree, model


def _row(ident: int, texts: list[str], tips: dict[int, str] | None = None) -> list[QStandardItem]:
    cells = [QStandardItem(t) for t in texts]
    for n, cell in enumerate(cells):
        cell.setData(ident, ID_ROLE)
        if tips and n in tips:
            cell.setToolTip(plain_tooltip(tips[n]))
    return cells


def _fill(tree: QTreeView, model: QStandardItemModel, rows: list[list[QStandardItem]]) -> None:
    model.removeRows(0, model.rowCount())
    for cells in rows:
        model.appendRow(cells)
    if rows:
        tree.setCurrentIndex(model.index(0, 0))
    for column in range(model.columnCount() - 1):
        tree.resizeColumnToContents(column)


def _heading() -> QLabel:
    label = plain_label()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


class DealList(QWidget):
    """Deals in a detail pane: Enter or double-click opens one (openDeal)."""

    openDeal = Signal(int)

    def __init__(self, with_organization: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_organization = with_organization
        columns = [_t("Deal"), _t("Status"), _t("Stage"), _t("Value")]
        columns += [_t("Organization") if with_organization else _t("Contact")]
        columns += [_t("Expected close / closed"), _t("Last activity")]
        self.tree, self.model = _tree(columns)
        self.tree.setObjectName("deals")
        self.tree.activated.connect(self._activated)
        self.more = plain_label()
        self.more.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more)

    def show_deals(self, deals: list[DealLine], total: int) -> None:
        loc = QLocale()
        rows = []
        for d in deals:
            when = format_date(d.expected_close, loc)
            if d.closed_at is not None:
                when = format_date(d.closed_at.astimezone().date(), loc)
            last = (
                format_date(d.last_activity_at.astimezone().date(), loc)
                if d.last_activity_at
                else ""
            )
            who = d.organization if self.with_organization else d.contact
            cells = _row(
                d.id,
                [
                    d.title,
                    status_label(d.status),
                    d.stage,
                    format_money(d.value_minor, d.currency, loc),
                    who,
                    when,
                    last,
                ],
            )
            cells[3].setTextAlignment(
                Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
            )
            rows.append(cells)
        _fill(self.tree, self.model, rows)
        hidden = total - len(deals)
        self.more.setText(
            QCoreApplication.translate(
                "people", "… and %Ln more: the deals table lists them all.", "", hidden
            )
        )
        self.more.setVisible(hidden > 0)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        ident = index.data(ID_ROLE)
        if isinstance(ident, int) and ident:
            self.openDeal.emit(ident)


class OrganizationPane(QWidget):
    openDeal = Signal(int)
    openContact = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrgDetail | None = None
        self.heading = _heading()
        self.heading.setObjectName("orgName")
        self.since = plain_label()
        self.since.setEnabled(False)
        self.totals: dict[str, QLabel] = {}
        figures = QFormLayout()
        for status in STATUSES:
            label = plain_label()
            label.setObjectName(f"total-{status}")
            self.totals[status] = label
            figures.addRow(status_label(status) + ":", label)
        self.contacts, self.contact_model = _tree(
            [_t("Name"), _t("Role"), _t("Phone"), _t("Email")]
        )
        self.contacts.setObjectName("contacts")
        self.contacts.activated.connect(self._contact_activated)
        self.contacts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contacts.customContextMenuRequested.connect(self._contact_menu)
        self.deals = DealList(with_organization=False)
        self.deals.openDeal.connect(self.openDeal)
        self.activity, self.activity_model = _tree(
            [_t("When"), _t("Type"), _t("Deal"), _t("Outcome"), _t("Notes")]
        )
        self.activity.setObjectName("activity")
        self.activity.activated.connect(self._activity_activated)
        self.activity_more = plain_label()
        self.activity_more.setEnabled(False)
        activity_page = QWidget()
        box = QVBoxLayout(activity_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.activity, 1)
        box.addWidget(self.activity_more)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contacts, "")
        self.tabs.addTab(self.deals, "")
        self.tabs.addTab(activity_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.since)
        layout.addLayout(figures)
        layout.addWidget(self.tabs, 1)

    def show_detail(self, detail: OrgDetail) -> None:
        self.detail = detail
        loc = QLocale()
        self.heading.setText(detail.name)
        self.since.setText(
            _t("Added {date}").format(date=format_date(detail.created_at.astimezone().date(), loc))
        )
        for status, label in self.totals.items():
            deals, money = detail.totals_of(status)
            text = QCoreApplication.translate("people", "%Ln deal(s)", "", deals)
            if money:
                text += " · " + format_totals(money, loc)
            label.setText(text)
        _fill(
            self.contacts,
            self.contact_model,
            [
                _row(c.id, [c.name, c.role, left_to_right(c.phone), left_to_right(c.email)])
                for c in detail.contacts
            ],
        )
        self.deals.show_deals(detail.deals, detail.deal_count)
        self._show_activity(detail.activity, detail.activity_count, loc)
        for n, (title, count) in enumerate(
            (
                (_t("Contacts ({n})"), detail.contact_count),
                (_t("Dea&ls ({n})"), detail.deal_count),
                (_t("Activit&y ({n})"), detail.activity_count),
            )
        ):
            self.tabs.setTabText(n, title.format(n=loc.toString(count)))

    def _show_activity(self, lines: list[ActivityLine], total: int, loc: QLocale) -> None:
        kinds = kind_labels()
        rows = []
        for a in lines:
            kind = kinds.get(a.kind, a.kind)
            if a.planned:  # a follow-up (a task) or a planned meeting
                kind = _t("Follow-up") if a.kind == "task" else kind
                kind = (_t("{kind} (done)") if a.done else _t("{kind} (planned)")).format(kind=kind)
            note = first_line(a.text, more=True)
            rows.append(
                _row(
                    a.deal_id,
                    [
                        format_datetime(a.at, loc),
                        kind,
                        a.deal_title,
                        outcome_label(a.outcome),
                        note,
                    ],
                    {4: a.text} if note != a.text else None,
                )
            )
        _fill(self.activity, self.activity_model, rows)
        hidden = total - len(lines)
        self.activity_more.setText(
            QCoreApplication.translate("people", "… and %Ln earlier", "", hidden)
        )
        self.activity_more.setVisible(hidden > 0)

    def _contact_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        ident = index.data(ID_ROLE)
        if isinstance(ident, int) and ident:
            self.openContact.emit(ident)

    def _activity_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        ident = index.data(ID_ROLE)
        if isinstance(ident, int) and ident:
            self.openDeal.emit(ident)

    def _contact_menu(self, pos: QPoint) -> None:
        index = self.contacts.indexAt(pos)
        if not index.isValid() or self.detail is None:
            return
        ident = index.data(ID_ROLE)
        contact = next((c for c in self.detail.contacts if c.id == ident), None)
        if contact is None:
            return
        menu = QMenu(self)
        menu.addAction(_t("Show contact"), lambda: self.openContact.emit(contact.id))
        phone, email = phone_link(), email_link()
        phone.set_value(contact.phone)
        email.set_value(contact.email)
        if phone.url() is not None:
            menu.addAction(_t("Call {phone}").format(phone=no_mnemonic(contact.phone)), phone.open)
        if email.url() is not None:
            menu.addAction(_t("Email {email}").format(email=no_mnemonic(contact.email)), email.open)
        menu.exec(self.contacts.viewport().mapToGlobal(pos))
        phone.deleteLater()
        email.deleteLater()


class ContactPane(QWidget):
    openDeal = Signal(int)
    openOrganization = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ContactDetail | None = None
        self.heading = _heading()
        self.heading.setObjectName("contactName")
        self.role = plain_label()
        self.organization = LinkButton()  # shows the organization here
        self.organization.setObjectName("organization")
        self.organization.clicked.connect(self._open_organization)
        self.phone = phone_link()
        self.phone.setObjectName("phone")
        self.email = email_link()
        self.email.setObjectName("email")
        self.reached = plain_label()
        self.reached.setObjectName("lastReached")
        form = QFormLayout()
        form.addRow(_t("Role:"), self.role)
        form.addRow(_t("Organization:"), self.organization)
        form.addRow(_t("Phone:"), self.phone)
        form.addRow(_t("Email:"), self.email)
        form.addRow(_t("Last reached:"), self.reached)
        self.deals = DealList(with_organization=True)
        self.deals.openDeal.connect(self.openDeal)
        self.deals_title = plain_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.deals_title)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.deals, 1)

    def show_detail(self, detail: ContactDetail) -> None:
        self.detail = detail
        loc = QLocale()
        self.heading.setText(detail.name)
        self.role.setText(detail.role or "—")
        self.organization.set_value(detail.organization)
        self.phone.set_value(detail.phone)
        self.email.set_value(detail.email)
        self.reached.setText(self._reached_text(detail, loc))
        self.deals_title.setText(
            QCoreApplication.translate("people", "On %Ln deal(s)", "", detail.deal_count)
        )
        self.deals.show_deals(detail.deals, detail.deal_count)

    @staticmethod
    def _reached_text(detail: ContactDetail, loc: QLocale) -> str:
        reach = detail.last_reached
        if reach is None:
            return _t("Not yet (no call, meeting or email that reached them is logged)")
        kind = kind_labels().get(reach.kind, reach.kind)
        return _t("{when} ({kind}, {deal})").format(
            when=format_datetime(reach.at, loc), kind=kind, deal=isolate(reach.deal_title)
        )

    def _open_organization(self) -> None:
        if self.detail is not None and self.detail.organization_id is not None:
            self.openOrganization.emit(self.detail.organization_id)
