from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator

from salesdesk.core.services import deals
from salesdesk.ui import formatting, msgbox
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.store import Store
from tests.helpers import translations_tool


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp, tmp_path_factory):
    """English plural forms ("1 deal", "3 deals"), built and loaded as the app does."""
    folder = tmp_path_factory.mktemp("english")
    (qm,) = translations_tool().build(folder, ("en",))
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _english(qapp):
    """Every UI test starts in English, left to right, whatever ran before."""
    QLocale.setDefault(QLocale("en_US"))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    formatting.use_calendar("gregorian")


@pytest.fixture(autouse=True)
def _no_unexpected_startup_dialog(monkeypatch):
    """launch() without a scripted answer must not meet a start-up problem: fail
    at once instead of waiting on a modal dialog nobody will close."""
    from salesdesk.ui import startup_problem

    def unexpected(exc, paths):
        raise AssertionError(f"unexpected start-up problem: {exc}")

    monkeypatch.setattr(startup_problem, "ask", unexpected)


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text, details="": shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, db, pipeline, stages, tmp_path) -> Iterator[MainWindow]:
    """A main window over a pipeline with deals A, B, C in the first stage and X in the second."""
    with db.transaction() as s:
        for title, stage in (("A", 0), ("B", 0), ("C", 0), ("X", 1)):
            deals.create_deal(
                s,
                pipeline_id=pipeline.id,
                stage_id=stages[stage].id,
                title=title,
                value_minor=100_00,
                currency="EUR",
            )
    store = Store(db)
    win = MainWindow(store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # The start backup begins once the board has painted; let it finish, so its
    # "Backed up to …" cannot replace a status message a test is about to read.
    qtbot.waitUntil(lambda: win.backups.started and win.backups.job is None, timeout=10_000)
    yield win
    win.close()
