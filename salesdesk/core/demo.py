"""Realistic demo data: deals across the stages with months of stage history,
activities, checklist answers and objections. Written with plain executemany in
one transaction, so 100,000 deals take seconds and a failure leaves nothing."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from salesdesk.core import money
from salesdesk.core.timeutil import to_storage, utcnow

Progress = Callable[[int, int], None]

_ORG_PARTS = [
    ("Nordic", "Borealis", "Kivi", "Aalto", "Saimaa", "Lumo", "Revontuli"),
    ("آریا", "پارس", "نوین", "سپهر", "البرز", "مهر"),
    ("الأمل", "النخبة", "الريادة", "الخليج", "المستقبل"),
    ("华信", "东方", "长城", "星河", "蓝海", "天成"),
    ("Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Vandelay", "Hooli"),
]
_ORG_SUFFIX = (
    ("Oy", "Group", "Systems"),
    ("صنعت", "گستر", "تجارت"),
    ("للتجارة", "القابضة", "للتقنية"),
    ("科技", "集团", "实业"),
    ("Ltd", "Inc", "GmbH", "Logistics", "Health", "Retail"),
)
_PRODUCTS = (
    "CRM rollout",
    "Laptop fleet",
    "Support contract",
    "Server upgrade",
    "Training package",
    "Licence renewal",
    "Pilot project",
    "Network refresh",
    "Analytics suite",
    "Field tablets",
)
_FIRST = (
    "Anna",
    "Mika",
    "Sara",
    "Reza",
    "Leila",
    "Omar",
    "Fatima",
    "Wei",
    "Li Na",
    "Jussi",
    "Aino",
    "John",
)
_LAST = (
    "Virtanen",
    "Korhonen",
    "Ahmadi",
    "Karimi",
    "Haddad",
    "Mansour",
    "Wang",
    "Zhang",
    "Smith",
    "Brown",
)
_ROLES = ("CEO", "CFO", "IT manager", "Purchasing", "Operations lead", "Head of sales")
_OUTCOMES = ("reached", "no answer", "meeting held", "left message", "sent proposal")
_CURRENCIES = ("EUR", "EUR", "EUR", "USD", "GBP", "IRR", "SAR", "CNY")
_EUR_RATE = {"IRR": 45000, "CNY": 8, "SAR": 4}  # rough, only to make demo values plausible


@dataclass(frozen=True)
class StageInfo:
    id: int
    probability: int
    end_kind: str | None
    questions: tuple[int, ...]
    criteria: tuple[int, ...]


def _load_stages(conn: sqlite3.Connection, pipeline_id: int) -> list[StageInfo]:
    out = []
    for sid, prob, end in conn.execute(
        "SELECT id, probability, end_kind FROM stage WHERE pipeline_id = ? ORDER BY position",
        (pipeline_id,),
    ):
        qs = tuple(
            r[0] for r in conn.execute("SELECT id FROM stagequestion WHERE stage_id = ?", (sid,))
        )
        cs = tuple(
            r[0] for r in conn.execute("SELECT id FROM exitcriterion WHERE stage_id = ?", (sid,))
        )
        out.append(StageInfo(sid, prob, end, qs, cs))
    return out


def _batches(total: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(size, total - start)


def generate(
    conn: sqlite3.Connection,
    pipeline_id: int,
    deals: int,
    seed: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Adds `deals` demo deals to the pipeline on a raw connection; returns the count."""
    rng = random.Random(seed)
    now = now or utcnow()
    stages = _load_stages(conn, pipeline_id)
    open_stages = [s for s in stages if s.end_kind is None]
    won = next(s for s in stages if s.end_kind == "won")
    lost = next(s for s in stages if s.end_kind == "lost")
    reasons = [r[0] for r in conn.execute("SELECT text FROM lostreason")] or ["Price"]
    library = list(conn.execute("SELECT id, category, text, answer FROM objectionentry"))

    conn.execute("BEGIN IMMEDIATE")
    try:
        orgs = _organizations(conn, rng, max(10, deals // 8), now)
        contacts = _contacts(conn, rng, orgs, now)
        next_deal = (conn.execute("SELECT coalesce(max(id), 0) FROM deal").fetchone()[0]) + 1
        top = dict(
            conn.execute("SELECT stage_id, max(position) FROM deal GROUP BY stage_id").fetchall()
        )
        positions = {s.id: top.get(s.id) or 0.0 for s in stages}
        for start, count in _batches(deals, 5000):
            rows: dict[str, list[tuple[object, ...]]] = {
                k: [] for k in ("deal", "change", "activity", "answer", "criterion", "objection")
            }
            for i in range(count):
                _one_deal(
                    rng,
                    next_deal + start + i,
                    pipeline_id,
                    now,
                    open_stages,
                    won,
                    lost,
                    reasons,
                    library,
                    orgs,
                    contacts,
                    positions,
                    rows,
                )
            _write(conn, rows)
            if progress:
                progress(start + count, deals)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite has already rolled back after a full disk
            conn.execute("ROLLBACK")
        raise
    return deals


def _organizations(
    conn: sqlite3.Connection, rng: random.Random, n: int, now: datetime
) -> list[int]:
    start = conn.execute("SELECT coalesce(max(id), 0) FROM organization").fetchone()[0] + 1
    rows = []
    for i in range(n):
        script = rng.randrange(len(_ORG_PARTS))
        name = f"{rng.choice(_ORG_PARTS[script])} {rng.choice(_ORG_SUFFIX[script])}"
        rows.append((start + i, f"{name} {i + 1}" if i >= 60 else name, to_storage(now)))
    conn.executemany("INSERT INTO organization (id, name, created_at) VALUES (?, ?, ?)", rows)
    return [r[0] for r in rows]


def _contacts(
    conn: sqlite3.Connection, rng: random.Random, orgs: list[int], now: datetime
) -> dict[int, int]:
    start = conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] + 1
    rows, by_org = [], {}
    for i, org in enumerate(orgs):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        email = f"{first.split()[0].lower()}.{last.lower()}@example.com"
        rows.append(
            (
                start + i,
                org,
                f"{first} {last}",
                rng.choice(_ROLES),
                f"+358 40 {rng.randrange(1000000, 9999999)}",
                email,
                to_storage(now),
            )
        )
        by_org[org] = start + i
    conn.executemany(
        "INSERT INTO contact (id, organization_id, name, role, phone, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return by_org


def _one_deal(
    rng: random.Random,
    deal_id: int,
    pipeline_id: int,
    now: datetime,
    open_stages: list[StageInfo],
    won: StageInfo,
    lost: StageInfo,
    reasons: list[str],
    library: list[tuple[int, str, str, str]],
    orgs: list[int],
    contacts: dict[int, int],
    positions: dict[int, float],
    rows: dict[str, list[tuple[object, ...]]],
) -> None:
    # Funnel shape: most deals stop early; about a quarter end won or lost.
    reach = min(int(rng.expovariate(0.45)), len(open_stages) - 1)
    ending = rng.random()
    final = won if ending < 0.12 else lost if ending < 0.27 else None
    path = open_stages[: reach + 1]
    targets = [*path[1:], *([final] if final else [])]
    # Time in each stage passed, then time in the current one: the history ends
    # now, so "days in stage" spreads the way a real pipeline's does.
    spans = [timedelta(days=rng.uniform(1, 25), hours=rng.uniform(0, 8)) for _ in targets]
    current_span = timedelta(days=rng.uniform(0, 200 if final else 45), minutes=rng.randrange(1440))
    created = now - current_span - sum(spans, timedelta())
    t = created
    changes: list[tuple[object, ...]] = [(deal_id, None, path[0].id, to_storage(t))]
    for (prev, nxt), span in zip(zip(path, targets, strict=False), spans, strict=True):
        t += span
        changes.append((deal_id, prev.id, nxt.id, to_storage(t)))
    current = final or path[-1]
    entered = t
    currency = rng.choice(_CURRENCIES)
    # A deal worth 2,000 to 200,000 euros, in the currency's own units.
    rate = _EUR_RATE.get(currency, 1)
    value = rng.randrange(2, 200) * 1000 * rate * 10 ** money.exponent(currency)
    org = rng.choice(orgs) if rng.random() < 0.9 else None
    follow = None
    if final is None and rng.random() < 0.75:
        follow = now + timedelta(days=rng.uniform(-6, 21))
    positions[current.id] += 1024.0
    expected = (now + timedelta(days=rng.randrange(-20, 120))).date().isoformat()
    rows["deal"].append(
        (
            deal_id,
            pipeline_id,
            current.id,
            f"{rng.choice(_PRODUCTS)} #{deal_id}",
            org,
            contacts.get(org) if org else None,
            value,
            currency,
            positions[current.id],
            final.end_kind if final else "open",
            rng.choice(reasons) if final is lost else None,
            expected,
            to_storage(created),
            to_storage(entered),
            to_storage(entered),
            to_storage(entered) if final else None,
            to_storage(follow) if follow else None,
        )
    )
    rows["change"].extend(changes)
    for _ in range(rng.randrange(1, 5)):
        at = created + (entered - created) * rng.random()
        kind = rng.choice(("call", "call", "meeting", "email", "note"))
        rows["activity"].append(
            (
                deal_id,
                kind,
                to_storage(at),
                rng.choice((0, 15, 30, 45, 60)),
                rng.choice(_OUTCOMES),
                "Demo note: discussed needs and next steps.",
                None,
                None,
                to_storage(at),
            )
        )
    if follow:
        rows["activity"].append(
            (
                deal_id,
                "task",
                to_storage(created),
                0,
                "",
                "Follow up",
                to_storage(follow),
                None,
                to_storage(created),
            )
        )
    for stage in path:
        passed = stage is not path[-1] or final is not None
        for q in stage.questions[: rng.randrange(1, len(stage.questions) + 1)]:
            rows["answer"].append((deal_id, q, "Answered in a call (demo).", to_storage(entered)))
        ticked = (
            stage.criteria
            if passed
            else stage.criteria[: rng.randrange(0, len(stage.criteria) + 1)]
        )
        rows["criterion"].extend((deal_id, c, to_storage(entered)) for c in ticked)
    if library and rng.random() < 0.35:
        lib_id, category, text, answer = rng.choice(library)
        rows["objection"].append(
            (
                deal_id,
                lib_id,
                rng.choice(path).id,
                category,
                text,
                answer,
                int(rng.random() < 0.6),
                to_storage(created),
            )
        )


_INSERTS = {
    "deal": "INSERT INTO deal (id, pipeline_id, stage_id, title, organization_id, contact_id, value_minor, "
    "currency, position, status, lost_reason, expected_close, created_at, updated_at, stage_entered_at, "
    "closed_at, next_follow_up_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "change": "INSERT INTO stagechange (deal_id, from_stage_id, to_stage_id, at) VALUES (?, ?, ?, ?)",
    "activity": "INSERT INTO activity (deal_id, kind, at, duration_minutes, outcome, text, due_at, done_at, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "answer": "INSERT INTO dealanswer (deal_id, question_id, text, updated_at) VALUES (?, ?, ?, ?)",
    "criterion": "INSERT INTO dealcriterion (deal_id, criterion_id, checked_at) VALUES (?, ?, ?)",
    "objection": "INSERT INTO dealobjection (deal_id, library_id, stage_id, category, text, answer_given, "
    "resolved, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
}


def _write(conn: sqlite3.Connection, rows: dict[str, list[tuple[object, ...]]]) -> None:
    for kind, sql in _INSERTS.items():
        conn.executemany(sql, rows[kind])
    ids = [int(str(row[0])) for row in rows["deal"]]
    if ids:  # each deal's last activity, as services/activities.py keeps it
        conn.execute(
            "UPDATE deal SET last_activity_at = (SELECT max(coalesce(a.done_at, a.at)) "
            "FROM activity a WHERE a.deal_id = deal.id "
            "AND (a.due_at IS NULL OR a.done_at IS NOT NULL)) WHERE id BETWEEN ? AND ?",
            (min(ids), max(ids)),
        )
