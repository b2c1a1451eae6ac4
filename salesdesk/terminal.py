"""Text from the rep's data or a file, made safe to print on a terminal: control
characters (an escape sequence could retitle or clear the terminal, a carriage
return could overwrite the line) are written as \\x1b, and a huge text is cut."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown(text: str, limit: int = 300) -> str:
    if len(text) > limit:
        text = text[:limit] + "…"
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
