"""User text is shown as typed in every widget (issue 7): HTML, '&' mnemonics,
bidi overrides, emoji and 1 MB notes, stored through the real services into a
real SQLite file, then read back from what the widgets show.

What a widget shows is worked out the way Qt decides it: a label or tooltip whose
text "might be rich text" is rendered as HTML (here through QTextDocument), and
'&' in a button, menu entry, tab, group box title or a label with a buddy marks a
mnemonic. A widget whose text holds a raw string (or its escaped form) must show
that raw string."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from salesdesk.core.services import activities, contacts, deals, objections
from salesdesk.ui import msgbox
from salesdesk.ui.library import LibraryDialog
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.reminders import Reminders
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.log_dialog import LogCallDialog
from tests.helpers import drive_modal

TITLE = "<b>bold</b><img src=x> R&D Oy"
ORG = "<i>Org</i> & Co 👩‍👩‍👧‍👦"
CONTACT = "<u>Ann</u> 李 &amp; Ölund"
STAGE = "R&D <b>stage</b>"
PIPELINE = "Team & <b>Co</b> پایپ‌لاین"
CRITERION = "Budget & <s>scope</s> agreed"
QUESTION = "<h1>Who</h1> decides & signs?"
NOTE = "<b>note</b> مرحبا 你好 👍🏽 &amp; <a href=x>link</a>"
OBJECTION = "<a href=x>Too</a> pricey & slow"
CATEGORY = "Price & <i>value</i>"
ANSWER = "<table><tr><td>cell</td></tr></table> &amp; done"
LIB_TEXT = "<marquee>Need</marquee> R&D approval"
FOLLOW = "<b>Send</b> the quote & call"
RLO_TITLE = "\u202eRLO deal"  # RIGHT-TO-LEFT OVERRIDE, never closed
# 300 characters (the longest title there is) of Persian, English and Chinese.
LONG_TITLE = ("\u202eقرارداد Deal ۴۲ 销售 🇫🇮 " * 20)[:300]
# A 1 MB note: one paragraph, Chinese and emoji without spaces between them.
BIG_NOTE = ("BIG " + "销售会议记录👩‍👩‍👧‍👦" * 100_000)[:999_000]

RAWS = [TITLE, ORG, CONTACT, STAGE, PIPELINE, CRITERION, QUESTION, NOTE, OBJECTION]
RAWS += [CATEGORY, ANSWER, LIB_TEXT, FOLLOW]
FSI, PDI = "\u2068", "\u2069"


# --- what a widget shows ---------------------------------------------------------------


def strip_mnemonic(text: str) -> str:
    """'&&' shows as '&'; '&x' shows as an underlined x."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def rendered(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # private in QAbstractListModel: one column
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, where: str) -> Iterator:
    for row in range(min(model.rowCount(parent), 500)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str):
                yield f"{where}[{row},{column}]", shown, shown
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield f"{where}[{row},{column}] tooltip", tip, rendered(tip)
        child = model.index(row, 0, parent)
        if model.rowCount(child):
            yield from _model_texts(model, child, where)


def shown_texts(root: QObject) -> Iterator[tuple[str, str, str]]:
    """(where, the text given to Qt, what the rep sees) for everything under root."""
    widgets = [root, *root.findChildren(QWidget)] if isinstance(root, QWidget) else []
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName()})"
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip(), rendered(w.toolTip())
        if w.isWindow() and w.windowTitle():
            yield f"{name} window title", w.windowTitle(), w.windowTitle()
        if isinstance(w, QLabel):
            shown = rendered(w.text(), w.textFormat())
            if w.buddy() is not None and shown == w.text():
                shown = strip_mnemonic(shown)
            yield name, w.text(), shown
        elif isinstance(w, QAbstractButton):
            yield name, w.text(), strip_mnemonic(w.text())
        elif isinstance(w, QGroupBox):
            yield name, w.title(), strip_mnemonic(w.title())
        elif isinstance(w, QLineEdit):
            yield name, w.text(), w.text()
        elif isinstance(w, QPlainTextEdit):
            text = w.toPlainText()[:100_000]
            yield name, text, text
        elif isinstance(w, QStatusBar):
            yield name, w.currentMessage(), w.currentMessage()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i), strip_mnemonic(w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item", w.itemText(i), w.itemText(i)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            yield from _model_texts(w.model(), QModelIndex(), name)
    for action in root.findChildren(QAction):
        yield f"action {action.objectName()}", action.text(), strip_mnemonic(action.text())


def _forms(raw: str) -> tuple[str, ...]:
    """The forms a raw string may take in the text given to Qt: as is, escaped as
    HTML, or with '&' doubled for a mnemonic-reading widget."""
    return (raw, html.escape(raw, quote=False), html.escape(raw), raw.replace("&", "&&"))


def check_literal(root: QObject, raws: list[str]) -> set[str]:
    """Every widget given one of `raws` shows it literally; returns the raws seen."""
    seen: set[str] = set()
    wrong = []
    for where, given, shown in shown_texts(root):
        for raw in raws:
            if any(form in given for form in _forms(raw)):
                seen.add(raw)
                if raw not in shown:
                    wrong.append((where, raw, shown[:300]))
    assert not wrong, wrong
    return seen


def check_isolated(root: QObject, raw: str) -> int:
    """Where `raw` (holding a bidi override) has other text after it, it is
    isolated, so it cannot reverse that text. Returns how often it was shown."""
    count = 0
    wrong = []
    for where, _given, shown in shown_texts(root):
        start = shown.find(raw)
        while start >= 0:
            count += 1
            # An override ends with its paragraph: only the rest of the line counts.
            after = shown[start + len(raw) :].split("\n", 1)[0]
            if after.strip() and not (after.startswith(PDI) and shown[:start].endswith(FSI)):
                wrong.append((where, shown[:300]))
            start = shown.find(raw, start + 1)
    assert not wrong, wrong
    return count


# --- the data ----------------------------------------------------------------------------


@dataclass
class Nasty:
    deal: int
    rlo: int
    long: int
    big_note: int
    follow_up: int
    rlo_follow_up: int
    stage_id: int
    second_stage_id: int


@pytest.fixture
def nasty(db, pipeline, stages) -> Nasty:
    now = datetime.now(UTC)
    first, second = stages[0].id, stages[1].id
    with db.sql(write=True) as conn:
        conn.execute("UPDATE stage SET name = ? WHERE id = ?", (STAGE, first))
        conn.execute("UPDATE pipeline SET name = ? WHERE id = ?", (PIPELINE, pipeline.id))
        conn.execute(
            "UPDATE exitcriterion SET text = ? WHERE id = "
            "(SELECT id FROM exitcriterion WHERE stage_id = ? ORDER BY position LIMIT 1)",
            (CRITERION, first),
        )
        conn.execute(
            "UPDATE stagequestion SET text = ? WHERE id = "
            "(SELECT id FROM stagequestion WHERE stage_id = ? ORDER BY position LIMIT 1)",
            (QUESTION, first),
        )
    with db.transaction() as s:
        deal = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=first,
            title=TITLE,
            value_minor=123_45,
            organization_name=ORG,
        )
        contacts.link_contact(s, deal.id, CONTACT)
        activities.log_activity(s, deal.id, "call", outcome="reached", text=NOTE)
        big = activities.log_activity(s, deal.id, "note", text=BIG_NOTE)
        follow = activities.schedule_follow_up(s, deal.id, now - timedelta(hours=2), text=FOLLOW)
        objections.add_objection(
            s, deal.id, OBJECTION, category=CATEGORY, answer_given=ANSWER, save_to_library=True
        )
        objections.add_library_entry(s, CATEGORY, LIB_TEXT, ANSWER)
        rlo = deals.create_deal(s, pipeline_id=pipeline.id, stage_id=first, title=RLO_TITLE)
        rlo_follow = activities.schedule_follow_up(
            s, rlo.id, now + timedelta(minutes=1), text=FOLLOW
        )
        long = deals.create_deal(s, pipeline_id=pipeline.id, stage_id=second, title=LONG_TITLE)
        activities.schedule_follow_up(s, long.id, now - timedelta(hours=1), text=BIG_NOTE)
        return Nasty(deal.id, rlo.id, long.id, big.id, follow.id, rlo_follow.id, first, second)


@pytest.fixture
def win(qtbot, db, nasty, tmp_path) -> Iterator[MainWindow]:
    window = MainWindow(
        Store(db), QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if isValid(window):  # a failed test may have had qtbot delete it already
        window.close()


def _card_rows(window: MainWindow) -> dict[int, QModelIndex]:
    out = {}
    for column in window.board.columns:
        model = column.model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            out[index.data(Qt.ItemDataRole.UserRole + 2)] = index
    return out


# --- the tests --------------------------------------------------------------------------


def test_the_board_shows_titles_names_and_stages_as_typed(win, nasty):
    seen = check_literal(win, RAWS)
    assert {TITLE, ORG, CONTACT, STAGE, PIPELINE} <= seen
    card = _card_rows(win)[nasty.deal]
    assert card.data(Qt.ItemDataRole.DisplayRole) == TITLE  # exactly what was stored
    tip = rendered(card.data(Qt.ItemDataRole.ToolTipRole))
    assert TITLE in tip and ORG in tip and CONTACT in tip
    column = win.board.columns[0]
    assert column.name.text() == STAGE and column.name.textFormat() == Qt.TextFormat.PlainText
    # The pipeline switcher: a menu entry, where '&' would be a mnemonic.
    action = win.actions_by_name[f"pipeline-{win.store.current_pipeline().id}"]
    assert strip_mnemonic(action.text()) == PIPELINE


def test_every_workspace_tab_shows_the_deal_as_typed(win, nasty, qtbot):
    win.open_deal(nasty.deal)
    ws = win.workspace
    seen: set[str] = set()
    for tab in (ws.overview, ws.checklist, ws.objections, ws.activity):
        ws.tabs.setCurrentWidget(tab)
        qtbot.wait(10)
        seen |= check_literal(ws, RAWS)
    assert {TITLE, ORG, CONTACT, STAGE, CRITERION, QUESTION, NOTE, OBJECTION, CATEGORY} <= seen
    assert ws.title.text() == TITLE and ws.title.textFormat() == Qt.TextFormat.PlainText
    subtitle = ws.subtitle.text()
    assert f"{FSI}{ORG}{PDI}" in subtitle and f"{FSI}{STAGE}{PDI}" in subtitle
    # The objection's tooltip holds the whole text, shown literally.
    item = ws.objections.list.topLevelItem(0)
    assert item.text(0) == OBJECTION and OBJECTION in rendered(item.toolTip(0))
    assert item.text(1) == CATEGORY


def test_a_1_mb_note_is_shown_whole_and_copied_exactly(win, nasty, qtbot):
    win.open_deal(nasty.deal)
    ws = win.workspace
    ws.tabs.setCurrentWidget(ws.activity)
    rows = [ws.activity.list.topLevelItem(i) for i in range(ws.activity.list.topLevelItemCount())]
    [big] = [r for r in rows if r.data(0, Qt.ItemDataRole.UserRole + 1) == BIG_NOTE]
    # The list shows the start of it on one line.
    assert len(big.text(2)) <= 301 and big.text(2).endswith("…")
    assert BIG_NOTE.startswith(big.text(2)[:-1])
    ws.activity.list.setCurrentItem(big)
    qtbot.wait(10)
    reader = ws.activity.text
    doc = reader.document()
    # Whole: every character, in order (display breaks are the only addition).
    assert reader.toPlainText().replace("\n", "") == BIG_NOTE
    # Laid out in pieces Qt shapes quickly, never one million-character paragraph.
    longest = max(len(doc.findBlockByNumber(i).text()) for i in range(doc.blockCount()))
    assert longest <= 4000
    reader.selectAll()
    assert reader.createMimeDataFromSelection().text() == BIG_NOTE  # copied as stored
    # A short note with line breaks reads exactly as stored.
    [short] = [r for r in rows if r.data(0, Qt.ItemDataRole.UserRole + 1) == NOTE]
    ws.activity.list.setCurrentItem(short)
    assert reader.toPlainText() == NOTE


def test_a_300_character_mixed_direction_title_is_whole_alone_and_cut_in_one_line_places(
    win, nasty, qtbot
):
    win.open_deal(nasty.long)
    ws = win.workspace
    assert ws.title.text() == LONG_TITLE  # shown alone: as typed, all of it
    assert ws.overview.title.text() == LONG_TITLE
    assert _card_rows(win)[nasty.long].data() == LONG_TITLE
    # The panel fits beside the board: a title without room to wrap does not widen it.
    assert ws.title.minimumSizeHint().width() < 1000
    dialog = LogCallDialog(win.store, nasty.long, parent=win)  # goes with the window
    title = dialog.windowTitle()
    assert len(title) < 150 and "…" in title
    head = title[title.index(FSI) + 1 : title.index("…")]
    assert LONG_TITLE.startswith(head) and len(head) > 20


def test_bidi_overrides_do_not_reverse_the_text_after_them(win, nasty, qtbot):
    # The toast after a move onward with unmet exit criteria quotes the title.
    assert win.board.move_deals([nasty.rlo], nasty.second_stage_id, None)
    toast = win.board.toast
    assert toast.isVisible() and RLO_TITLE in toast.text
    assert f"{FSI}{RLO_TITLE}{PDI}" in toast.text
    assert check_isolated(win, RLO_TITLE) >= 1
    # The tooltip lists the unmet criteria literally.
    assert CRITERION in rendered(toast.toolTip())


def test_the_toast_shows_an_html_title_literally(win, nasty):
    assert win.board.move_deals([nasty.deal], nasty.second_stage_id, None)
    toast = win.board.toast
    assert TITLE in toast.text
    assert TITLE in rendered(toast.toolTip()) and CRITERION in rendered(toast.toolTip())


def test_undo_menu_entry_shows_a_stage_name_with_an_ampersand(win, nasty):
    # Back to the first stage: moving back never asks about exit criteria.
    assert win.board.move_deals([nasty.long], nasty.stage_id, None)
    undo = win.actions_by_name["undo"]
    assert STAGE in strip_mnemonic(undo.text())
    check_literal(win, [STAGE])


def test_today_lists_follow_ups_as_typed_and_cuts_a_1_mb_one(win, nasty, qtbot):
    view = win.today
    with qtbot.waitSignal(view.loader.ready, timeout=5000):
        QTest.keyClick(win.board.columns[0].view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    seen = check_literal(view, RAWS)
    assert {TITLE, FOLLOW, ORG, STAGE} <= seen
    model = view.model
    rows = {}
    for g in range(model.rowCount()):
        group = model.item(g)
        for r in range(group.rowCount()):
            rows.setdefault(group.child(r, 1).text(), group.child(r, 3).text())
    assert rows[TITLE] == FOLLOW  # exactly as stored
    assert len(rows[LONG_TITLE]) <= 301 and BIG_NOTE.startswith(rows[LONG_TITLE][:-1])

    # The reschedule dialog names the deal in a label.
    assert view.select_follow_up(nasty.follow_up)
    seen_labels: dict = {}

    def look(dialog: QDialog) -> None:
        seen_labels["seen"] = check_literal(dialog, [TITLE])

    drive_modal(QDialog, look, seen_labels)
    view.reschedule()
    assert "error" not in seen_labels, seen_labels.get("error")
    assert seen_labels["seen"] == {TITLE}


def test_the_log_call_dialog_shows_stage_and_objections_as_typed(win, nasty, qtbot):
    dialog = LogCallDialog(win.store, nasty.deal, parent=win)  # goes with the window
    dialog.show()
    form = dialog.objection_form
    form.picker.setText(OBJECTION)
    form.category.setEditText(CATEGORY)
    form.add_button.click()
    seen = check_literal(dialog, RAWS)
    assert {TITLE, STAGE, QUESTION, OBJECTION, CATEGORY} <= seen
    dialog.done(QDialog.DialogCode.Rejected.value)  # close() would ask about the typed text


def test_library_and_its_suggestions_show_entries_as_typed(win, nasty, qtbot, db):
    dialog = LibraryDialog(win.store)
    qtbot.addWidget(dialog)
    dialog.show()
    seen = check_literal(dialog, RAWS)
    assert {LIB_TEXT, CATEGORY, ANSWER, OBJECTION} <= seen
    dialog.close()
    # Typing an objection lists library matches; their tooltips hold the answer.
    win.open_deal(nasty.deal)
    picker = win.workspace.objections.form.picker
    picker.setText("Need")
    picker.textEdited.emit("Need")
    assert picker.suggestions.rowCount() >= 1
    seen = check_literal(picker.completer_.popup(), [LIB_TEXT, ANSWER, CATEGORY])
    assert {LIB_TEXT, ANSWER, CATEGORY} <= seen


def test_reminders_isolate_the_title_they_quote(win, nasty, qtbot):
    reminders = Reminders(win.store, win, win.undo_stack)
    reminders.last_check = datetime.now(UTC)
    with qtbot.waitSignal(reminders.notified) as blocker:
        reminders.check(now=datetime.now(UTC) + timedelta(minutes=2))
    _title, message = blocker.args
    assert message == f"{FSI}{RLO_TITLE}{PDI}: {FOLLOW}"
    assert message in win.statusBar().currentMessage()  # offscreen there is no tray
    check_isolated(win.statusBar(), RLO_TITLE)


def test_the_import_wizard_shows_file_names_stages_and_cells_as_typed(win, tmp_path, qtbot):
    from salesdesk.ui.imports.wizard import ImportWizard

    stage = "<i>Hot</i> R&D"
    path = tmp_path / "<i>deals & co.csv"
    path.write_text(
        f"Title;Company;Value;Stage\n{TITLE};{ORG};10;{stage}\nSecond;{ORG};<b>ten</b>;{stage}\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(win.store, win.store.current_pipeline().id, win.settings, win, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    seen = check_literal(wizard, [path.name, TITLE, ORG, stage])
    assert {path.name, TITLE, ORG, stage} <= seen
    wizard.next()
    assert set(wizard.stages_page.combos) == {stage}
    assert stage in check_literal(wizard.stages_page, [stage])
    for combo in wizard.stages_page.combos.values():
        combo.setCurrentIndex(1)
    wizard.next()
    problems = wizard.check_page.problems.toPlainText()
    assert "<b>ten</b>" in problems
    check_literal(wizard, ["<b>ten</b>"])
    wizard.close()


def test_message_boxes_show_their_text_as_plain_text(qtbot):
    seen: dict = {}

    def look(box: QMessageBox) -> None:
        seen["format"] = box.textFormat()
        seen["text"] = rendered(box.text(), box.textFormat())

    drive_modal(QMessageBox, look, seen)
    msgbox.error(None, "Import deals", f"line 3: '{TITLE}' is not an amount")
    assert "error" not in seen, seen.get("error")
    assert seen["format"] == Qt.TextFormat.PlainText and TITLE in seen["text"]


def test_the_checks_here_catch_interpreted_text(qtbot):
    """The helpers above would see the bugs they look for."""
    label = QLabel(TITLE)  # AutoText: Qt renders it as HTML
    qtbot.addWidget(label)
    with pytest.raises(AssertionError):
        check_literal(label, [TITLE])
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert check_literal(label, [TITLE]) == {TITLE}
    action = QAction(STAGE, label)
    with pytest.raises(AssertionError):
        check_literal(label, [STAGE])
    action.setText(STAGE.replace("&", "&&"))
    assert check_literal(label, [STAGE]) == {STAGE}
    other = QLabel(f"{RLO_TITLE} — 3 days")
    other.setTextFormat(Qt.TextFormat.PlainText)
    qtbot.addWidget(other)
    with pytest.raises(AssertionError):
        check_isolated(other, RLO_TITLE)
