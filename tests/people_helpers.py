"""Organizations, contacts and deals written straight into a test database, for
the people tests (core and window alike)."""

from __future__ import annotations

from typing import Any

from salesdesk.core.services import deals, organizations, people
from salesdesk.storage.database import Database


def add_org(db: Database, name: str) -> int:
    with db.transaction() as s:
        return organizations.create_organization(s, name, allow_duplicate=True)


def add_contact(db: Database, name: str, org_id: int | None, **fields: str) -> int:
    with db.transaction() as s:
        return people.create_contact(s, name, org_id, allow_duplicate=True, **fields)


def add_deal(
    db: Database,
    pipeline: Any,
    stage: Any,
    title: str,
    org_id: int | None,
    contact_id: int | None = None,
    value: int = 0,
    currency: str = "EUR",
) -> int:
    with db.transaction() as s:
        deal = deals.create_deal(
            s,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            title=title,
            value_minor=value,
            currency=currency,
            organization_id=org_id,
            contact_id=contact_id,
        )
        return deal.id or 0
