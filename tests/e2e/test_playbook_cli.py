"""`salesdesk playbook export|import|list` as a rep or a script uses them, through
the real command-line entry point and a real data folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from salesdesk import bootstrap, cli
from salesdesk.core import playbook as pb
from salesdesk.paths import resolve
from tests.helpers import read_only_folder


def run(data: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data), "--language", "en", *args])


def pipelines_in(data: Path) -> list[tuple[int, str, int]]:
    db = bootstrap.open_app_database(resolve(data))
    try:
        with db.sql() as conn:
            return conn.execute(
                "SELECT p.id, p.name, (SELECT count(*) FROM stage s WHERE s.pipeline_id = p.id) "
                "FROM pipeline p ORDER BY p.id"
            ).fetchall()
    finally:
        db.close()


def test_round_trip_between_two_reps(tmp_path, capsys):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    assert run(mine, "init") == 0
    assert run(theirs, "init", "--playbook", "four-bases") == 0
    out = tmp_path / "team.toml"
    capsys.readouterr()
    assert run(mine, "playbook", "export", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "B2B sales process (7 steps)" in said and "9 stages" in said and str(out) in said
    exported = pb.parse(tomllib.loads(out.read_text(encoding="utf-8")))
    assert exported == bootstrap.load_shipped("b2b-7-step", "en")

    assert run(theirs, "playbook", "import", str(out)) == 0
    said = capsys.readouterr().out
    assert "Imported 'B2B sales process (7 steps)' with 9 stages" in said
    rows = pipelines_in(theirs)
    assert [name for _id, name, _n in rows] == [
        bootstrap.load_shipped("four-bases", "en").name,
        "B2B sales process (7 steps)",
    ]
    assert rows[1][2] == 9
    assert run(theirs, "playbook", "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[1].startswith("*") and "B2B sales process (7 steps)" in listed[1]
    assert not listed[0].startswith("*")


def test_export_chooses_a_pipeline_by_id(tmp_path, capsys):
    data = tmp_path / "data"
    assert run(data, "init") == 0
    assert (
        run(data, "playbook", "import", str(bootstrap.shipped_playbooks()["six-stage-cycle"]["fi"]))
        == 0
    )
    first = pipelines_in(data)[0][0]
    out = tmp_path / "first.toml"
    assert run(data, "playbook", "export", "--out", str(out), "--pipeline", str(first)) == 0
    assert pb.parse(tomllib.loads(out.read_text(encoding="utf-8"))).id == "b2b-7-step"
    capsys.readouterr()
    assert run(data, "playbook", "export", "--out", str(out), "--pipeline", "77") == 2
    err = capsys.readouterr().err
    assert "no pipeline with id 77" in err and f"{first} (B2B sales process (7 steps))" in err


def test_an_invalid_file_prints_one_problem_per_line(tmp_path, capsys):
    data = tmp_path / "data"
    assert run(data, "init") == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'schema = 2\n[playbook]\nid = "x"\nkind = "pipeline"\nlanguage = "en"\nname = "X"\n'
        '[[stages]]\nkey = "a"\nname = "A"\nprobability = 500\n',
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(data, "playbook", "import", str(bad)) == 2
    err = capsys.readouterr().err.splitlines()
    assert "bad.toml has problems; nothing was changed" in err[0]
    problems = err[1:]
    assert len(problems) >= 4
    assert any("'schema = 1' is required" in p for p in problems)
    assert any("'probability' must be a whole number from 0 to 100" in p for p in problems)
    assert any("exactly one 'won' and one 'lost'" in p for p in problems)
    assert len(pipelines_in(data)) == 1


def test_export_needs_a_pipeline_and_a_writable_place(tmp_path, capsys):
    empty = tmp_path / "empty"
    assert run(empty, "playbook", "export", "--out", str(tmp_path / "x.toml")) == 2
    assert "salesdesk init" in capsys.readouterr().err
    assert not (tmp_path / "x.toml").exists()

    data = tmp_path / "data"
    assert run(data, "init") == 0
    locked = tmp_path / "locked"
    with read_only_folder(locked):
        assert run(data, "playbook", "export", "--out", str(locked / "p.toml")) == 2
    assert "cannot write" in capsys.readouterr().err
    assert list(locked.iterdir()) == []


def test_playbook_needs_an_action(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        run(tmp_path, "playbook")
    assert exited.value.code == 2
    assert "export" in capsys.readouterr().err
