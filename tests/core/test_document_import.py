"""Importing SalesDesk's own JSON document: the round trip through a file into a
fresh database, merging into one with data, duplicates skipped, and bad or
cancelled imports leaving the database exactly as it was."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from salesdesk import bootstrap
from salesdesk.core.io import export
from salesdesk.core.io.document_check import DocumentError
from salesdesk.core.io.document_import import ImportCancelled, import_document, read_document
from salesdesk.core.services import deals, pipelines
from salesdesk.storage.database import open_database
from tests.core.test_export import fill

TABLES = (
    "pipeline",
    "stage",
    "stagequestion",
    "exitcriterion",
    "organization",
    "contact",
    "deal",
    "stagechange",
    "activity",
    "dealobjection",
    "objectionentry",
    "dealanswer",
    "dealcriterion",
    "lostreason",
    "importedrecord",
)


def counts(db) -> dict[str, int]:
    with db.sql() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def export_file(db, path: Path) -> Path:
    conn = db.raw()
    try:
        return export.export_data(conn, "json", path).path
    finally:
        conn.close()


def load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def import_into(db, doc: dict, **kw):
    with db.sql(write=True) as conn:
        return import_document(conn, doc, **kw)


@pytest.fixture
def source(db, pipeline, stages, tmp_path) -> Path:
    fill(db, pipeline, stages)
    return export_file(db, tmp_path / "source.json")


@pytest.fixture
def fresh(tmp_path):
    other = open_database(tmp_path / "fresh.sqlite")
    yield other
    other.close()


def test_round_trip_reproduces_every_row_and_field(db, source, fresh, tmp_path):
    first = load(source)
    result = import_into(fresh, read_document(source))
    again = load(export_file(fresh, tmp_path / "again.json"))
    assert again["database_id"] != first["database_id"]  # a database of its own
    for doc in (first, again):
        doc.pop("exported_at"), doc.pop("database_id")
    assert again == first
    before = counts(db)
    after = counts(fresh)
    assert after.pop("importedrecord") == before.pop("importedrecord") + len(first["deals"])
    assert after == before
    assert result.added["deals"] == len(first["deals"]) and not result.skipped
    assert result.added["deal_answers"] == len(first["deal_answers"])
    assert str(result).startswith("added 44 deals")
    with fresh.sql() as conn:
        current = conn.execute("SELECT value FROM setting WHERE key = 'current_pipeline_id'")
        assert current.fetchone()[0] == str(first["current_pipeline_id"])


def test_the_same_file_twice_adds_nothing_the_second_time(db, source, fresh):
    import_into(fresh, read_document(source))
    once = counts(fresh)
    result = import_into(fresh, read_document(source))
    assert counts(fresh) == once
    assert result.duplicates == len(load(source)["deals"]) == 44
    assert not any(result.added.values())
    assert result.skipped["activities"] == once["activity"]
    assert "skipped 44 deals imported before" in result.summary()


def test_a_file_from_this_database_adds_nothing(db, source):
    before = counts(db)
    result = import_into(db, read_document(source))
    assert counts(db) == before
    assert result.duplicates == 44


def test_merging_matches_by_name_and_records_each_deal(source, fresh):
    doc = read_document(source)
    # The rep already works in the same playbook, with a customer of the same name.
    pipeline = bootstrap.start_pipeline(fresh, bootstrap.load_shipped("b2b-7-step", "en"))
    with fresh.transaction() as s:
        mine = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=pipelines.stages(s, pipeline.id)[0].id,
            title="Mine",
            organization_name="@sum(a1)",  # matches "@SUM(A1)" case-insensitively
        )
    before = counts(fresh)
    result = import_into(fresh, doc)
    after = counts(fresh)
    assert after["pipeline"] == before["pipeline"] == 1  # matched by name
    assert after["stage"] == before["stage"]  # matched by key
    assert after["deal"] == before["deal"] + 44
    assert result.skipped["organizations"] >= 1
    assert result.skipped["pipelines"] == 1
    with fresh.sql() as conn:
        orgs = conn.execute(
            "SELECT count(*) FROM organization WHERE name IN ('@sum(a1)', '@SUM(A1)')"
        ).fetchone()[0]
        assert orgs == 1
        formula = conn.execute(
            "SELECT d.id, d.organization_id, d.position FROM deal d WHERE title = '=1+2'"
        ).fetchone()
        assert (
            formula[1]
            == conn.execute("SELECT organization_id FROM deal WHERE id = ?", (mine.id,)).fetchone()[
                0
            ]
        )
        records = conn.execute(
            "SELECT source, record_id, deal_id FROM importedrecord ORDER BY id"
        ).fetchall()
    source_id = doc["database_id"]
    assert len(records) == 44
    assert {r[0] for r in records} == {f"salesdesk:{source_id}"}
    original = next(d for d in doc["deals"] if d["title"] == "=1+2")
    assert (f"salesdesk:{source_id}", str(original["id"]), formula[0]) in records
    # ... and the second time, nothing more.
    again = import_into(fresh, read_document(source))
    assert counts(fresh) == after
    assert again.duplicates == 44


def bad_document(doc: dict) -> dict:
    bad = copy.deepcopy(doc)
    bad["deals"][0]["stage_id"] = 99_999
    bad["deals"][1]["value_minor"] = -5
    bad["deals"][1]["value"] = None
    bad["deals"][2]["status"] = "maybe"
    bad["activities"][0]["at"] = "yesterday"
    bad["contacts"][0]["organization_id"] = 12_345
    return bad


def test_a_bad_document_is_refused_with_every_problem_and_nothing_written(
    db, source, fresh, pipeline
):
    bootstrap.start_pipeline(fresh, bootstrap.load_shipped("b2b-7-step", "en"))
    before = counts(fresh)
    with pytest.raises(DocumentError) as caught:
        import_into(fresh, bad_document(load(source)))
    assert counts(fresh) == before
    problems = "\n".join(caught.value.problems)
    assert "deals[0].stage_id: refers to stage 99999" in problems
    assert "deals[1].value: The value cannot be negative." in problems
    assert "deals[2].status: must be open, won or lost" in problems
    assert "activities[0].at: is not an ISO 8601 time: 'yesterday'" in problems
    assert "contacts[0].organization_id: refers to organization 12345" in problems
    assert "5 problems" in caught.value.message and "nothing was changed" in caught.value.message


def test_a_status_must_agree_with_the_stage(source, fresh):
    doc = load(source)
    won_deal = next(d for d in doc["deals"] if d["status"] == "won")
    won_deal["status"] = "open"
    with pytest.raises(DocumentError, match="is 'open' but the deal is in the stage"):
        import_into(fresh, doc)
    assert counts(fresh)["deal"] == 0


def test_a_cancelled_import_changes_nothing(source, fresh):
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5  # well into the import: pipelines and people written

    with pytest.raises(ImportCancelled):
        import_into(fresh, read_document(source), should_cancel=cancel)
    assert len(calls) == 6
    assert not any(counts(fresh).values())


def test_progress_reaches_the_total(source, fresh):
    seen: list[tuple[int, int]] = []
    import_into(fresh, read_document(source), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert all(d <= t for d, t in seen)


def test_a_hand_written_document_with_values_in_major_units(fresh):
    doc = {
        "format": "salesdesk",
        "version": 1,
        "database_id": "hand-made",
        "pipelines": [
            {
                "id": 1,
                "name": "Simple",
                "stages": [
                    {"id": 10, "key": "lead", "name": "Lead", "probability": 10},
                    {"id": 11, "key": "won", "name": "Won", "end_kind": "won", "probability": 100},
                ],
            }
        ],
        "deals": [
            {"id": 5, "title": "Café", "stage_id": 10, "value": "1234.5", "currency": "eur"},
            {
                "id": 6,
                "title": "Done",
                "stage_id": 11,
                "status": "won",
                "value": "12.345",
                "currency": "KWD",
            },
        ],
    }
    result = import_into(fresh, doc)
    assert result.added["deals"] == 2
    with fresh.sql() as conn:
        rows = conn.execute(
            "SELECT title, value_minor, currency, status, pipeline_id FROM deal ORDER BY id"
        ).fetchall()
    assert rows == [("Café", 123450, "EUR", "open", 1), ("Done", 12345, "KWD", "won", 1)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "is not a JSON file"),
        (b"\xff\xfe\x00garbage", "is not a JSON file"),
        (b'{"format": "pipedrive", "version": 1}', "is not a SalesDesk export"),
        (b"[1, 2, 3]", "is not a SalesDesk export"),
        (b'{"format": "salesdesk", "version": 2}', "newer SalesDesk (document version 2)"),
        (b'{"format": "salesdesk", "version": "1"}', "no valid version number"),
    ],
)
def test_read_document_refuses_what_is_not_ours(tmp_path, content, message):
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=re.escape(message)):
        read_document(path)


def test_read_document_explains_a_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="cannot be read"):
        read_document(tmp_path / "missing.json")


def test_a_byte_order_mark_is_fine(source, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
    assert read_document(path)["format"] == "salesdesk"


def test_merging_a_pipeline_of_another_name_adds_it_beside(source, fresh):
    mine = bootstrap.start_pipeline(fresh, bootstrap.load_shipped("four-bases", "en"))
    result = import_into(fresh, read_document(source))
    assert result.added["pipelines"] == 1 and result.added["stages"] == 9
    with fresh.sql() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM pipeline ORDER BY id")]
        current = conn.execute(
            "SELECT value FROM setting WHERE key = 'current_pipeline_id'"
        ).fetchone()[0]
        moved = conn.execute(
            "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id "
            "WHERE s.pipeline_id != d.pipeline_id"
        ).fetchone()[0]
    assert len(names) == 2 and names[0] == mine.name
    assert current == str(mine.id)  # the rep stays in the pipeline they work in
    assert moved == 0
