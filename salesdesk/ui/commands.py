"""Undoable actions. Each command is pushed after its first run succeeded, so a
failed action never lands on the undo stack; redo replays it through the store."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from salesdesk.ui.plain import no_mnemonic
from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.core.services.deals import DealEdit, DealSnapshot, MoveResult
    from salesdesk.core.services.objections import ObjectionChange


class _Done(QUndoCommand):
    """QUndoStack.push() calls redo(); the action has already run by then."""

    def __init__(self, text: str) -> None:
        # "text\nactionText": the Edit menu's Undo/Redo entries read '&' as a
        # mnemonic, so a stage named "R&D" gets it doubled there.
        super().__init__(f"{text}\n{no_mnemonic(text)}" if "&" in text else text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.replay()

    def replay(self) -> None:
        raise NotImplementedError


class MoveCommand(_Done):
    def __init__(self, store: Store, moves: list[MoveResult], text: str) -> None:
        super().__init__(text)
        self.store, self.moves = store, moves
        self._inverses: list[MoveResult] = []

    def undo(self) -> None:
        self._inverses = self.store.undo_moves(self.moves)

    def replay(self) -> None:
        self.moves = self.store.undo_moves(self._inverses)


class DeleteCommand(_Done):
    def __init__(self, store: Store, snapshots: list[DealSnapshot], text: str) -> None:
        super().__init__(text)
        self.store, self.snapshots = store, snapshots

    def undo(self) -> None:
        self.store.restore_deals(self.snapshots)

    def replay(self) -> None:
        self.snapshots = self.store.delete_deals([s.deal["id"] for s in self.snapshots])


class AddCommand(_Done):
    def __init__(self, store: Store, deal_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.deal_id = store, deal_id
        self._snapshots: list[DealSnapshot] = []

    def undo(self) -> None:
        self._snapshots = self.store.delete_deals([self.deal_id])

    def replay(self) -> None:
        self.store.restore_deals(self._snapshots)


class EditCommand(_Done):
    def __init__(self, store: Store, edit: DealEdit, text: str) -> None:
        super().__init__(text)
        self.store, self.edit = store, edit

    def _apply(self, values: dict[str, Any]) -> None:
        self.store.edit_deal(self.edit.deal_id, **values)

    def undo(self) -> None:
        self._apply(self.edit.before)

    def replay(self) -> None:
        self._apply(self.edit.after)


class BulkEditCommand(_Done):
    """The same fields changed on many deals at once (the deals table)."""

    def __init__(self, store: Store, edits: list[DealEdit], text: str) -> None:
        super().__init__(text)
        self.store, self.edits = store, edits

    def undo(self) -> None:
        self.store.undo_edits(self.edits)

    def replay(self) -> None:
        self.store.undo_edits(self.edits, redo=True)


class AnswerCommand(_Done):
    """An answer saved as the rep types: consecutive saves of one answer merge
    into one undo step."""

    ID = 1001

    def __init__(
        self, store: Store, deal_id: int, question_id: int, before: str, after: str, text: str
    ) -> None:
        super().__init__(text)
        self.store, self.deal_id, self.question_id = store, deal_id, question_id
        self.before, self.after = before, after

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, AnswerCommand)
            and (other.deal_id, other.question_id) == (self.deal_id, self.question_id)
        ):
            return False
        self.after = other.after
        return True

    def undo(self) -> None:
        self.store.answer(self.deal_id, self.question_id, self.before)

    def replay(self) -> None:
        self.store.answer(self.deal_id, self.question_id, self.after)


class TickCommand(_Done):
    def __init__(
        self, store: Store, deal_id: int, criterion_id: int, checked: bool, text: str
    ) -> None:
        super().__init__(text)
        self.store, self.deal_id, self.criterion_id, self.checked = (
            store,
            deal_id,
            criterion_id,
            checked,
        )

    def undo(self) -> None:
        self.store.tick(self.deal_id, self.criterion_id, not self.checked)

    def replay(self) -> None:
        self.store.tick(self.deal_id, self.criterion_id, self.checked)


class ObjectionEditCommand(_Done):
    def __init__(self, store: Store, deal_id: int, change: ObjectionChange, text: str) -> None:
        super().__init__(text)
        self.store, self.deal_id, self.change = store, deal_id, change

    def undo(self) -> None:
        self.store.update_objection(self.deal_id, self.change.objection_id, **self.change.before)

    def replay(self) -> None:
        self.store.update_objection(self.deal_id, self.change.objection_id, **self.change.after)


class ObjectionAddCommand(_Done):
    """Undo deletes the objection (keeping its row); redo puts the same row back."""

    def __init__(self, store: Store, deal_id: int, objection_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.deal_id, self.objection_id = store, deal_id, objection_id
        self._row: dict[str, object] = {}

    def undo(self) -> None:
        self._row = self.store.delete_objection(self.deal_id, self.objection_id)

    def replay(self) -> None:
        self.store.restore_objection(self.deal_id, self._row)


class ObjectionDeleteCommand(_Done):
    def __init__(self, store: Store, deal_id: int, row: dict[str, object], text: str) -> None:
        super().__init__(text)
        self.store, self.deal_id, self.row = store, deal_id, row

    def undo(self) -> None:
        self.store.restore_objection(self.deal_id, self.row)

    def replay(self) -> None:
        self.row = self.store.delete_objection(self.deal_id, int(str(self.row["id"])))


class CompleteCommand(_Done):
    def __init__(self, store: Store, activity_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.activity_id = store, activity_id

    def undo(self) -> None:
        self.store.reopen_follow_up(self.activity_id)

    def replay(self) -> None:
        self.store.complete_follow_up(self.activity_id)


class RescheduleCommand(_Done):
    """Snooze and reschedule: undo puts the follow-up back at its old time."""

    def __init__(
        self, store: Store, activity_id: int, before: datetime, after: datetime, text: str
    ) -> None:
        super().__init__(text)
        self.store, self.activity_id, self.before, self.after = store, activity_id, before, after

    def undo(self) -> None:
        self.store.reschedule_follow_up(self.activity_id, self.before)

    def replay(self) -> None:
        self.store.reschedule_follow_up(self.activity_id, self.after)
