"""The Store's calls for organizations and contacts: lists, details, create, edit
and merge (a mixin, as store_workspace.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlmodel import Session

    from salesdesk.storage.database import Database

T = TypeVar("T")


class PeopleCalls:
    db: Database
    peopleChanged: SignalInstance  # organizations or contacts created, edited or merged

    def run(self, use_case: Callable[[Session], T]) -> T:  # provided by Store
        raise NotImplementedError
