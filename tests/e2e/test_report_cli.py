"""`salesdesk report` as a rep or a script runs it (in-process through `main`)."""

from __future__ import annotations

import json

import pytest

from salesdesk.cli import main

KEYS = {
    "period",
    "pipeline",
    "funnel",
    "time_in_stage_days",
    "bottleneck",
    "flows",
    "won",
    "lost",
    "win_rate",
    "average_won_value",
    "average_cycle_days",
    "velocity",
    "forecast",
    "health",
    "objections",
    "lost_reasons",
}


@pytest.fixture
def data_dir(tmp_path) -> str:
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "init"]) == 0
    assert main(["--data-dir", folder, "demo", "--deals", "120", "--seed", "5"]) == 0
    return folder


def _json(capsys, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--data-dir", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_keys_and_ranges(data_dir, capsys):
    doc = _json(capsys, data_dir, "report", "--period", "all")
    assert set(doc) == KEYS
    assert doc["pipeline"] == 1 and doc["period"]["start"].startswith("1900-01-01")
    assert doc["funnel"][0]["reached"] == 120
    assert set(doc["funnel"][0]) == {
        "stage",
        "stage_id",
        "reached",
        "value_by_currency",
        "conversion_to_next",
        "conversion_to_won",
    }
    assert set(doc["flows"][0]) == {
        "stage",
        "stage_id",
        "at_start",
        "entered",
        "left_forward",
        "left_backward",
        "won",
        "lost",
        "remaining",
    }
    assert set(doc["time_in_stage_days"][0]) == {"stage", "stage_id", "stays", "average", "median"}
    assert 0 <= doc["win_rate"] <= 1
    assert doc["won"] + doc["lost"] > 0
    assert all(isinstance(v, int) for v in doc["average_won_value"].values())
    assert {m["month"][:2] for m in doc["forecast"]} == {"20"}


def test_default_period_is_this_month_and_pipeline_is_chosen(data_dir, capsys):
    doc = _json(capsys, data_dir, "report")
    assert doc["period"]["start"][8:] == "01T00:00:00+00:00"
    assert len(doc["forecast"]) == 1
    custom = _json(capsys, data_dir, "report", "--period", "2020-01-01..2020-12-31")
    # Years before the demo history: nothing in play, no data rather than zeros divided.
    assert custom["funnel"][0]["reached"] == 0 and custom["win_rate"] is None
    assert len(custom["forecast"]) == 12
    assert _json(capsys, data_dir, "report", "--pipeline", "1", "--period", "year")["pipeline"] == 1


def test_text_tables(data_dir, capsys):
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "report", "--period", "all"]) == 0
    out = capsys.readouterr().out
    for heading in ("Funnel", "Time in stage", "Flows in the period", "win rate", "Lost reasons"):
        assert heading in out
    assert "Preparation and research" in out and " EUR" in out


def test_bad_input_exit_codes(data_dir, tmp_path, capsys):
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "report", "--period", "fortnight"]) == 2
    assert "'fortnight' is not a period" in capsys.readouterr().err
    assert main(["--data-dir", data_dir, "report", "--period", "2026-05-01..2026-04-01"]) == 2
    assert "end after it starts" in capsys.readouterr().err
    assert main(["--data-dir", data_dir, "report", "--pipeline", "99"]) == 2
    assert "no pipeline with id 99" in capsys.readouterr().err
    empty = str(tmp_path / "nothing")
    assert main(["--data-dir", empty, "report"]) == 2
    assert "nothing to report" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", data_dir, "report", "--pipeline", "x"])
    assert exit_info.value.code == 2


def test_csv_of_the_figures(data_dir, tmp_path, capsys):
    import csv

    target = tmp_path / "figures.csv"
    doc = _json(capsys, data_dir, "report", "--period", "all", "--csv", str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == ["section", "stage", "item", "measure", "currency", "value"]
    first = doc["funnel"][0]
    reached = [
        r
        for r in rows
        if (r["section"], r["stage"], r["measure"]) == ("funnel", first["stage"], "reached")
    ]
    assert [int(r["value"]) for r in reached] == [first["reached"]]
    won = next(r for r in rows if r["measure"] == "win_rate" and r["section"] == "outcomes")
    assert float(won["value"]) == doc["win_rate"]
    # A folder that cannot be written: a message, exit 1, no file.
    assert main(["--data-dir", data_dir, "report", "--csv", str(tmp_path / "nope" / "f.csv")]) == 1
    assert "could not be written" in capsys.readouterr().err
    assert not (tmp_path / "nope").exists()
