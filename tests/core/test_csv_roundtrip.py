"""SalesDesk's own deals.csv, exported from one database and imported into
another, brings every deal field across (the spreadsheet guard included)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from salesdesk import bootstrap
from salesdesk.core.io import csvformats, csvimport, csvread
from salesdesk.core.io.export import export_data
from salesdesk.core.models import Contact
from salesdesk.core.services import deals
from salesdesk.storage.database import Database, open_database, write_in_own_connection

FIELDS = (
    "d.title, o.name, c.name, d.value_minor, d.currency, d.status, s.key, d.expected_close,"
    " d.lost_reason, d.created_at, d.closed_at"
)


def _rows(db: Database) -> list[tuple]:
    with db.sql() as conn:
        return sorted(
            conn.execute(
                f"SELECT {FIELDS} FROM deal d JOIN stage s ON s.id = d.stage_id"
                " LEFT JOIN organization o ON o.id = d.organization_id"
                " LEFT JOIN contact c ON c.id = d.contact_id"
            ).fetchall()
        )


def _import(db: Database, path) -> csvimport.ImportResult:
    pipeline = bootstrap.current_pipeline(db)
    assert pipeline is not None and pipeline.id is not None
    pid = pipeline.id
    table = csvread.read(path)
    fmt = csvformats.detect(table.headers)
    assert fmt is csvformats.SALESDESK
    options = csvimport.Options(fmt=fmt, mapping=csvformats.guess_mapping(table.headers, fmt))
    with db.sql() as conn:
        plan = csvimport.plan(conn, table, pid, options)
    assert plan.ready and not plan.problems
    return write_in_own_connection(db, lambda c: csvimport.apply(c, plan, pid, options))


def test_deals_csv_round_trips_every_deal_field(db, pipeline, stages, tmp_path):
    when = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with db.transaction() as s:
        open_deal = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[2].id,
            title="=SUM(A1) — پروژه نگهداری",
            value_minor=1_234_50,
            currency="EUR",
            organization_name="@home Oy",
            expected_close=date(2026, 6, 30),
            at=when,
        )
        contact = Contact(organization_id=open_deal.organization_id, name="+Mikko Ää")
        s.add(contact)
        s.flush()
        open_deal.contact_id = contact.id
        won = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[1].id,
            title="年度维护合同",
            value_minor=5_000_000,
            currency="IRR",
            organization_name="شرکت آلفا",
            at=when,
        )
        lost = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stages[0].id,
            title="-5 % discount ask",
            value_minor=99,
            currency="JPY",
            at=when,
        )
    with db.transaction() as s:
        deals.win_deal(s, won.id, at=datetime(2026, 4, 1, 12, tzinfo=UTC))
        deals.lose_deal(s, lost.id, "Chose a competitor", at=datetime(2026, 4, 2, 12, tzinfo=UTC))

    conn = db.raw()
    export_data(conn, "csv", tmp_path / "out")
    conn.close()

    other = open_database(tmp_path / "other.sqlite")
    try:
        bootstrap.start_pipeline(other, bootstrap.load_shipped("b2b-7-step", "en"))
        result = _import(other, tmp_path / "out" / "deals.csv")
        assert (result.added, result.won, result.lost) == (3, 1, 1)
        assert _rows(other) == _rows(db)
        # The same export again adds nothing: its database id is remembered.
        assert _import(other, tmp_path / "out" / "deals.csv").added == 0
    finally:
        other.close()
