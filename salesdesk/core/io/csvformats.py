"""The CSV exports SalesDesk knows by their headers (Pipedrive, HubSpot, Salesforce,
the Maven CRM sample, its own deals.csv), and a best guess for any other CSV.
A mapping says which column feeds which deal field; the wizard lets the rep fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The deal fields a column can feed, in the order the wizard lists them.
FIELDS: tuple[str, ...] = (
    "record_id",
    "title",
    "title_detail",
    "organization",
    "account_id",
    "contact",
    "value",
    "currency",
    "stage",
    "status",
    "won_flag",
    "closed_flag",
    "expected_close",
    "closed_at",
    "created_at",
    "stage_entered_at",
    "lost_reason",
)

Mapping = dict[str, int]  # field -> column index


@dataclass(frozen=True)
class Lookup:
    """A file beside the import that turns a column's ids into names or prices:
    Salesforce's Account.csv for AccountId, Maven's products.csv for list prices."""

    field: str  # the field whose cell is looked up
    file: str  # the file's name beside the import (matched case-insensitively)
    key: str  # its column holding the cell's value
    value: str  # its column holding the result


@dataclass(frozen=True)
class Format:
    key: str  # also the source recorded with each imported deal
    label: str
    signature: tuple[str, ...]  # headers that must all be present
    columns: dict[str, tuple[str, ...]]  # field -> header names, first match wins
    day_first: bool = False  # how ambiguous numeric dates are read by default
    lookups: tuple[Lookup, ...] = field(default=())
    source_key: str = ""  # recorded with each deal (record ids are per source); default: key

    @property
    def source(self) -> str:
        return self.source_key or self.key


def _fold(header: str) -> str:
    return re.sub(r"[\s_\-]+", " ", header.strip().casefold())


PIPEDRIVE = Format(
    "pipedrive",
    "Pipedrive",
    ("deal - title",),
    {
        "record_id": ("Deal - ID",),
        "title": ("Deal - Title",),
        "organization": ("Deal - Organization", "Deal - Organization name"),
        "contact": ("Deal - Contact person", "Deal - Person"),
        "value": ("Deal - Value",),
        "currency": ("Deal - Currency", "Deal - Currency of Value"),
        "stage": ("Deal - Stage",),
        "status": ("Deal - Status",),
        "expected_close": ("Deal - Expected close date",),
        "closed_at": (
            "Deal - Deal closed on",
            "Deal - Close time",
            "Deal - Won time",
            "Deal - Lost time",
        ),
        "created_at": ("Deal - Deal created", "Deal - Add time", "Deal - Created"),
        "stage_entered_at": ("Deal - Stage change time", "Deal - Last stage change"),
        "lost_reason": ("Deal - Lost reason",),
    },
)

HUBSPOT = Format(
    "hubspot",
    "HubSpot",
    ("deal name", "deal stage"),
    {
        "record_id": ("Record ID", "Deal ID"),
        "title": ("Deal Name",),
        "organization": (
            "Associated Company",
            "Associated Company (Primary)",
            "Company name",
            "Company",
        ),
        "contact": ("Associated Contact", "Contact"),
        "value": ("Amount", "Amount in company currency"),
        "currency": ("Currency", "Deal currency code"),
        "stage": ("Deal Stage",),
        "expected_close": ("Close Date",),
        "created_at": ("Create Date",),
        "lost_reason": ("Closed Lost Reason",),
    },
)

SALESFORCE = Format(
    "salesforce",
    "Salesforce",
    ("stagename",),
    {
        "record_id": ("Id",),
        "title": ("Name",),
        "organization": ("Account.Name", "Account Name"),
        "account_id": ("AccountId",),
        "value": ("Amount",),
        "currency": ("CurrencyIsoCode",),
        "stage": ("StageName",),
        "won_flag": ("IsWon",),
        "closed_flag": ("IsClosed",),
        "expected_close": ("CloseDate",),
        "created_at": ("CreatedDate",),
        "lost_reason": ("Loss_Reason__c", "Reason_Lost__c"),
    },
    lookups=(Lookup("account_id", "account.csv", "Id", "Name"),),
)

# A Salesforce report export (Opportunity report) names its columns for people.
SALESFORCE_REPORT = Format(
    "salesforce-report",
    "Salesforce (report)",
    ("opportunity name", "stage"),
    {
        "record_id": ("Opportunity ID", "Opportunity Id"),
        "title": ("Opportunity Name",),
        "organization": ("Account Name",),
        "contact": ("Primary Contact", "Contact Name"),
        "value": ("Amount",),
        "currency": ("Opportunity Currency", "Amount Currency"),
        "stage": ("Stage",),
        "won_flag": ("Won",),
        "closed_flag": ("Closed",),
        "expected_close": ("Close Date",),
        "created_at": ("Created Date",),
        "lost_reason": ("Loss Reason",),
    },
    source_key="salesforce",
)

MAVEN = Format(
    "maven",
    "CRM sales opportunities (Maven Analytics)",
    ("opportunity id", "deal stage", "close value"),
    {
        "record_id": ("opportunity_id",),
        "title": ("account",),
        "title_detail": ("product",),
        "organization": ("account",),
        "value": ("close_value",),
        "stage": ("deal_stage",),
        "expected_close": ("close_date",),
        "closed_at": ("close_date",),
        "stage_entered_at": ("engage_date",),
    },
    # Open deals have no close value: their product's list price stands in.
    lookups=(Lookup("title_detail", "products.csv", "product", "sales_price"),),
)

# SalesDesk's own deals.csv (File ▸ Export data… as CSV).
SALESDESK = Format(
    "salesdesk",
    "SalesDesk",
    ("title", "stage key", "status"),
    {
        "record_id": ("id",),
        "title": ("title",),
        "organization": ("organization",),
        "contact": ("contact",),
        "value": ("value",),
        "currency": ("currency",),
        "stage": ("stage_key", "stage"),  # keys match across a team's languages
        "status": ("status",),
        "expected_close": ("expected_close",),
        "closed_at": ("closed_at",),
        "created_at": ("created_at",),
        "stage_entered_at": ("stage_entered_at",),
        "lost_reason": ("lost_reason",),
    },
)

GENERIC = Format(
    "csv",
    "Other CSV",
    (),
    {
        "record_id": ("id", "record id", "deal id", "external id", "opportunity id"),
        "title": ("title", "deal", "deal name", "deal title", "name", "opportunity", "subject"),
        "organization": (
            "organization",
            "organisation",
            "company",
            "company name",
            "account",
            "account name",
            "customer",
            "client",
        ),
        "contact": ("contact", "contact person", "contact name", "person"),
        "value": ("value", "amount", "deal value", "close value", "price", "revenue"),
        "currency": ("currency", "currency code"),
        "stage": ("stage", "deal stage", "pipeline stage"),
        "status": ("status", "state"),
        "expected_close": (
            "expected close",
            "expected close date",
            "close date",
            "closing date",
        ),
        "created_at": ("created", "created at", "create date", "created date", "date added"),
        "lost_reason": ("lost reason", "loss reason", "reason lost"),
    },
)

KNOWN: tuple[Format, ...] = (SALESDESK, PIPEDRIVE, HUBSPOT, SALESFORCE, SALESFORCE_REPORT, MAVEN)
BY_KEY: dict[str, Format] = {f.key: f for f in (*KNOWN, GENERIC)}


def detect(headers: list[str]) -> Format:
    """The known format whose signature headers are all present, else GENERIC."""
    folded = {_fold(h) for h in headers}
    for fmt in KNOWN:
        if fmt.signature and all(_fold(s) in folded for s in fmt.signature):
            return fmt
    if any(_fold(h).startswith("deal ") for h in headers) and "deal title" in folded:
        return PIPEDRIVE
    return GENERIC


def guess_mapping(headers: list[str], fmt: Format) -> Mapping:
    """Each field to the first column whose header is one of its names."""
    index: dict[str, int] = {}
    for i, header in enumerate(headers):
        index.setdefault(_fold(header), i)
    mapping: Mapping = {}
    for name in FIELDS:
        for candidate in fmt.columns.get(name, ()):
            if _fold(candidate) in index:
                mapping[name] = index[_fold(candidate)]
                break
    return mapping
