"""Insights benchmark (issue 8: the page renders for 10,000 deals in under a second),
run by `make bench`. A child process (insights_probe.py) starts SalesDesk the app's
own way, lets the board settle, then times View ▸ Insights from the trigger until
`loaded` and the charts on screen have painted (QtCharts imported on that first
use), a period change ("This year" -> "All time") likewise, and the RSS it adds.

Baseline, from the same child in the same run: View ▸ Today until its list has
painted. It is the sibling page a rep opens the same way, and like Insights it
reads the database on a worker thread and then draws, so the ratio says what the
figures and charts cost over a page already accepted as quick at the same data
size and machine load. (A page of empty chart views would time widget creation
only, not what the rep waits for.) Medians of 3 runs; 100,000 deals run once and
are reported, not asserted: demo generation and two 100k reads take ~75 s here."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from salesdesk import bootstrap
from salesdesk.core import demo
from salesdesk.storage.database import open_database

PROBE = Path(__file__).with_name("insights_probe.py")
SIZES = {1_000: 3, 10_000: 3, 100_000: 1}  # deals: runs
LIMIT_MS = 1000.0  # the issue's: first show and a period change, at 10,000 deals


def _run(data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A rep's install has its bytecode cached; a shell that forbids writing .pyc
    # files would charge the first show a recompile of the Insights modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        [sys.executable, str(PROBE), "insights", str(data_dir)],
        capture_output=True,  # stderr too: Qt's offscreen notes would break the table
        text=True,
        env=env,
        timeout=180,
    )
    assert proc.returncode == 0, f"the probe failed:\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("insights-bench")
    out = {}
    for deals in SIZES:
        data_dir = folder / f"demo{deals}"  # a data folder, as `--data-dir` takes
        data_dir.mkdir()
        db = open_database(data_dir / "salesdesk.sqlite")
        pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
        conn = db.raw()
        assert pipeline.id is not None
        demo.generate(conn, pipeline.id, deals, seed=5)
        conn.close()
        db.close()
        out[deals] = data_dir
    return out


def test_insights_against_today(databases: dict[int, Path]) -> None:
    _run(databases[1_000])  # warm-up: writes the bytecode caches
    print()
    print(
        f"{'deals':>8} {'runs':>4} {'Today ms':>9} {'Insights ms':>12} {'ratio':>6}"
        f" {'built ms':>9} {'loaded ms':>10} {'period ms':>10} {'ratio':>6}"
        f" {'RSS +MB':>8} {'after period':>13}"
    )
    results = {}
    for deals, runs in SIZES.items():
        got = [_run(databases[deals]) for _ in range(runs)]
        for figures in got:  # the charts drew every deal, and a paint was waited for
            assert figures["deals_all_time"] == deals
            assert figures["charts_on_screen"] >= 1

        def median(key: str, got: list[dict[str, float]] = got) -> float:
            return statistics.median(g[key] for g in got)

        today, first, change = median("today_ms"), median("first_ms"), median("change_ms")
        grown = statistics.median(g["rss_after_mb"] - g["rss_before_mb"] for g in got)
        grown_end = statistics.median(g["rss_end_mb"] - g["rss_before_mb"] for g in got)
        results[deals] = (first, change)
        print(
            f"{deals:>8,} {runs:>4} {today:>9.0f} {first:>12.0f} {first / today:>6.2f}"
            f" {median('built_ms'):>9.0f} {median('first_loaded_ms'):>10.0f}"
            f" {change:>10.0f} {change / today:>6.2f} {grown:>8.1f} {grown_end:>13.1f}"
        )
    first10, change10 = results[10_000]
    assert first10 < LIMIT_MS, f"Insights first shows in {first10:.0f} ms at 10,000 deals"
    assert change10 < LIMIT_MS, f"a period change takes {change10:.0f} ms at 10,000 deals"
