"""`salesdesk check`: a read-only look at a database file. It never writes: the
file is opened with SQLite's mode=ro, so not even a WAL checkpoint happens."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

from salesdesk.storage.database import SQLITE_HEADER, inspect_file, read_only_connection


class Verdict(IntEnum):
    """Also the exit code of `salesdesk check`."""

    OK = 0
    DAMAGED = 1
    UNUSABLE = 2  # missing, not a database, not ours, or from a newer version


@dataclass
class CheckReport:
    path: Path
    verdict: Verdict = Verdict.OK
    lines: list[str] = field(default_factory=list)
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def fail(self, verdict: Verdict, line: str) -> CheckReport:
        self.verdict = max(self.verdict, verdict)
        self.lines.append(line)
        return self


def check_database(path: Path) -> CheckReport:
    report = CheckReport(path)
    if not path.is_file():
        return report.fail(Verdict.UNUSABLE, f"No database at {path}.")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            return report.fail(Verdict.UNUSABLE, f"{path} is not a SQLite database.")
    try:
        state = inspect_file(path)
        conn = read_only_connection(path)
    except sqlite3.DatabaseError as exc:
        return report.fail(Verdict.DAMAGED, f"The database is damaged: {exc}.")
    except sqlite3.Error as exc:
        return report.fail(Verdict.UNUSABLE, f"{path} cannot be opened: {exc}.")
    if state.application_id == 0 or not state.is_ours or state.revision is None:
        conn.close()
        return report.fail(Verdict.UNUSABLE, f"{path} is not a SalesDesk database.")
    report.revision = state.revision
    if state.is_newer:
        conn.close()
        return report.fail(
            Verdict.UNUSABLE,
            f"Schema {state.revision} is from a newer version of SalesDesk; this version cannot use it.",
        )
    try:
        return _inspect(conn, report)
    except sqlite3.DatabaseError as exc:
        return report.fail(Verdict.DAMAGED, f"The database is damaged: {exc}.")
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection, report: CheckReport) -> CheckReport:
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        for problem in problems[:20]:
            report.fail(Verdict.DAMAGED, f"integrity: {problem}")
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        report.fail(Verdict.DAMAGED, f"{len(broken)} rows point at rows that no longer exist.")
    for table in (
        "pipeline",
        "stage",
        "deal",
        "activity",
        "stagechange",
        "organization",
        "contact",
    ):
        report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    if report.verdict == Verdict.OK:
        report.lines.append("Integrity check passed.")
    return report
