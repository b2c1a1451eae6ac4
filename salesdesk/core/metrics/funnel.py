"""The funnel, time in stage and flows per stage: figures over the stage history.

Stages are compared by board position: a move to a stage further right is forward,
even when it skips stages."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime

from salesdesk.core.metrics.history import DealInfo, History, StageInfo
from salesdesk.core.metrics.period import Period

DAY_SECONDS = 86400.0


def in_play(deal: DealInfo, period: Period, open_ids: set[int]) -> bool:
    """A deal is in play in the period when it was in an open stage at the period's
    start, or entered any stage during it (created, moved, won, lost, reopened)."""
    if any(period.contains(at) for at, _ in deal.changes):
        return True
    return deal.stage_at(period.start) in open_ids


@dataclass(frozen=True)
class FunnelStep:
    stage: StageInfo
    reached: int
    value_by_currency: dict[str, int]
    conversion_to_next: float | None
    conversion_to_won: float | None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def funnel(history: History, period: Period) -> list[FunnelStep]:
    """Deals and value reaching each open stage, then the won stage.

    Counted over the deals in play in the period (see `in_play`), each once, with
    the history up to the period's end:
    - a deal reached open stage i when it entered stage i or any open stage to its
      right before the end: a skip passes through the stages skipped (so does a
      deal created in a later stage), and a move backward does not undo "reached";
    - it reached won when it is won at the period's end (a win undone by a
      reopen does not count); a won deal has passed through every open stage.
    - value is each deal's current value, summed per currency (never across).
    - conversion_to_next(i) = reached(i+1) / reached(i), the next of the last open
      stage being won; conversion_to_won(i) = reached(won) / reached(i); None when
      reached(i) is 0. The won step has None for both."""
    opens = history.open_stages
    index = {s.id: i for i, s in enumerate(opens)}
    won_ids, open_ids = history.end_stage_ids("won"), set(index)
    reached = [0] * (len(opens) + 1)  # the last slot is won
    values: list[dict[str, int]] = [{} for _ in reached]
    for deal in history.deals:
        if not in_play(deal, period, open_ids):
            continue
        entered = [index[s] for at, s in deal.changes if at < period.end and s in index]
        is_won = deal.stage_at(period.end) in won_ids
        top = len(opens) if is_won else max(entered, default=-1)
        for i in range(top + 1):
            reached[i] += 1
            values[i][deal.currency] = values[i].get(deal.currency, 0) + deal.value_minor
    won_stage = next((s for s in history.stages if s.end_kind == "won"), None)
    steps = [*opens, *([won_stage] if won_stage else [])]
    out = []
    for i, stage in enumerate(steps):
        last = stage.end_kind == "won"
        out.append(
            FunnelStep(
                stage,
                reached[i],
                dict(sorted(values[i].items())),
                None if last else _ratio(reached[i + 1], reached[i]),
                None if last else _ratio(reached[len(opens)], reached[i]),
            )
        )
    return out


@dataclass(frozen=True)
class StageTime:
    stage: StageInfo
    stints: int
    average_days: float | None
    median_days: float | None


def _stints(deal: DealInfo) -> list[tuple[int, datetime, datetime | None]]:
    """(stage, entered, left or None) for every stay of the deal in a stage."""
    out = []
    for k, (at, stage) in enumerate(deal.changes):
        left = deal.changes[k + 1][0] if k + 1 < len(deal.changes) else None
        out.append((stage, at, left))
    return out


def time_in_stage(history: History, period: Period) -> list[StageTime]:
    """Days per stay in each open stage, for every stay that overlaps the period.

    A stay runs from entering the stage to leaving it; a stay not over by the
    period's end (or by now, for a period still running) is counted up to that
    point. A deal that comes back to a stage makes a second stay. Average and
    median are None for a stage with no stay."""
    opens = history.open_stages
    days: dict[int, list[float]] = {s.id: [] for s in opens}
    cut = min(period.end, history.now)
    for deal in history.deals:
        for stage, entered, left in _stints(deal):
            if stage not in days or entered >= period.end:
                continue
            until = min(left, cut) if left is not None else cut
            if until <= period.start or until < entered:
                continue
            days[stage].append((until - entered).total_seconds() / DAY_SECONDS)
    return [
        StageTime(
            s,
            len(days[s.id]),
            statistics.fmean(days[s.id]) if days[s.id] else None,
            statistics.median(days[s.id]) if days[s.id] else None,
        )
        for s in opens
    ]


def bottleneck(times: list[StageTime]) -> StageTime | None:
    """The open stage with the longest average stay (the first such on a tie);
    None when no stage has a stay."""
    best: StageTime | None = None
    for t in times:
        if t.average_days is not None and (
            best is None or best.average_days is None or t.average_days > best.average_days
        ):
            best = t
    return best


@dataclass
class StageFlow:
    stage: StageInfo
    at_start: int = 0  # in the stage just before the period started
    entered: int = 0  # moves into it during the period (creation included)
    left_forward: int = 0  # moves to an open stage further right
    left_backward: int = 0  # moves to an open stage further left
    won: int = 0
    lost: int = 0
    remaining: int = 0  # in the stage at the period's end


def flows(history: History, period: Period) -> list[StageFlow]:
    """What happened in each open stage during the period, counted in moves: a
    deal that enters a stage twice counts twice, so for every stage
    at_start + entered - left_forward - left_backward - won - lost = remaining."""
    opens = history.open_stages
    index = {s.id: i for i, s in enumerate(opens)}
    won_ids, lost_ids = history.end_stage_ids("won"), history.end_stage_ids("lost")
    out = {s.id: StageFlow(s) for s in opens}
    for deal in history.deals:
        before, after = deal.stage_at(period.start), deal.stage_at(period.end)
        if before in out:
            out[before].at_start += 1
        if after in out:
            out[after].remaining += 1
        previous: int | None = None
        for at, stage in deal.changes:
            if period.contains(at):
                if stage in out:
                    out[stage].entered += 1
                if previous in out:
                    flow = out[previous]
                    if stage in won_ids:
                        flow.won += 1
                    elif stage in lost_ids:
                        flow.lost += 1
                    elif stage in index and index[stage] > index[previous]:
                        flow.left_forward += 1
                    elif stage in index and index[stage] < index[previous]:
                        flow.left_backward += 1
            previous = stage
    return list(out.values())
