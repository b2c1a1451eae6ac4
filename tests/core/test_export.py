"""Export: SalesDesk's JSON document (every kind, status per deal, values in major
units, ISO times) and the CSV folder (BOM, non-Latin text, spreadsheet-safe cells),
read back from real files written from a real database."""

from __future__ import annotations

import csv
import json
import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from salesdesk.core import demo
from salesdesk.core.errors import NotFoundError
from salesdesk.core.io import export, export_csv, export_json
from salesdesk.core.io.export_json import ExportCancelled
from salesdesk.core.io.spreadsheet import neutralise, restore
from salesdesk.core.models import Deal
from salesdesk.core.services import activities, checklists, contacts, deals, objections, pipelines
from tests.helpers import read_only_folder

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
PERSIAN = "فروش سرور — تهران"
CHINESE = "华信 集团"


def fill(db, pipeline, stages) -> dict[str, int]:
    """Demo deals written on a raw connection, plus deals with tricky text and every
    kind of row made through the services. Returns the ids of the tricky deals."""
    conn = db.raw()
    try:
        demo.generate(conn, pipeline.id, 40, seed=7, now=NOW)
    finally:
        conn.close()
    with db.transaction() as s:
        formula = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[1].id,
            title="=1+2",
            organization_name="@SUM(A1)",
            value_minor=123450,
            currency="EUR",
            at=NOW - timedelta(days=3),
        ).id
        person = contacts.contact_by_name(s, "+cmd", s.get(Deal, formula).organization_id)
        deals.edit_deal(s, formula, contact_id=person.id)
        activities.log_activity(s, formula, "call", at=NOW, text="-5", outcome="+cmd")
        activities.schedule_follow_up(s, formula, NOW + timedelta(days=2), text="\tcall back")
        objections.add_objection(
            s, formula, "Too expensive", answer_given="=HYPERLINK(1)", save_to_library=True
        )
        question = checklists.deal_checklists(s, formula)[0].questions[0]
        checklists.answer_question(s, formula, question.id, "Budget: 10k")
        criterion = checklists.deal_checklists(s, formula)[0].criteria[0]
        checklists.tick_criterion(s, formula, criterion.id)
        persian = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[0].id,
            title=PERSIAN,
            organization_name=CHINESE,
            value_minor=5_000_000,
            currency="IRR",
            at=NOW - timedelta(days=2),
        ).id
        activities.log_activity(s, persian, "note", at=NOW, text="مشتری قیمت را پرسید")
        won = deals.create_deal(
            s, pipeline_id=pipeline.id, stage_id=stages[0].id, title="Won one", at=NOW
        ).id
        deals.win_deal(s, won, at=NOW)
        lost = deals.create_deal(
            s, pipeline_id=pipeline.id, stage_id=stages[0].id, title="Lost one", at=NOW
        ).id
        deals.lose_deal(s, lost, "Price", at=NOW)
    return {"formula": formula, "persian": persian, "won": won, "lost": lost}


def document(db, **kw) -> dict:
    with db.sql(write=True) as conn:
        ident = export_json.ensure_database_id(conn)
    with db.sql() as conn:
        return export_json.build_document(conn, ident, **kw)


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def filled(db, pipeline, stages) -> dict[str, int]:
    return fill(db, pipeline, stages)


def test_document_holds_every_kind_with_readable_names(db, pipeline, filled):
    doc = document(db)
    assert doc["format"] == "salesdesk" and doc["version"] == 1
    assert uuid.UUID(doc["database_id"])
    assert datetime.fromisoformat(doc["exported_at"]).utcoffset() == timedelta(0)
    assert doc["current_pipeline_id"] == pipeline.id
    for kind in export_json.LISTS:
        assert doc[kind], f"{kind} is empty"
    stage = doc["pipelines"][0]["stages"][0]
    assert stage["questions"] and stage["exit_criteria"]
    assert set(stage) >= {"key", "name", "position", "probability", "stalled_after_days"}
    assert set(stage) >= {"follow_up_days", "idle_after_days", "end_kind"}
    by_title = {d["title"]: d for d in doc["deals"]}
    formula = by_title["=1+2"]
    assert formula["value"] == "1234.50" and formula["value_minor"] == 123450
    assert formula["organization"] == "@SUM(A1)" and formula["contact"] == "+cmd"
    assert formula["pipeline"] == pipeline.name and formula["stage_key"]
    assert by_title[PERSIAN]["value"] == "5000000"  # rials have no decimals
    assert by_title[PERSIAN]["organization"] == CHINESE
    created = datetime.fromisoformat(formula["created_at"])
    assert created == NOW - timedelta(days=3) and created.utcoffset() == timedelta(0)
    assert datetime.fromisoformat(formula["next_follow_up_at"]) == NOW + timedelta(days=2)


def test_each_deal_has_its_status(db, filled):
    doc = document(db)
    status = {d["id"]: d["status"] for d in doc["deals"]}
    assert status[filled["won"]] == "won"
    assert status[filled["lost"]] == "lost"
    assert status[filled["formula"]] == "open"
    assert set(status.values()) == {"open", "won", "lost"}
    lost = next(d for d in doc["deals"] if d["id"] == filled["lost"])
    assert lost["lost_reason"] == "Price" and lost["closed_at"] is not None
    stages = {s["id"]: s for p in doc["pipelines"] for s in p["stages"]}
    for deal in doc["deals"]:
        assert deal["status"] == (stages[deal["stage_id"]]["end_kind"] or "open")


def test_the_database_id_is_made_once_and_kept(db, filled, tmp_path):
    conn = db.raw()
    try:
        first = export.export_data(conn, "json", tmp_path / "a.json").path
        second = export.export_data(conn, "json", tmp_path / "b.json").path
    finally:
        conn.close()
    one, two = (json.loads(p.read_text("utf-8")) for p in (first, second))
    assert one["database_id"] == two["database_id"]
    with db.sql() as c:
        stored = c.execute("SELECT value FROM setting WHERE key = 'database/id'").fetchone()[0]
    assert stored == one["database_id"]


def test_the_file_is_the_document_and_names_itself_in_a_folder(db, filled, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    conn = db.raw()
    try:
        result = export.export_data(conn, "json", out, now=NOW)
    finally:
        conn.close()
    assert result.path == out / "salesdesk-export-2026-06-15.json"
    text = result.path.read_text("utf-8")
    assert PERSIAN in text and CHINESE in text  # ensure_ascii=False: readable as is
    written = json.loads(text)
    built = document(db)
    assert written["exported_at"] == NOW.isoformat()
    for key in ("exported_at",):
        written.pop(key), built.pop(key)
    assert written == built  # the fast path (SQLite's JSON) writes what Python builds
    assert result.counts["deals"] == len(built["deals"]) == 44
    assert [p.name for p in out.iterdir()] == [result.path.name]  # no temp files left


def test_one_pipeline_only(db, pipeline, stages, filled, tmp_path):
    from salesdesk import bootstrap

    other = bootstrap.start_pipeline(db, bootstrap.load_shipped("four-bases", "en"))
    with db.transaction() as s:
        first = deals.create_deal(
            s,
            pipeline_id=other.id,
            stage_id=pipelines.stages(s, other.id)[0].id,
            title="Elsewhere",
            organization_name="Only here Oy",
        )
        activities.log_activity(s, first.id, "call", at=NOW)
    doc = document(db, pipeline_id=other.id)
    conn = db.raw()
    try:
        written = export.export_data(conn, "json", tmp_path / "one.json", pipeline_id=other.id)
    finally:
        conn.close()
    assert {**json.loads(written.path.read_text("utf-8")), "exported_at": None} == {
        **doc,
        "exported_at": None,
    }
    assert [p["id"] for p in doc["pipelines"]] == [other.id]
    assert [d["title"] for d in doc["deals"]] == ["Elsewhere"]
    assert [o["name"] for o in doc["organizations"]] == ["Only here Oy"]
    assert {a["deal_id"] for a in doc["activities"]} == {first.id}
    assert doc["current_pipeline_id"] == other.id
    everything = document(db)
    assert len(everything["deals"]) == 45 and len(everything["pipelines"]) == 2


def test_an_unknown_pipeline_is_refused(db, filled, tmp_path):
    conn = db.raw()
    try:
        with pytest.raises(NotFoundError, match="no pipeline with id 99"):
            export.export_data(conn, "json", tmp_path / "x.json", pipeline_id=99)
    finally:
        conn.close()
    assert not (tmp_path / "x.json").exists()


def test_csv_folder_is_spreadsheet_safe(db, filled, tmp_path):
    conn = db.raw()
    try:
        result = export.export_data(conn, "csv", tmp_path / "new" / "out")
    finally:
        conn.close()
    folder = result.path
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{k}.csv" for k in export_csv.COLUMNS
    )
    raw = (folder / "deals.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\r\n" in raw
    deals_csv = rows(folder, "deals.csv")
    assert tuple(deals_csv[0]) == export_csv.DEAL_COLUMNS
    by_id = {int(r["id"]): r for r in deals_csv}
    formula = by_id[filled["formula"]]
    assert formula["title"] == "'=1+2"
    assert formula["organization"] == "'@SUM(A1)"
    assert formula["contact"] == "'+cmd"
    assert formula["value"] == "1234.50" and formula["currency"] == "EUR"
    assert formula["status"] == "open" and formula["probability"].isdigit()
    assert formula["created_at"] == "2026-06-12T12:00:00+00:00"
    assert formula["database_id"] == document(db)["database_id"]
    persian = by_id[filled["persian"]]
    assert persian["title"] == PERSIAN and persian["organization"] == CHINESE
    assert by_id[filled["lost"]]["lost_reason"] == "Price"
    assert by_id[filled["won"]]["status"] == "won"
    notes = {r["text"]: r for r in rows(folder, "activities.csv")}
    assert notes["'-5"]["outcome"] == "'+cmd" and notes["'-5"]["deal"] == "'=1+2"
    assert "'\tcall back" in notes
    assert "مشتری قیمت را پرسید" in notes
    said = rows(folder, "objections.csv")
    assert any(r["answer_given"] == "'=HYPERLINK(1)" for r in said)
    assert {r["resolved"] for r in said} <= {"true", "false"}
    orgs = {r["name"] for r in rows(folder, "organizations.csv")}
    assert "'@SUM(A1)" in orgs and CHINESE in orgs
    changes = rows(folder, "stage_changes.csv")
    assert len(changes) == result.counts["stage_changes"] and changes[0]["to_stage"]
    people = rows(folder, "contacts.csv")
    assert any(r["phone"].startswith("'+358") for r in people)  # demo phones


def test_neutralise_and_restore():
    for text in ("=1+2", "+cmd", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
        assert restore(neutralise(text)) == text
    for text in ("1234.50", "Acme", "'quoted", "", "a=b"):
        assert neutralise(text) == text
        assert restore(text) == text


def test_csv_into_an_existing_folder_replaces_only_its_files(db, filled, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "deals.csv").write_text("old", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    conn = db.raw()
    try:
        export.export_data(conn, "csv", folder)
    finally:
        conn.close()
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert rows(folder, "deals.csv")[0]["id"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # staging removed


def test_unwritable_places_leave_nothing(db, filled, tmp_path):
    locked = tmp_path / "locked"
    conn = db.raw()
    try:
        with read_only_folder(locked):
            with pytest.raises(OSError):
                export.export_data(conn, "json", locked / "x.json")
            with pytest.raises(OSError):
                export.export_data(conn, "csv", locked / "csv")
        (tmp_path / "file").write_text("x", encoding="utf-8")
        with pytest.raises(NotADirectoryError):
            export.export_data(conn, "csv", tmp_path / "file")
    finally:
        conn.close()
    assert os.listdir(locked) == []


def test_cancel_leaves_no_file(db, filled, tmp_path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    conn = db.raw()
    try:
        for fmt in ("json", "csv"):
            with pytest.raises(ExportCancelled):
                export.export_data(
                    conn,
                    fmt,
                    tmp_path / f"out-{fmt}",
                    progress=lambda done, total: seen.append((done, total)),
                    should_cancel=lambda: True,
                )
        result = export.export_data(
            conn, "json", out / "done.json", progress=lambda d, t: seen.append((d, t))
        )
    finally:
        conn.close()
    assert [p.name for p in out.iterdir()] == ["done.json"]
    assert seen[-1][0] == seen[-1][1] == sum(result.counts.values())
    with db.sql(write=True) as c:  # the export's read transaction is over: writers go on
        c.execute("UPDATE setting SET value = 'x' WHERE key = 'database/id'")
