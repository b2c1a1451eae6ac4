"""Search everything (issue 9): per keystroke at 10,000 demo deals, run by `make bench`.

Each query is typed a letter at a time, as a rep types it; every keystroke is
timed, RUNS times over. The baseline, measured in the same run over the same
deals, is the board's kind of filter: a plain `in` scan of each deal's
normalized title, organization and contact (deals only, unranked). The index
covers deals, organizations, contacts, notes and objections and ranks them.
The palette column is the whole keystroke as the window pays it (actions ranked,
the list model reset, the texts and snippets of the rows on screen worked out),
without painting. Prints a
table; the assert is the issue's limit: results within one frame (16 ms)."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from salesdesk import bootstrap
from salesdesk.core import demo, search
from salesdesk.core.textsearch import normalize
from salesdesk.storage.database import open_database
from salesdesk.ui.palette import DETAIL_ROLE, ActionItem, SearchPalette
from salesdesk.ui.store import Store

DEALS = 10_000
RUNS = 5
FRAME_MS = 16.0
SHOWN = 12  # rows on screen: their texts are worked out per keystroke
QUERIES = {
    "latin": "crm rollout #12",
    "persian": "نوین تجارت",
    "many hits": "demo note",
    "one letter": "a",
    "contact": "virtanen",
}
ACTIONS = (
    "&New deal",
    "&Open deal",
    "&Log a call or meeting…",
    "Back up &now",
    "E&xport data…",
    "&Import deals…",
    "Export &calendar…",
    "&Today",
    "&Board",
    "&Insights",
    "Objection &library…",
    "Mark as &won",
    "Mark as &lost…",
    "&Delete",
    "&Refresh",
    "&Quit",
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("search-bench")
    db = open_database(folder / "salesdesk.sqlite")
    pipeline = bootstrap.start_pipeline(db, bootstrap.load_shipped("b2b-7-step", "en"))
    conn = db.raw()
    demo.generate(conn, pipeline.id, DEALS, seed=9)
    conn.close()
    db.close()
    return folder


def _keystrokes(query_fn: Callable[[str], object], typed: str) -> list[float]:
    """Milliseconds per keystroke, the median over RUNS of typing `typed`."""
    runs: list[list[float]] = []
    for _ in range(RUNS):
        times = []
        query_fn("")  # the box starts empty: the first letter is a fresh search
        for n in range(1, len(typed) + 1):
            start = time.perf_counter()
            query_fn(typed[:n])
            times.append((time.perf_counter() - start) * 1000)
        runs.append(times)
    return [statistics.median(column) for column in zip(*runs, strict=True)]


def _baseline(conn: sqlite3.Connection) -> Callable[[str], object]:
    keys = [
        normalize(f"{t} {o or ''} {c or ''}")
        for t, o, c in conn.execute(
            "SELECT d.title, o.name, c.name FROM deal d "
            "LEFT JOIN organization o ON o.id = d.organization_id "
            "LEFT JOIN contact c ON c.id = d.contact_id"
        )
    ]

    def scan(typed: str) -> list[int]:
        words = normalize(typed).split()
        return [i for i, key in enumerate(keys) if all(w in key for w in words)] if words else []

    return scan


def test_search_per_keystroke(qapp, data_dir):
    path = data_dir / "salesdesk.sqlite"
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    start = time.perf_counter()
    index = search.build(conn)
    build_s = time.perf_counter() - start
    baseline = _baseline(conn)
    conn.close()

    db = open_database(path)
    host = QWidget()
    actions = [QAction(text, host) for text in ACTIONS]
    palette = SearchPalette(Store(db), lambda: actions, host)
    palette.index = index
    palette.action_items = [ActionItem(a) for a in actions]

    def through_palette(typed: str) -> None:
        palette.edit.setText(typed)  # textChanged runs the refresh, as typing does
        for row in range(min(SHOWN, palette.model.rowCount())):  # what the list paints
            palette.model.index(row).data(DETAIL_ROLE)

    print()
    print(
        f"index: {len(index):,} entries ({len(index.keys):,} distinct keys) built in"
        f" {build_s * 1000:.0f} ms"
    )
    print(
        f"{'query':>11} {'hits':>7} {'index med':>10} {'worst':>7} {'palette med':>12}"
        f" {'worst':>7} {'baseline med':>13} {'worst':>7}"
    )
    worst_seen = 0.0
    try:
        for name, typed in QUERIES.items():
            ours = _keystrokes(index.search, typed)
            whole = _keystrokes(through_palette, typed)
            base = _keystrokes(baseline, typed)
            hits = index.search(typed).total
            worst_seen = max(worst_seen, max(ours), max(whole))
            print(
                f"{name:>11} {hits:>7,} {statistics.median(ours):>10.2f} {max(ours):>7.2f}"
                f" {statistics.median(whole):>12.2f} {max(whole):>7.2f}"
                f" {statistics.median(base):>13.2f} {max(base):>7.2f}"
            )
    finally:
        palette.close()
        host.deleteLater()
        db.close()
    assert worst_seen < FRAME_MS, f"a keystroke took {worst_seen:.1f} ms (limit {FRAME_MS} ms)"
