"""File ▸ Export data… (Ctrl+Shift+E): the dialog, the file dialogs (patched to
return a path in tmp), the worker thread, the status bar and the error dialog."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from salesdesk.core.io.export import ExportResult
from salesdesk.ui import exports
from salesdesk.ui.export_dialog import ExportDialog
from salesdesk.ui.worker import Job
from tests.helpers import drive_modal, read_only_folder

TODAY = date.today().isoformat()


@pytest.fixture
def asked(monkeypatch, tmp_path) -> dict[str, object]:
    """The file dialogs answer with paths under tmp_path/chosen and record what
    they were asked."""
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    seen: dict[str, object] = {"save": chosen / "mine.json", "folder": chosen}

    def save(parent, caption, start, filters):
        seen["save_start"] = start
        return str(seen["save"]), filters

    def folder(parent, caption, start):
        seen["folder_start"] = start
        return str(seen["folder"])

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return seen


def run_export(window, qtbot, choose) -> ExportResult:
    """Triggers File ▸ Export data…, lets `choose` answer the dialog, and waits for
    the worker thread's result."""
    seen: dict[str, object] = {}
    drive_modal(ExportDialog, choose, seen)
    with qtbot.waitSignal(window.exporter.exported, timeout=10_000) as blocker:
        window.actions_by_name["exportData"].trigger()
    assert "error" not in seen, seen.get("error")
    return blocker.args[0]


def press_enter(dialog: ExportDialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def test_the_action_has_its_shortcut_in_the_file_menu(window):
    action = window.actions_by_name["exportData"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert action in window.menuBar().actions()[0].menu().actions()
    others = [
        a for name, a in window.actions_by_name.items() if name != "exportData" and a.shortcut()
    ]
    assert all(a.shortcut() != action.shortcut() for a in others)


def test_json_export_with_the_defaults(window, qtbot, asked, tmp_path):
    result = run_export(window, qtbot, press_enter)  # Enter: JSON, every pipeline
    path = asked["save"]
    assert result.path == path and result.format == "json"
    assert Path(str(asked["save_start"])).name == f"salesdesk-export-{TODAY}.json"
    doc = json.loads(Path(str(path)).read_text("utf-8"))
    assert sorted(d["title"] for d in doc["deals"]) == ["A", "B", "C", "X"]
    message = window.statusBar().currentMessage()
    assert "4 deals" in message
    assert str(path) in message
    assert window.settings.value(exports.LAST_FOLDER) == str(tmp_path / "chosen")
    assert window.exporter.job is None  # done and cleaned up


def test_csv_export_into_a_dated_folder_remembers_the_choice(window, qtbot, asked, tmp_path):
    def choose_csv(dialog: ExportDialog) -> None:
        dialog.csv_button.click()
        dialog.pipeline.setCurrentIndex(1)  # the pipeline itself
        dialog.accept()

    first = run_export(window, qtbot, choose_csv)
    assert first.path == tmp_path / "chosen" / f"salesdesk-export-{TODAY}"
    with (first.path / "deals.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert sorted(r["title"] for r in csv.DictReader(handle)) == ["A", "B", "C", "X"]
    assert window.settings.value(exports.LAST_FORMAT) == "csv"
    # The next time the dialog starts on CSV, and a second folder does not overwrite the first.
    formats: list[str] = []

    def check_default(dialog: ExportDialog) -> None:
        formats.append(dialog.format)
        dialog.accept()

    second = run_export(window, qtbot, check_default)
    assert formats == ["csv"]
    assert second.path == tmp_path / "chosen" / f"salesdesk-export-{TODAY}-2"
    assert asked["folder_start"] == str(tmp_path / "chosen")


def test_cancelling_the_dialog_asks_for_no_file(window, qtbot, asked):
    seen: dict[str, object] = {}
    drive_modal(ExportDialog, lambda d: d.reject(), seen)
    window.actions_by_name["exportData"].trigger()
    assert "save_start" not in asked and "folder_start" not in asked
    assert list(Path(str(asked["folder"])).iterdir()) == []


def test_an_unwritable_folder_shows_the_reason(window, qtbot, asked, tmp_path, shown_errors):
    locked = tmp_path / "locked"
    asked["save"] = locked / "x.json"
    seen: dict[str, object] = {}
    with read_only_folder(locked):
        drive_modal(ExportDialog, press_enter, seen)
        window.actions_by_name["exportData"].trigger()
        qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert str(locked / "x.json") in shown_errors[0] or str(locked) in shown_errors[0]
    assert "could not be written" in shown_errors[0]
    assert list(locked.iterdir()) == []
    assert window.exporter.job is None


def test_cancel_writes_nothing(window, qtbot, monkeypatch, tmp_path):
    start = Job.start

    def cancelled_at_once(job: Job) -> Job:
        job.cancel()  # as if Cancel was pressed before the first row
        return start(job)

    monkeypatch.setattr(Job, "start", cancelled_at_once)
    out = tmp_path / "out"
    out.mkdir()
    job = window.exporter.start("json", out / "x.json")
    qtbot.waitUntil(lambda: window.exporter.job is None, timeout=10_000)
    assert job.wait(5)
    assert list(out.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_progress_dialog_follows_the_worker(window, qtbot, tmp_path):
    job = window.exporter.start("csv", tmp_path / "sheets")
    progress = window.exporter.progress
    assert progress is not None and progress.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(window.exporter.exported, timeout=10_000):
        pass
    assert job.wait(5)
    assert (tmp_path / "sheets" / "deals.csv").exists()
    assert window.exporter.progress is None
