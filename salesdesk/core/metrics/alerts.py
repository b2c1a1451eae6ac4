"""Pipeline health warnings, from the figures (not to be confused with
core/health.py, which finds single stalled deals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from salesdesk.core.errors import translatable
from salesdesk.core.metrics.funnel import StageFlow, StageTime, bottleneck
from salesdesk.core.metrics.history import History
from salesdesk.core.metrics.outcomes import closings
from salesdesk.core.metrics.period import Period

# English; the UI translates them (context "errors") and fills in the params.
TEMPLATES = {
    "inverted_funnel": translatable(
        "Inverted funnel: {late} open deals in the later stages, {early} in the earlier ones."
    ),
    "top_heavy": translatable(
        "Too few new deals: {created} created against {closed} closed; "
        "the top of the pipeline is not being refilled."
    ),
    "bottleneck": translatable(
        "Bottleneck: deals stay {days:.1f} days on average in {stage}, "
        "longer than its {limit} stalled-after days."
    ),
}


@dataclass(frozen=True)
class HealthWarning:
    kind: str  # a key of TEMPLATES
    stage: str | None  # the stage's name, for a warning about one stage
    params: dict[str, Any]

    @property
    def template(self) -> str:
        return TEMPLATES[self.kind]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def health(
    history: History, period: Period, flows: list[StageFlow], times: list[StageTime]
) -> list[HealthWarning]:
    """- inverted_funnel: at the period's end the later half of the open stages
      holds more open deals than the earlier half (the middle stage of an odd
      number belongs to neither);
    - top_heavy: fewer deals were created in the period than were closed (won or
      lost) in it, while deals are open: the pipeline empties faster than it fills;
    - bottleneck: the stage with the longest average stay keeps deals longer on
      average than its own stalled-after days."""
    out: list[HealthWarning] = []
    half = len(flows) // 2
    early = sum(f.remaining for f in flows[:half])
    late = sum(f.remaining for f in flows[len(flows) - half :]) if half else 0
    if half and late > early:
        out.append(
            HealthWarning(
                "inverted_funnel",
                None,
                {"late": late, "early": early},
            )
        )
    created = sum(1 for d in history.deals if period.contains(d.changes[0][0]))
    closed = len(closings(history, period))
    still_open = sum(f.remaining for f in flows)
    if created < closed and still_open:
        out.append(
            HealthWarning(
                "top_heavy",
                None,
                {"created": created, "closed": closed},
            )
        )
    worst = bottleneck(times)
    if worst is not None and worst.average_days is not None:
        limit = worst.stage.stalled_after_days
        if worst.average_days > limit:
            out.append(
                HealthWarning(
                    "bottleneck",
                    worst.stage.name,
                    {
                        "days": round(worst.average_days, 2),
                        "stage": worst.stage.name,
                        "limit": limit,
                    },
                )
            )
    return out
