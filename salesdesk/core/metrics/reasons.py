"""Why deals are lost, and the objections reps hear."""

from __future__ import annotations

from dataclasses import dataclass, field

from salesdesk.core.metrics.history import History, StageInfo
from salesdesk.core.metrics.outcomes import closings
from salesdesk.core.metrics.period import Period


@dataclass(frozen=True)
class LostReason:
    reason: str  # "" when the deal has no reason any more (reopened since)
    count: int
    share: float  # of the deals lost in the period


def lost_reasons(history: History, period: Period) -> list[LostReason]:
    """The reasons of the deals lost in the period (see outcomes.closing), most
    frequent first, then alphabetically. A deal counts once, with its current
    reason, so a deal reopened after the period shows as ""."""
    counts: dict[str, int] = {}
    closed = closings(history, period)
    for deal in history.deals:
        if closed.get(deal.id) == "lost":
            reason = (deal.lost_reason or "").strip()
            counts[reason] = counts.get(reason, 0) + 1
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    return [LostReason(reason, n, n / total) for reason, n in ranked]


@dataclass
class ObjectionFigure:
    category: str
    text: str
    count: int = 0  # times raised in the period
    deals: set[int] = field(default_factory=set)
    won: int = 0  # of those deals, won now
    lost: int = 0  # and lost now
    by_stage: dict[int | None, int] = field(default_factory=dict)  # stage id -> times

    @property
    def win_rate(self) -> float | None:
        return self.won / (self.won + self.lost) if self.won + self.lost else None


def objections(history: History, period: Period) -> list[ObjectionFigure]:
    """Objections raised in the period, grouped by category and text (trimmed,
    case-insensitive): how often, at which stages, and the win rate of the deals
    that raised each = won / (won + lost) among those deals by their status now
    (None while none of them is closed). Most frequent first."""
    status = {d.id: d.status for d in history.deals}
    groups: dict[tuple[str, str], ObjectionFigure] = {}
    for o in history.objections:
        if not period.contains(o.raised_at):
            continue
        key = (o.category.strip().casefold(), o.text.strip().casefold())
        fig = groups.setdefault(key, ObjectionFigure(o.category.strip(), o.text.strip()))
        fig.count += 1
        fig.by_stage[o.stage_id] = fig.by_stage.get(o.stage_id, 0) + 1
        fig.deals.add(o.deal_id)
    for fig in groups.values():
        fig.won = sum(status.get(d) == "won" for d in fig.deals)
        fig.lost = sum(status.get(d) == "lost" for d in fig.deals)
    return sorted(groups.values(), key=lambda f: (-f.count, f.category.casefold(), f.text))


def stage_name(history: History, stage_id: int | None) -> str:
    stage: StageInfo | None = history.stage(stage_id)
    return stage.name if stage is not None else ""
