"""The window as a rep meets it: first launch, the stage list, a second launch,
a file that is not a database."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesdesk import bootstrap
from salesdesk.core import playbook as pb
from salesdesk.paths import resolve
from salesdesk.ui import app as app_module
from salesdesk.ui import i18n
from salesdesk.ui.first_run import PlaybookChooser


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        app_module.msgbox, "error", lambda parent, title, text, details="": shown.append(text)
    )
    return shown


def _default(catalogue, language):
    return bootstrap.load_shipped(pb.DEFAULT_PLAYBOOK, language)


def test_first_launch_creates_database_and_lists_stages(qtbot, tmp_path, errors):
    asked = []
    running = app_module.launch(
        str(tmp_path), "en", lambda c, lang: asked.append(lang) or _default(c, lang)
    )
    assert not isinstance(running, int), errors
    qtbot.addWidget(running.window)
    assert asked == ["en"]
    assert (tmp_path / "salesdesk.sqlite").is_file()
    names = [c.model.column.name for c in running.window.board.columns]
    assert names[0] == "Preparation and research" and len(names) == 7  # open stages
    assert "B2B" in running.window.windowTitle()
    running.close()
    # Second start: no question asked, the same pipeline comes back.
    again = app_module.launch(str(tmp_path), "en", lambda c, lang: pytest.fail("asked again"))
    assert not isinstance(again, int)
    qtbot.addWidget(again.window)
    assert len(again.window.board.columns) == 7
    again.close()


def test_cancelling_first_run_quits_without_pipeline(tmp_path, errors):
    assert app_module.launch(str(tmp_path), "en", lambda c, lang: None) == 0
    assert errors == []
    db = bootstrap.open_app_database(resolve(tmp_path))
    assert bootstrap.current_pipeline(db) is None
    db.close()


def test_second_launch_hands_over_to_the_first(qtbot, tmp_path, errors):
    first = app_module.launch(str(tmp_path), "en", _default)
    assert not isinstance(first, int)
    qtbot.addWidget(first.window)
    first.window.showMinimized()
    with qtbot.waitSignal(first.instance.activated, timeout=3000):
        assert app_module.launch(str(tmp_path), "en", _default) == 0
    qtbot.waitUntil(lambda: not first.window.isMinimized())
    assert errors == []
    first.close()


def test_file_that_is_not_a_database_is_shown_and_kept(tmp_path, errors):
    from salesdesk.ui.messages import tr_error
    from salesdesk.ui.startup_problem import Answer, Decision

    path = tmp_path / "salesdesk.sqlite"
    path.write_text("my shopping list\n" * 100)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []

    def quit_after_reading(exc, paths):
        shown.append(tr_error(exc))
        return Decision(Answer.QUIT)

    assert app_module.launch(str(tmp_path), "en", _default, quit_after_reading) == 2
    assert len(shown) == 1 and "not a SalesDesk database" in shown[0] and "backup" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_chooser_defaults_to_seven_steps_in_system_language(qtbot):
    catalogue = bootstrap.shipped_playbooks()
    dialog = PlaybookChooser(catalogue, "fa_IR")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "fa"
    chosen = dialog.chosen()
    assert chosen is not None and chosen.id == pb.DEFAULT_PLAYBOOK and chosen.language == "fa"
    assert chosen.open_stages[0].name in dialog.description.text()
    for lang in ("ar", "zh_CN", "fi"):
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        assert dialog.chosen().language == lang and dialog.chosen().id == pb.DEFAULT_PLAYBOOK
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.chosen().language == "en" and dialog.chosen().id == pb.DEFAULT_PLAYBOOK
    assert all(
        dialog.playbooks.item(i).data(Qt.ItemDataRole.UserRole).kind == "pipeline"
        for i in range(dialog.playbooks.count())
    )
    assert dialog.playbooks.count() == 4


def test_persian_turns_layout_right_to_left(qapp: QApplication):
    try:
        i18n.install(qapp, "fa")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        i18n.install(qapp, "fi")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.install(qapp, "en")


def test_second_launch_without_an_answer_says_why_and_opens_nothing(tmp_path, errors):
    """Another process holds the folder's lock but does not answer (hung, or
    an older SalesDesk): the rep is told so, and the database is not opened."""
    from PySide6.QtCore import QLockFile

    paths = resolve(tmp_path)
    paths.ensure()
    held = QLockFile(str(paths.lock_file))
    assert held.tryLock(100)
    try:
        assert app_module.launch(str(tmp_path), "en", _default) == 1
    finally:
        held.unlock()
    assert len(errors) == 1 and "already running" in errors[0] and "did not answer" in errors[0]
    assert not paths.database.exists()
