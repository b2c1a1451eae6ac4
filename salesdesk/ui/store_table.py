"""The Store's calls for the deals table: one change to many deals in one
transaction, all or none (a mixin, as store_workspace.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlmodel import Session

    from salesdesk.core.deal_table import Row
    from salesdesk.core.services.deals import DealEdit
    from salesdesk.core.services.moves import MoveResult
    from salesdesk.storage.database import Database

T = TypeVar("T")


class TableCalls:
    db: Database
    dealChanged: SignalInstance

    def run(self, use_case: Callable[[Session], T]) -> T:  # provided by Store
        raise NotImplementedError

    def _announce(self, moves: list[MoveResult]) -> None:  # provided by Store
        raise NotImplementedError

    def table_row(self, deal_id: int) -> Row | None:
        """One deal as the table shows it (None once deleted)."""
        from salesdesk.core import deal_table

        with self.db.sql() as conn:
            return deal_table.load_row(conn, deal_id)

    def edit_deals(self, deal_ids: list[int], **changes: Any) -> list[DealEdit]:
        """The same fields changed on every deal; returns the edits, for undo."""
        from salesdesk.core.services import deals

        edits = self.run(lambda s: [deals.edit_deal(s, i, **changes) for i in deal_ids])
        for edit in edits:
            self.dealChanged.emit(edit.deal_id)
        return edits

    def undo_edits(self, edits: list[DealEdit], redo: bool = False) -> None:
        """Puts every edited field back (or forward again with `redo`)."""
        from salesdesk.core.services import deals

        def apply(session: Session) -> None:
            for edit in edits:
                deals.edit_deal(session, edit.deal_id, **(edit.after if redo else edit.before))

        self.run(apply)
        for edit in edits:
            self.dealChanged.emit(edit.deal_id)

    def reopen_deals(self, deal_ids: list[int]) -> list[MoveResult]:
        """Won or lost deals back on the board, each in the last open stage it was in."""
        from salesdesk.core.services import deals

        moves = self.run(lambda s: [deals.reopen_deal(s, i) for i in deal_ids])
        self._announce(moves)
        return moves
