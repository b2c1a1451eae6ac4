"""`salesdesk import FILE` as a rep or a script uses it: the real command-line entry
point, a real data folder, files written as the other tools write them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from salesdesk import bootstrap, cli
from salesdesk.paths import resolve

PIPEDRIVE = """\
Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,\
Deal - Organization,Deal - Expected close date,Deal - Lost reason
1,Fleet renewal,12500.50,EUR,Prospecting,Open,Äkki Oy,2024-06-30,
2,Warehouse scanners,3000,USD,Pitch and presentation,Won,Acme Corp,2024-05-01,
3,Support contract,800,EUR,Negotiations Started,Lost,acme corp,2024-04-15,Price too high
4,قرارداد پشتیبانی,1200,EUR,closing,Open,شرکت آلفا,2024-09-01,
"""

HUBSPOT = """\
Record ID,Deal Name,Deal Stage,Amount,Close Date,Pipeline,Create Date,Associated Company
9001,Website relaunch,appointmentscheduled,15000,2024-07-01,Sales Pipeline,2024-02-10,Nordic AB
9002,SEO retainer,qualifiedtobuy,2400,2024-08-15,Sales Pipeline,2024-02-11,Nordic AB
9003,Analytics setup,Closed Won,8000,2024-03-20,Sales Pipeline,2024-01-05,Bravo GmbH
9004,Consulting days,appointmentscheduled,3600,2024-09-30,Sales Pipeline,2024-03-01,Bravo GmbH
"""

FINNISH = """\
Kauppa;Asiakas;Arvo;Vaihe;Odotettu sulkeutuminen
Kesäkampanja;Äkki Oy;1 234,50;Kontaktointi;03.04.2024
Talvirenkaat;Rengas-Pörssi Oy;12.500,00;Kontaktointi;05.06.2024
"""

STAGE_KEYS = (
    "research",
    "prospecting",
    "needs",
    "pitch",
    "objections",
    "closing",
    "followup",
    "won",
    "lost",
)


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder with the default English pipeline, as `salesdesk init` makes it."""
    folder = tmp_path / "data"
    assert cli.main(["--data-dir", str(folder), "--language", "en", "init"]) == 0
    capsys.readouterr()
    return folder


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data), "--language", "en", *args])
    said = capsys.readouterr()
    return code, said.out, said.err


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(data: Path, sql: str) -> list[tuple[Any, ...]]:
    db = bootstrap.open_app_database(resolve(data))
    try:
        with db.sql() as conn:
            return conn.execute(sql).fetchall()
    finally:
        db.close()


def counts(data: Path) -> dict[str, int]:
    tables = ("deal", "organization", "contact", "stagechange", "importedrecord", "stagealias")
    return {t: rows(data, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def deals(data: Path) -> dict[str, tuple[Any, ...]]:
    """title -> (stage key, status, value_minor, currency, organization, expected_close)"""
    found = rows(
        data,
        "SELECT d.title, s.key, d.status, d.value_minor, d.currency, o.name, d.expected_close"
        " FROM deal d JOIN stage s ON s.id = d.stage_id"
        " LEFT JOIN organization o ON o.id = d.organization_id",
    )
    return {r[0]: r[1:] for r in found}


def test_dry_run_changes_nothing_then_the_import_does(capsys, data, tmp_path):
    path = write(tmp_path, "pipedrive.csv", PIPEDRIVE)
    before = counts(data)
    code, out, err = run(capsys, data, "import", str(path), "--dry-run")
    assert code == 0, err
    assert "pipedrive.csv: Pipedrive, utf-8, delimiter comma, 4 rows" in out
    assert "Dry run: would add 4 deals (1 won, 1 lost). Nothing was changed." in out
    assert counts(data) == before

    code, out, err = run(capsys, data, "import", str(path))
    assert code == 0, err
    assert "Added 4 deals (1 won, 1 lost); 3 new organizations." in out
    got = deals(data)
    assert got["Fleet renewal"] == (
        "prospecting",
        "open",
        1_250_050,
        "EUR",
        "Äkki Oy",
        "2024-06-30",
    )
    assert got["Warehouse scanners"][:4] == ("won", "won", 300_000, "USD")
    assert got["Support contract"][:2] == ("lost", "lost")
    assert got["Support contract"][4] == "Acme Corp"  # "acme corp" is the same organization
    assert got["قرارداد پشتیبانی"][0] == "closing"
    assert got["قرارداد پشتیبانی"][4] == "شرکت آلفا"

    # again: nothing new, and it says so
    code, out, _err = run(capsys, data, "import", str(path))
    assert code == 0
    assert "Added 0 deals (0 won, 0 lost), 4 already imported and skipped" in out
    assert counts(data)["deal"] == 4


def test_unknown_stages_are_listed_with_the_pipelines_stages(capsys, data, tmp_path):
    path = write(tmp_path, "hubspot.csv", HUBSPOT)
    code, out, err = run(capsys, data, "import", str(path))
    assert code == 2
    assert "HubSpot" in out
    assert "These stages of the file are not in the pipeline:" in err
    assert "'appointmentscheduled' (2 rows)" in err
    assert "'qualifiedtobuy' (1 rows)" in err
    assert "--map-stage" in err
    for key in STAGE_KEYS:
        assert f"{key} (" in err  # each stage key with its name
    assert "needs (Needs assessment)" in err
    assert counts(data)["deal"] == 0


def test_map_stage_works_and_is_remembered(capsys, data, tmp_path):
    path = write(tmp_path, "hubspot.csv", HUBSPOT)
    # a dry run with choices remembers nothing
    code, _out, err = run(
        capsys,
        data,
        "import",
        str(path),
        "--dry-run",
        "--map-stage",
        "appointmentscheduled=prospecting",
        "--map-stage",
        "qualifiedtobuy=Needs assessment",
    )
    assert code == 0, err
    assert counts(data)["stagealias"] == 0

    code, out, err = run(
        capsys,
        data,
        "import",
        str(path),
        "--map-stage",
        "appointmentscheduled=prospecting",  # by key
        "--map-stage",
        "qualifiedtobuy=Needs assessment",  # by name
    )
    assert code == 0, err
    assert "Added 4 deals (1 won, 0 lost)" in out
    got = deals(data)
    assert got["Website relaunch"][0] == got["Consulting days"][0] == "prospecting"
    assert got["SEO retainer"][0] == "needs"
    assert got["Analytics setup"][:2] == ("won", "won")

    later = HUBSPOT.splitlines()[0] + "\n9101,Next wave,qualifiedtobuy,10,,,,\n"
    code, out, err = run(capsys, data, "import", str(write(tmp_path / "b", "hubspot.csv", later)))
    assert code == 0, err  # no --map-stage needed the second time
    assert deals(data)["Next wave"][0] == "needs"


def test_map_stage_skip_and_unknown_target(capsys, data, tmp_path):
    path = write(tmp_path, "hubspot.csv", HUBSPOT)
    code, _out, err = run(
        capsys, data, "import", str(path), "--map-stage", "qualifiedtobuy=Nowhere"
    )
    assert code == 2
    assert "the pipeline has no stage 'Nowhere'" in err
    code, out, err = run(
        capsys,
        data,
        "import",
        str(path),
        "--map-stage",
        "appointmentscheduled=skip",
        "--map-stage",
        "qualifiedtobuy=pitch",
    )
    assert code == 0, err
    assert "2 rows skipped" in out
    assert set(deals(data)) == {"SEO retainer", "Analytics setup"}


def test_bad_rows_exit_1_with_their_lines(capsys, data, tmp_path):
    text = PIPEDRIVE + (
        "5,Bad amount,lots,EUR,Prospecting,Open,,,\n"
        "6,Bad date,10,EUR,Prospecting,Open,,2024-02-30,\n"
        "7,Fine too,10,EUR,Prospecting,Open,,,\n"
    )
    path = write(tmp_path, "pipedrive.csv", text)
    code, out, err = run(capsys, data, "import", str(path), "--dry-run")
    assert code == 1
    assert counts(data)["deal"] == 0
    code, out, err = run(capsys, data, "import", str(path))
    assert code == 1
    assert "2 rows cannot be imported:" in err
    assert "  line 6: 'lots' is not an amount" in err
    assert "  line 7: '2024-02-30' is not a date" in err
    assert "Added 5 deals (1 won, 1 lost), 2 rows refused" in out
    assert "Fine too" in deals(data) and "Bad amount" not in deals(data)


def test_missing_file(capsys, data, tmp_path):
    code, _out, err = run(capsys, data, "import", str(tmp_path / "nowhere.csv"))
    assert code == 2
    assert "there is no file" in err and "nowhere.csv" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "The file is empty."), (b"just one column\nx\n", "only one column")],
)
def test_a_file_that_is_no_table(capsys, data, tmp_path, content, message):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    code, _out, err = run(capsys, data, "import", str(path))
    assert code == 2 and message in err
    assert counts(data)["deal"] == 0


def test_import_before_init_says_what_to_do(capsys, tmp_path):
    path = write(tmp_path, "pipedrive.csv", PIPEDRIVE)
    code, _out, err = run(capsys, tmp_path / "fresh", "import", str(path))
    assert code == 2 and "salesdesk init" in err


def test_format_forcing(capsys, data, tmp_path):
    path = write(tmp_path, "hubspot.csv", HUBSPOT)
    maps = [
        "--map-stage",
        "appointmentscheduled=prospecting",
        "--map-stage",
        "qualifiedtobuy=needs",
    ]
    code, out, err = run(capsys, data, "import", str(path), "--format", "csv", *maps)
    assert code == 0, err
    assert "hubspot.csv: Other CSV," in out
    # read as a generic file: ids and choices are kept under the generic source
    # (known by the file's name and columns: any tool's ids collide with another's)
    [(source,)] = rows(data, "SELECT DISTINCT source FROM importedrecord")
    assert source.startswith("csv:hubspot:")
    assert rows(data, "SELECT DISTINCT source FROM stagealias") == [(source,)]
    assert len(deals(data)) == 4

    generic = write(tmp_path, "plain.csv", "title,stage\nA deal,Pitch\n")
    code, _out, err = run(capsys, data, "import", str(generic), "--format", "pipedrive")
    assert code == 2
    assert "Choose the column that holds the deal's title." in err
    assert "A deal" not in deals(data)


def test_map_columns_of_a_generic_file(capsys, data, tmp_path):
    path = write(tmp_path, "kaupat.csv", FINNISH, "cp1252")
    code, _out, err = run(capsys, data, "import", str(path))
    assert code == 2 and "title" in err  # nothing to call a title: map it

    args = [
        "import",
        str(path),
        "--map",
        "title=Kauppa",
        "--map",
        "organization=Asiakas",
        "--map",
        "value=Arvo",
        "--map",
        "stage=Vaihe",
        "--map",
        "expected_close=Odotettu sulkeutuminen",
        "--map-stage",
        "Kontaktointi=prospecting",
        "--currency",
        "SEK",
    ]
    code, out, err = run(capsys, data, *args)
    assert code == 0, err
    assert "kaupat.csv: Other CSV, cp1252, delimiter semicolon, 2 rows" in out
    got = deals(data)
    # decimal comma and day first, as the column says
    assert got["Kesäkampanja"] == ("prospecting", "open", 123_450, "SEK", "Äkki Oy", "2024-04-03")
    assert got["Talvirenkaat"][2:4] == (1_250_000, "SEK")


def test_options_for_dates_and_amounts(capsys, data, tmp_path):
    text = "title,value,close date,stage\nAmbiguous,1.500,03/04/2024,Pitch\n"
    path = write(tmp_path, "plain.csv", text)
    code, _out, err = run(
        capsys, data, "import", str(path), "--day-first", "--decimal-comma", "--currency", "eur"
    )
    assert code == 0, err
    assert deals(data)["Ambiguous"][2:] == (150_000, "EUR", None, "2024-04-03")


def test_bad_map_and_currency_options(capsys, data, tmp_path):
    path = write(tmp_path, "kaupat.csv", FINNISH)
    code, _out, err = run(capsys, data, "import", str(path), "--map", "title=Nimi")
    assert code == 2
    assert "--map title=Nimi" in err and "Kauppa" in err and "expected_close" in err
    code, _out, err = run(capsys, data, "import", str(path), "--map", "colour=Kauppa")
    assert code == 2 and "--map colour=Kauppa" in err
    plain = write(tmp_path, "plain.csv", "title,stage\nA,Pitch\n")
    code, _out, err = run(capsys, data, "import", str(plain), "--currency", "XYZ")
    assert code == 2 and "Unknown currency code 'XYZ'" in err
    assert counts(data)["deal"] == 0
