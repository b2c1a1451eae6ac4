"""Demo generation speed: 100,000 deals must take under a minute (issue 2).

Run with `make bench`; prints a table. Not a timed unit test: the figure is
reported beside a baseline measured in the same run (writing the same number of
bare rows with plain sqlite3), so the ratio says what the realism costs."""

from __future__ import annotations

import sqlite3
import time

from salesdesk import bootstrap
from salesdesk.core import demo
from salesdesk.storage.database import open_database


def _baseline(path, rows: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT, c TEXT, d REAL)")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?)",
            ((i, "title", "2026-01-01", 1.0) for i in range(rows)),
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def test_demo_generation(tmp_path):
    print()
    print(f"{'deals':>8} {'rows':>10} {'demo s':>8} {'baseline s':>11} {'ratio':>6}")
    for deals in (1_000, 10_000, 100_000):
        db = open_database(tmp_path / f"d{deals}.sqlite")
        pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
        conn = db.raw()
        start = time.perf_counter()
        demo.generate(conn, pipeline.id, deals, seed=3)
        elapsed = time.perf_counter() - start
        rows = sum(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "deal",
                "stagechange",
                "activity",
                "dealanswer",
                "dealcriterion",
                "dealobjection",
            )
        )
        conn.close()
        db.close()
        base = _baseline(tmp_path / f"b{deals}.sqlite", rows)
        print(f"{deals:>8,} {rows:>10,} {elapsed:>8.2f} {base:>11.2f} {elapsed / base:>6.1f}")
        if deals == 100_000:
            assert elapsed < 60, f"100,000 demo deals took {elapsed:.1f} s"
