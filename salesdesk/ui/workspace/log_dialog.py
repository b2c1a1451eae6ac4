"""Log a call or meeting (Ctrl+L): one dialog, keyboard only if wanted. The cursor
starts in the notes; Tab moves through the fields; Ctrl+Enter saves from any of
them; Esc cancels, asking first when anything was typed. Saving writes the
activity, the answers, the objections and the next step together or not at all."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError, ValidationError
from salesdesk.core.services.interactions import LOGGED_KINDS, OUTCOMES, CallLog, RaisedObjection
from salesdesk.ui import msgbox
from salesdesk.ui.formatting import datetime_format, follow_calendar, to_utc
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import TITLE_LIMIT, elide, first_line, isolate, no_mnemonic, plain_label
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.errors import FieldError
from salesdesk.ui.workspace.objection_form import ObjectionForm
from salesdesk.ui.workspace.outcomes import kind_labels, outcome_labels

NEXT_STEP_HOUR = 9  # a follow-up pre-filled N days ahead falls due at 09:00 local time


def next_step_default(now: QDateTime, days: int) -> QDateTime:
    return QDateTime(now.date().addDays(days), QTime(NEXT_STEP_HOUR, 0))


class LogCallDialog(QDialog):
    def __init__(
        self, store: Store, deal_id: int, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.deal_id, self.language = store, deal_id, language
        details = store.deal_details(deal_id)
        current = next((c for c in store.checklists(deal_id) if c.current), None)
        self.setWindowTitle(
            self.tr("Log a call or meeting — {title}").format(
                title=isolate(elide(details.title, TITLE_LIMIT))
            )
        )
        self.result_ids: tuple[int, ...] = ()

        self.kind = QComboBox()
        for key in LOGGED_KINDS:
            self.kind.addItem(kind_labels()[key], key)
        now = QDateTime.currentDateTime()
        self.when = QDateTimeEdit(now)
        self.when.setCalendarPopup(True)
        follow_calendar(self.when)
        self.when.setDisplayFormat(datetime_format(self.locale()))
        self.when.setMaximumDateTime(now.addSecs(60))
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSingleStep(5)
        self.outcome = QComboBox()
        for key in OUTCOMES:
            self.outcome.addItem(outcome_labels()[key], key)
        self.outcome.setCurrentIndex(-1)
        self.outcome.setPlaceholderText(self.tr("Choose…"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said, what was agreed"))

        self.schedule = QCheckBox(self.tr("&Next step:"))
        self.schedule.setChecked(True)
        self.next_text = QLineEdit()
        self.next_text.setPlaceholderText(self.tr("e.g. send the proposal"))
        self.next_due = QDateTimeEdit(next_step_default(now, details.follow_up_days))
        self.next_due.setCalendarPopup(True)
        follow_calendar(self.next_due)
        self.next_due.setDisplayFormat(datetime_format(self.locale()))
        self.schedule.toggled.connect(self.next_text.setEnabled)
        self.schedule.toggled.connect(self.next_due.setEnabled)
        self.due_count = due = store.due_follow_ups(deal_id)
        self.complete_due = QCheckBox(self.tr("Mark the %Ln due follow-up(s) as done", "", due))
        self.complete_due.setChecked(True)
        self.complete_due.setVisible(due > 0)

        self.answers: dict[int, QPlainTextEdit] = {}
        self._answered: dict[int, str] = {}
        questions = QGroupBox(  # a group box title reads '&' as a mnemonic
            no_mnemonic(
                self.tr("Questions answered — {stage}").format(stage=isolate(details.stage))
            )
        )
        q_layout = QVBoxLayout(questions)
        for q in current.questions if current else ():
            edit = QPlainTextEdit(q.answer)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 12)
            edit.setAccessibleName(q.text)
            q_layout.addWidget(plain_label(q.text))
            q_layout.addWidget(edit)
            self.answers[q.id] = edit
            self._answered[q.id] = q.answer
        questions.setVisible(bool(self.answers))

        self.raised: list[RaisedObjection] = []
        self.objection_form = ObjectionForm(store)
        self.objection_form.added.connect(self._add_objection)
        self.raised_list = QListWidget()
        self.raised_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.raised_list.hide()
        QShortcut(QKeySequence.StandardKey.Delete, self.raised_list, self._remove_objection)
        objections = QGroupBox(self.tr("Objections raised"))
        o_layout = QVBoxLayout(objections)
        o_layout.addWidget(self.objection_form)
        o_layout.addWidget(self.raised_list)

        self.error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Ctrl+Enter"))
        save_button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        head = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Type"), self.kind),
                (self.tr("&When"), self.when),
                (self.tr("&Duration"), self.duration),
                (self.tr("&Outcome"), self.outcome),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            head.addWidget(caption, 0, column)
            head.addWidget(widget, 1, column)
        notes_caption = QLabel(self.tr("No&tes"))
        notes_caption.setBuddy(self.notes)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_text, 1)
        next_row.addWidget(self.next_due)
        form = QFormLayout()
        form.addRow(head)
        form.addRow(notes_caption)
        form.addRow(self.notes)
        form.addRow(self.schedule, next_row)
        form.addRow(self.complete_due)
        extras = QWidget()
        extras_layout = QVBoxLayout(extras)
        extras_layout.setContentsMargins(0, 0, 0, 0)
        extras_layout.addWidget(questions)
        extras_layout.addWidget(objections)
        extras_layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(extras)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._tab_order()
        self.resize(640, 720)
        self.notes.setFocus()

    def _tab_order(self) -> None:
        form = self.objection_form
        chain: list[QWidget] = [
            self.kind,
            self.when,
            self.duration,
            self.outcome,
            self.notes,
            self.schedule,
            self.next_text,
            self.next_due,
            self.complete_due,
            *self.answers.values(),
            form.picker,
            form.category,
            form.answer,
            form.resolved,
            form.to_library,
            form.add_button,
            self.buttons,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- objections -------------------------------------------------------------------

    def _add_objection(self, raised: RaisedObjection) -> None:
        self.raised.append(raised)
        text = first_line(raised.text)
        self.raised_list.addItem(
            f"{isolate(text)} ({isolate(raised.category)})" if raised.category else text
        )
        self.raised_list.show()
        self.objection_form.reset()
        self.objection_form.picker.setFocus()

    def _remove_objection(self) -> None:
        row = self.raised_list.currentRow()
        if row >= 0:
            self.raised_list.takeItem(row)
            del self.raised[row]
            self.raised_list.setVisible(bool(self.raised))

    # --- saving -----------------------------------------------------------------------

    def read(self) -> CallLog:
        raised = list(self.raised)
        if self.objection_form.picker.text().strip():
            raised.append(self.objection_form.read())  # typed but not yet added: keep it
        return CallLog(
            kind=str(self.kind.currentData()),
            at=to_utc(self.when.dateTime()),
            duration_minutes=self.duration.value(),
            outcome=str(self.outcome.currentData() or "")
            if self.outcome.currentIndex() >= 0
            else "",
            notes=self.notes.toPlainText(),
            answers={
                qid: edit.toPlainText()
                for qid, edit in self.answers.items()
                if edit.toPlainText() != self._answered[qid]
            },
            objections=raised,
            next_step=self.next_text.text(),
            next_due=to_utc(self.next_due.dateTime()) if self.schedule.isChecked() else None,
            complete_due=self.due_count > 0 and self.complete_due.isChecked(),
            language=self.language,
        )

    def save(self) -> None:
        try:
            result = self.store.log_interaction(self.deal_id, self.read())
        except SalesDeskError as exc:
            self.error.show_text(tr_error(exc))
            if isinstance(exc, ValidationError):
                self._focus_field(exc.field)
            return
        self.result_ids = (result.activity_id, *result.objection_ids)
        self.accept()

    def _focus_field(self, field: str) -> None:
        widget = {
            "at": self.when,
            "duration": self.duration,
            "outcome": self.outcome,
            "next_due": self.next_due,
            "text": self.objection_form.picker,
            "notes": self.notes,
        }.get(field, self.notes)
        widget.setFocus()

    def has_input(self) -> bool:
        return bool(
            self.notes.toPlainText().strip()
            or self.next_text.text().strip()
            or self.outcome.currentIndex() >= 0
            or self.duration.value()
            or self.raised
            or self.objection_form.has_input()
            or any(e.toPlainText() != self._answered[q] for q, e in self.answers.items())
        )

    def reject(self) -> None:
        if self.has_input() and not msgbox.question(
            self,
            self.tr("Discard this log?"),
            self.tr("What you typed has not been saved. Discard it?"),
        ):
            return
        super().reject()
