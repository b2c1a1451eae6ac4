"""Follow-ups and planned meetings as an iCalendar file (RFC 5545) that Outlook,
Google Calendar and Apple Calendar import: one VEVENT per open follow-up, each
with a reminder (VALARM). Written by hand: the format is small, and the app
ships no calendar library (tests read the file back with `icalendar`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from sqlite3 import Connection

from salesdesk import version
from salesdesk.core.io import atomic
from salesdesk.core.timeutil import ensure_utc, from_storage, utcnow

ALARM_MINUTES = 15
DEFAULT_MINUTES = 30  # a follow-up with no duration is a half-hour slot
UID_DOMAIN = "salesdesk.invalid"  # stable ids; .invalid never resolves (no network)

_QUERY = """
SELECT a.id, a.kind, a.due_at, a.duration_minutes, a.text, a.created_at,
       d.id, d.title, coalesce(o.name, ''), s.name
FROM activity a
JOIN deal d ON d.id = a.deal_id
JOIN stage s ON s.id = d.stage_id
LEFT JOIN organization o ON o.id = d.organization_id
WHERE a.due_at IS NOT NULL AND a.done_at IS NULL AND d.status = 'open' {deal}
ORDER BY a.due_at, a.id
"""


def escape(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and newlines escaped (3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space (3.1), never
    splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, 74  # the leading space takes one octet
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _stamp(value: datetime) -> str:
    return ensure_utc(value).strftime("%Y%m%dT%H%M%SZ")


def calendar(conn: Connection, deal_id: int | None = None, now: datetime | None = None) -> str:
    """The whole file as text (CRLF line ends), for all open deals or one."""
    stamp = _stamp(now or utcnow())
    params: tuple[int, ...] = (deal_id,) if deal_id is not None else ()
    sql = _QUERY.format(deal="AND d.id = ?" if deal_id is not None else "")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//SalesDesk//SalesDesk {version()}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for ident, kind, due, minutes, text, created, deal, title, org, stage in conn.execute(
        sql, params
    ):
        start = from_storage(due)
        end = start + timedelta(minutes=minutes or DEFAULT_MINUTES)
        summary = f"{title}: {text}" if text else title
        about = " · ".join(p for p in (org, stage) if p)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{kind}-{ident}@{UID_DOMAIN}",
            f"DTSTAMP:{stamp}",
            f"CREATED:{_stamp(from_storage(created))}",
            f"DTSTART:{_stamp(start)}",
            f"DTEND:{_stamp(end)}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(about)}",
            f"CATEGORIES:{'MEETING' if kind == 'meeting' else 'FOLLOW-UP'}",
            f"X-SALESDESK-DEAL:{deal}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(summary)}",
            f"TRIGGER:-PT{ALARM_MINUTES}M",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write(path: Path, text: str) -> int:
    """Writes the calendar next to `path` and renames it into place, so a calendar
    sync never reads half a file; returns the number of events. OSError when the
    folder cannot be written (nothing is left behind)."""
    atomic.write_text(path, text)
    return text.count("BEGIN:VEVENT")
