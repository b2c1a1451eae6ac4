"""The Store's calls for follow-ups: complete, reopen, snooze and reschedule, and
the reminders' cheap check for what fell due (a mixin, as store_workspace.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from salesdesk.core.timeutil import from_storage, to_storage

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlmodel import Session

    from salesdesk.storage.database import Database

T = TypeVar("T")


class FollowUpCalls:
    db: Database
    dealChanged: SignalInstance
    followUpsChanged: SignalInstance

    def run(self, use_case: Callable[[Session], T]) -> T:  # provided by Store
        raise NotImplementedError

    def _changed(self, deal_id: int) -> None:
        self.followUpsChanged.emit(deal_id)
        self.dealChanged.emit(deal_id)  # the card shows the next follow-up

    def complete_follow_up(self, activity_id: int) -> int:
        """Marks it done; returns the deal's id."""
        from salesdesk.core.services import activities

        deal_id = self.run(lambda s: activities.complete_follow_up(s, activity_id).deal_id)
        self._changed(deal_id)
        return deal_id

    def reopen_follow_up(self, activity_id: int) -> int:
        from salesdesk.core.services import activities

        deal_id = self.run(lambda s: activities.reopen_follow_up(s, activity_id).deal_id)
        self._changed(deal_id)
        return deal_id

    def reschedule_follow_up(self, activity_id: int, due: datetime) -> tuple[int, datetime]:
        """Moves it to `due`; returns the deal's id and the time it had, for undo."""
        from salesdesk.core.models import Activity
        from salesdesk.core.services import activities
        from salesdesk.core.services._common import get

        def use_case(s: Session) -> tuple[int, datetime]:
            before = activities.reschedule_follow_up(s, activity_id, due)
            return get(s, Activity, activity_id, "follow-up").deal_id, before

        deal_id, before = self.run(use_case)
        self._changed(deal_id)
        return deal_id, before

    def falling_due(
        self, after: datetime, until: datetime
    ) -> list[tuple[int, int, str, str, datetime]]:
        """Open follow-ups of open deals that fall due in (after, until]: (activity,
        deal, deal title, text, due). One indexed range read, cheap every half minute."""
        with self.db.sql() as conn:
            rows = conn.execute(
                "SELECT a.id, d.id, d.title, a.text, a.due_at FROM activity a "
                "JOIN deal d ON d.id = a.deal_id "
                "WHERE a.due_at > ? AND a.due_at <= ? AND a.done_at IS NULL AND d.status = 'open' "
                "ORDER BY a.due_at",
                (to_storage(after), to_storage(until)),
            ).fetchall()
        return [(a, d, title, text, from_storage(due)) for a, d, title, text, due in rows]

    def overdue_count(self, now: datetime) -> int:
        with self.db.sql() as conn:
            row = conn.execute(
                "SELECT count(*) FROM activity a JOIN deal d ON d.id = a.deal_id "
                "WHERE a.due_at IS NOT NULL AND a.due_at < ? AND a.done_at IS NULL "
                "AND d.status = 'open'",
                (to_storage(now),),
            ).fetchone()
        return int(row[0])
