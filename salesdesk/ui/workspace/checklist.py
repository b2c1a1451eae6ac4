"""The checklist: the current stage's questions with the deal's answers and its exit
criteria as tick boxes, earlier stages collapsed above it. Answers save a moment
after typing stops and when the field is left; ticks save at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.services.checklists import StageChecklist
from salesdesk.ui.commands import AnswerCommand, TickCommand
from salesdesk.ui.formatting import format_percent
from salesdesk.ui.messages import tr_error
from salesdesk.ui.plain import isolate, no_mnemonic, plain_label
from salesdesk.ui.store import Store
from salesdesk.ui.workspace.errors import FieldError

SAVE_DELAY_MS = 800  # an answer is saved this long after the rep stops typing


class AnswerEdit(QPlainTextEdit):
    """A few lines of free text; Tab moves on, so the checklist is keyboard-only."""

    committed = Signal()

    def __init__(self, question_id: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question_id
        self.saved = text
        self.setPlainText(text)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.committed)
        self.textChanged.connect(self.timer.start)

    def dirty(self) -> bool:
        return self.toPlainText() != self.saved

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.dirty():
            self.committed.emit()


class CriterionBox(QWidget):
    """A tick box whose label wraps (a QCheckBox's own text does not)."""

    def __init__(self, criterion_id: int, text: str, checked: bool) -> None:
        super().__init__()
        self.criterion_id = criterion_id
        self.box = QCheckBox()
        self.box.setChecked(checked)
        self.box.setAccessibleName(text)
        # With a buddy even a plain-text label reads '&' as a mnemonic: doubled.
        self.label = plain_label(no_mnemonic(text))
        self.label.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()  # a click on the label ticks too
        event.accept()


class StageSection(QWidget):
    """One stage: a header that folds the body away."""

    def __init__(self, checklist: StageChecklist, expanded: bool) -> None:
        super().__init__()
        self.stage_id = checklist.stage_id
        self.header = QToolButton()
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        # A long stage name is clipped rather than widening the whole checklist.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(12, 0, 0, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.header.toggled.connect(self._fold)
        self.header.setChecked(expanded)
        self._fold(expanded)

    def _fold(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.header.setArrowType(
            Qt.ArrowType.DownArrow
            if expanded
            else (
                Qt.ArrowType.LeftArrow
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.ArrowType.RightArrow
            )
        )


class ChecklistTab(QWidget):
    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo = store, undo
        self.deal_id = 0
        self.answers: dict[int, AnswerEdit] = {}
        self.criteria: dict[int, CriterionBox] = {}
        self.sections: dict[int, StageSection] = {}
        self._shape: tuple[object, ...] = ()
        self.summary = plain_label("")
        self.error = FieldError()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        # Text wraps to the panel's width; sideways scrolling would hide the answers.
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.scroller, 1)

    def show_deal(self, deal_id: int, checklists: list[StageChecklist]) -> None:
        """Rebuilds when the stages or questions differ; otherwise updates values in
        place, leaving an answer being typed alone."""
        shape = tuple(
            (c.stage_id, tuple(q.id for q in c.questions), tuple(k.id for k in c.criteria))
            for c in checklists
        )
        if deal_id != self.deal_id or shape != self._shape:
            self.flush()
            self.deal_id, self._shape = deal_id, shape
            self._build(checklists)
        else:
            self._update(checklists)
        current = next((c for c in checklists if c.current), None)
        if current is None:
            self.summary.setText(self.tr("This deal is closed; its checklists are kept below."))
        elif not current.criteria:
            self.summary.setText(self.tr("This stage has no exit criteria."))
        else:
            met = sum(1 for c in current.criteria if c.met)
            self.summary.setText(
                self.tr(
                    "Evidence-based probability: {evidence} ({met} of {total} exit criteria "
                    "met; stage default {stage})"
                ).format(
                    evidence=format_percent(current.evidence),
                    met=met,
                    total=len(current.criteria),
                    stage=format_percent(current.probability),
                )
            )

    def _build(self, checklists: list[StageChecklist]) -> None:
        self.answers, self.criteria, self.sections = {}, {}, {}
        self.error.clear_text()
        page = QWidget()
        layout = QVBoxLayout(page)
        for checklist in checklists:
            section = StageSection(checklist, expanded=checklist.current)
            self.sections[checklist.stage_id] = section
            body = section.body_layout
            if checklist.questions:
                body.addWidget(plain_label(self.tr("Questions to ask")))
            for q in checklist.questions:
                body.addWidget(plain_label(q.text))
                edit = AnswerEdit(q.id, q.answer)
                edit.setPlaceholderText(self.tr("Answer"))
                edit.committed.connect(lambda e=edit: self._save_answer(e))
                edit.setAccessibleName(q.text)
                self.answers[q.id] = edit
                body.addWidget(edit)
            if checklist.criteria:
                body.addWidget(plain_label(self.tr("Exit criteria")))
            for c in checklist.criteria:
                box = CriterionBox(
                    c.id,
                    self.tr("{text} ({weight})").format(
                        text=isolate(c.text), weight=format_percent(c.weight)
                    ),
                    c.met,
                )
                box.box.toggled.connect(lambda on, b=box: self._tick(b, on))
                self.criteria[c.id] = box
                body.addWidget(box)
            self._title(section, checklist)
            layout.addWidget(section)
        layout.addStretch(1)
        self.scroller.setWidget(page)

    def _title(self, section: StageSection, checklist: StageChecklist) -> None:
        if checklist.criteria:
            text = self.tr("{stage} · {evidence}").format(
                stage=isolate(checklist.name), evidence=format_percent(checklist.evidence)
            )
        else:
            text = checklist.name
        section.header.setText(no_mnemonic(text))  # a button: '&' would be a mnemonic

    def _update(self, checklists: list[StageChecklist]) -> None:
        for checklist in checklists:
            for q in checklist.questions:
                edit = self.answers[q.id]
                if edit.dirty():
                    continue  # being typed: the rep's text wins, saved when left
                if edit.toPlainText() != q.answer:
                    edit.blockSignals(True)
                    edit.setPlainText(q.answer)
                    edit.blockSignals(False)
                edit.saved = q.answer
            for c in checklist.criteria:
                box = self.criteria[c.id].box
                if box.isChecked() != c.met:
                    box.blockSignals(True)
                    box.setChecked(c.met)
                    box.blockSignals(False)
            self._title(self.sections[checklist.stage_id], checklist)

    # --- saving -----------------------------------------------------------------------

    def flush(self) -> None:
        for edit in list(self.answers.values()):
            if edit.dirty():
                self._save_answer(edit)

    def _save_answer(self, edit: AnswerEdit) -> None:
        edit.timer.stop()
        text = edit.toPlainText()
        if text == edit.saved or not self.deal_id:
            return
        try:
            before = self.store.answer(self.deal_id, edit.question_id, text)
        except SalesDeskError as exc:
            self.error.show_text(tr_error(exc))
            return
        self.error.clear_text()
        edit.saved = text
        self.undo.push(
            AnswerCommand(
                self.store, self.deal_id, edit.question_id, before, text, self.tr("Edit answer")
            )
        )

    def _tick(self, box: CriterionBox, checked: bool) -> None:
        try:
            self.store.tick(self.deal_id, box.criterion_id, checked)
        except SalesDeskError as exc:
            self.error.show_text(tr_error(exc))
            box.box.blockSignals(True)
            box.box.setChecked(not checked)
            box.box.blockSignals(False)
            return
        self.undo.push(
            TickCommand(
                self.store,
                self.deal_id,
                box.criterion_id,
                checked,
                self.tr("Tick exit criterion") if checked else self.tr("Untick exit criterion"),
            )
        )
