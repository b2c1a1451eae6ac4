"""The Store's calls for the deals table: bulk changes to many deals in one
transaction (a mixin, as store_workspace.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlmodel import Session

    from salesdesk.storage.database import Database

T = TypeVar("T")


class TableCalls:
    db: Database
    dealChanged: SignalInstance

    def run(self, use_case: Callable[[Session], T]) -> T:  # provided by Store
        raise NotImplementedError
