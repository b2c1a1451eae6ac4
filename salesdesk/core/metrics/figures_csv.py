"""The figures behind the Insights charts as one CSV table, from the report
document (report.build): one row per figure, so a spreadsheet can filter and
pivot it. UTF-8 with a byte-order mark and CRLF, like SalesDesk's other CSV files;
text cells are spreadsheet-safe. Amounts are in major units with a dot ("1234.50"),
fractions are fractions (0.25 is 25 %), durations are days."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from salesdesk.core.io import atomic
from salesdesk.core.io.spreadsheet import neutralise
from salesdesk.core.money import Money

COLUMNS = ("section", "stage", "item", "measure", "currency", "value")
Row = tuple[str, str, str, str, str, Any]


def _amount(minor: int, currency: str) -> str:
    try:
        return str(Money(minor, currency).as_decimal())
    except Exception:  # an unknown code from an old import: its raw units
        return str(minor)


def _money(section: str, stage: str, item: str, measure: str, by: dict[str, int]) -> Iterator[Row]:
    for currency, minor in by.items():
        yield section, stage, item, measure, currency, _amount(minor, currency)


def _number(value: float | int | None) -> str:
    return "" if value is None else str(value)


def rows(doc: dict[str, Any]) -> Iterator[Row]:
    p = doc["period"]
    yield "period", "", "", "first_day", "", p["first_day"]
    yield "period", "", "", "last_day", "", p["last_day"]
    yield "period", "", "", "pipeline", "", doc["pipeline"]
    for f in doc["funnel"]:
        yield "funnel", f["stage"], "", "reached", "", f["reached"]
        yield from _money("funnel", f["stage"], "", "value", f["value_by_currency"])
        for key in ("conversion_to_next", "conversion_to_won"):
            yield "funnel", f["stage"], "", key, "", _number(f[key])
    for t in doc["time_in_stage_days"]:
        for key in ("stays", "average", "median"):
            yield "time_in_stage_days", t["stage"], "", key, "", _number(t[key])
    yield "time_in_stage_days", doc["bottleneck"] or "", "", "bottleneck", "", ""
    for f in doc["flows"]:
        for key, value in f.items():
            if key not in ("stage", "stage_id"):
                yield "flows", f["stage"], "", key, "", value
    for key in ("won", "lost", "win_rate", "average_cycle_days"):
        yield "outcomes", "", "", key, "", _number(doc[key])
    yield from _money("outcomes", "", "", "average_won_value", doc["average_won_value"])
    yield from _money("outcomes", "", "", "velocity_per_day", doc["velocity"])
    for m in doc["forecast"]:
        yield "forecast", "", m["month"], "deals", "", m["deals"]
        yield from _money("forecast", "", m["month"], "weighted", m["weighted_by_currency"])
        yield from _money("forecast", "", m["month"], "target", m["target_by_currency"])
    for w in doc["health"]:
        yield "health", w["stage"] or "", w["message"], w["kind"], "", ""
    for o in doc["objections"]:
        item = f"{o['category']}: {o['text']}" if o["category"] else o["text"]
        yield "objections", "", item, "times", "", o["count"]
        yield "objections", "", item, "deals", "", o["deals"]
        yield "objections", "", item, "win_rate", "", _number(o["win_rate"])
        for s in o["by_stage"]:
            yield "objections", s["stage"], item, "times_in_stage", "", s["count"]
    for r in doc["lost_reasons"]:
        yield "lost_reasons", "", r["reason"], "deals", "", r["count"]
        yield "lost_reasons", "", r["reason"], "share", "", _number(r["share"])


def text(doc: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(doc):
        writer.writerow([neutralise(c) if isinstance(c, str) else c for c in row])
    return "\ufeff" + out.getvalue()


def write(path: Path, doc: dict[str, Any]) -> int:
    """Writes the whole file or none (OSError when it cannot); returns the rows."""
    atomic.write_text(path, text(doc))
    return sum(1 for _ in rows(doc))
