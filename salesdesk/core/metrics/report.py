"""Every figure for one pipeline and period as one JSON-ready document: what
`salesdesk report --json` prints (keys documented in the README) and what the
Insights view draws. Fractions and days are rounded to 4 and 2 decimals."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from salesdesk.core.metrics import alerts, funnel, outcomes, reasons
from salesdesk.core.metrics.history import History, load
from salesdesk.core.metrics.period import Period


def _fraction(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _days(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def build(history: History, period: Period) -> dict[str, Any]:
    steps = funnel.funnel(history, period)
    times = funnel.time_in_stage(history, period)
    flows = funnel.flows(history, period)
    worst = funnel.bottleneck(times)
    result = outcomes.outcomes(history, period)
    return {
        "period": period.to_json(),
        "pipeline": history.pipeline_id,
        "funnel": [
            {
                "stage": s.stage.name,
                "stage_id": s.stage.id,
                "reached": s.reached,
                "value_by_currency": s.value_by_currency,
                "conversion_to_next": _fraction(s.conversion_to_next),
                "conversion_to_won": _fraction(s.conversion_to_won),
            }
            for s in steps
        ],
        "time_in_stage_days": [
            {
                "stage": t.stage.name,
                "stage_id": t.stage.id,
                "stays": t.stints,
                "average": _days(t.average_days),
                "median": _days(t.median_days),
            }
            for t in times
        ],
        "bottleneck": None if worst is None else worst.stage.name,
        "flows": [
            {
                "stage": f.stage.name,
                "stage_id": f.stage.id,
                "at_start": f.at_start,
                "entered": f.entered,
                "left_forward": f.left_forward,
                "left_backward": f.left_backward,
                "won": f.won,
                "lost": f.lost,
                "remaining": f.remaining,
            }
            for f in flows
        ],
        "won": result.won,
        "lost": result.lost,
        "win_rate": _fraction(result.win_rate),
        "average_won_value": result.average_won_value,
        "average_cycle_days": _days(result.average_cycle_days),
        "velocity": result.velocity,
        "forecast": [
            {
                "month": m.month,
                "weighted_by_currency": m.weighted_by_currency,
                "target_by_currency": m.target_by_currency,
                "deals": m.deals,
                "on_evidence": m.on_evidence,
            }
            for m in outcomes.forecast(history, period)
        ],
        "health": [
            {"kind": w.kind, "stage": w.stage, "message": w.message, "params": w.params}
            for w in alerts.health(history, period, flows, times)
        ],
        "objections": [
            {
                "category": o.category,
                "text": o.text,
                "count": o.count,
                "deals": len(o.deals),
                "win_rate": _fraction(o.win_rate),
                "by_stage": [
                    {"stage": reasons.stage_name(history, sid), "count": n}
                    for sid, n in sorted(o.by_stage.items(), key=lambda i: (-i[1], i[0] or 0))
                ],
            }
            for o in reasons.objections(history, period)
        ],
        "lost_reasons": [
            {"reason": r.reason, "count": r.count, "share": _fraction(r.share)}
            for r in reasons.lost_reasons(history, period)
        ],
    }


def report(
    conn: sqlite3.Connection, pipeline_id: int, period: Period, now: datetime | None = None
) -> dict[str, Any]:
    """Reads the pipeline's history once and computes every figure."""
    return build(load(conn, pipeline_id, now), period)
