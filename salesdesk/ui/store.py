"""The UI-side facade: widgets call services only through here. Each call runs one
transaction and then emits signals, so every view that cares updates itself
incrementally (DESIGN.md: one way for data to flow)."""

from __future__ import annotations

import threading
import types
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from salesdesk.core import board
from salesdesk.core.services import moves as move_service
from salesdesk.storage.database import Database
from salesdesk.ui.store_followups import FollowUpCalls
from salesdesk.ui.store_people import PeopleCalls
from salesdesk.ui.store_table import TableCalls
from salesdesk.ui.store_workspace import WorkspaceCalls

if TYPE_CHECKING:
    from sqlmodel import Session

    from salesdesk.core.services import deals
    from salesdesk.core.services.moves import MoveResult

T = TypeVar("T")


def _deals() -> types.ModuleType:
    """The deal services, imported on first use: the window opens without the
    ORM models (see Store.warm_up)."""
    from salesdesk.core.services import deals

    return deals


class Store(WorkspaceCalls, FollowUpCalls, PeopleCalls, TableCalls, QObject):
    pipelineChanged = Signal(int)  # pipeline id
    dealAdded = Signal(int)  # deal id
    dealChanged = Signal(int)  # deal id: fields changed, same stage
    dealMoved = Signal(int, int, int)  # deal id, from stage, to stage
    dealRemoved = Signal(int, int)  # deal id, stage it was in
    dataChanged = Signal()  # anything else (a bulk change): views reload
    activityLogged = Signal(int)  # deal id
    objectionsChanged = Signal(int)  # deal id
    libraryChanged = Signal()  # the objection library
    followUpsChanged = Signal(int)  # deal id: a follow-up done, reopened or moved
    targetsChanged = Signal()  # the monthly forecast targets
    peopleChanged = Signal()  # organizations or contacts created, edited or merged

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # Cards read in a move's own transaction, handed to the views that ask next.
        self._fresh: dict[int, board.Card | None] = {}

    def run(self, use_case: Callable[[Session], T]) -> T:
        """Runs one use case in one transaction; errors propagate to the caller."""
        with self.db.transaction() as session:
            return use_case(session)

    def replace_database(self, db: Database) -> None:
        """After a restore: every later call goes to `db`. The caller reloads the
        views (the pipelines may differ), so no signal is emitted here."""
        old, self.db = self.db, db
        self._fresh = {}
        if old is not db:
            old.close()

    # --- reads ---------------------------------------------------------------------

    def current_pipeline(self) -> board.PipelineRef | None:
        with self.db.sql() as conn:
            return board.current_pipeline(conn)

    def load_board_head(
        self, pipeline_id: int, rows: int
    ) -> tuple[list[board.StageColumn], dict[int, list[board.Card]], dict[int, board.StageFigures]]:
        """Columns, each column's first `rows` cards, and every column's figures."""
        with self.db.sql() as conn:
            columns = board.load_columns(conn, pipeline_id)
            heads = {
                c.id: board.load_column_head(conn, pipeline_id, c.id, rows)
                for c in columns
                if c.end_kind is None
            }
            return columns, heads, board.stage_figures(conn, pipeline_id)

    def load_board_page(
        self, pipeline_id: int, after: board.Cursor | None, rows: int
    ) -> list[board.Card]:
        with self.db.sql() as conn:
            return board.load_cards_after(conn, pipeline_id, after, rows)

    def card(self, deal_id: int) -> board.Card | None:
        if deal_id in self._fresh:
            return self._fresh.pop(deal_id)
        with self.db.sql() as conn:
            return board.load_card(conn, deal_id)

    def pipelines(self) -> list[tuple[int, str]]:
        """(id, name) of every pipeline, in creation order. Plain SQL: menus are built
        before the ORM is loaded (the window opens first)."""
        with self.db.sql() as conn:
            return [
                (int(i), str(n))
                for i, n in conn.execute("SELECT id, name FROM pipeline ORDER BY id")
            ]

    def set_forecast_target(self, currency: str, minor: int | None) -> int | None:
        """The monthly forecast target in `currency` (None or 0 removes it); returns
        the previous one. ValidationError for an unknown currency or a bad amount."""
        from salesdesk.core.metrics import targets

        previous = self.run(lambda s: targets.set_target(s, currency, minor))
        self.targetsChanged.emit()
        return previous

    def lost_reasons(self) -> list[str]:
        with self.db.sql() as conn:
            return [r[0] for r in conn.execute("SELECT text FROM lostreason ORDER BY position")]

    @staticmethod
    def warm_up() -> None:
        """Imports SQLAlchemy, SQLModel, the models and services (~0.4 s) so the
        first edit does not pay for them; the board opens without any of them."""
        import sqlalchemy.dialects.sqlite  # noqa: F401  (the engine's dialect)

        from salesdesk.core.services import deals  # noqa: F401

    @staticmethod
    def warm_up_in_background() -> threading.Thread:
        """The same imports on a worker thread: pure Python with no Qt, and the
        window keeps answering meanwhile (a module the window needs first is
        simply waited for by Python's import lock)."""
        thread = threading.Thread(target=Store.warm_up, name="warm-up", daemon=True)
        thread.start()
        return thread

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
    ) -> list[MoveResult]:
        with self.db.sql(write=True) as conn:
            moves = move_service.move_deals(
                conn, deal_ids, stage_id, before_id=before_id, lost_reason=lost_reason
            )
            # The board re-reads each moved card: read them here, in the same transaction.
            fresh = {m.deal_id: board.load_card(conn, m.deal_id) for m in moves}
        self._fresh = fresh
        try:
            self._announce(moves)
        finally:
            self._fresh = {}
        return moves

    def undo_moves(self, moves: list[MoveResult]) -> list[MoveResult]:
        """Puts every deal back (last moved first); returns the moves that redo them."""
        inverses = self.run(lambda s: [_deals().undo_move(s, m) for m in reversed(moves)])
        self._announce(inverses)
        return inverses

    def reopen_deal(self, deal_id: int) -> list[MoveResult]:
        """Back on the board, in the last open stage it was in."""
        return self.reopen_deals([deal_id])

    def delete_deals(self, deal_ids: list[int]) -> list[deals.DealSnapshot]:
        snapshots = self.run(lambda s: [_deals().delete_deal(s, i) for i in deal_ids])
        for snap in snapshots:
            self.dealRemoved.emit(snap.deal["id"], snap.deal["stage_id"])
        return snapshots

    def restore_deals(self, snapshots: list[deals.DealSnapshot]) -> None:
        self.run(lambda s: [_deals().restore_deal(s, snap) for snap in snapshots])
        for snap in snapshots:
            self.dealAdded.emit(snap.deal["id"])

    def _announce(self, moves: list[MoveResult]) -> None:
        for move in moves:
            self.dealMoved.emit(move.deal_id, move.from_stage_id, move.to_stage_id)
