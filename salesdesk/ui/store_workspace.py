"""The Store's calls for the deal workspace, the log-a-call dialog and the
objection library (a mixin, to keep store.py small). Reads return plain
dataclasses; writes run one transaction and then emit the Store's signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from salesdesk.core import board, exit_gate

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlmodel import Session

    from salesdesk.core.services.checklists import StageChecklist
    from salesdesk.core.services.contacts import ContactRef
    from salesdesk.core.services.deals import DealEdit
    from salesdesk.core.services.details import DealDetails, TimelineItem
    from salesdesk.core.services.interactions import CallLog, LogResult
    from salesdesk.core.services.objections import LibraryRow, ObjectionChange, ObjectionItem
    from salesdesk.storage.database import Database

T = TypeVar("T")


class WorkspaceCalls:
    db: Database
    dealChanged: SignalInstance
    activityLogged: SignalInstance
    objectionsChanged: SignalInstance
    libraryChanged: SignalInstance
    followUpsChanged: SignalInstance

    def run(self, use_case: Callable[[Session], T]) -> T:  # provided by Store
        raise NotImplementedError

    # --- reads ------------------------------------------------------------------------

    def deal_details(self, deal_id: int) -> DealDetails:
        from salesdesk.core.services import details

        return self.run(lambda s: details.deal_details(s, deal_id))

    def checklists(self, deal_id: int) -> list[StageChecklist]:
        from salesdesk.core.services import checklists

        return self.run(lambda s: checklists.deal_checklists(s, deal_id))

    def objections(self, deal_id: int) -> list[ObjectionItem]:
        from salesdesk.core.services import objections

        return self.run(lambda s: objections.deal_objections(s, deal_id))

    def timeline(self, deal_id: int) -> list[TimelineItem]:
        from salesdesk.core.services import details

        return self.run(lambda s: details.timeline(s, deal_id))

    def contacts(self, organization_id: int | None) -> list[ContactRef]:
        from salesdesk.core.services import contacts

        return self.run(lambda s: contacts.list_contacts(s, organization_id))

    def open_stages(self, pipeline_id: int) -> list[tuple[int, str]]:
        with self.db.sql() as conn:
            columns = board.load_columns(conn, pipeline_id)
        return [(c.id, c.name) for c in columns if c.end_kind is None]

    def organization_names(self) -> list[str]:
        with self.db.sql() as conn:
            return [r[0] for r in conn.execute("SELECT name FROM organization ORDER BY name")]

    def search_library(self, query: str, limit: int = 20) -> list[tuple[int, str, str, str]]:
        """(id, category, text, standard answer) of the best matches."""
        from salesdesk.core.services import objections

        return self.run(
            lambda s: [
                (e.id or 0, e.category, e.text, e.answer)
                for e in objections.search_library(s, query, limit)
            ]
        )

    def library_stats(self) -> list[LibraryRow]:
        from salesdesk.core.services import objections

        return self.run(objections.library_stats)

    def due_follow_ups(self, deal_id: int) -> int:
        """How many follow-ups on the deal are due now (logging a call completes them)."""
        from salesdesk.core.services import interactions
        from salesdesk.core.timeutil import utcnow

        return len(self.run(lambda s: interactions.due_follow_ups(s, deal_id, utcnow())))

    # --- the exit-criteria gate ---------------------------------------------------------

    _exit_policy: str | None = None  # read once: every move asks for it

    def exit_policy(self) -> str:
        if self._exit_policy is None:
            with self.db.sql() as conn:
                self._exit_policy = exit_gate.policy(conn)
        return self._exit_policy

    def set_exit_policy(self, value: str) -> None:
        with self.db.sql(write=True) as conn:
            exit_gate.set_policy(conn, value)
        self._exit_policy = value

    def unmet_on_move(self, deal_ids: list[int], stage_id: int) -> list[exit_gate.Unmet]:
        with self.db.sql() as conn:
            return exit_gate.unmet_on_move(conn, deal_ids, stage_id)

    # --- writes -----------------------------------------------------------------------

    def set_contact(self, deal_id: int, name: str) -> DealEdit:
        """Links the deal to a contact by name (created when new); blank unlinks."""
        from salesdesk.core.services import contacts

        edit = self.run(lambda s: contacts.link_contact(s, deal_id, name))
        self.dealChanged.emit(deal_id)
        return edit

    def answer(self, deal_id: int, question_id: int, text: str) -> str:
        """Saves an answer; returns the previous one."""
        from salesdesk.core.services import checklists

        previous = self.run(lambda s: checklists.answer_question(s, deal_id, question_id, text))
        self.dealChanged.emit(deal_id)
        return previous

    def tick(self, deal_id: int, criterion_id: int, checked: bool) -> bool:
        from salesdesk.core.services import checklists

        before = self.run(lambda s: checklists.tick_criterion(s, deal_id, criterion_id, checked))
        self.dealChanged.emit(deal_id)
        return before

    def add_objection(self, deal_id: int, text: str, **options: Any) -> int:
        from salesdesk.core.services import objections

        ident = self.run(lambda s: objections.add_objection(s, deal_id, text, **options).id)
        self.objectionsChanged.emit(deal_id)
        if options.get("save_to_library"):
            self.libraryChanged.emit()
        return ident or 0

    def update_objection(self, deal_id: int, objection_id: int, **changes: Any) -> ObjectionChange:
        from salesdesk.core.services import objections

        change = self.run(lambda s: objections.update_objection(s, objection_id, **changes))
        self.objectionsChanged.emit(deal_id)
        return change

    def delete_objection(self, deal_id: int, objection_id: int) -> dict[str, object]:
        from salesdesk.core.services import objections

        row = self.run(lambda s: objections.delete_objection(s, objection_id))
        self.objectionsChanged.emit(deal_id)
        return row

    def restore_objection(self, deal_id: int, row: dict[str, object]) -> None:
        from salesdesk.core.services import objections

        self.run(lambda s: objections.restore_objection(s, row))
        self.objectionsChanged.emit(deal_id)

    def add_library_entry(self, category: str, text: str, answer: str, language: str) -> int:
        from salesdesk.core.services import objections

        ident = self.run(
            lambda s: objections.add_library_entry(s, category, text, answer, language).id
        )
        self.libraryChanged.emit()
        return ident or 0

    def update_library_entry(
        self, entry_id: int, category: str, text: str, answer: str
    ) -> dict[str, str]:
        from salesdesk.core.services import objections

        before = self.run(
            lambda s: objections.update_library_entry(
                s, entry_id, category=category, text=text, answer=answer
            )
        )
        self.libraryChanged.emit()
        return before

    def delete_library_entry(self, entry_id: int) -> None:
        from salesdesk.core.services import objections

        self.run(lambda s: objections.delete_library_entry(s, entry_id))
        self.libraryChanged.emit()

    def log_interaction(self, deal_id: int, entry: CallLog) -> LogResult:
        from salesdesk.core.services import interactions

        result = self.run(lambda s: interactions.log_interaction(s, deal_id, entry))
        self.activityLogged.emit(deal_id)
        self.followUpsChanged.emit(deal_id)
        if entry.objections:
            self.objectionsChanged.emit(deal_id)
            if any(o.save_to_library for o in entry.objections):
                self.libraryChanged.emit()
        self.dealChanged.emit(deal_id)  # answers, next follow-up: the card shows both
        return result
