"""`salesdesk report [--period month|quarter|year|all|START..END] [--pipeline ID] [--json]`:
the Insights figures as text tables, or one JSON document with stable keys."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from salesdesk.terminal import shown

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Adds this module's subcommands to `sub` (argparse subparsers)."""
    r = sub.add_parser(
        "report",
        help="print the Insights figures: funnel, time in stage, flows, win rate, forecast",
        description="Figures for one pipeline and period, from the stage history. "
        "Periods are calendar periods in local time around today, or START..END (both days "
        "included). Amounts are per currency, never added across currencies.",
    )
    r.add_argument(
        "--period",
        default="month",
        metavar="PERIOD",
        help="month (default), quarter, year, all, or YYYY-MM-DD..YYYY-MM-DD",
    )
    r.add_argument("--pipeline", type=int, metavar="ID", help="default: the current pipeline")
    r.add_argument("--json", action="store_true", help="one JSON document (keys in the README)")
    r.add_argument(
        "--csv",
        metavar="FILE",
        help="also write the figures to FILE as CSV (one row per figure, as Insights exports)",
    )
    return {"report": _report}


def _say(text: str) -> None:
    print(f"salesdesk: {text}", file=sys.stderr)


def _report(args: argparse.Namespace) -> int:
    from salesdesk import bootstrap
    from salesdesk.core import board
    from salesdesk.core.metrics import period, report
    from salesdesk.core.timeutil import utcnow
    from salesdesk.paths import resolve

    now = utcnow()
    # The rep's own calendar: "month" starts at local midnight.
    chosen = period.parse(args.period, date.today(), period.LOCAL)  # bad text: exit 2
    paths = resolve(args.data_dir)
    if not paths.database.exists():
        _say(f"there is no database at {paths.database}; nothing to report.")
        return 2
    db = bootstrap.open_app_database(paths)
    try:
        with db.sql() as conn:
            pipeline_id = args.pipeline
            if pipeline_id is None:
                current = board.current_pipeline(conn)
                if current is None:
                    _say("there is no pipeline yet; nothing to report.")
                    return 2
                pipeline_id = current.id
            doc = report(conn, pipeline_id, chosen, now)
    finally:
        db.close()
    if args.csv:
        from pathlib import Path

        from salesdesk.core.metrics import figures_csv

        target = Path(args.csv).expanduser()
        try:
            count = figures_csv.write(target, doc)
        except OSError as exc:
            _say(f"{target} could not be written: {exc.strerror or exc}")
            return 1
        print(f"salesdesk: {count} figures written to {target}", file=sys.stderr)
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print("\n".join(shown(line, 2000) for line in text_lines(doc)))
    return 0


def _money(by_currency: dict[str, int]) -> str:
    from salesdesk.core.money import Money

    parts = []
    for currency, minor in by_currency.items():
        try:
            parts.append(Money(minor, currency).plain())
        except Exception:  # an unknown code from an old import: show the raw units
            parts.append(f"{minor} {currency} (minor units)")
    return ", ".join(parts) or "-"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = ["  " + line.rstrip()]
    for row in rows:
        out.append("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return out


def text_lines(doc: dict[str, Any]) -> list[str]:
    """The report as plain text tables (what `salesdesk report` prints)."""
    p = doc["period"]
    lines = [f"Pipeline {doc['pipeline']}, {p['first_day']} to {p['last_day']}"]
    lines += ["", "Funnel"]
    lines += _table(
        ["Stage", "Reached", "Value", "To next", "To won"],
        [
            [
                f["stage"],
                str(f["reached"]),
                _money(f["value_by_currency"]),
                _pct(f["conversion_to_next"]),
                _pct(f["conversion_to_won"]),
            ]
            for f in doc["funnel"]
        ],
    )
    lines += ["", f"Time in stage (days); bottleneck: {doc['bottleneck'] or '-'}"]
    lines += _table(
        ["Stage", "Stays", "Average", "Median"],
        [
            [t["stage"], str(t["stays"]), _num(t["average"]), _num(t["median"])]
            for t in doc["time_in_stage_days"]
        ],
    )
    lines += ["", "Flows in the period"]
    keys = ["at_start", "entered", "left_forward", "left_backward", "won", "lost", "remaining"]
    lines += _table(
        ["Stage", "At start", "Entered", "Forward", "Backward", "Won", "Lost", "Remain"],
        [[f["stage"], *(str(f[k]) for k in keys)] for f in doc["flows"]],
    )
    lines += [
        "",
        f"Won {doc['won']}, lost {doc['lost']}, win rate {_pct(doc['win_rate'])}",
        f"Average won value: {_money(doc['average_won_value'])}",
        f"Average sales cycle: {_num(doc['average_cycle_days'])} days",
        f"Pipeline velocity per day: {_money(doc['velocity'])}",
        "",
        "Weighted forecast by expected close month",
    ]
    if doc["forecast"]:
        lines += _table(
            ["Month", "Deals", "Weighted", "Target"],
            [
                [
                    m["month"],
                    str(m["deals"]),
                    _money(m["weighted_by_currency"]),
                    _money(m["target_by_currency"]),
                ]
                for m in doc["forecast"]
            ],
        )
    else:
        lines.append("  -")
    lines += ["", "Health"]
    lines += [f"  ! {w['message']}" for w in doc["health"]] or ["  no warnings"]
    lines += ["", "Objections"]
    if doc["objections"]:
        lines += _table(
            ["Category", "Objection", "Times", "Deals", "Win rate", "Stages"],
            [
                [
                    o["category"],
                    o["text"][:60],
                    str(o["count"]),
                    str(o["deals"]),
                    _pct(o["win_rate"]),
                    ", ".join(f"{s['stage'] or '?'} {s['count']}" for s in o["by_stage"]),
                ]
                for o in doc["objections"]
            ],
        )
    else:
        lines.append("  -")
    lines += ["", "Lost reasons"]
    if doc["lost_reasons"]:
        lines += _table(
            ["Reason", "Deals", "Share"],
            [
                [r["reason"] or "(none)", str(r["count"]), _pct(r["share"])]
                for r in doc["lost_reasons"]
            ],
        )
    else:
        lines.append("  -")
    return lines
