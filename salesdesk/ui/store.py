"""The UI-side facade: widgets call services only through here. Each call runs one
transaction and then emits signals, so every view that cares updates itself
incrementally (DESIGN.md: one way for data to flow)."""

from __future__ import annotations

import types
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy import text
from sqlmodel import Session

from salesdesk.core import board
from salesdesk.storage.database import Database

if TYPE_CHECKING:
    from salesdesk.core.services import deals

T = TypeVar("T")


def _deals() -> types.ModuleType:
    """The deal services, imported on first use: the window opens without the
    ORM models (see Store.warm_up)."""
    from salesdesk.core.services import deals

    return deals


class Store(QObject):
    pipelineChanged = Signal(int)  # pipeline id
    dealAdded = Signal(int)  # deal id
    dealChanged = Signal(int)  # deal id: fields changed, same stage
    dealMoved = Signal(int, int, int)  # deal id, from stage, to stage
    dealRemoved = Signal(int, int)  # deal id, stage it was in
    dataChanged = Signal()  # anything else (a bulk change): views reload

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def run(self, use_case: Callable[[Session], T]) -> T:
        """Runs one use case in one transaction; errors propagate to the caller."""
        with self.db.transaction() as session:
            return use_case(session)

    # --- reads ---------------------------------------------------------------------

    def current_pipeline(self) -> board.PipelineRef | None:
        return self.run(board.current_pipeline)

    def load_board_head(
        self, pipeline_id: int, rows: int
    ) -> tuple[list[board.StageColumn], dict[int, list[board.Card]], dict[int, board.StageFigures]]:
        """Columns, each column's first `rows` cards, and every column's figures."""

        def read(
            s: Session,
        ) -> tuple[
            list[board.StageColumn], dict[int, list[board.Card]], dict[int, board.StageFigures]
        ]:
            columns = board.load_columns(s, pipeline_id)
            heads = {
                c.id: board.load_column_head(s, pipeline_id, c.id, rows)
                for c in columns
                if c.end_kind is None
            }
            return columns, heads, board.stage_figures(s, pipeline_id)

        return self.run(read)

    def load_board_page(
        self, pipeline_id: int, after: board.Cursor | None, rows: int
    ) -> list[board.Card]:
        return self.run(lambda s: board.load_cards_after(s, pipeline_id, after, rows))

    def card(self, deal_id: int) -> board.Card | None:
        return self.run(lambda s: board.load_card(s, deal_id))

    def lost_reasons(self) -> list[str]:
        return self.run(
            lambda s: [
                r[0]
                for r in s.connection().execute(
                    text("SELECT text FROM lostreason ORDER BY position")
                )
            ]
        )

    @staticmethod
    def warm_up() -> None:
        """Imports the models and services (about 60 ms of SQLModel class building)
        once the board is on screen, so the first edit does not pay for it."""
        from salesdesk.core.services import deals  # noqa: F401

    # --- writes ----------------------------------------------------------------------

    def organization_id(self, name: str) -> int | None:
        """The organization with this name, created when new; None for a blank name."""
        if not name.strip():
            return None
        return self.run(lambda s: _deals().organization_by_name(s, name).id)

    def create_deal(
        self,
        pipeline_id: int,
        stage_id: int,
        title: str,
        *,
        value_minor: int = 0,
        currency: str = "EUR",
        organization_name: str | None = None,
        expected_close: date | None = None,
    ) -> int:
        deal = self.run(
            lambda s: _deals().create_deal(
                s,
                pipeline_id=pipeline_id,
                stage_id=stage_id,
                title=title,
                value_minor=value_minor,
                currency=currency,
                organization_name=organization_name,
                expected_close=expected_close,
            )
        )
        self.dealAdded.emit(deal.id)
        return deal.id or 0

    def edit_deal(self, deal_id: int, **changes: Any) -> deals.DealEdit:
        edit = self.run(lambda s: _deals().edit_deal(s, deal_id, **changes))
        self.dealChanged.emit(deal_id)
        return edit

    def move_deals(
        self,
        deal_ids: list[int],
        stage_id: int,
        before_id: int | None = None,
        lost_reason: str | None = None,
    ) -> list[deals.MoveResult]:
        moves = self.run(
            lambda s: _deals().move_deals(
                s, deal_ids, stage_id, before_id=before_id, lost_reason=lost_reason
            )
        )
        self._announce(moves)
        return moves

    def undo_moves(self, moves: list[deals.MoveResult]) -> list[deals.MoveResult]:
        """Puts every deal back (last moved first); returns the moves that redo them."""
        inverses = self.run(lambda s: [_deals().undo_move(s, m) for m in reversed(moves)])
        self._announce(inverses)
        return inverses

    def delete_deals(self, deal_ids: list[int]) -> list[deals.DealSnapshot]:
        snapshots = self.run(lambda s: [_deals().delete_deal(s, i) for i in deal_ids])
        for snap in snapshots:
            self.dealRemoved.emit(snap.deal["id"], snap.deal["stage_id"])
        return snapshots

    def restore_deals(self, snapshots: list[deals.DealSnapshot]) -> None:
        self.run(lambda s: [_deals().restore_deal(s, snap) for snap in snapshots])
        for snap in snapshots:
            self.dealAdded.emit(snap.deal["id"])

    def _announce(self, moves: list[deals.MoveResult]) -> None:
        for move in moves:
            self.dealMoved.emit(move.deal_id, move.from_stage_id, move.to_stage_id)
