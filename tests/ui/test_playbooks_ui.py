"""File ▸ Export/Import playbook… and View ▸ Pipeline, driven through the window's
own actions over a real database."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from salesdesk import bootstrap
from salesdesk.core import playbook as pb
from salesdesk.ui.main_window import MainWindow

FOUR_BASES = bootstrap.shipped_playbooks()["four-bases"]["en"]


def columns(window: MainWindow) -> list[str]:
    return [c.name.text() for c in window.board.columns]


def open_stage_names(book: pb.Playbook) -> list[str]:
    return [s.name for s in book.open_stages]


def cards(window: MainWindow) -> list[str]:
    return [card.title for c in window.board.columns for card in c.model.visible]


def switcher(window: MainWindow) -> list[tuple[str, bool]]:
    menu = window.playbooks.pipeline_menu
    assert menu is not None
    return [(a.text(), a.isChecked()) for a in menu.actions()]


@pytest.fixture
def choose_file(monkeypatch):
    """Answers the next open-file dialog with `path`."""

    def choose(path: Path | str) -> None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Playbooks (*.toml)")
        )

    return choose


def test_import_switches_the_board_and_the_menu_switches_back(window, pipeline, choose_file):
    b2b = bootstrap.load_shipped("b2b-7-step", "en")
    assert columns(window) == open_stage_names(b2b)
    assert switcher(window) == [(b2b.name, True)]

    choose_file(FOUR_BASES)
    window.actions_by_name["importPlaybook"].trigger()
    four = pb.load(FOUR_BASES)
    assert columns(window) == open_stage_names(four)
    assert cards(window) == []  # a new pipeline has no deals yet
    assert four.name in window.windowTitle()
    assert switcher(window) == [(b2b.name, False), (four.name, True)]
    assert (
        f"Imported “{four.name}” with {len(four.stages)} stage"
        in window.statusBar().currentMessage()
    )

    window.actions_by_name[f"pipeline-{pipeline.id}"].trigger()
    assert columns(window) == open_stage_names(b2b)
    assert sorted(cards(window)) == ["A", "B", "C", "X"]
    assert switcher(window) == [(b2b.name, True), (four.name, False)]
    assert b2b.name in window.windowTitle()


def test_switch_shortcuts(window, qtbot, choose_file):
    choose_file(FOUR_BASES)
    window.actions_by_name["importPlaybook"].trigger()
    actions = window.playbooks.pipeline_menu.actions()
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+1", "Ctrl+2"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_board()
    qtbot.keyClick(window.board, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert columns(window) == open_stage_names(bootstrap.load_shipped("b2b-7-step", "en"))
    qtbot.keyClick(window.board, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert columns(window) == open_stage_names(pb.load(FOUR_BASES))


def test_importing_the_same_playbook_twice_numbers_it(window, choose_file):
    choose_file(FOUR_BASES)
    for _ in range(2):
        window.actions_by_name["importPlaybook"].trigger()
    name = pb.load(FOUR_BASES).name
    assert switcher(window)[1:] == [(name, False), (f"{name} (2)", True)]


def test_an_invalid_file_shows_every_problem_and_changes_nothing(
    window, tmp_path, choose_file, shown_errors
):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'schema = 1\n[playbook]\nid = "x"\nkind = "pipeline"\nlanguage = "en"\nname = "X"\n'
        '[[stages]]\nkey = "a"\nname = "A"\nprobability = 10\nstalled_after_days = 14\n'
        'criteria = [{ text = "c", weight = 70 }]\n',
        encoding="utf-8",
    )
    before = columns(window)
    choose_file(bad)
    window.actions_by_name["importPlaybook"].trigger()
    assert len(shown_errors) == 1
    message = shown_errors[0]
    for problem in (
        "at least one question",
        "add up to 70, not 100",
        "exactly one 'won' and one 'lost'",
    ):
        assert problem in message
    assert columns(window) == before
    assert len(switcher(window)) == 1


def test_cancelling_the_dialog_does_nothing(window, choose_file, shown_errors):
    choose_file("")
    assert window.playbooks.import_playbook() is None
    assert len(switcher(window)) == 1 and shown_errors == []


def test_export_writes_the_current_pipeline(window, tmp_path, monkeypatch):
    target = tmp_path / "team"  # no suffix typed: .toml is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Playbooks (*.toml)")
    )
    window.actions_by_name["exportPlaybook"].trigger()
    written = target.with_suffix(".toml")
    book = pb.parse(tomllib.loads(written.read_text(encoding="utf-8")))
    assert book == bootstrap.load_shipped("b2b-7-step", "en")
    assert str(written) in window.statusBar().currentMessage()


def test_export_to_an_unwritable_place_says_so(window, tmp_path, monkeypatch, shown_errors):
    target = tmp_path / "missing" / "team.toml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Playbooks (*.toml)")
    )
    assert window.playbooks.export_playbook() is None
    assert len(shown_errors) == 1 and str(target) in shown_errors[0]
    assert not target.parent.exists()
