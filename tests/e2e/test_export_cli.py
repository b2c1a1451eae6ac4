"""`salesdesk export` as a rep or a script runs it (in-process through `main`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from salesdesk.cli import main
from salesdesk.core.io import export_csv
from tests.helpers import read_only_folder


@pytest.fixture
def data_dir(tmp_path) -> str:
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "init"]) == 0
    assert main(["--data-dir", folder, "demo", "--deals", "30", "--seed", "4"]) == 0
    return folder


def test_json_export(data_dir, tmp_path, capsys):
    capsys.readouterr()
    out = tmp_path / "out" / "all.json"
    out.parent.mkdir()
    assert main(["--data-dir", data_dir, "export", "--format", "json", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Wrote JSON to {out}: 30 deals" in printed
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "salesdesk" and len(doc["deals"]) == 30
    assert {d["status"] for d in doc["deals"]} <= {"open", "won", "lost"}
    assert [p.name for p in out.parent.iterdir()] == ["all.json"]


def test_json_is_the_default_and_a_folder_gets_a_dated_name(data_dir, tmp_path, capsys):
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["--data-dir", data_dir, "export", "--out", str(folder)]) == 0
    (written,) = folder.iterdir()
    assert written.name.startswith("salesdesk-export-") and written.suffix == ".json"
    assert str(written) in capsys.readouterr().out


def test_csv_export_creates_the_folder(data_dir, tmp_path, capsys):
    out = tmp_path / "sheets" / "today"
    assert main(["--data-dir", data_dir, "export", "--format", "csv", "--out", str(out)]) == 0
    assert f"Wrote CSV files to {out}: 30 deals" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.csv" for k in export_csv.COLUMNS)
    with (out / "deals.csv").open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == export_csv.DEAL_COLUMNS
        assert len(list(reader)) == 30


def test_one_pipeline_and_an_unknown_one(data_dir, tmp_path, capsys):
    out = tmp_path / "one.json"
    assert main(["--data-dir", data_dir, "export", "--out", str(out), "--pipeline", "1"]) == 0
    assert len(json.loads(out.read_text("utf-8"))["pipelines"]) == 1
    capsys.readouterr()
    missing = tmp_path / "none.json"
    assert main(["--data-dir", data_dir, "export", "--out", str(missing), "--pipeline", "99"]) == 2
    assert "There is no pipeline with id 99." in capsys.readouterr().err
    assert not missing.exists()


def test_an_unwritable_path_exits_2_with_the_reason(data_dir, tmp_path, capsys):
    locked = tmp_path / "locked"
    with read_only_folder(locked):
        for fmt in ("json", "csv"):
            code = main(
                ["--data-dir", data_dir, "export", "--format", fmt, "--out", str(locked / "x")]
            )
            assert code == 2
            err = capsys.readouterr().err
            assert f"cannot write {locked / 'x'}" in err or f"cannot write {locked}" in err
            assert "Nothing was written." in err
    assert list(locked.iterdir()) == []


def test_a_file_where_the_csv_folder_should_be(data_dir, tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.write_text("mine", encoding="utf-8")
    assert main(["--data-dir", data_dir, "export", "--format", "csv", "--out", str(taken)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert taken.read_text(encoding="utf-8") == "mine"


def test_no_database_no_export(tmp_path, capsys):
    empty = tmp_path / "empty"
    assert main(["--data-dir", str(empty), "export", "--out", str(tmp_path / "x.json")]) == 2
    assert "there is no database" in capsys.readouterr().err
    assert not Path(empty / "salesdesk.sqlite").exists()
