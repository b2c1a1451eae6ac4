"""Playbook export and import over real databases: a shipped playbook survives the
round trip, edits travel with the file, a bad file changes nothing."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from salesdesk import bootstrap
from salesdesk.core import playbook as pb
from salesdesk.core import playbook_export as px
from salesdesk.core.errors import NotFoundError
from salesdesk.core.models import ExitCriterion, LostReason, ObjectionEntry, Pipeline, Stage
from salesdesk.core.services import objections, pipelines
from salesdesk.storage.database import Database, open_database
from tests.helpers import read_only_folder

CATALOGUE = bootstrap.shipped_playbooks()
PIPELINE_FILES = [
    path
    for files in CATALOGUE.values()
    for path in files.values()
    if pb.load(path).kind == "pipeline"
]


def _fields(book: pb.Playbook) -> dict[str, object]:
    data = dataclasses.asdict(book)
    del data["source"]  # where it was read from, not what it says
    return data


def _export(db: Database, pipeline_id: int) -> px.Exported:
    with db.transaction() as s:
        return px.export(s, pipeline_id)


def _import(db: Database, path: Path) -> Pipeline:
    with db.transaction() as s:
        return px.import_playbook(s, path)


def _count(db: Database, model: type) -> int:
    with db.transaction() as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def test_every_shipped_pipeline_playbook_is_covered():
    # four pipelines in five languages each
    assert len(PIPELINE_FILES) == 20


@pytest.mark.parametrize("path", PIPELINE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_shipped_playbook_round_trips(db: Database, path: Path):
    original = pb.load(path)
    pipeline = bootstrap.start_pipeline(db, original)
    exported = _export(db, pipeline.id or 0)
    back = pb.parse(tomllib.loads(exported.text), "exported")
    assert _fields(back) == _fields(original)
    assert back == original == exported.playbook
    assert exported.skipped_objections == 0
    # to_toml is the text alone, the same from a plain connection as from a session
    with db.sql() as conn:
        assert px.to_toml(conn, pipeline.id or 0) == exported.text


def test_the_file_reads_like_the_documented_format(db: Database, pipeline: Pipeline):
    text = _export(db, pipeline.id or 0).text
    assert text.count("[[stages]]") == 9  # seven open stages, won and lost
    assert text.count("[[objections]]") >= 7
    assert "[playbook]" in text and 'kind = "pipeline"' in text and "schema = 1" in text
    assert "{ text = " in text  # criteria as inline tables, as in the README
    assert "[[stages.criteria]]" not in text
    assert 'end = "won"' in text and 'end = "lost"' in text


def test_edited_stages_survive_export_and_import(db: Database, pipeline: Pipeline, tmp_path):
    with db.transaction() as s:
        stages = pipelines.stages(s, pipeline.id or 0)
        stages[1].name = "Cold calling"
        stages[1].probability = 12
        stages[1].stalled_after_days = 30
        stages[1].follow_up_days = 2
        stages[1].idle_after_days = 9
        s.add(stages[1])
        criteria = s.exec(
            select(ExitCriterion)
            .where(ExitCriterion.stage_id == stages[1].id)
            .order_by(col(ExitCriterion.position))
        ).all()
        criteria[0].text = "Spoke to a real person"
        s.add(criteria[0])
    file = tmp_path / "team.toml"
    px.write(file, _export(db, pipeline.id or 0).text)

    other = open_database(tmp_path / "colleague.sqlite")
    try:
        imported = _import(other, file)
        with other.transaction() as s:
            assert pipelines.current_pipeline(s).id == imported.id
            second = pipelines.stages(s, imported.id or 0)[1]
            got = s.exec(
                select(ExitCriterion.text)
                .where(ExitCriterion.stage_id == second.id)
                .order_by(col(ExitCriterion.position))
            ).first()
    finally:
        other.close()
    assert (second.name, second.probability, second.stalled_after_days) == ("Cold calling", 12, 30)
    assert (second.follow_up_days, second.idle_after_days) == (2, 9)
    assert got == "Spoke to a real person"
    assert imported.name == pipeline.name and imported.playbook_id == "b2b-7-step"


@pytest.mark.parametrize(
    ("language", "sample"), [("fa", "فرآیند فروش"), ("zh_CN", "销售"), ("ar", "مبيعات")]
)
def test_non_latin_text_is_intact(db: Database, tmp_path, language: str, sample: str):
    original = bootstrap.load_shipped("b2b-7-step", language)
    pipeline = bootstrap.start_pipeline(db, original)
    file = tmp_path / "shared.toml"
    px.write(file, _export(db, pipeline.id or 0).text)
    raw = file.read_bytes().decode("utf-8")
    assert sample in original.name and "\\u" not in raw  # real characters, not escapes
    assert original.name in raw and original.stages[0].questions[0] in raw
    imported = _import(db, file)
    with db.transaction() as s:
        names = [st.name for st in pipelines.stages(s, imported.id or 0)]
        entries = s.exec(select(ObjectionEntry.text)).all()
    assert names == [st.name for st in original.stages]
    assert imported.name == f"{original.name} (2)"
    assert sorted(entries) == sorted(o.text for o in original.objections)  # merged, not doubled


def test_import_makes_a_new_current_pipeline(db: Database, pipeline: Pipeline):
    path = CATALOGUE["four-bases"]["en"]
    imported = _import(db, path)
    book = pb.load(path)
    assert imported.id != pipeline.id and imported.name == book.name
    with db.transaction() as s:
        assert pipelines.current_pipeline(s).id == imported.id
        stages = pipelines.stages(s, imported.id or 0)
    assert [(st.key, st.name, st.probability, st.end_kind) for st in stages] == [
        (sp.key, sp.name, sp.probability, sp.end) for sp in book.stages
    ]


def test_same_name_gets_a_number(db: Database, pipeline: Pipeline, tmp_path):
    file = tmp_path / "again.toml"
    px.write(file, _export(db, pipeline.id or 0).text)
    names = [_import(db, file).name for _ in range(2)]
    assert names == [f"{pipeline.name} (2)", f"{pipeline.name} (3)"]
    assert _count(db, Pipeline) == 3


BROKEN = """schema = 1
[playbook]
id = "Bad Id"
kind = "pipeline"
language = "en"
name = "Broken"
lost_reasons = ["Price"]

[[stages]]
key = "first"
name = "First"
probability = 50
stalled_after_days = 14
questions = ["Why?"]
criteria = [{ text = "Asked", weight = 60 }, { text = "Answered", weight = 30 }]

[[stages]]
key = "second"
name = "Second"
probability = 20
stalled_after_days = 0
questions = []
criteria = [{ text = "Done", weight = 100 }]

[[stages]]
key = "won"
name = "Won"
end = "won"
probability = 100
"""


def test_an_invalid_file_lists_every_problem_and_creates_nothing(db, pipeline, tmp_path):
    file = tmp_path / "broken.toml"
    file.write_text(BROKEN, encoding="utf-8")
    before = (_count(db, Pipeline), _count(db, Stage), _count(db, ObjectionEntry))
    with pytest.raises(pb.PlaybookError) as caught:
        _import(db, file)
    problems = "\n".join(caught.value.problems)
    assert len(caught.value.problems) >= 5
    for expected in (
        "id must use lowercase",
        "add up to 90, not 100",
        "'stalled_after_days' must be a whole number from 1 to 365",
        "at least one question",
        "exactly one 'won' and one 'lost'",
        "must not decrease",
    ):
        assert expected in problems
    assert "broken.toml" in caught.value.message
    assert (_count(db, Pipeline), _count(db, Stage), _count(db, ObjectionEntry)) == before
    with db.transaction() as s:
        assert pipelines.current_pipeline(s).id == pipeline.id


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"schema = 1\n[playbook\n", "is not valid TOML"),
        (b"\xff\xfe not text", "cannot be read"),
    ],
)
def test_unreadable_files_are_refused(db, pipeline, tmp_path, content: bytes, problem: str):
    file = tmp_path / "bad.toml"
    file.write_bytes(content)
    with pytest.raises(pb.PlaybookError) as caught:
        _import(db, file)
    assert problem in caught.value.problems[0]
    assert _count(db, Pipeline) == 1


def test_a_question_set_is_not_a_pipeline(db, pipeline):
    with pytest.raises(pb.PlaybookError) as caught:
        _import(db, CATALOGUE["bant"]["en"])
    assert "question set" in caught.value.problems[0]
    assert _count(db, Pipeline) == 1


def test_library_entries_without_an_answer_are_left_out_and_counted(db, pipeline):
    with db.transaction() as s:
        objections.add_library_entry(s, "Timing", "Call me next year.", "")
        objections.add_library_entry(s, "Timing", "Not this quarter.", "Ask what changes then.")
    exported = _export(db, pipeline.id or 0)
    assert exported.skipped_objections == 1
    texts = [o.text for o in exported.playbook.objections]
    assert "Not this quarter." in texts and "Call me next year." not in texts


def test_lost_reasons_travel_in_order(db, pipeline):
    with db.transaction() as s:
        s.add(LostReason(text="Went quiet", position=99))
    reasons = _export(db, pipeline.id or 0).playbook.lost_reasons
    assert reasons[-1] == "Went quiet"
    assert reasons[:-1] == bootstrap.load_shipped("b2b-7-step", "en").lost_reasons


def test_a_pipeline_that_breaks_a_rule_is_not_exported(db, pipeline):
    with db.transaction() as s:
        stage = pipelines.stages(s, pipeline.id or 0)[2]
        first = s.exec(select(ExitCriterion).where(ExitCriterion.stage_id == stage.id)).first()
        first.weight -= 10
        s.add(first)
    with pytest.raises(pb.PlaybookError) as caught:
        _export(db, pipeline.id or 0)
    assert any("add up to 90, not 100" in p for p in caught.value.problems)
    assert pipeline.name in caught.value.message


def test_id_is_the_playbook_id_or_a_slug_of_the_name(db):
    book = bootstrap.load_shipped("four-bases", "fa")
    for playbook_id, name, expected in (
        ("", "Équipe Nord: B2B (2026)", "equipe-nord-b2b-2026"),
        ("Not A Key", "Ventes été", "ventes-ete"),
        ("", book.name, "playbook"),  # Persian only: nothing Latin to keep
        ("four-bases", "Anything", "four-bases"),
    ):
        pipeline = bootstrap.start_pipeline(db, book)
        with db.transaction() as s:
            row = s.get(Pipeline, pipeline.id)
            row.playbook_id, row.name = playbook_id, name
            s.add(row)
        assert _export(db, pipeline.id or 0).playbook.id == expected


def test_unknown_pipeline(db, pipeline):
    with pytest.raises(NotFoundError):
        _export(db, 999)


def test_write_replaces_whole_and_leaves_nothing_behind(tmp_path):
    file = tmp_path / "p.toml"
    px.write(file, "old = 1\n")
    px.write(file, "new = 2\n")
    assert file.read_text(encoding="utf-8") == "new = 2\n"
    assert os.listdir(tmp_path) == ["p.toml"]
    with pytest.raises(OSError):
        px.write(tmp_path / "missing" / "p.toml", "x = 1\n")
    assert os.listdir(tmp_path) == ["p.toml"]


def test_write_into_a_read_only_folder_keeps_the_old_file(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    file = folder / "p.toml"
    px.write(file, "old = 1\n")
    with read_only_folder(folder), pytest.raises(OSError):
        px.write(file, "new = 2\n")
    assert file.read_text(encoding="utf-8") == "old = 1\n"
    assert os.listdir(folder) == ["p.toml"]
