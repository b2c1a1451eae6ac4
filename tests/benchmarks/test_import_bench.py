"""CSV import speed at 50,000 rows (issue 6): read + check (plan) and write (apply),
each reported beside a baseline from the same run: the csv module reading the
same file, and plain executemany writing as many bare rows as the import writes.
The ratios say what detection, validation, organizations and history cost."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from salesdesk import bootstrap
from salesdesk.core.io import csvformats, csvimport, csvread
from salesdesk.storage.database import open_database, write_in_own_connection
from tests.benchmarks.test_demo_bench import _baseline as bare_inserts

ROWS = 50_000


def _file(path: Path) -> Path:
    stages = ["Prospecting", "Needs assessment", "Closing", "Won", "Lost"]
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(
            [
                "Deal - ID",
                "Deal - Title",
                "Deal - Value",
                "Deal - Currency",
                "Deal - Stage",
                "Deal - Status",
                "Deal - Organization",
                "Deal - Expected close date",
                "Deal - Deal created",
            ]
        )
        for i in range(ROWS):
            stage = stages[i % 5]
            status = stage.lower() if stage in ("Won", "Lost") else "Open"
            out.writerow(
                [
                    i,
                    f"Deal {i}",
                    f"{i % 9000}.50",
                    "EUR",
                    stage,
                    status,
                    f"Organization {i % 2000}",
                    "2026-12-01",
                    "2026-01-15 10:00:00",
                ]
            )
    return path


def _baseline_read(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == ROWS + 1
    return time.perf_counter() - start


def test_import_50k_rows(tmp_path):
    source = _file(tmp_path / "pipedrive.csv")
    db = open_database(tmp_path / "d.sqlite")
    pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
    pid = pipeline.id or 0

    start = time.perf_counter()
    table = csvread.read(source)
    fmt = csvformats.detect(table.headers)
    options = csvimport.Options(fmt=fmt, mapping=csvformats.guess_mapping(table.headers, fmt))
    with db.sql() as conn:
        plan = csvimport.plan(conn, table, pid, options)
    planned = time.perf_counter() - start
    assert plan.ready and len(plan.deals) == ROWS and not plan.problems

    calls: list[int] = []
    start = time.perf_counter()
    result = write_in_own_connection(
        db, lambda c: csvimport.apply(c, plan, pid, options, progress=lambda d, t: calls.append(d))
    )
    written = time.perf_counter() - start
    with db.sql() as conn:
        rows = sum(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("deal", "stagechange", "importedrecord", "organization")
        )
    db.close()
    assert result.added == ROWS and calls[-1] == ROWS

    base_read = _baseline_read(source)
    base_write = bare_inserts(tmp_path / "b.sqlite", rows)
    print()
    print(f"{'step':>14} {'import s':>9} {'baseline s':>11} {'ratio':>6}")
    print(f"{'read + check':>14} {planned:>9.2f} {base_read:>11.2f} {planned / base_read:>6.1f}")
    print(f"{'write':>14} {written:>9.2f} {base_write:>11.2f} {written / base_write:>6.1f}")
    print(f"  {ROWS:,} rows, {rows:,} database rows written, {len(calls)} progress reports")
    # A rep waits with a progress bar, but not for minutes.
    assert planned + written < 60
