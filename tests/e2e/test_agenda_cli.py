"""The .ics export read back with a real calendar parser, and `salesdesk agenda` /
`salesdesk ics` as a rep or a script runs them (in-process through `main`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from salesdesk import bootstrap
from salesdesk.cli import main
from salesdesk.core.io import ics
from salesdesk.core.services import activities, deals
from salesdesk.core.timeutil import from_storage, utcnow
from salesdesk.paths import resolve

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
TRICKY = 'Call back, re: price; bring\nthe "contract"\r\nand C:\\docs\\offer.pdf'
PERSIAN = "پیگیری قرارداد با مدیر خرید 🤝👩‍💻 " * 4


def _deal(s, pipeline, stage, title, at=NOW - DAY) -> int:
    return deals.create_deal(s, pipeline_id=pipeline.id, stage_id=stage.id, title=title, at=at).id


def _events(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


@pytest.fixture
def booked(db, pipeline, stages):
    """Open follow-ups on two open deals, one done, and open ones on won/lost deals."""
    with db.transaction() as s:
        acme = _deal(s, pipeline, stages[0], 'Acme, Inc; "Pilot"')
        tehran = _deal(s, pipeline, stages[2], "فروش سرور — تهران")
        won = _deal(s, pipeline, stages[0], "Won deal")
        lost = _deal(s, pipeline, stages[0], "Lost deal")
        tricky = activities.schedule_follow_up(s, acme, NOW + DAY, text=TRICKY).id
        bare = activities.schedule_follow_up(s, acme, NOW + 2 * DAY, kind="meeting").id
        done = activities.schedule_follow_up(s, acme, NOW - DAY, text="done already").id
        activities.complete_follow_up(s, done, at=NOW)
        persian = activities.schedule_follow_up(s, tehran, NOW + 3 * DAY, text=PERSIAN).id
        for closed in (won, lost):
            activities.schedule_follow_up(s, closed, NOW + DAY, text="should not show")
        deals.win_deal(s, won, at=NOW)
        deals.lose_deal(s, lost, "budget", at=NOW)
    with db.sql(write=True) as conn:
        conn.execute("UPDATE activity SET duration_minutes = 90 WHERE id = ?", (persian,))
    return {"acme": acme, "tehran": tehran, "open": {tricky, bare, persian}, "done": done}


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")  # iCalendar has one line break


def _open_rows(conn, deal_id=None):
    sql = (
        "SELECT a.id, a.kind, a.due_at, a.text, d.title FROM activity a "
        "JOIN deal d ON d.id = a.deal_id WHERE a.due_at IS NOT NULL "
        "AND a.done_at IS NULL AND d.status = 'open'"
    )
    rows = conn.execute(sql + (f" AND d.id = {int(deal_id)}" if deal_id else "")).fetchall()
    return {
        (
            f"{kind}-{ident}@{ics.UID_DOMAIN}",
            from_storage(due),
            _lf(f"{title}: {text}" if text else title),
        )
        for ident, kind, due, text, title in rows
    }


# --- the calendar file ---------------------------------------------------------------


def test_ics_round_trip(db, booked):
    with db.sql() as conn:
        text = ics.calendar(conn, now=NOW)
        expected = _open_rows(conn)
        closed_open = conn.execute(
            "SELECT count(*) FROM activity a JOIN deal d ON d.id = a.deal_id "
            "WHERE d.status != 'open' AND a.done_at IS NULL"
        ).fetchone()[0]
    assert closed_open == 2  # the won and lost deals' follow-ups are still open ...
    events = _events(text)
    got = {(str(e["UID"]), e["DTSTART"].dt, str(e["SUMMARY"])) for e in events}
    assert got == expected and len(events) == len(booked["open"]) == 3  # ... and left out
    assert len({str(e["UID"]) for e in events}) == len(events)
    summaries = {str(e["SUMMARY"]) for e in events}
    assert _lf(f'Acme, Inc; "Pilot": {TRICKY}') in summaries  # every special character intact
    assert f"فروش سرور — تهران: {PERSIAN}" in summaries
    assert 'Acme, Inc; "Pilot"' in summaries  # no text: the title alone
    assert not any("done already" in s or "should not show" in s for s in summaries)
    for event in events:
        start = event["DTSTART"].dt
        assert start.utcoffset() == timedelta(0) and event["DTSTAMP"].dt == NOW
        minutes = 90 if "تهران" in str(event["SUMMARY"]) else 30
        assert event["DTEND"].dt - start == timedelta(minutes=minutes)
        (alarm,) = event.walk("VALARM")
        assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
    meeting = next(e for e in events if str(e["UID"]).startswith("meeting-"))
    assert meeting["CATEGORIES"].cats == ["MEETING"]


def test_ics_lines_are_folded_and_end_with_crlf(db, booked):
    with db.sql() as conn:
        data = ics.calendar(conn, now=NOW).encode("utf-8")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\r" not in line and b"\n" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    for line in lines:
        line.decode("utf-8")  # no character is split between two physical lines
    assert sum(line.startswith(b" ") for line in lines) >= 4  # the Persian text was folded


def test_ics_for_one_deal(db, booked):
    with db.sql() as conn:
        only = _events(ics.calendar(conn, booked["tehran"], now=NOW))
        expected = _open_rows(conn, booked["tehran"])
        empty = _events(ics.calendar(conn, 9999, now=NOW))
    assert {(str(e["UID"]), e["DTSTART"].dt, str(e["SUMMARY"])) for e in only} == expected
    assert len(only) == 1 and str(only[0]["X-SALESDESK-DEAL"]) == str(booked["tehran"])
    assert empty == []


def test_escape_and_fold():
    assert ics.escape('a,b;c\\d\ne\r\nf\rg"') == 'a\\,b\\;c\\\\d\\ne\\nf\\ng"'
    line = "SUMMARY:" + "é🤝ب" * 40
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1 and all(p.startswith(" ") for p in parts[1:])
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line
    assert ics.fold("SHORT:x") == "SHORT:x"


# --- the command line ----------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path, capsys) -> dict:
    """A data folder made by `salesdesk init`, with deals dated from the real now
    (the commands read the clock): overdue, next week, and a quiet stalled one."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "--language", "en", "init"]) == 0
    capsys.readouterr()
    db = bootstrap.open_app_database(resolve(folder))
    pipeline = bootstrap.current_pipeline(db)
    now = utcnow()
    try:
        from salesdesk.core.services import pipelines

        with db.transaction() as s:
            first = pipelines.stages(s, pipeline.id)[0]
            overdue = _deal(s, pipeline, first, "Overdue Oy", at=now - 3 * DAY)
            weekly = _deal(s, pipeline, first, "Weekly Ab", at=now - 3 * DAY)
            quiet = _deal(s, pipeline, first, "Quiet Corp", at=now - 30 * DAY)
            activities.schedule_follow_up(s, overdue, now - 2 * DAY, text="send quote")
            activities.schedule_follow_up(s, weekly, now + 3 * DAY, text="demo")
    finally:
        db.close()
    return {"dir": folder, "overdue": overdue, "weekly": weekly, "quiet": quiet}


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_agenda_prints_the_groups(data_dir, capsys):
    code, out, err = _run(capsys, "--data-dir", str(data_dir["dir"]), "agenda")
    assert code == 0, err
    for heading in ("Overdue (1)", "Coming week (1)", "No next step (1)", "Stalled (1)"):
        assert heading in out
    assert "Due today (0)" in out
    assert "Overdue Oy — Preparation and research: send quote" in out
    assert "days in Preparation and research, no activity for" in out
    assert "Quiet Corp" in out and "[touch 0 of 5]" in out


def test_agenda_json(data_dir, capsys):
    code, out, err = _run(capsys, "--data-dir", str(data_dir["dir"]), "agenda", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"overdue", "today", "week", "no_next_step", "stalled"} <= set(data)
    assert [i["text"] for i in data["overdue"]] == ["send quote"]
    assert [i["deal_id"] for i in data["week"]] == [data_dir["weekly"]]
    assert [i["deal_id"] for i in data["no_next_step"]] == [data_dir["quiet"]]
    (stalled,) = data["stalled"]
    assert stalled["deal_id"] == data_dir["quiet"] and stalled["stall"]["over_stage"]
    assert datetime.fromisoformat(data["overdue"][0]["due"]).utcoffset() == timedelta(0)


def test_agenda_on_an_empty_folder(tmp_path, capsys):
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path / "new"), "agenda")
    assert code == 0
    assert out.splitlines() == [
        "Overdue (0)",
        "Due today (0)",
        "Coming week (0)",
        "No next step (0)",
        "Stalled (0)",
    ]


def test_ics_command(data_dir, capsys, tmp_path):
    out_file = tmp_path / "all.ics"
    code, out, err = _run(capsys, "--data-dir", str(data_dir["dir"]), "ics", "--out", str(out_file))
    assert code == 0, err
    assert out.strip() == f"Wrote 2 events to {out_file}"
    events = _events(out_file.read_bytes().decode("utf-8"))
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Overdue Oy: send quote",
        "Weekly Ab: demo",
    ]
    one = tmp_path / "one.ics"
    code, out, _ = _run(
        capsys, "--data-dir", str(data_dir["dir"]), "ics", "--out", str(one),
        "--deal", str(data_dir["weekly"]),
    )  # fmt: skip
    assert code == 0 and out.strip() == f"Wrote 1 event to {one}"
    (event,) = _events(one.read_text(encoding="utf-8"))
    assert str(event["SUMMARY"]) == "Weekly Ab: demo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.ics", "data", "one.ics"]


def test_ics_unknown_deal_writes_nothing(data_dir, capsys, tmp_path):
    out_file = tmp_path / "x.ics"
    code, out, err = _run(
        capsys, "--data-dir", str(data_dir["dir"]), "ics", "--out", str(out_file),
        "--deal", "424242",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert "no deal with id 424242" in err
    assert not out_file.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_agenda_json_as_a_real_process(data_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "salesdesk", "--data-dir", str(data_dir["dir"]), "agenda", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert [i["title"] for i in json.loads(result.stdout)["stalled"]] == ["Quiet Corp"]


def test_ics_into_a_missing_folder_is_a_clean_error(data_dir, capsys, tmp_path):
    out_file = tmp_path / "no-such-folder" / "x.ics"
    code, _, err = _run(capsys, "--data-dir", str(data_dir["dir"]), "ics", "--out", str(out_file))
    assert code == 2 and err.startswith("salesdesk: ")


def test_agenda_never_prints_control_characters_from_notes(tmp_path, capsys):
    """A note's carriage return would overwrite the line on a terminal."""
    from salesdesk.terminal import shown

    assert shown("Call back\rRM -RF\x1b]0;pwned\x07") == "Call back\\x0dRM -RF\\x1b]0;pwned\\x07"
    assert shown("x" * 400, 10) == "x" * 10 + "…"
    assert shown("سلام 👋 <b>") == "سلام 👋 <b>"
