"""Board benchmarks (issue 3), run by `make bench`. Each figure is set beside a
baseline process measured in the same run: Python importing PySide6 and sqlmodel
and showing an empty window. The board starts through the app's own launch path. Prints a table; the asserts are the issue's limits."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salesdesk import bootstrap
from salesdesk.core import demo
from salesdesk.storage.database import open_database

PROBE = Path(__file__).with_name("board_probe.py")
RUNS = 3


def _run(*args: str) -> tuple[float, dict, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A rep's install has its bytecode cached, like the baseline's site-packages;
    # a shell that forbids writing .pyc files would charge every start a recompile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    first = json.loads(proc.stdout.readline())
    elapsed = time.perf_counter() - start
    rest = proc.stdout.read().strip()
    proc.wait(timeout=120)
    return elapsed, first, json.loads(rest) if rest else {}


@pytest.fixture(scope="module")
def databases(tmp_path_factory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("bench")
    out = {}
    for deals in (1_000, 10_000, 100_000):
        data_dir = folder / f"demo{deals}"  # a data folder, as `--data-dir` takes
        data_dir.mkdir()
        path = data_dir / "salesdesk.sqlite"
        db = open_database(path)
        pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
        conn = db.raw()
        demo.generate(conn, pipeline.id, deals, seed=5)
        conn.close()
        db.close()
        out[deals] = data_dir
    return out


def test_board_against_baseline(databases):
    _run("board", str(databases[1_000]))  # warm-up: writes the bytecode caches
    base = [_run("baseline") for _ in range(RUNS)]
    base_s = statistics.median(b[0] for b in base)
    base_mb = statistics.median(b[1]["rss_mb"] for b in base)
    print()
    print(
        f"baseline (PySide6 + sqlmodel, empty window): first paint {base_s * 1000:.0f} ms, RSS {base_mb:.0f} MB"
    )
    print(
        f"{'deals':>8} {'paint ms':>9} {'ratio':>6} {'all read ms':>12} {'RSS +MB':>8}"
        f" {'after use':>9} {'move ms':>8} {'filter ms':>10}"
    )
    results = {}
    for deals, path in databases.items():
        runs = [_run("board", str(path)) for _ in range(RUNS)]
        paint = statistics.median(r[0] for r in runs)
        extra = statistics.median(r[2]["rss_mb"] for r in runs) - base_mb
        used = statistics.median(r[2]["rss_after_use_mb"] for r in runs) - base_mb
        move = statistics.median(r[2]["move_ms"] for r in runs)
        key = statistics.median(r[2]["filter_ms"] for r in runs)
        loaded = statistics.median(r[2]["all_loaded_ms"] for r in runs)
        results[deals] = (paint / base_s, extra, move, key)
        print(
            f"{deals:>8,} {paint * 1000:>9.0f} {paint / base_s:>6.2f} {loaded:>12.0f} {extra:>8.1f}"
            f" {used:>9.1f} {move:>8.2f} {key:>10.2f}"
        )
    ratio10, extra10, move10, key10 = results[10_000]
    assert ratio10 <= 1.3, f"start at 10,000 deals is {ratio10:.2f}x the baseline"
    assert results[100_000][0] <= 2.0, (
        f"start at 100,000 deals is {results[100_000][0]:.2f}x the baseline"
    )
    assert move10 < 4.0 and key10 < 16.0 and extra10 <= 60.0
