"""Undoable actions. Each command is pushed after its first run succeeded, so a
failed action never lands on the undo stack; redo replays it through the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from salesdesk.ui.store import Store

if TYPE_CHECKING:
    from salesdesk.core.services.deals import DealEdit, DealSnapshot, MoveResult


class _Done(QUndoCommand):
    """QUndoStack.push() calls redo(); the action has already run by then."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
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
