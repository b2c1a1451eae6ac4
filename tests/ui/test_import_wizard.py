"""The import wizard driven page by page with real widgets over a real database."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from salesdesk.core.io import csvimport
from salesdesk.core.io.stagemap import SKIP
from salesdesk.ui.imports import wizard as wizard_module
from salesdesk.ui.imports.wizard import ImportWizard
from tests.helpers import drive_modal

SAMPLE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "salesforce-dataloader-sample"
)


def _count(db, sql: str = "SELECT count(*) FROM deal") -> int:
    with db.sql() as conn:
        return int(conn.execute(sql).fetchone()[0])


def _board_titles(window) -> set[str]:
    return {card.title for column in window.board.columns for card in column.model.visible}


def _wait_done(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def salesforce(tmp_path: Path) -> Path:
    folder = tmp_path / "sf"
    shutil.copytree(SAMPLE, folder)
    return folder / "Opportunity.csv"


def _open(window, path: Path) -> ImportWizard:
    pipeline = window.store.current_pipeline()
    wizard = ImportWizard(window.store, pipeline.id, window.settings, window, path)
    wizard.show()
    return wizard


def test_salesforce_file_imports_end_to_end_and_the_board_shows_it(qtbot, window, salesforce, db):
    before = _count(db)
    wizard = _open(window, salesforce)
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    assert wizard.columns_page.chosen_format().key == "salesforce"
    assert "Opportunity.csv" in wizard.columns_page.detected.text()
    assert wizard.columns_page.preview.rowCount() == 20
    wizard.next()
    stages = wizard.stages_page
    assert set(stages.combos) == {"Qualification", "Discovery", "Proposal/Quote", "Negotiation"}
    assert not stages.isComplete()  # every stage must be chosen first
    for combo in stages.combos.values():
        combo.setCurrentIndex(1)  # the pipeline's first open stage
    assert stages.isComplete()
    wizard.next()
    assert "50 deals will be added" in wizard.check_page.summary.text()
    assert wizard.check_page.isComplete()
    wizard.next()
    _wait_done(qtbot, wizard)
    assert wizard.outcome is not None and wizard.outcome.added == 50
    assert _count(db) == before + 50
    # The board reloaded from the store's signal: an imported open deal is on it.
    qtbot.waitUntil(
        lambda: "Patterson-Hansen - Merchant Services - November 2024" in _board_titles(window)
    )
    with db.sql() as conn:
        remembered = conn.execute("SELECT count(*) FROM stagealias WHERE source = 'salesforce'")
        assert remembered.fetchone()[0] == 4


def test_a_second_import_of_the_same_file_needs_no_mapping_and_adds_nothing(
    qtbot, window, salesforce, db
):
    first = _open(window, salesforce)
    qtbot.addWidget(first)
    first.next()
    first.next()
    for combo in first.stages_page.combos.values():
        combo.setCurrentIndex(2)
    first.next()
    first.next()
    _wait_done(qtbot, first)
    after_first = _count(db)

    again = _open(window, salesforce)
    qtbot.addWidget(again)
    again.next()
    again.next()
    assert again.stages_page.combos == {}
    assert "matches" in again.stages_page.note.text()
    again.next()
    assert "50 rows were imported before" in again.check_page.summary.text()
    assert not again.check_page.isComplete()  # nothing to import: the Import button stays off
    assert _count(db) == after_first


def test_bad_rows_are_listed_with_their_lines_and_the_good_ones_import(qtbot, window, tmp_path, db):
    path = _write(
        tmp_path,
        "deals.csv",
        "Title;Company;Value;Stage\n"
        "Kahvinkeitin;Äkki Oy;1.234,50;Prospecting\n"
        ";;10;Prospecting\n"
        "Laskuri;Äkki Oy;kymmenen;Prospecting\n"
        "قرارداد نگهداری;شرکت آلفا;2.000,00;Prospecting\n",
    )
    before = _count(db)
    wizard = _open(window, path)
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.columns_page.chosen_format().key == "csv"
    wizard.next()
    wizard.next()
    text = wizard.check_page.problems.toPlainText()
    assert "line 4: 'kymmenen' is not an amount" in text
    assert "line 3: no title" in text
    assert "2 deals will be added" in wizard.check_page.summary.text()
    wizard.next()
    _wait_done(qtbot, wizard)
    assert _count(db) == before + 2
    with db.sql() as conn:
        rows = dict(conn.execute("SELECT title, value_minor FROM deal WHERE value_minor > 100000"))
    assert rows == {"Kahvinkeitin": 123450, "قرارداد نگهداری": 200000}


def test_the_columns_page_refuses_to_go_on_without_a_title_column(
    qtbot, window, tmp_path, shown_errors
):
    path = _write(tmp_path, "x.csv", "Nimi,Arvo\nKahvinkeitin,100\n")
    wizard = _open(window, path)
    qtbot.addWidget(wizard)
    wizard.next()
    assert "title" not in wizard.columns_page.mapping()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    assert shown_errors and "title" in shown_errors[-1]
    combo = wizard.columns_page.fields["title"]
    combo.setCurrentIndex(combo.findText("Nimi"))
    wizard.next()
    assert wizard.currentPage() is wizard.stages_page


def test_a_file_that_cannot_be_read_keeps_the_rep_on_the_first_page(
    qtbot, window, tmp_path, shown_errors
):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    wizard = _open(window, path)
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert shown_errors and "not a CSV file" in shown_errors[-1]


def _hold_after_first_chunk(monkeypatch) -> threading.Event:
    """The write waits after its first chunk until Cancel is pressed (or 10 s),
    so the test cancels at a known point instead of racing the thread."""
    started = threading.Event()
    real = csvimport.apply

    def slow_apply(conn, plan, pid, options, *, progress=None, should_cancel=None, now=None):
        def held_progress(done: int, total: int) -> None:
            if done > 0 and not started.is_set():
                started.set()
                deadline = time.monotonic() + 10
                while not should_cancel() and time.monotonic() < deadline:
                    time.sleep(0.01)
            if progress is not None:
                progress(done, total)

        return real(
            conn, plan, pid, options, progress=held_progress, should_cancel=should_cancel, now=now
        )

    monkeypatch.setattr(wizard_module.csvimport, "apply", slow_apply)
    return started


def _big_file(tmp_path: Path, rows: int) -> Path:
    lines = ["Title,Organization,Value,Stage"]
    lines += [f"Deal {i},Org {i % 50},{i}.00,Prospecting" for i in range(rows)]
    return _write(tmp_path, "big.csv", "\n".join(lines) + "\n")


def test_cancel_during_the_import_leaves_the_database_unchanged(
    qtbot, window, tmp_path, db, monkeypatch
):
    started = _hold_after_first_chunk(monkeypatch)
    before = (_count(db), _count(db, "SELECT count(*) FROM organization"))
    wizard = _open(window, _big_file(tmp_path, 3 * csvimport.CHUNK))
    qtbot.addWidget(wizard)
    for _ in range(4):  # file, columns, stages (all matched), review
        wizard.next()
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert wizard.run_page.running()
    wizard.run_page.stop.click()
    _wait_done(qtbot, wizard)
    assert "cancelled" in wizard.run_page.status.text()
    assert wizard.outcome is None
    assert (_count(db), _count(db, "SELECT count(*) FROM organization")) == before


def test_closing_the_wizard_mid_import_cancels_and_then_closes(
    qtbot, window, tmp_path, db, monkeypatch
):
    started = _hold_after_first_chunk(monkeypatch)
    before = _count(db)
    wizard = _open(window, _big_file(tmp_path, 2 * csvimport.CHUNK))
    qtbot.addWidget(wizard)
    for _ in range(4):  # file, columns, stages (all matched), review
        wizard.next()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    wizard.reject()  # Esc or the window's close button
    assert wizard.isVisible()  # it waits for the rollback
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert _count(db) == before


def test_skipping_a_stage_leaves_its_rows_out(qtbot, window, tmp_path, db):
    path = _write(
        tmp_path,
        "s.csv",
        "Title,Stage\nOne,Prospecting\nTwo,Somewhere else\nThree,Somewhere else\n",
    )
    before = _count(db)
    wizard = _open(window, path)
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    combo = wizard.stages_page.combos["Somewhere else"]
    combo.setCurrentIndex(combo.findData(SKIP))
    wizard.next()
    assert "2 rows are skipped" in wizard.check_page.summary.text()
    wizard.next()
    _wait_done(qtbot, wizard)
    assert _count(db) == before + 1


def test_the_file_menu_action_opens_the_wizard(qtbot, window):
    action = window.actions_by_name["importDeals"]
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    seen: dict[str, object] = {}
    drive_modal(ImportWizard, lambda w: seen.setdefault("page", w.currentPage()), seen)
    added = window.importer.import_deals()
    assert "error" not in seen
    assert added == 0
    assert seen["page"].__class__.__name__ == "FilePage"


def test_a_salesdesk_json_export_imports_through_the_wizard(qtbot, window, tmp_path, db):
    """A colleague's JSON export: no columns or stages to map, straight to the review."""
    from salesdesk import bootstrap
    from salesdesk.core.io.export import export_data
    from salesdesk.core.services import deals
    from salesdesk.storage.database import open_database

    other = open_database(tmp_path / "colleague.sqlite")
    pipeline = bootstrap.start_pipeline(other, bootstrap.load_shipped("b2b-7-step", "en"))
    with other.transaction() as s:
        for title in ("Kahvinkeitin", "قرارداد نگهداری", "年度维护合同"):
            deals.create_deal(
                s,
                pipeline_id=pipeline.id,
                stage_id=pipeline_first_stage(other, pipeline.id),
                title=title,
                organization_name="Äkki Oy",
            )
    conn = other.raw()
    export_data(conn, "json", tmp_path / "colleague.json")
    conn.close()
    other.close()

    before = _count(db)
    wizard = _open(window, tmp_path / "colleague.json")
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    assert "3 deals" in wizard.check_page.summary.text()
    wizard.next()
    _wait_done(qtbot, wizard)
    assert wizard.deals_added == 3 and _count(db) == before + 3
    qtbot.waitUntil(lambda: "年度维护合同" in _board_titles(window))

    again = _open(window, tmp_path / "colleague.json")  # the same file once more
    qtbot.addWidget(again)
    again.next()
    again.next()
    _wait_done(qtbot, again)
    assert again.deals_added == 0 and _count(db) == before + 3


def pipeline_first_stage(database, pipeline_id: int) -> int:
    with database.sql() as conn:
        return int(
            conn.execute(
                "SELECT id FROM stage WHERE pipeline_id = ? ORDER BY position LIMIT 1",
                (pipeline_id,),
            ).fetchone()[0]
        )
