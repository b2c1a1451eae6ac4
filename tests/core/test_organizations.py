"""Duplicate organizations (an import, two spellings) found and merged into one:
every deal and contact kept, and the merge undone exactly."""

from __future__ import annotations

import pytest
from sqlmodel import select

from salesdesk.core.errors import NotFoundError, ValidationError
from salesdesk.core.models import Contact, Deal, Organization
from salesdesk.core.services import deals, organizations


def _org(s, name: str) -> int:
    org = Organization(name=name)
    s.add(org)
    s.flush()
    return org.id


def _deal(s, pipeline, stage, title: str, org_id: int, contact_id: int | None = None) -> int:
    deal = deals.create_deal(
        s, pipeline_id=pipeline.id, stage_id=stage.id, title=title, currency="EUR"
    )
    deal.organization_id, deal.contact_id = org_id, contact_id
    s.add(deal)
    s.flush()
    return deal.id


def _contact(s, name: str, org_id: int) -> int:
    contact = Contact(name=name, organization_id=org_id)
    s.add(contact)
    s.flush()
    return contact.id


def _state(db) -> dict:
    with db.transaction() as s:
        return {
            "orgs": sorted((o.id, o.name) for o in s.exec(select(Organization))),
            "deals": sorted((d.id, d.organization_id, d.contact_id) for d in s.exec(select(Deal))),
            "contacts": sorted((c.id, c.organization_id, c.name) for c in s.exec(select(Contact))),
        }


def test_duplicates_are_found_in_any_script(db):
    with db.transaction() as s:
        a = _org(s, "Äkki Oy")
        b = _org(s, "akki  OY ")  # accents, case and spaces aside
        _org(s, "Other Ab")
        c = _org(s, "شركت نمونه")  # Arabic kaf and yeh
        d = _org(s, "شرکت نمونه")  # Persian keheh and yeh
        e = _org(s, "北京科技")
        f = _org(s, "北京科技")
    with db.transaction() as s:
        groups = organizations.duplicate_groups(s)
    assert sorted([r.id for r in g] for g in groups) == sorted([[a, b], [c, d], [e, f]])


def test_merge_keeps_every_deal_and_contact_and_undo_restores(db, pipeline, stages):
    with db.transaction() as s:
        keep, dup, other = _org(s, "Äkki Oy"), _org(s, "AKKI OY"), _org(s, "Other")
        anna_keep = _contact(s, "Anna", keep)
        anna_dup = _contact(s, "Anna", dup)  # two Annas: maybe two people, both kept
        pekka = _contact(s, "Pekka", dup)
        _deal(s, pipeline, stages[0], "Kept deal", keep, anna_keep)
        moved = [_deal(s, pipeline, stages[0], f"Dup {i}", dup, pekka) for i in range(3)]
        moved.append(_deal(s, pipeline, stages[1], "Dup Anna", dup, anna_dup))
        _deal(s, pipeline, stages[0], "Other's", other)
    before = _state(db)
    with db.transaction() as s:
        (group,) = organizations.duplicate_groups(s)
        assert [(r.id, r.deals, r.contacts) for r in group] == [(keep, 1, 1), (dup, 4, 2)]
        undo = organizations.merge(s, keep, [dup])
    after = _state(db)
    assert [o for o, _ in after["orgs"]] == [keep, other]
    assert len(after["deals"]) == len(before["deals"]) == 6
    assert all(org == keep for d, org, _ in after["deals"] if d in moved)
    # Every deal keeps its contact; every contact is kept, now at the kept organization.
    assert [(d, c) for d, _, c in after["deals"]] == [(d, c) for d, _, c in before["deals"]]
    assert sorted((c, n) for c, _, n in after["contacts"]) == sorted(
        (c, n) for c, _, n in before["contacts"]
    )
    assert {o for _, o, _ in after["contacts"]} == {keep}
    with db.transaction() as s:
        organizations.unmerge(s, undo)
    assert _state(db) == before


def test_bad_merges_change_nothing(db, pipeline, stages):
    with db.transaction() as s:
        keep, dup = _org(s, "A"), _org(s, "a")
        _deal(s, pipeline, stages[0], "D", dup)
    before = _state(db)
    for keep_id, others, error in (
        (keep, [keep], ValidationError),
        (keep, [], ValidationError),
        (keep, [dup, 999], NotFoundError),
        (999, [dup], NotFoundError),
    ):
        with pytest.raises(error), db.transaction() as s:
            organizations.merge(s, keep_id, others)
        assert _state(db) == before
