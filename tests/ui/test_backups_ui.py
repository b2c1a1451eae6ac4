"""Backups from the window: at start (once), now, daily, at exit; failures shown;
the second folder chosen; a backup restored through the dialog."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QPushButton

from salesdesk.core.timeutil import utcnow
from salesdesk.storage import backups
from salesdesk.storage.backup import backup_name, parse_name
from salesdesk.ui import msgbox
from salesdesk.ui.backups.controller import EXIT_FAILURE, BackupController
from salesdesk.ui.backups.folder_dialog import SecondFolderDialog
from salesdesk.ui.backups.restore_dialog import PATH_ROLE, RestoreDialog
from salesdesk.ui.main_window import MainWindow
from tests.helpers import drive_modal


def _idle(qtbot, controller: BackupController) -> None:
    qtbot.waitUntil(lambda: controller.job is None, timeout=10_000)


def _reasons(folder: Path) -> list[str]:
    return sorted(parse_name(p.name)[1] for p in folder.iterdir() if parse_name(p.name))


def _board_titles(window) -> set[str]:
    return {c.title for column in window.board.columns for c in column.model.visible}


def _break(folder: Path) -> None:
    """A file where the backups folder should be."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("in the way")


@pytest.fixture
def controller(window, qtbot) -> BackupController:
    # the start backup, from the first paint
    qtbot.waitUntil(lambda: window.backups.started, timeout=5000)
    _idle(qtbot, window.backups)
    return window.backups


def test_actions_have_free_shortcuts(window):
    names = {
        "backupNow": "Ctrl+Shift+B",
        "restoreBackup": "Ctrl+Shift+R",
        "backupFolder": "Ctrl+Alt+B",
    }
    for name, keys in names.items():
        assert window.actions_by_name[name].shortcut().toString() == keys
    taken = [
        s.toString()
        for n, a in window.actions_by_name.items()
        if n not in names
        for s in a.shortcuts()
    ]
    assert not set(names.values()) & set(taken)


def test_start_backs_up_once_then_checks_daily(window, controller, qtbot, tmp_path):
    folder = tmp_path / "backups"
    assert _reasons(folder) == ["start"]
    backups.verify(next(folder.iterdir()))
    assert controller.timer.isActive()
    controller.start()
    window.load()  # a reload paints again and fires firstPainted
    qtbot.wait(50)
    _idle(qtbot, controller)
    assert _reasons(folder) == ["start"]
    assert controller.check_daily() is False  # the start backup is fresh
    for path in folder.iterdir():
        path.unlink()
    old = utcnow() - timedelta(hours=25)
    (folder / backup_name("start", old)).write_bytes(b"old")
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        assert controller.check_daily() is True
    assert "daily" in _reasons(folder)


def test_back_up_now_makes_a_verified_backup(window, controller, qtbot, tmp_path):
    with qtbot.waitSignal(controller.finished, timeout=10_000) as signal:
        window.actions_by_name["backupNow"].trigger()
    result = signal.args[0]
    assert isinstance(result, backups.BackupResult)
    assert result.path.parent == tmp_path / "backups" and "manual" in result.path.name
    backups.verify(result.path)
    assert "Backed up to" in window.statusBar().currentMessage()
    assert not controller.warning.isVisible()


def test_a_failed_backup_now_is_shown(window, controller, qtbot, tmp_path, shown_errors):
    _break(tmp_path / "backups")
    with qtbot.waitSignal(controller.finished, timeout=10_000) as signal:
        controller.back_up_now()
    assert isinstance(signal.args[0], backups.BackupError)
    assert len(shown_errors) == 1 and "is a file, not a folder" in shown_errors[0]
    assert controller.warning.isVisible() and "Backup failed" in controller.warning.text()
    assert "failed" in window.statusBar().currentMessage()
    # the next good backup clears the warning
    (tmp_path / "backups").unlink()
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.back_up_now()
    assert not controller.warning.isVisible()


def test_a_failed_automatic_backup_warns_without_a_dialog(
    controller, qtbot, tmp_path, shown_errors
):
    _break(tmp_path / "backups")
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        assert controller.check_daily() is True
    assert shown_errors == []  # nobody is waiting for it: no modal box
    assert controller.warning.isVisible()
    assert "is a file, not a folder" in controller.warning.toolTip()


def test_second_folder_chosen_copied_and_unplugged(window, controller, qtbot, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    seen: dict[str, object] = {}

    def choose(dialog: SecondFolderDialog) -> None:
        dialog.path.setText(str(tmp_path / "missing"))
        dialog.accept()
        seen["refused"] = dialog.isVisible() and dialog.error.isVisible()
        dialog.path.setText(str(usb))
        dialog.accept()

    drive_modal(SecondFolderDialog, choose, seen)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as signal:
        assert controller.choose_second_folder() is True
    assert "error" not in seen and seen["refused"] is True
    assert controller.settings().second_folder == usb
    copied = signal.args[0].copies
    assert [p.parent for p in copied] == [usb]
    usb.rename(tmp_path / "unplugged")
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.back_up_now()
    assert controller.warning.isVisible() and str(usb) in controller.warning.text()
    assert str(usb) in window.statusBar().currentMessage()

    def turn_off(dialog: SecondFolderDialog) -> None:
        dialog.findChild(QPushButton, "turnOff").click()
        dialog.accept()

    drive_modal(SecondFolderDialog, turn_off, seen)
    assert controller.choose_second_folder() is True
    assert controller.settings().second_folder is None


def test_restore_through_the_dialog(window, controller, qtbot, tmp_path, monkeypatch, stages):
    with qtbot.waitSignal(controller.finished, timeout=10_000) as signal:
        controller.back_up_now()
    made = signal.args[0].path
    later = window.store.create_deal(window.board.model.pipeline_id, stages[0].id, "Later")
    window.board.delete_selected()  # deletes A, selected at start
    assert _board_titles(window) == {"B", "C", "X", "Later"}
    window.open_deal(later)  # a deal the backup does not have
    assert window.dock.isVisible()
    assert window.undo_stack.count() > 0
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or True)
    seen: dict[str, object] = {}

    def pick(dialog: RestoreDialog) -> None:
        paths = [
            dialog.list.topLevelItem(i).data(0, PATH_ROLE)
            for i in range(dialog.list.topLevelItemCount())
        ]
        dialog.list.setCurrentItem(dialog.list.topLevelItem(paths.index(str(made))))
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
        seen["preview"] = dialog.preview.text()
        dialog.restore_button.click()

    drive_modal(RestoreDialog, pick, seen)
    assert window.backups.open_restore() is True
    assert "error" not in seen, seen.get("error")
    assert "Deals: 4 open, 0 won, 0 lost" in str(seen["preview"])
    assert asked and "backed up first" in asked[0]
    assert _board_titles(window) == {"A", "B", "C", "X"}
    assert window.undo_stack.count() == 0
    assert not window.dock.isVisible() and window.workspace.deal_id == 0
    assert "before-restore" in _reasons(tmp_path / "backups")
    assert "Restored" in window.statusBar().currentMessage()
    # the store works on the restored file: a new deal lands and shows
    window.store.create_deal(window.board.model.pipeline_id, stages[0].id, "After restore")
    assert "After restore" in _board_titles(window)


def test_restore_refuses_a_file_that_is_not_a_backup(
    window, controller, qtbot, tmp_path, monkeypatch
):
    text = tmp_path / "notes.sqlite"
    text.write_text("shopping list\n" * 40)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(text), ""))
    dialog = RestoreDialog([tmp_path / "backups"], window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=5000)  # the start backup
    assert dialog.restore_button.isEnabled()
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: "not a SalesDesk database" in dialog.preview.text(), timeout=5000)
    assert not dialog.restore_button.isEnabled()
    assert dialog.current_path() == text


def test_restore_failure_keeps_the_database_in_use(
    window, controller, qtbot, tmp_path, shown_errors
):
    from salesdesk.ui.backups.restoring import restore_into_window

    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database\n" * 40)
    assert restore_into_window(controller, bad) is False
    assert shown_errors and "not a SalesDesk database" in shown_errors[0]
    assert _board_titles(window) == {"A", "B", "C", "X"}
    assert window.store.current_pipeline() is not None  # the old database still answers


def test_exit_backup_and_its_failure_shown_at_next_start(window, controller, qtbot, tmp_path, db):
    controller.at_exit()
    assert "exit" in _reasons(tmp_path / "backups")
    controller._exited = False
    _break(tmp_path / "backups")
    controller.at_exit()
    assert "is a file, not a folder" in str(window.settings.value(EXIT_FAILURE))
    (tmp_path / "backups").unlink()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(window.store, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.backups.warning.isVisible(), timeout=5000)
    assert "last closed" in again.backups.warning.text()
    assert settings.value(EXIT_FAILURE) is None
    _idle(qtbot, again.backups)
