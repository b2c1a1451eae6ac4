"""Open the rep's database: refuse what is not ours or is too new, back up,
migrate, and hand out one short transaction per service call."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from salesdesk.core.errors import translatable
from salesdesk.storage.backup import backup_database, backup_name
from salesdesk.storage.errors import (
    CorruptError,
    NewerVersionError,
    NotADatabaseError,
    StorageError,
    classify,
)
from salesdesk.storage.schema import HEAD, REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks a file as ours ("SDK1"), so another program's
# SQLite file is refused instead of being migrated into a SalesDesk database.
APPLICATION_ID = 0x53444B31


def head_revision() -> str:
    return HEAD


def known_revisions() -> set[str]:
    return set(REVISIONS)


def is_blank(path: Path) -> bool:
    """No file, or an empty one: SQLite reads both as a new, empty database."""
    return not path.exists() or path.stat().st_size == 0


def check_header(path: Path) -> None:
    """Refuses a file that is not SQLite at all, before SQLite touches it."""
    if is_blank(path):
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise NotADatabaseError(
                translatable("{path} is not a SalesDesk database."), path=str(path)
            )


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (pysqlite's implicit transactions get
    # SAVEPOINT and DDL wrong); see SQLAlchemy's "Serializable isolation" recipe.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 5000")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":
        # SQLite stays in its old mode when it cannot create the -wal file: the
        # folder is read-only, and every later write would fail.
        cur.close()
        raise sqlite3.OperationalError("attempt to write a readonly database (no WAL)")
    cur.execute("PRAGMA synchronous = FULL")  # a committed move survives a dead battery
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def make_engine(path: Path) -> Engine:
    # SQLAlchemy and SQLModel (~0.4 s of imports) load with the first ORM use,
    # after the board is on screen; the board itself reads with plain sqlite3.
    from sqlalchemy import event
    from sqlmodel import create_engine

    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


class Database:
    """The rep's database. Services get ORM sessions (`transaction`); the board's
    hot paths (first paint, moves) get plain SQL on one sqlite3 connection (`sql`):
    no SQLAlchemy round trip per statement, and the window opens before the
    SQLAlchemy engine (and its SQLite dialect, ~25 ms to import) even exists."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._conn: sqlite3.Connection | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path)
        return self._engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error, and turns
        environment failures (disk full, read-only, ...) into StorageError."""
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
                session.commit()
        except DBAPIError as exc:
            raise self._classified(exc) from exc
        except sqlite3.Error as exc:
            raise self._classified(exc) from exc

    @contextmanager
    def sql(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction in plain SQL: commits on success, rolls back on any error.
        A write takes the write lock at BEGIN, so it never fails halfway on a lock."""
        with self._unit(self.connection, write) as conn:
            yield conn

    @contextmanager
    def _unit(
        self, connect: Callable[[], sqlite3.Connection], write: bool, close: bool = False
    ) -> Iterator[sqlite3.Connection]:
        """BEGIN on `connect()`'s connection; COMMIT or ROLLBACK; SQLite's errors
        turned into StorageError; the connection closed after when `close`."""
        conn: sqlite3.Connection | None = None
        try:
            conn = connect()
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise self._classified(exc) from exc
        finally:
            if close and conn is not None:
                conn.close()

    def connection(self) -> sqlite3.Connection:
        """The shared plain connection behind `sql` (autocommit; pragmas set)."""
        if self._conn is None:
            self._conn = self._open(check_same_thread=False)
        return self._conn

    def _classified(self, exc: BaseException) -> BaseException:
        return classify(exc, self.path) or exc

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same pragmas, for bulk writers."""
        return self._open(check_same_thread=True)

    def _open(self, check_same_thread: bool) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=check_same_thread)
        try:
            _on_connect(conn, None)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._engine is not None:
            self._engine.dispose()
            # A later use makes a new engine (and reads the connect hook anew).
            self._engine = None


@dataclass(frozen=True)
class FileState:
    """What a database file says about itself, read without writing a byte."""

    application_id: int
    tables: frozenset[str]
    revision: str | None

    @property
    def is_ours(self) -> bool:
        if self.application_id == APPLICATION_ID:
            return True
        # Id 0 with no tables is a new or empty file, ready to become ours.
        return self.application_id == 0 and not self.tables

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in known_revisions()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Reads without creating anything: with no -wal file beside it, every byte is
    in the main file and `immutable` keeps SQLite from making -wal/-shm files."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def inspect_file(path: Path) -> FileState:
    """Reads the application id, tables and schema revision with mode=ro, so a
    file that turns out not to be ours is left exactly as it was."""
    conn = read_only_connection(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = frozenset(
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return FileState(app_id, tables, revision)
    finally:
        conn.close()


def _refuse_if_not_usable(path: Path) -> str | None:
    """Raises for a file that is not ours or too new; returns its revision."""
    if is_blank(path):
        return None
    state = inspect_file(path)
    if not state.is_ours:
        raise NotADatabaseError(translatable("{path} is not a SalesDesk database."), path=str(path))
    if state.is_newer:
        raise NewerVersionError(
            translatable("{path} was written by a newer version of SalesDesk (schema {revision})."),
            path=str(path),
            revision=state.revision,
        )
    if state.revision is not None and state.revision != head_revision():
        _refuse_if_damaged(path)  # before the migration writes to it or backs it up
    return state.revision


def _refuse_if_damaged(path: Path) -> None:
    """quick_check, read-only: a damaged file must be reported as it is, not
    migrated (a write) and then found out by the first read of the board."""
    conn = read_only_connection(path)
    try:
        verdict = [r[0] for r in conn.execute("PRAGMA quick_check(1)")]
    finally:
        conn.close()
    if verdict != ["ok"]:
        raise CorruptError(translatable("The database file is damaged. ({path})"), path=str(path))


def _create_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # An empty file is a valid empty SQLite database; creating it here sets 0600,
    # and SQLite gives the -wal and -shm files the same permissions.
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def open_database(path: Path, backups: Path | None = None) -> Database:
    """Opens (creating if needed) and migrates the database at `path`.

    Raises StorageError subclasses for files that are not ours, from a newer
    version, damaged, read-only or on a full disk; the file is never modified then.
    """
    check_header(path)
    try:
        revision = _refuse_if_not_usable(path)
        if not path.exists():
            _create_file(path)
        db = Database(path)
        try:
            _probe_write(db.connection())  # fail now, not at the rep's first save
            if revision != head_revision():
                if revision is not None and backups is not None:
                    target = backups / backup_name(f"before-migration-{revision}")
                    backup_database(path, target)
                    log.info("backed up before migrating to %s", target)
                _upgrade(db.engine)
        except BaseException:
            db.close()
            raise
    except StorageError:
        raise
    except Exception as exc:  # SQLAlchemy's wrapped errors included (see classify)
        classified = classify(exc, path)
        if classified is None:
            raise
        raise classified from exc
    return db


def _probe_write(conn: sqlite3.Connection) -> None:
    """A write that is rolled back: SQLite opens a file it may not write (a
    read-only or immutable file) read-only without a word, and only a write
    tells. Nothing reaches the file."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _upgrade(engine: Engine) -> None:
    # Alembic costs ~150 ms to import: it is loaded only when there is work for it.
    from salesdesk.storage.migrate import upgrade

    # The mark goes first, in its own commit: a process killed during the first
    # migration then leaves a marked file that the next start migrates, never
    # a migrated file without the mark, which would be refused as not ours.
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade(engine)


def write_in_own_connection(db: Database, work: Callable[[sqlite3.Connection], T]) -> T:
    """Runs `work` in one IMMEDIATE transaction on a connection of its own: all or
    nothing, and safe from a worker thread while the window keeps reading
    (WAL: readers see the old state until the commit). Long imports use it."""
    with db._unit(db.raw, write=True, close=True) as conn:
        return work(conn)
