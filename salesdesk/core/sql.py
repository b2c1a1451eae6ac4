"""Plain SQL for the hot paths. Board reads and moves take a DB-API connection
(sqlite3) rather than a Session: a statement through SQLAlchemy costs ~0.2 ms of
Python, and a drop runs several. ORM callers pass `dbapi(session)`, which shares
the session's connection and so its transaction."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlmodel import Session


def dbapi(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under `session`, inside the session's transaction."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def scalar(conn: sqlite3.Connection, sql: str, params: dict[str, Any] | None = None) -> Any:
    row = conn.execute(sql, params or {}).fetchone()
    return row[0] if row else None
