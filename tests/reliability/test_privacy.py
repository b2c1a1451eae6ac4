"""Privacy: everything SalesDesk writes in its folders is readable by the rep
only, and its log holds no deal contents above debug level."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk import bootstrap, crash_report, logs
from salesdesk.core import playbook as pb
from salesdesk.core.services.interactions import CallLog
from salesdesk.ui import app as app_module
from salesdesk.ui.startup_problem import Decision

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

# Deal contents a rep types; none may reach the log above debug.
SECRETS = {
    "title": "Zanzibar cloves tender 4711",
    "organization": "Okapi Trading Qx9",
    "note": "CFO whispered budget is 8765432",
    "value": "987654321",
}


def _default(catalogue, language):
    return bootstrap.load_shipped(pb.DEFAULT_PLAYBOOK, language)


def _no_problem(exc, paths) -> Decision:
    raise AssertionError(f"unexpected start-up problem: {exc}")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The umask many systems have (022): files would be world-readable by default."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _walk(root: Path) -> Iterator[Path]:
    yield root
    yield from root.rglob("*")


def _use_the_app(qtbot, data: Path) -> None:
    running = app_module.launch(str(data), "en", _default, _no_problem)
    assert not isinstance(running, int)
    window, store = running.window, running.store
    qtbot.addWidget(window)
    pipeline = store.current_pipeline()
    assert pipeline is not None
    first, second = (c.model.column for c in window.board.columns[:2])
    deal = store.create_deal(
        pipeline.id,
        first.id,
        SECRETS["title"],
        value_minor=int(SECRETS["value"]),
        organization_name=SECRETS["organization"],
    )
    store.move_deals([deal], second.id)
    store.log_interaction(deal, CallLog(outcome="reached", notes=SECRETS["note"]))
    logging.getLogger("salesdesk.test").debug("debug may name %s", SECRETS["title"])
    try:
        raise ValueError(f"a bug quoting {SECRETS['title']}")
    except ValueError:
        logging.getLogger("salesdesk.test").exception("a background job failed")
    try:
        raise KeyError(SECRETS["organization"])
    except KeyError as exc:
        crash_report.record(running.paths.logs, KeyError, exc, exc.__traceback__)
    assert window.backups.back_up_now()
    qtbot.waitUntil(
        lambda: window.backups.job is None or window.backups.job.finished, timeout=10_000
    )
    running.close()  # the exit backup, the settings written


def test_every_file_and_folder_is_private(qtbot, tmp_path, loose_umask):
    data = tmp_path / "data"
    _use_the_app(qtbot, data)
    seen = {p.relative_to(data).as_posix() for p in _walk(data)}
    for expected in ("salesdesk.sqlite", "settings.ini", "logs/salesdesk.log", "backups"):
        assert expected in seen, sorted(seen)
    assert any(name.startswith("backups/salesdesk-") for name in seen), sorted(seen)
    assert any(name.startswith("logs/crash-") for name in seen), sorted(seen)
    loose = {
        p.relative_to(data).as_posix() or ".": oct(stat.S_IMODE(p.stat().st_mode))
        for p in _walk(data)
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    }
    assert loose == {}


def test_rotated_log_files_stay_private(tmp_path, loose_umask, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup(tmp_path / "logs")
    try:
        for n in range(200):
            logging.getLogger("salesdesk.test").info("line %d of a long day", n)
    finally:
        logs.setup(tmp_path / "elsewhere")  # closes the first file
    names = sorted(p.name for p in path.parent.iterdir())
    assert names[:2] == ["salesdesk.log", "salesdesk.log.1"] and len(names) == logs.KEEP + 1
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in path.parent.iterdir()} == {"0o600"}


def test_the_log_holds_no_deal_contents_above_debug(qtbot, tmp_path):
    data = tmp_path / "data"
    _use_the_app(qtbot, data)
    log_text = "".join(
        p.read_text(encoding="utf-8") for p in (data / "logs").glob("salesdesk.log*")
    )
    # The log is in use: the failure and the backups are there, by type and file.
    assert "a background job failed" in log_text and "ValueError" in log_text
    assert "backup" in log_text and "unexpected KeyError" in log_text
    for what, secret in SECRETS.items():
        assert secret not in log_text, what
    # The crash report, the rep's to send or not, keeps the whole message.
    (report,) = (data / "logs").glob("crash-*.txt")
    assert SECRETS["organization"] in report.read_text(encoding="utf-8")


def test_debug_level_is_opt_in(tmp_path, monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)  # restored after the test
    monkeypatch.delenv(logs.ENV_DEBUG, raising=False)
    logs.setup(tmp_path / "a")
    assert logging.getLogger().level == logging.INFO
    monkeypatch.setenv(logs.ENV_DEBUG, "1")
    logs.setup(tmp_path / "b")
    assert logging.getLogger().level == logging.DEBUG
    logs.setup(tmp_path / "c", logging.WARNING)
    assert root.level == logging.WARNING
