"""Organizations and contacts: the lists and their search in any script, each
detail's figures against the database, and create/edit with bad input refused and
nothing saved."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select

from salesdesk.core.errors import NotFoundError, ValidationError
from salesdesk.core.models import Activity, Contact, Deal, Organization
from salesdesk.core.services import activities, deals, organizations, people
from salesdesk.core.services.organizations import DuplicateNameError
from tests.people_helpers import add_contact, add_deal, add_org

NOW = datetime.now(UTC).replace(microsecond=0)


def _close(db, deal_id: int, kind: str) -> None:
    with db.transaction() as s:
        if kind == "won":
            deals.win_deal(s, deal_id)
        else:
            deals.lose_deal(s, deal_id, "Price")


def _log(db, deal_id: int, kind: str, at: datetime, outcome: str = "", text: str = "") -> int:
    with db.transaction() as s:
        return activities.log_activity(s, deal_id, kind, at=at, outcome=outcome, text=text).id


def _counts(db) -> tuple[int, int]:
    with db.transaction() as s:
        return (
            s.exec(select(func.count()).select_from(Organization)).one(),
            s.exec(select(func.count()).select_from(Contact)).one(),
        )


@pytest.fixture
def world(db, pipeline, stages):
    """Two organizations (one Persian-named) with contacts, deals in two currencies
    and three statuses, and activity."""
    persian = add_org(db, "شرکت نمونه")
    other = add_org(db, "Äkki Oy")
    reza = add_contact(
        db, "Reza Karimi", persian, role="CEO", phone="۰۹۱۲ ۳۴۵ ۶۷۸۹", email="reza@example.ir"
    )
    anna = add_contact(db, "Anna Virtanen", other, role="CFO", phone="+358 40 123 4567")
    ids = {
        "open_eur": add_deal(db, pipeline, stages[0], "Open EUR", persian, reza, 100_00),
        "open_usd": add_deal(db, pipeline, stages[1], "Open USD", persian, reza, 250_00, "USD"),
        "open_eur2": add_deal(db, pipeline, stages[1], "Second EUR", persian, None, 50_00),
        "won": add_deal(db, pipeline, stages[0], "Won EUR", persian, reza, 1000_00),
        "lost": add_deal(db, pipeline, stages[0], "Lost USD", persian, None, 70_00, "USD"),
        "elsewhere": add_deal(db, pipeline, stages[0], "Elsewhere", other, anna, 999_00),
    }
    _close(db, ids["won"], "won")
    _close(db, ids["lost"], "lost")
    return {"persian": persian, "other": other, "reza": reza, "anna": anna, **ids}


def _lists(db) -> people.PeopleLists:
    with db.sql() as conn:
        return people.load_lists(conn)


def test_lists_count_what_the_database_holds(db, world):
    lists = _lists(db)
    with db.transaction() as s:
        by_org = defaultdict(list)
        for d in s.exec(select(Deal)):
            by_org[d.organization_id].append(d.status)
        staff = defaultdict(int)
        for c in s.exec(select(Contact)):
            staff[c.organization_id] += 1
        on_deals = defaultdict(int)
        for d in s.exec(select(Deal)):
            on_deals[d.contact_id] += 1
    assert {r.id for r in lists.orgs} == {world["persian"], world["other"]}
    for row in lists.orgs:
        assert row.deals == len(by_org[row.id])
        assert row.open_deals == by_org[row.id].count("open")
        assert row.contacts == staff[row.id]
    for row in lists.contacts:
        assert row.deals == on_deals[row.id]
    assert [r.name for r in lists.contacts] == ["Anna Virtanen", "Reza Karimi"]  # by name
    assert len(lists.org_keys) == len(lists.orgs) and len(lists.contact_keys) == len(lists.contacts)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("شركة", []),  # teh marbuta folds to heh: not this name
        ("شركت", ["شرکت نمونه"]),  # Arabic kaf and yeh find Persian keheh and yeh
        ("شرکت  نمونه", ["شرکت نمونه"]),
        ("نمونة", ["شرکت نمونه"]),  # teh marbuta typed for heh
        ("AKKI", ["Äkki Oy"]),  # case and accents aside
        ("oy akki", ["Äkki Oy"]),  # every word, any order
        ("", ["Äkki Oy", "شرکت نمونه"]),
        ("nothing", []),
    ],
)
def test_organization_search_in_any_script(db, world, query, found):
    lists = _lists(db)
    hits = people.search(lists.org_keys, query)
    assert sorted(lists.orgs[i].name for i in hits) == sorted(found)


def test_contact_search_by_any_field_and_digits(db, world):
    lists = _lists(db)

    def names(query: str) -> list[str]:
        return [lists.contacts[i].name for i in people.search(lists.contact_keys, query)]

    assert names("۰۹۱۲") == ["Reza Karimi"]  # Persian digits, as typed
    assert names("0912345") == ["Reza Karimi"]  # the phone's digits without its spaces
    assert names("401234567") == ["Anna Virtanen"]
    assert names("cfo") == ["Anna Virtanen"]
    assert names("شركت reza") == ["Reza Karimi"]  # by organization, in a variant spelling
    assert names("example.ir") == ["Reza Karimi"]
    # Narrowing within earlier hits gives what a full search gives.
    first = people.search(lists.contact_keys, "a")
    assert people.search(lists.contact_keys, "an", first) == people.search(lists.contact_keys, "an")


def test_organization_detail_equals_the_database(db, world):
    org = world["persian"]
    earlier = NOW - timedelta(days=3)
    _log(db, world["open_eur"], "call", earlier, "reached", "First call\nsecond line")
    _log(db, world["open_usd"], "meeting", NOW - timedelta(days=1), "meeting_held")
    _log(db, world["elsewhere"], "call", NOW)  # another organization's
    with db.transaction() as s:
        planned = activities.schedule_follow_up(
            s, world["open_eur2"], NOW + timedelta(days=2), text="Send the offer"
        ).id
    with db.sql() as conn:
        detail = people.organization_detail(conn, org)

    with db.transaction() as s:
        own = s.exec(select(Deal).where(Deal.organization_id == org)).all()
        expected = defaultdict(lambda: [0, 0])
        for d in own:
            expected[(d.status, d.currency)][0] += 1
            expected[(d.status, d.currency)][1] += d.value_minor
        own_ids = [d.id for d in own]
        acts = s.exec(select(Activity).where(Activity.deal_id.in_(own_ids))).all()
    assert {(t.status, t.currency): [t.deals, t.value_minor] for t in detail.totals} == expected
    assert detail.totals_of("open") == (3, {"EUR": 150_00, "USD": 250_00})
    assert detail.totals_of("won") == (1, {"EUR": 1000_00})
    assert detail.totals_of("lost") == (1, {"USD": 70_00})
    assert sorted(d.id for d in detail.deals) == sorted(own_ids)
    assert detail.deal_count == len(own_ids)
    statuses = [d.status for d in detail.deals]
    assert statuses[:3] == ["open"] * 3 and set(statuses[3:]) == {"won", "lost"}
    assert [c.name for c in detail.contacts] == ["Reza Karimi"] and detail.contact_count == 1
    # Activity across its deals only, newest first (a planned one by when it falls due).
    assert detail.activity_count == len(acts)
    assert {a.id for a in detail.activity} == {a.id for a in acts}
    assert detail.activity[0].id == planned and detail.activity[0].planned
    assert [a.at for a in detail.activity] == sorted((a.at for a in detail.activity), reverse=True)
    call = next(a for a in detail.activity if a.kind == "call")
    assert (call.deal_title, call.outcome, call.text) == (
        "Open EUR",
        "reached",
        "First call\nsecond line",
    )


def test_contact_detail_and_last_reached(db, pipeline, stages, world):
    reza = world["reza"]
    _log(db, world["open_eur"], "call", NOW - timedelta(days=2), "reached")
    _log(db, world["open_usd"], "email", NOW - timedelta(days=1))  # the last reach
    _log(db, world["open_usd"], "call", NOW - timedelta(hours=2), "no_answer")  # missed
    _log(db, world["open_eur"], "note", NOW - timedelta(hours=1))  # a note reaches nobody
    _log(db, world["elsewhere"], "call", NOW, "reached")  # Anna's deal
    with db.transaction() as s:  # planned and not done: not a reach
        activities.schedule_follow_up(
            s, world["won"], NOW + timedelta(days=1), kind="meeting", text="Review"
        )
    with db.sql() as conn:
        detail = people.contact_detail(conn, reza)
    assert (detail.name, detail.role, detail.phone, detail.email) == (
        "Reza Karimi",
        "CEO",
        "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        "reza@example.ir",
    )
    assert (detail.organization_id, detail.organization) == (world["persian"], "شرکت نمونه")
    with db.transaction() as s:
        on = sorted(d.id for d in s.exec(select(Deal).where(Deal.contact_id == reza)))
    assert sorted(d.id for d in detail.deals) == on and detail.deal_count == len(on) == 3
    assert detail.last_reached is not None
    assert (detail.last_reached.kind, detail.last_reached.deal_id) == ("email", world["open_usd"])
    assert detail.last_reached.at == NOW - timedelta(days=1)
    # A planned meeting, once done, reaches them when it was done.
    with db.transaction() as s:
        meeting = activities.schedule_follow_up(
            s, world["won"], NOW - timedelta(hours=3), kind="meeting"
        )
        activities.complete_follow_up(s, meeting.id, at=NOW - timedelta(minutes=30))
    with db.sql() as conn:
        reach = people.last_reached(conn, reza)
    assert reach is not None and (reach.kind, reach.at) == ("meeting", NOW - timedelta(minutes=30))
    with db.sql() as conn:
        assert people.last_reached(conn, add_contact(db, "New", None)) is None
        with pytest.raises(NotFoundError):
            people.contact_detail(conn, 9999)
        with pytest.raises(NotFoundError):
            people.organization_detail(conn, 9999)


@pytest.mark.parametrize("name", ["", "   ", "\u200b", "A\x00B", "x" * 301])
def test_bad_organization_names_save_nothing(db, world, name):
    before = _counts(db)
    with pytest.raises(ValidationError), db.transaction() as s:
        organizations.create_organization(s, name)
    with pytest.raises(ValidationError), db.transaction() as s:
        organizations.rename_organization(s, world["other"], name)
    assert _counts(db) == before
    with db.transaction() as s:
        assert s.get(Organization, world["other"]).name == "Äkki Oy"


def test_organization_names_trimmed_and_duplicates_asked(db, world):
    before = _counts(db)
    for twin in ("AKKI  oy", " äkki OY ", "شركت نمونه"):
        with pytest.raises(DuplicateNameError) as caught, db.transaction() as s:
            organizations.create_organization(s, twin)
        assert caught.value.existing_id in (world["other"], world["persian"])
    assert _counts(db) == before
    with db.transaction() as s:
        ident = organizations.create_organization(s, "  Äkki   Oy ", allow_duplicate=True)
        assert s.get(Organization, ident).name == "Äkki   Oy"  # trimmed, otherwise as typed
        fresh = organizations.create_organization(s, "  Brand New Ab ")
        assert s.get(Organization, fresh).name == "Brand New Ab"
    # A rename onto another's name is asked; recasing its own name is not.
    with pytest.raises(DuplicateNameError), db.transaction() as s:
        organizations.rename_organization(s, fresh, "äkki oy")
    with db.transaction() as s:
        rename = organizations.rename_organization(s, world["other"], "ÄKKI OY")
    assert (rename.before, rename.after) == ("Äkki Oy", "ÄKKI OY")
    with db.transaction() as s:
        organizations.rename_organization(s, world["other"], rename.before)
        assert s.get(Organization, world["other"]).name == "Äkki Oy"


def test_cached_key_is_name_key():
    for name in ("Äkki  Oy", "ACME\tInc ", "a\x1cb", "شركت", "北京 科技", "  x  ", "O'Neil & Co"):
        assert organizations.cached_key(name) == organizations.name_key(name)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"email": "anna"}, "email"),
        ({"email": "anna@example"}, "email"),
        ({"email": "an na@example.com"}, "email"),
        ({"email": "a@b@example.com"}, "email"),
        ({"phone": "call me"}, "phone"),
        ({"phone": "040\x00123"}, "phone"),
        ({"role": "CEO\nCFO"}, "role"),
        ({"organization_id": 9999}, "organization"),
    ],
)
def test_bad_contact_input_saves_nothing(db, world, fields, field):
    values = {"name": "Sara", "organization_id": world["other"], **fields}
    before = _counts(db)
    with pytest.raises((ValidationError, NotFoundError)) as caught, db.transaction() as s:
        people.create_contact(
            s,
            values.pop("name"),
            values.pop("organization_id"),
            **values,
        )
    if isinstance(caught.value, ValidationError):
        assert caught.value.field == field
    assert _counts(db) == before
    with pytest.raises((ValidationError, NotFoundError)), db.transaction() as s:
        people.edit_contact(s, world["anna"], **fields)
    with db.transaction() as s:
        anna = s.get(Contact, world["anna"])
        assert (anna.name, anna.phone, anna.email) == ("Anna Virtanen", "+358 40 123 4567", "")


def test_contact_create_and_edit_keep_what_was_typed(db, world):
    with db.transaction() as s:
        ident = people.create_contact(
            s,
            "  Mika  ",
            world["other"],
            role=" Buyer ",
            phone=" +358 (40) 123-4567 ext. 8 ",
            email=" mika@example.fi ",
        )
        mika = s.get(Contact, ident)
        assert (mika.name, mika.role, mika.phone, mika.email) == (
            "Mika",
            "Buyer",
            "+358 (40) 123-4567 ext. 8",
            "mika@example.fi",
        )
    # A second Mika at the same organization is asked about; elsewhere it is not.
    with pytest.raises(DuplicateNameError), db.transaction() as s:
        people.create_contact(s, "MIKA", world["other"])
    with db.transaction() as s:
        people.create_contact(s, "Mika", world["persian"])
    with db.transaction() as s:
        edit = people.edit_contact(
            s, ident, name="Mika", role="Head of purchasing", email="", organization_id=None
        )
    assert edit.before == {
        "role": "Buyer",
        "email": "mika@example.fi",
        "organization_id": world["other"],
    }
    assert edit.after == {"role": "Head of purchasing", "email": "", "organization_id": None}
    with db.transaction() as s:
        people.edit_contact(s, ident, allow_duplicate=True, **edit.before)
        mika = s.get(Contact, ident)
        assert (mika.role, mika.email, mika.organization_id) == (
            "Buyer",
            "mika@example.fi",
            world["other"],
        )
    with db.transaction() as s:
        assert people.organization_named(s, " äkki OY ") == world["other"]
        assert people.organization_named(s, "  ") is None
        with pytest.raises(ValidationError):
            people.organization_named(s, "No Such Org")


def test_deleting_a_new_organization_or_contact_and_restoring_keeps_links(db, pipeline, stages):
    org = add_org(db, "Temp Oy")
    contact = add_contact(db, "Temp Person", org)
    deal = add_deal(db, pipeline, stages[0], "Temp deal", org, contact)
    with db.transaction() as s:
        person = people.delete_contact(s, contact)
        snapshot = organizations.delete_organization(s, org)
    with db.transaction() as s:
        d = s.get(Deal, deal)
        assert (d.organization_id, d.contact_id) == (None, None)
        assert s.get(Organization, org) is None and s.get(Contact, contact) is None
    with db.transaction() as s:
        organizations.restore_organization(s, snapshot)
        people.restore_contact(s, person)
    with db.transaction() as s:
        d = s.get(Deal, deal)
        assert (d.organization_id, d.contact_id) == (org, contact)
        assert s.get(Contact, contact).organization_id == org
        assert s.get(Organization, org).name == "Temp Oy"


@pytest.mark.parametrize(
    ("phone", "uri"),
    [
        ("+358 40 123 4567", "tel:+358401234567"),
        ("(09) 123-456 ext. 12", "tel:09123456;ext=12"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "tel:09123456789"),
        ("+1 555 0100 x7", "tel:+15550100;ext=7"),
        ("no digits", None),
        ("", None),
    ],
)
def test_tel_uri(phone, uri):
    assert people.tel_uri(phone) == uri
